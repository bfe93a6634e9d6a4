// 费用: the sales expenses charged to the visible accounts ([TGT-1], [TGT-5] actuals of the expense target),
// filtered by account and month (kept in the URL), paginated; finance and the sales line record, correct and
// delete them (fact-access.ts; others only read). Each write moves the monthly cash facts and the target actuals.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { mayWriteFacts } from '../../../../../src/core/facts/fact-access.ts';
import { useMe } from '../../../api/auth.ts';
import { type ExpenseT, useDeleteExpense, useExpenses } from '../../../api/cash-facts.ts';
import { errorText } from '../../../lib/error-text.ts';
import { formatYuan } from '../../../lib/money.ts';
import { FactFilters } from '../../facts/fact-filters.tsx';
import { useFactListParams } from '../../facts/fact-list-params.ts';
import { FactRowActions } from '../../facts/fact-row-actions.tsx';
import { FactTable } from '../../facts/fact-table.tsx';
import { ExpenseFormModal } from './expense-form-modal.tsx';

type Editing = { expense?: ExpenseT } | null;

export default function ExpenseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const list = useFactListParams();
  const rows = useExpenses(list.query);
  const remove = useDeleteExpense();
  const writer = mayWriteFacts(me.role, 'expense');
  const [editing, setEditing] = useState<Editing>(null);
  const categories = useMemo(
    () => [...new Set((rows.data?.items ?? []).map((row) => row.category))].sort(),
    [rows.data],
  );

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('expenses.list.title')}</Typography.Title>
        <Space wrap>
          {writer ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('expenses.list.create')}
            </Button>
          ) : null}
        </Space>
      </div>

      <FactFilters list={list} />

      <FactTable<ExpenseT>
        list={list}
        rows={rows}
        testId="expense-table"
        empty={t('expenses.list.empty')}
        emptyFiltered={t('expenses.list.emptyFiltered')}
        columns={[
          { title: t('expenses.field.spentOn'), dataIndex: 'spentOn', key: 'spentOn', width: 120 },
          {
            title: t('facts.field.account'),
            key: 'account',
            render: (_, row) => (
              <Link to={`/accounts/${row.accountId}`}>
                {row.accountName} <Typography.Text type="secondary">{row.accountCode}</Typography.Text>
              </Link>
            ),
          },
          {
            title: t('expenses.field.category'),
            key: 'category',
            width: 120,
            render: (_, row) => <Tag>{row.category}</Tag>,
          },
          {
            title: t('facts.field.amountYuan'),
            key: 'amount',
            width: 150,
            align: 'right',
            render: (_, row) => formatYuan(row.amountFen),
          },
          {
            title: t('expenses.field.note'),
            key: 'note',
            width: 200,
            render: (_, row) => row.note ?? '—',
          },
          ...(writer
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 96,
                  render: (_: unknown, row: ExpenseT) => (
                    <FactRowActions
                      onEdit={() => setEditing({ expense: row })}
                      deleteConfirm={t('expenses.list.deleteConfirm')}
                      onDelete={() =>
                        remove.mutate(row.id, {
                          onSuccess: () => message.success(t('expenses.list.deleted')),
                          onError: (error) => message.error(errorText(error)),
                        })
                      }
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <ExpenseFormModal
        open={editing !== null}
        expense={editing?.expense}
        accountId={list.filters.accountId}
        categories={categories}
        onClose={() => setEditing(null)}
        onSaved={() => {
          message.success(editing?.expense ? t('expenses.list.updated') : t('expenses.list.created'));
          setEditing(null);
        }}
      />
    </>
  );
}

// 回款: the collections of the visible accounts ([TGT-1], [TGT-5] actuals of the collections target), filtered by
// account and month (kept in the URL), paginated; finance and the sales line record, correct and delete them
// (fact-access.ts; others only read). Each write moves the monthly cash facts and the target actuals.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { mayWriteFacts } from '../../../../../src/core/facts/fact-access.ts';
import { useMe } from '../../../api/auth.ts';
import { type CollectionT, useCollections, useDeleteCollection } from '../../../api/cash-facts.ts';
import { errorText } from '../../../lib/error-text.ts';
import { formatYuan } from '../../../lib/money.ts';
import { FactFilters } from '../../facts/fact-filters.tsx';
import { useFactListParams } from '../../facts/fact-list-params.ts';
import { FactRowActions } from '../../facts/fact-row-actions.tsx';
import { FactTable } from '../../facts/fact-table.tsx';
import { CollectionFormModal } from './collection-form-modal.tsx';

type Editing = { collection?: CollectionT } | null;

export default function CollectionListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const list = useFactListParams();
  const rows = useCollections(list.query);
  const remove = useDeleteCollection();
  const writer = mayWriteFacts(me.role, 'collection');
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('collections.list.title')}</Typography.Title>
        <Space wrap>
          {writer ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              {t('collections.list.create')}
            </Button>
          ) : null}
        </Space>
      </div>

      <FactFilters list={list} />

      <FactTable<CollectionT>
        list={list}
        rows={rows}
        testId="collection-table"
        empty={t('collections.list.empty')}
        emptyFiltered={t('collections.list.emptyFiltered')}
        columns={[
          {
            title: t('collections.field.collectedOn'),
            dataIndex: 'collectedOn',
            key: 'collectedOn',
            width: 120,
          },
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
            title: t('facts.field.amountYuan'),
            key: 'amount',
            width: 150,
            align: 'right',
            render: (_, row) => formatYuan(row.amountFen),
          },
          {
            title: t('collections.field.reference'),
            key: 'reference',
            width: 200,
            render: (_, row) => row.reference ?? '—',
          },
          ...(writer
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 96,
                  render: (_: unknown, row: CollectionT) => (
                    <FactRowActions
                      onEdit={() => setEditing({ collection: row })}
                      deleteConfirm={t('collections.list.deleteConfirm')}
                      onDelete={() =>
                        remove.mutate(row.id, {
                          onSuccess: () => message.success(t('collections.list.deleted')),
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
      <CollectionFormModal
        open={editing !== null}
        collection={editing?.collection}
        accountId={list.filters.accountId}
        onClose={() => setEditing(null)}
        onSaved={() => {
          message.success(
            editing?.collection ? t('collections.list.updated') : t('collections.list.created'),
          );
          setEditing(null);
        }}
      />
    </>
  );
}

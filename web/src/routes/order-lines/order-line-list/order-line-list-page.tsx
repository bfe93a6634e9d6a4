// 订单明细: the order lines of the visible accounts ([TGT-5] actuals), filtered by account, month and product
// line (kept in the URL), paginated; the roles that write order lines (fact-access.ts) add a line with the form,
// import many, and correct or delete each. Each write moves the monthly facts and the target actuals.
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { mayWriteFacts } from '../../../../../src/core/facts/fact-access.ts';
import { useMe } from '../../../api/auth.ts';
import {
  type OrderLineT,
  useDeleteOrderLine,
  useOrderLines,
  useProductLines,
} from '../../../api/order-lines.ts';
import { errorText } from '../../../lib/error-text.ts';
import { formatYuan } from '../../../lib/money.ts';
import { FactFilters } from '../../facts/fact-filters.tsx';
import { useFactListParams } from '../../facts/fact-list-params.ts';
import { FactRowActions } from '../../facts/fact-row-actions.tsx';
import { FactTable } from '../../facts/fact-table.tsx';
import { OrderLineFormModal } from './order-line-form-modal.tsx';
import { OrderLineImportModal } from './order-line-import-modal.tsx';

type Editing = { orderLine?: OrderLineT } | null;

export default function OrderLineListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const list = useFactListParams({ withProductLine: true });
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const rows = useOrderLines(list.query);
  const productLines = useProductLines();
  const remove = useDeleteOrderLine();
  const writer = mayWriteFacts(me.role, 'order_line');

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('orderLines.list.title')}</Typography.Title>
        <Space wrap>
          {writer ? (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('orderLines.list.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('orderLines.list.create')}
              </Button>
            </>
          ) : null}
        </Space>
      </div>

      <FactFilters list={list}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('orderLines.field.productLine')}
          aria-label={t('orderLines.field.productLine')}
          value={list.filters.productLineId}
          onChange={(value) => list.update({ productLineId: value })}
          options={(productLines.data ?? []).map((line) => ({
            value: line.id,
            label: `${line.code} ${line.name}`,
          }))}
          style={{ width: 200 }}
        />
      </FactFilters>

      <FactTable<OrderLineT>
        list={list}
        rows={rows}
        testId="order-line-table"
        scrollX={1000}
        empty={t('orderLines.list.empty')}
        emptyFiltered={t('orderLines.list.emptyFiltered')}
        columns={[
          { title: t('orderLines.field.orderDate'), dataIndex: 'orderDate', key: 'orderDate', width: 110 },
          {
            title: t('orderLines.field.orderNo'),
            key: 'orderNo',
            width: 150,
            render: (_, line) => (line.orderNo ? `${line.orderNo} / ${line.lineNo}` : '—'),
          },
          {
            title: t('orderLines.field.account'),
            key: 'account',
            render: (_, line) => (
              <Link to={`/accounts/${line.accountId}`}>
                {line.accountName} <Typography.Text type="secondary">{line.accountCode}</Typography.Text>
              </Link>
            ),
          },
          {
            title: t('orderLines.field.productLine'),
            key: 'productLine',
            width: 140,
            render: (_, line) => line.productLineName,
          },
          {
            title: t('orderLines.field.quantity'),
            dataIndex: 'quantity',
            key: 'quantity',
            width: 90,
            align: 'right',
          },
          {
            title: t('orderLines.field.amount'),
            key: 'amount',
            width: 130,
            align: 'right',
            render: (_, line) => formatYuan(line.amountFen),
          },
          {
            title: t('orderLines.field.grossProfit'),
            key: 'grossProfit',
            width: 130,
            align: 'right',
            render: (_, line) => formatYuan(line.amountFen - line.costFen),
          },
          ...(writer
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 96,
                  render: (_: unknown, line: OrderLineT) => (
                    <FactRowActions
                      onEdit={() => setEditing({ orderLine: line })}
                      deleteConfirm={t('orderLines.list.deleteConfirm')}
                      onDelete={() =>
                        remove.mutate(line.id, {
                          onSuccess: () => message.success(t('orderLines.list.deleted')),
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
      <OrderLineImportModal open={importing} onClose={() => setImporting(false)} />
      <OrderLineFormModal
        open={editing !== null}
        orderLine={editing?.orderLine}
        filters={list.filters}
        onClose={() => setEditing(null)}
        onSaved={() => {
          message.success(editing?.orderLine ? t('orderLines.list.updated') : t('orderLines.list.created'));
          setEditing(null);
        }}
      />
    </>
  );
}

// 订单明细: the order lines of the visible accounts ([TGT-5] actuals), filtered by account, month and product
// line (kept in the URL), paginated; bulk import for the roles that write order lines, delete per line.
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Empty, Popconfirm, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { mayWriteFacts } from '../../../../../src/core/facts/fact-access.ts';
import { useMe } from '../../../api/auth.ts';
import {
  type OrderLineListParams,
  type OrderLineT,
  useDeleteOrderLine,
  useOrderLines,
  useProductLines,
} from '../../../api/order-lines.ts';
import { AccountSelect } from '../../../components/account-select.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { formatYuan } from '../../../lib/money.ts';
import { intParam, PAGE_SIZES, pagingParams, textParam, withParams } from '../../../lib/search-params.ts';
import { OrderLineImportModal } from './order-line-import-modal.tsx';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export default function OrderLineListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const { page, size } = pagingParams(params);
  const monthText = textParam(params, 'month');
  const filters = {
    accountId: intParam(params, 'accountId'),
    productLineId: intParam(params, 'productLineId'),
    month: monthText && MONTH.test(monthText) ? monthText : undefined,
  };
  const [importing, setImporting] = useState(false);
  const query: OrderLineListParams = { ...filters, limit: size, offset: (page - 1) * size };
  const list = useOrderLines(query);
  const productLines = useProductLines();
  const remove = useDeleteOrderLine();
  const writer = mayWriteFacts(me.role, 'order_line');
  const hasFilters = Boolean(filters.accountId || filters.productLineId || filters.month);

  const update = (changes: Record<string, string | number | undefined>, keepPage = false) =>
    setParams((current) => withParams(current, keepPage ? changes : { ...changes, page: undefined }), {
      replace: true,
    });

  return (
    <>
      <div className="kd-page-head">
        <Typography.Title level={4}>{t('orderLines.list.title')}</Typography.Title>
        <Space wrap>
          {writer ? (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('orderLines.list.import')}
            </Button>
          ) : null}
        </Space>
      </div>

      <div className="kd-filters">
        <AccountSelect
          allowClear
          placeholder={t('orderLines.field.account')}
          value={filters.accountId}
          onChange={(value) => update({ accountId: value })}
          style={{ width: 240 }}
        />
        <DatePicker
          picker="month"
          allowClear
          placeholder={t('orderLines.field.month')}
          aria-label={t('orderLines.field.month')}
          value={filters.month ? dayjs(`${filters.month}-01`) : null}
          onChange={(value) => update({ month: value ? value.format('YYYY-MM') : undefined })}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('orderLines.field.productLine')}
          aria-label={t('orderLines.field.productLine')}
          value={filters.productLineId}
          onChange={(value) => update({ productLineId: value })}
          options={(productLines.data ?? []).map((line) => ({
            value: line.id,
            label: `${line.code} ${line.name}`,
          }))}
          style={{ width: 200 }}
        />
        {hasFilters ? (
          <Button
            type="link"
            onClick={() =>
              setParams(withParams(params, { accountId: '', productLineId: '', month: '', page: '' }), {
                replace: true,
              })
            }
          >
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </div>

      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<OrderLineT>
          rowKey="id"
          size="middle"
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          locale={{
            emptyText: list.isPending ? (
              ' '
            ) : (
              <Empty
                description={hasFilters ? t('orderLines.list.emptyFiltered') : t('orderLines.list.empty')}
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize: size,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('common.total', { count: total }),
          }}
          onChange={(pagination) =>
            update(
              {
                page: pagination.current === 1 ? undefined : pagination.current,
                size: pagination.pageSize === PAGE_SIZES[0] ? undefined : pagination.pageSize,
              },
              true,
            )
          }
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
                    width: 60,
                    render: (_: unknown, line: OrderLineT) => (
                      <Popconfirm
                        title={t('orderLines.list.deleteConfirm')}
                        onConfirm={() =>
                          remove.mutate(line.id, {
                            onSuccess: () => message.success(t('orderLines.list.deleted')),
                            onError: (error) => message.error(error.message),
                          })
                        }
                      >
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('orderLines.list.delete')}
                        />
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <OrderLineImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}

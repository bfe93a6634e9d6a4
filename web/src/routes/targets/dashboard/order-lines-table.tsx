// The order lines behind a node's actuals ([TGT-5] drill-down), the whole plan year or one month, paginated.
import { Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type NodeOrderLinesT, useNodeOrderLines } from '../../../api/target-tracking.ts';
import { formatYuan } from '../../../lib/money.ts';

type Line = NodeOrderLinesT['items'][number];

export function OrderLinesTable({
  planId,
  nodeId,
  month,
}: {
  planId: number;
  nodeId: number;
  month: number | undefined;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ current: 1, pageSize: 20, key: `${nodeId}-${month}` });
  const current =
    page.key === `${nodeId}-${month}`
      ? page
      : { current: 1, pageSize: page.pageSize, key: `${nodeId}-${month}` };
  const { data, isFetching } = useNodeOrderLines(
    planId,
    nodeId,
    { month, limit: current.pageSize, offset: (current.current - 1) * current.pageSize },
    true,
  );
  return (
    <Table<Line>
      data-testid="tracking-order-lines"
      size="small"
      rowKey="orderLineId"
      loading={isFetching}
      dataSource={data?.items ?? []}
      pagination={{
        current: current.current,
        pageSize: current.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        onChange: (c, s) => setPage({ current: c, pageSize: s, key: current.key }),
      }}
      columns={[
        { title: t('targetTracking.orderDate'), dataIndex: 'orderDate', width: 110 },
        {
          title: t('targetTracking.orderNo'),
          dataIndex: 'orderNo',
          render: (v: string | null, r) => (v ? `${v}/${r.lineNo ?? ''}` : '–'),
        },
        {
          title: t('targetTracking.account'),
          dataIndex: 'accountName',
          render: (name: string, r) => <Link to={`/accounts/${r.accountId}`}>{name}</Link>,
        },
        { title: t('targetTracking.product'), dataIndex: 'productName' },
        { title: t('targetTracking.productLine'), dataIndex: 'productLineName' },
        { title: t('targetTracking.quantity'), dataIndex: 'quantity', align: 'right' },
        {
          title: t('targetTracking.amount'),
          dataIndex: 'amountFen',
          align: 'right',
          render: (v: number) => formatYuan(v),
        },
      ]}
    />
  );
}

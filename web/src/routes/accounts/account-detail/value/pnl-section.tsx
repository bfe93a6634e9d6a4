// [VAL-1] the account P&L: revenue, gross profit, cost to serve and net contribution of the account itself, of the
// whole group when it has subsidiaries, and of each direct subsidiary; with the cost-to-serve breakdown.
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AccountValueT, PnlT } from '../../../../api/value.ts';
import { formatYuan } from '../../../../lib/money.ts';

interface PnlRow {
  key: string;
  name: React.ReactNode;
  pnl: PnlT;
}

const pct = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)}%`);

export function PnlSection({ value }: { value: AccountValueT }) {
  const { t } = useTranslation();
  const own = value.own;
  const rows: PnlRow[] = [
    { key: 'own', name: <Typography.Text strong>{t('accountValue.pnl.own')}</Typography.Text>, pnl: own },
    ...(value.group
      ? [
          {
            key: 'group',
            name: (
              <Typography.Text strong>
                {t('accountValue.pnl.group', { count: value.subsidiaries.length })}
              </Typography.Text>
            ),
            pnl: value.group,
          },
        ]
      : []),
    ...value.subsidiaries.map((subsidiary) => ({
      key: `sub-${subsidiary.accountId}`,
      name: (
        <span style={{ paddingInlineStart: 16 }}>
          <Link to={`/accounts/${subsidiary.accountId}?tab=value`}>{subsidiary.name}</Link>
        </span>
      ),
      pnl: subsidiary.pnl,
    })),
  ];
  const money = (fen: number) => formatYuan(fen);

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['revenue', own.revenueFen],
            ['grossProfit', own.grossProfitFen],
            ['costToServe', own.costToServeFen],
            ['netContribution', own.netContributionFen],
          ] as const
        ).map(([key, fen]) => (
          <Col xs={12} lg={6} key={key}>
            <Card size="small">
              <Statistic
                title={t(`accountValue.pnl.${key}`)}
                value={money(fen)}
                styles={{ content: { color: key === 'netContribution' && fen < 0 ? '#cf1322' : undefined } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary">
        {t('accountValue.pnl.window', { months: value.windowMonths })}
      </Typography.Paragraph>
      <Table<PnlRow>
        size="small"
        pagination={false}
        dataSource={rows}
        rowKey="key"
        columns={[
          { title: t('accountValue.pnl.scope'), key: 'name', render: (_: unknown, row) => row.name },
          {
            title: t('accountValue.pnl.revenue'),
            key: 'revenue',
            align: 'right',
            render: (_: unknown, row) => money(row.pnl.revenueFen),
          },
          {
            title: t('accountValue.pnl.grossProfit'),
            key: 'gp',
            align: 'right',
            render: (_: unknown, row) => money(row.pnl.grossProfitFen),
          },
          {
            title: t('accountValue.pnl.margin'),
            key: 'margin',
            align: 'right',
            render: (_: unknown, row) => pct(row.pnl.grossMarginPct),
          },
          {
            title: t('accountValue.pnl.costToServe'),
            key: 'cts',
            align: 'right',
            render: (_: unknown, row) => money(row.pnl.costToServeFen),
          },
          {
            title: t('accountValue.pnl.netContribution'),
            key: 'net',
            align: 'right',
            render: (_: unknown, row) => (
              <Typography.Text type={row.pnl.netContributionFen < 0 ? 'danger' : undefined}>
                {money(row.pnl.netContributionFen)}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('accountValue.costToServe.title')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="driver"
        dataSource={own.costToServe}
        columns={[
          { title: t('accountValue.costToServe.driver'), dataIndex: 'label', key: 'label' },
          {
            title: t('accountValue.costToServe.amount'),
            dataIndex: 'amountFen',
            key: 'amountFen',
            align: 'right',
            width: 160,
            render: (fen: number) => money(fen),
          },
          {
            title: t('accountValue.costToServe.basis'),
            dataIndex: 'basis',
            key: 'basis',
            render: (basis: string) => <Typography.Text type="secondary">{basis}</Typography.Text>,
          },
        ]}
      />
    </>
  );
}

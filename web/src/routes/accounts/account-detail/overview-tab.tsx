// 概览: the account's fields, then 3 years of monthly revenue and gross profit with yearly totals.
import { Alert, Col, Descriptions, Empty, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type AccountDetailT, type AccountRevenueT, useAccountRevenue } from '../../../api/accounts.ts';
import { useOrgUnitName } from '../../../api/org.ts';
import { formatDateTime } from '../../../lib/dates.ts';
import { formatMargin, formatYuan } from '../../../lib/money.ts';
import { RevenueChart } from './revenue-chart.tsx';

type YearRow = AccountRevenueT['years'][number];

export function OverviewTab({ account }: { account: AccountDetailT }) {
  const { t } = useTranslation();
  const dash = (value: string | null) => value || '–';
  const regionName = useOrgUnitName();
  return (
    <>
      <Descriptions
        column={{ xs: 1, sm: 2, lg: 3 }}
        size="small"
        items={[
          { key: 'code', label: t('account.field.code'), children: account.code },
          { key: 'industry', label: t('account.field.industry'), children: dash(account.industry) },
          {
            key: 'region',
            label: t('account.field.region'),
            children: account.regionId ? regionName(account.regionId, null) || dash(account.regionName) : '–',
          },
          { key: 'owner', label: t('account.field.owner'), children: account.ownerName },
          {
            key: 'parent',
            label: t('account.field.parent'),
            children: account.parentId ? (
              <Link to={`/accounts/${account.parentId}`}>{account.parentName}</Link>
            ) : (
              '–'
            ),
          },
          {
            key: 'location',
            label: t('account.field.location'),
            children: [account.province, account.city].filter(Boolean).join(' / ') || '–',
          },
          { key: 'address', label: t('account.field.address'), children: dash(account.address) },
          { key: 'phone', label: t('account.field.phone'), children: dash(account.phone) },
          {
            key: 'website',
            label: t('account.field.website'),
            children: account.website ? (
              <a
                href={/^https?:\/\//.test(account.website) ? account.website : `https://${account.website}`}
                target="_blank"
                rel="noreferrer"
              >
                {account.website}
              </a>
            ) : (
              '–'
            ),
          },
          { key: 'createdAt', label: t('common.createdAt'), children: formatDateTime(account.createdAt) },
          { key: 'updatedAt', label: t('common.updatedAt'), children: formatDateTime(account.updatedAt) },
        ]}
      />
      <Descriptions
        column={1}
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'notes',
            label: t('account.field.notes'),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(account.notes)}</span>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('account.revenue.title')}
      </Typography.Title>
      <RevenueSection accountId={account.id} />
    </>
  );
}

function RevenueSection({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const revenue = useAccountRevenue(accountId, 3);
  if (revenue.isError) return <Alert type="error" showIcon title={revenue.error.message} />;
  if (!revenue.data) return <Skeleton active />;
  const data = revenue.data;
  const withGroup = data.subsidiaryCount > 0;
  const hasRevenue = data.months.some((month) => month.revenueFen !== 0 || month.groupRevenueFen !== 0);
  if (!hasRevenue) return <Empty description={t('account.revenue.none')} />;

  // The window is the last N×12 months, so the first and last calendar years are usually partial.
  const total = data.months.reduce(
    (sum, month) => ({
      revenueFen: sum.revenueFen + month.revenueFen,
      grossProfitFen: sum.grossProfitFen + month.grossProfitFen,
      groupRevenueFen: sum.groupRevenueFen + month.groupRevenueFen,
    }),
    { revenueFen: 0, grossProfitFen: 0, groupRevenueFen: 0 },
  );
  const monthsOf = (year: number) =>
    data.months
      .filter((month) => month.month.startsWith(`${year}-`))
      .map((month) => Number(month.month.slice(5)));
  const yearLabel = (year: number) => {
    const months = monthsOf(year);
    const first = months[0];
    const last = months[months.length - 1];
    if (first === undefined || last === undefined || months.length === 12) return String(year);
    if (first === last) return t('account.revenue.partialYearOne', { year, month: first });
    return t('account.revenue.partialYear', { year, from: first, to: last });
  };

  const columns = [
    {
      title: t('account.revenue.year'),
      dataIndex: 'year',
      key: 'year',
      render: (year: number) => yearLabel(year),
    },
    {
      title: t('account.revenue.own'),
      dataIndex: 'revenueFen',
      key: 'revenueFen',
      align: 'right' as const,
      render: (fen: number) => formatYuan(fen),
    },
    {
      title: t('account.revenue.grossProfit'),
      dataIndex: 'grossProfitFen',
      key: 'grossProfitFen',
      align: 'right' as const,
      render: (fen: number) => formatYuan(fen),
    },
    {
      title: t('account.revenue.margin'),
      key: 'margin',
      align: 'right' as const,
      render: (_: unknown, row: YearRow) => formatMargin(row.grossProfitFen, row.revenueFen),
    },
    ...(withGroup
      ? [
          {
            title: t('account.revenue.group'),
            dataIndex: 'groupRevenueFen',
            key: 'groupRevenueFen',
            align: 'right' as const,
            render: (fen: number) => formatYuan(fen),
          },
        ]
      : []),
  ];

  return (
    <>
      <Row gutter={16} style={{ marginBottom: 8 }}>
        <Col xs={12} md={6}>
          <Statistic
            title={t('account.revenue.totalOwn', { months: data.months.length })}
            value={formatYuan(total.revenueFen)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('account.revenue.totalGrossProfit')} value={formatYuan(total.grossProfitFen)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('account.revenue.margin')}
            value={formatMargin(total.grossProfitFen, total.revenueFen)}
          />
        </Col>
        {withGroup ? (
          <Col xs={12} md={6}>
            <Statistic
              title={t('account.revenue.totalGroup', { count: data.subsidiaryCount })}
              value={formatYuan(total.groupRevenueFen)}
            />
          </Col>
        ) : null}
      </Row>
      <RevenueChart revenue={data} />
      <Table<YearRow>
        rowKey="year"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={[...data.years].sort((a, b) => b.year - a.year)}
        style={{ marginTop: 8 }}
      />
    </>
  );
}

// 产品线 BCG 矩阵 of one account ([SEG-8]): each product line placed by share (x) and growth (y) with the
// quadrant lines at the configured thresholds, bubbles sized by the last 12 months' sales, and a table with
// the same numbers and why each line is in its quadrant.
import { Card, Empty, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ProductLineBcgItemT,
  type ProductLineBcgT,
  useProductLineBcg,
} from '../../../../api/segmentation.ts';
import { EChart } from '../../../../components/echart.tsx';
import { QueryError } from '../../../../components/query-error.tsx';
import { formatYuan, formatYuanCompact } from '../../../../lib/money.ts';

const COLORS: Record<ProductLineBcgItemT['value'], string> = {
  star: '#faad14',
  cash_cow: '#52c41a',
  question_mark: '#1677ff',
  dog: '#8c8c8c',
};

/** New lines have no growth figure; they sit above the growth line, drawn at the top of the chart. */
function chartOption(data: ProductLineBcgT, lang: string, newLine: string): Record<string, unknown> {
  const shareLine =
    data.items.length > 0 && data.items.every((i) => i.shareBasis === 'share_of_wallet')
      ? data.shareThresholdPct
      : data.mixShareThresholdPct;
  const growths = data.items.map((i) => i.growth).filter((g): g is number => g !== null);
  const top = Math.max(data.growthThresholdPct * 2, ...growths.map((g) => g * 1.15 + 20), 20);
  const bottom = Math.min(-20, ...growths.map((g) => g - 10));
  const maxRevenue = Math.max(1, ...data.items.map((i) => i.revenueFen));
  return {
    grid: { left: 56, right: 40, top: 40, bottom: 40 },
    tooltip: {
      formatter: (p: { data: { item: ProductLineBcgItemT } }) => {
        const i = p.data.item;
        const growth = i.growth === null ? newLine : `${i.growth}%`;
        return `${i.productLineName}：${i.label}<br/>${i.share}% · ${growth} · ${formatYuanCompact(i.revenueFen, lang)}`;
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'value',
      min: Math.floor(bottom),
      max: Math.ceil(top),
      axisLabel: { formatter: '{value}%' },
    },
    series: [
      {
        type: 'scatter',
        data: data.items.map((item) => ({
          value: [item.share, item.growth ?? Math.ceil(top) - 5],
          name: item.productLineName,
          item,
          symbolSize: 14 + 36 * Math.sqrt(item.revenueFen / maxRevenue),
          itemStyle: { color: COLORS[item.value], opacity: 0.8 },
        })),
        label: {
          show: true,
          position: 'top',
          formatter: (p: { data: { item: ProductLineBcgItemT } }) => p.data.item.productLineName,
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#999' },
          label: { formatter: '{c}%' },
          data: [{ xAxis: shareLine }, { yAxis: data.growthThresholdPct }],
        },
      },
    ],
  };
}

export function ProductLineBcgCard({ accountId }: { accountId: number }) {
  const { t, i18n } = useTranslation();
  const query = useProductLineBcg(accountId);
  const data = query.data;
  const option = useMemo(
    () => (data ? chartOption(data, i18n.language, t('segmentation.productLines.newLine')) : null),
    [data, i18n.language, t],
  );

  let body: React.ReactNode;
  if (query.isError) body = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!data || !option) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (data.items.length === 0)
    body = <Empty description={t('segmentation.productLines.empty')} data-testid="product-lines-empty" />;
  else
    body = (
      <>
        <Typography.Text type="secondary">{t('segmentation.productLines.hint')}</Typography.Text>
        <EChart
          option={option}
          height={320}
          ariaLabel={t('segmentation.productLines.chartLabel')}
          testId="product-lines-chart"
        />
        <Table<ProductLineBcgItemT>
          size="small"
          rowKey="productLineId"
          pagination={false}
          dataSource={data.items}
          columns={[
            { title: t('segmentation.productLines.line'), dataIndex: 'productLineName' },
            {
              title: t('segmentation.productLines.quadrant'),
              dataIndex: 'label',
              render: (label: string, item) => (
                <Tooltip title={item.explanation}>
                  <Tag color={COLORS[item.value]}>{label}</Tag>
                </Tooltip>
              ),
            },
            {
              title: t('segmentation.productLines.share'),
              dataIndex: 'share',
              align: 'right',
              render: (share: number, item) =>
                `${share}%（${t(
                  item.shareBasis === 'share_of_wallet'
                    ? 'segmentation.productLines.basisWallet'
                    : 'segmentation.productLines.basisMix',
                )}）`,
            },
            {
              title: t('segmentation.productLines.growth'),
              dataIndex: 'growth',
              align: 'right',
              render: (growth: number | null) =>
                growth === null ? t('segmentation.productLines.newLine') : `${growth}%`,
            },
            {
              title: t('segmentation.productLines.revenue'),
              dataIndex: 'revenueFen',
              align: 'right',
              render: (fen: number) => formatYuan(fen),
            },
          ]}
        />
      </>
    );

  return (
    <Card
      title={t('segmentation.productLines.title')}
      style={{ marginTop: 16 }}
      data-testid="product-lines-card"
    >
      {body}
    </Card>
  );
}

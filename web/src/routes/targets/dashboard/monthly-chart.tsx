// [TGT-5] one metric of a node by month: target and actual bars, attainment as a line on its own axis with the
// 100 % target line. A click on a month opens that month's order lines.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricAttainmentT } from '../../../api/target-tracking.ts';
import { type ChartClick, EChart } from '../../../components/echart.tsx';
import { formatYuanCompact } from '../../../lib/money.ts';
import { ratePercent } from './tracking-format.ts';

export function MonthlyChart({
  metric,
  onMonth,
}: {
  metric: MetricAttainmentT;
  onMonth: (month: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: metric.months.map((m) => `${m.month}`) },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (v: number) => formatYuanCompact(v, i18n.language) } },
        { type: 'value', axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        {
          name: t('targetTracking.target'),
          type: 'bar',
          data: metric.months.map((m) => m.target),
          itemStyle: { color: '#d9d9d9' },
        },
        {
          name: t('targetTracking.actual'),
          type: 'bar',
          data: metric.months.map((m) => m.actual),
          itemStyle: { color: '#1677ff' },
        },
        {
          name: t('targetTracking.attainment'),
          type: 'line',
          yAxisIndex: 1,
          data: metric.months.map((m) => ratePercent(m.attainment)),
          itemStyle: { color: '#fa8c16' },
          markLine: {
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#52c41a' },
            label: { formatter: '100%' },
            data: [{ yAxis: 100 }],
          },
        },
      ],
    }),
    [metric, t, i18n.language],
  );
  const onClick = useMemo(() => (event: ChartClick) => onMonth(event.dataIndex + 1), [onMonth]);
  return (
    <EChart
      option={option}
      height={300}
      onClick={onClick}
      ariaLabel={t('targetTracking.monthly')}
      testId="tracking-monthly"
    />
  );
}

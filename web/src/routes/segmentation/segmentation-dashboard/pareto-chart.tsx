// [SEG-8] 80/20: cumulative share of revenue over the share of accounts (largest first), with the cut line and
// how many accounts make it. A click opens the accounts inside the cut.
import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardT } from '../../../api/segmentation.ts';
import { EChart } from '../../../components/echart.tsx';

export function ParetoChart({ pareto, onTop }: { pareto: DashboardT['pareto']; onTop: () => void }) {
  const { t } = useTranslation();

  const option = useMemo(() => {
    const points = [...pareto.points].sort((a, b) => a.accountPct - b.accountPct);
    if (points[0]?.accountPct !== 0) points.unshift({ accountPct: 0, revenuePct: 0 });
    return {
      grid: { left: 48, right: 24, top: 24, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        formatter: (params: Array<{ value: [number, number] }>) => {
          const point = params[0]?.value;
          if (!point) return '';
          return t('segmentation.pareto.tooltip', {
            accounts: point[0].toFixed(1),
            revenue: point[1].toFixed(1),
          });
        },
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        name: t('segmentation.pareto.accountsAxis'),
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { formatter: '{value}%' },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'line',
          name: t('segmentation.pareto.revenueAxis'),
          data: points.map((point) => [point.accountPct, point.revenuePct]),
          showSymbol: false,
          smooth: true,
          areaStyle: { opacity: 0.12 },
          lineStyle: { width: 2, color: '#1f5fbf' },
          itemStyle: { color: '#1f5fbf' },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed' },
            data: [
              { yAxis: pareto.cutPct, label: { formatter: `${pareto.cutPct}%`, position: 'insideStartTop' } },
              {
                xAxis: Number(pareto.accountsInCutPct.toFixed(1)),
                label: { formatter: `${pareto.accountsInCutPct.toFixed(1)}%`, position: 'insideEndTop' },
              },
            ],
          },
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(207, 19, 34, 0.05)' },
            data: [[{ xAxis: 0 }, { xAxis: pareto.accountsInCutPct }]],
          },
        },
      ],
    };
  }, [pareto, t]);

  return (
    <>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Typography.Link onClick={onTop} data-testid="pareto-summary">
          {t('segmentation.pareto.summary', {
            count: pareto.accountsInCut,
            pct: pareto.accountsInCutPct.toFixed(1),
            cut: pareto.cutPct,
          })}
        </Typography.Link>
      </Typography.Paragraph>
      <EChart option={option} height={240} onClick={onTop} ariaLabel={t('segmentation.pareto.title')} />
    </>
  );
}

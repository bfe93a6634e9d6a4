// [SEG-2] the portfolio bubble matrix: attractiveness (Y) × our capability (X), bubble = revenue, quadrant lines at
// the configured threshold, quadrants invest / selective / maintain / harvest. A click opens the bubble's quadrant.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardT } from '../../../api/segmentation.ts';
import { type ChartClick, EChart } from '../../../components/echart.tsx';
import { formatYuan } from '../../../lib/money.ts';
import { valueColor, valueLabel } from '../../../lib/segmentation-labels.ts';

type Bubble = DashboardT['portfolio'][number];

interface BubbleDatum {
  value: [number, number, number];
  bubble: Bubble;
}

/** Quadrants of seed 001 with where they sit: attractiveness high/low × capability high/low. */
const QUADRANTS = [
  { value: 'invest', highAttractiveness: true, highCapability: true },
  { value: 'selective', highAttractiveness: true, highCapability: false },
  { value: 'maintain', highAttractiveness: false, highCapability: true },
  { value: 'harvest', highAttractiveness: false, highCapability: false },
] as const;

export function PortfolioChart({
  portfolio,
  threshold,
  onQuadrant,
}: {
  portfolio: DashboardT['portfolio'];
  threshold: number;
  onQuadrant: (value: string) => void;
}) {
  const { t } = useTranslation();

  const option = useMemo(() => {
    const maxRevenue = Math.max(1, ...portfolio.map((bubble) => bubble.revenueFen));
    const size = (revenueFen: number) => 6 + Math.sqrt(Math.max(0, revenueFen) / maxRevenue) * 40;
    const series = QUADRANTS.map((quadrant) => ({
      type: 'scatter',
      name: valueLabel(t, 'portfolio', quadrant.value),
      data: portfolio
        .filter((bubble) => bubble.value === quadrant.value)
        .map((bubble) => ({ value: [bubble.capability, bubble.attractiveness, bubble.revenueFen], bubble })),
      symbolSize: (value: [number, number, number]) => size(value[2]),
      itemStyle: { color: valueColor('portfolio', quadrant.value), opacity: 0.65, borderColor: '#fff' },
      emphasis: { focus: 'self' },
    }));
    const area = (quadrant: (typeof QUADRANTS)[number]) => [
      {
        name: valueLabel(t, 'portfolio', quadrant.value),
        xAxis: quadrant.highCapability ? threshold : 0,
        yAxis: quadrant.highAttractiveness ? threshold : 0,
        itemStyle: { color: quadrant.highAttractiveness === quadrant.highCapability ? '#f6f8fc' : '#fcfcfd' },
        label: {
          position: quadrant.highAttractiveness ? 'insideTop' : 'insideBottom',
          color: valueColor('portfolio', quadrant.value),
          fontWeight: 'bold',
          fontSize: 13,
        },
      },
      {
        xAxis: quadrant.highCapability ? 100 : threshold,
        yAxis: quadrant.highAttractiveness ? 100 : threshold,
      },
    ];
    const first = series[0];
    if (first) {
      Object.assign(first, {
        markArea: { silent: true, data: QUADRANTS.map(area) },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#8c8c8c', type: 'dashed' },
          label: { formatter: String(threshold) },
          data: [{ xAxis: threshold }, { yAxis: threshold }],
        },
      });
    }
    return {
      grid: { left: 56, right: 24, top: 40, bottom: 48 },
      legend: { top: 0 },
      tooltip: {
        formatter: (params: { data: BubbleDatum }) => {
          const { bubble } = params.data;
          return [
            `<b>${bubble.name}</b>`,
            `${t('segmentation.portfolio.attractiveness')}：${bubble.attractiveness.toFixed(0)}`,
            `${t('segmentation.portfolio.capability')}：${bubble.capability.toFixed(0)}`,
            `${t('segmentation.revenue')}：${formatYuan(bubble.revenueFen)}`,
            valueLabel(t, 'portfolio', bubble.value),
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        name: t('segmentation.portfolio.capability'),
        nameLocation: 'middle',
        nameGap: 28,
        splitLine: { show: false },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        name: t('segmentation.portfolio.attractiveness'),
        nameLocation: 'middle',
        nameGap: 36,
        splitLine: { show: false },
      },
      series,
    };
  }, [portfolio, threshold, t]);

  const onClick = useMemo(
    () => (event: ChartClick) => {
      const datum = event.data as BubbleDatum | undefined;
      if (datum?.bubble) onQuadrant(datum.bubble.value);
    },
    [onQuadrant],
  );

  return (
    <EChart
      option={option}
      height={380}
      onClick={onClick}
      ariaLabel={t('segmentation.portfolio.title')}
      testId="portfolio-chart"
    />
  );
}

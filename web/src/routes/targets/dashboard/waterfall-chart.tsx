// [TGT-5] waterfall of a node's gap: the target, one floating bar per child (actual − target: green ahead, red
// behind), the rest outside the children, and the actual. A click on a child's bar drills into it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaterfallT } from '../../../api/target-tracking.ts';
import { type ChartClick, EChart } from '../../../components/echart.tsx';
import { formatYuan, formatYuanCompact } from '../../../lib/money.ts';
import { waterfallAxisLabel, waterfallAxisMin } from './tracking-format.ts';

export function WaterfallChart({
  waterfall,
  onNode,
}: {
  waterfall: WaterfallT;
  onNode: (nodeId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const labels = [
      t('targetTracking.waterfallStart'),
      ...waterfall.steps.map((s) => s.label ?? t('targetTracking.waterfallRest')),
      t('targetTracking.waterfallEnd'),
    ];
    const base = [0, ...waterfall.steps.map((s) => Math.min(s.from, s.to)), 0];
    const bars = [
      { value: waterfall.target, itemStyle: { color: '#8c8c8c' } },
      ...waterfall.steps.map((s) => ({
        value: Math.abs(s.delta),
        step: s,
        itemStyle: { color: s.delta >= 0 ? '#52c41a' : '#ff4d4f' },
      })),
      { value: waterfall.actual, itemStyle: { color: '#1677ff' } },
    ];
    return {
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; data: { step?: { delta: number }; value: number } }) =>
          `${p.name}: ${formatYuan(p.data.step ? p.data.step.delta : p.data.value)}`,
      },
      xAxis: {
        type: 'category',
        data: labels,
        axisLabel: waterfallAxisLabel(labels.length),
      },
      yAxis: {
        type: 'value',
        min: waterfallAxisMin([
          waterfall.target,
          waterfall.actual,
          ...waterfall.steps.flatMap((s) => [s.from, s.to]),
        ]),
        axisLabel: { formatter: (v: number) => formatYuanCompact(v, i18n.language) },
      },
      series: [
        { type: 'bar', stack: 'w', silent: true, itemStyle: { color: 'transparent' }, data: base },
        { type: 'bar', stack: 'w', barMaxWidth: 40, data: bars },
      ],
    };
  }, [waterfall, t, i18n.language]);
  const onClick = useMemo(
    () => (event: ChartClick) => {
      const datum = event.data as { step?: { nodeId: number | null } } | undefined;
      if (datum?.step?.nodeId) onNode(datum.step.nodeId);
    },
    [onNode],
  );
  return (
    <EChart
      option={option}
      height={300}
      onClick={onClick}
      ariaLabel={t('targetTracking.waterfall')}
      testId="tracking-waterfall"
    />
  );
}

// [TGT-5] units or reps ranked by attainment (horizontal bars, best at the top); a click drills into the node.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingT } from '../../../api/target-tracking.ts';
import { type ChartClick, EChart } from '../../../components/echart.tsx';
import { formatYuan } from '../../../lib/money.ts';
import { formatRate, ratePercent } from './tracking-format.ts';

type Item = RankingT['items'][number];

export function RankingChart({
  items,
  title,
  testId,
  onNode,
}: {
  items: readonly Item[];
  title: string;
  testId: string;
  onNode: (nodeId: number) => void;
}) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const bottomUp = [...items].reverse();
    return {
      grid: { left: 8, right: 56, top: 4, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p: { data: { item: Item } }) =>
          `${p.data.item.label}<br/>${t('targetTracking.target')} ${formatYuan(p.data.item.target)}<br/>${t('targetTracking.actual')} ${formatYuan(p.data.item.actual)}<br/>${t('targetTracking.attainment')} ${formatRate(p.data.item.attainment)}`,
      },
      xAxis: { type: 'value', show: false },
      yAxis: {
        type: 'category',
        data: bottomUp.map((i) => `${i.rank}. ${i.label}`),
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 16,
          data: bottomUp.map((item) => ({
            value: ratePercent(item.attainment) ?? 0,
            item,
            itemStyle: { color: (ratePercent(item.attainment) ?? 0) >= 100 ? '#52c41a' : '#1677ff' },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { data: { item: Item } }) => formatRate(p.data.item.attainment),
          },
        },
      ],
    };
  }, [items, t]);
  const onClick = useMemo(
    () => (event: ChartClick) => {
      const datum = event.data as { item?: Item } | undefined;
      if (datum?.item) onNode(datum.item.id);
    },
    [onNode],
  );
  return (
    <EChart
      option={option}
      height={Math.max(120, items.length * 28 + 16)}
      onClick={onClick}
      ariaLabel={title}
      testId={testId}
    />
  );
}

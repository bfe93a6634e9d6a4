// A model's distribution (lifecycle, relationship stage, KAM stage, org relationship, loyalty) as a small bar
// chart; a click on a bar opens the accounts with that value.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardT, ModelKey } from '../../../api/segmentation.ts';
import { type ChartClick, EChart } from '../../../components/echart.tsx';
import { modelLabel, valueColor, valuesOf } from '../../../lib/segmentation-labels.ts';

type Item = DashboardT['distributions'][number]['items'][number];

interface BarDatum {
  value: number;
  item: Item;
  itemStyle: { color: string };
}

export function DistributionChart({
  model,
  items,
  onValue,
}: {
  model: ModelKey;
  items: readonly Item[];
  onValue: (value: string) => void;
}) {
  const { t } = useTranslation();

  const option = useMemo(() => {
    const order = valuesOf(model);
    // Lowest value first, so the best lands at the top of a horizontal bar chart.
    const sorted = [...items].sort((a, b) => order.indexOf(b.value) - order.indexOf(a.value));
    const data: BarDatum[] = sorted.map((item) => ({
      value: item.count,
      item,
      itemStyle: { color: valueColor(model, item.value) },
    }));
    return {
      grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', data: sorted.map((item) => item.label), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          data,
          barMaxWidth: 16,
          label: { show: true, position: 'right', color: '#595959' },
        },
      ],
    };
  }, [items, model]);

  const onClick = useMemo(
    () => (event: ChartClick) => {
      const datum = event.data as BarDatum | undefined;
      if (datum?.item) onValue(datum.item.value);
    },
    [onValue],
  );

  return (
    <EChart
      option={option}
      height={Math.max(120, items.length * 30 + 16)}
      onClick={onClick}
      ariaLabel={modelLabel(t, model)}
      testId={`distribution-${model}`}
    />
  );
}

// [SEG-1] the 5×5 X/Y grid as a heat grid: X = 目前购买状况 (0–4), Y = 总体购买能力 (0–4). Each cell shows its class,
// how many accounts sit in it and their revenue; a click opens those accounts.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardT } from '../../../api/segmentation.ts';
import { type ChartClick, EChart } from '../../../components/echart.tsx';
import { formatYuan, formatYuanCompact } from '../../../lib/money.ts';
import { GRID_CLASS_COLORS } from '../../../lib/segmentation-labels.ts';

type Cell = DashboardT['grid'][number];
const LEVELS = [0, 1, 2, 3, 4] as const;

interface CellDatum {
  value: [number, number, number];
  cell: Cell;
  itemStyle: { color: string; opacity: number };
}

export function PurchaseGridChart({
  grid,
  onCell,
}: {
  grid: DashboardT['grid'];
  onCell: (x: number, y: number) => void;
}) {
  const { t, i18n } = useTranslation();

  const option = useMemo(() => {
    const levelName = (level: number) =>
      `${level} ${t(`segmentation.grid.level.${level as 0 | 1 | 2 | 3 | 4}`)}`;
    const data: CellDatum[] = grid.map((cell) => ({
      value: [cell.x, cell.y, cell.count],
      cell,
      itemStyle: {
        color: GRID_CLASS_COLORS[cell.value] ?? '#bfbfbf',
        opacity: cell.count > 0 ? 0.85 : 0.25,
      },
    }));
    return {
      grid: { left: 96, right: 16, top: 16, bottom: 56 },
      tooltip: {
        formatter: (params: { data: CellDatum }) => {
          const { cell } = params.data;
          return [
            `${t('segmentation.grid.x')}：${levelName(cell.x)}`,
            `${t('segmentation.grid.y')}：${levelName(cell.y)}`,
            `${t('segmentation.grid.class')}：${cell.value}`,
            t('segmentation.accountsCount', { count: cell.count }),
            `${t('segmentation.revenue')}：${formatYuan(cell.revenueFen)}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'category',
        data: LEVELS.map(levelName),
        name: t('segmentation.grid.xAxis'),
        nameLocation: 'middle',
        nameGap: 32,
        splitArea: { show: false },
      },
      yAxis: {
        type: 'category',
        data: LEVELS.map(levelName),
        name: t('segmentation.grid.yAxis'),
        nameLocation: 'middle',
        nameGap: 80,
      },
      series: [
        {
          type: 'heatmap',
          data,
          itemStyle: { borderColor: '#fff', borderWidth: 3 },
          label: {
            show: true,
            color: '#fff',
            formatter: (params: { data: CellDatum }) => {
              const { cell } = params.data;
              if (cell.count === 0) return `{cls|${cell.value}}`;
              return `{cls|${cell.value}}\n${t('segmentation.accountsCount', { count: cell.count })}\n${formatYuanCompact(cell.revenueFen, i18n.language)}`;
            },
            rich: { cls: { fontSize: 18, fontWeight: 'bold', color: '#fff', lineHeight: 24 } },
            lineHeight: 16,
          },
          emphasis: { itemStyle: { borderColor: '#262626', borderWidth: 2 } },
        },
      ],
    };
  }, [grid, t, i18n.language]);

  const onClick = useMemo(
    () => (event: ChartClick) => {
      const datum = event.data as CellDatum | undefined;
      if (datum?.cell) onCell(datum.cell.x, datum.cell.y);
    },
    [onCell],
  );

  return (
    <EChart
      option={option}
      height={380}
      onClick={onClick}
      ariaLabel={t('segmentation.grid.title')}
      testId="purchase-grid-chart"
    />
  );
}

// Display of tracking figures: rates arrive as exact 4-decimal ratio strings ("0.8523"), shown as 85.23 %.
export function formatRate(rate: string | null | undefined): string {
  if (rate === null || rate === undefined) return '–';
  return `${(Number(rate) * 100).toFixed(2)}%`;
}

/** The rate as a percentage number for charts (null stays a gap in the line). */
export const ratePercent = (rate: string | null): number | null =>
  rate === null ? null : Number(rate) * 100;

/**
 * Category labels of the gap waterfall: with more than a few children the names turn and are cut to a width
 * (full name in the tooltip), so fifteen customers' names do not print over each other.
 */
export function waterfallAxisLabel(count: number): {
  interval: 0;
  rotate: number;
  width?: number;
  overflow?: 'truncate';
  fontSize?: number;
} {
  if (count <= 6) return { interval: 0, rotate: 0 };
  if (count <= 10) return { interval: 0, rotate: 30, width: 72, overflow: 'truncate' };
  return { interval: 0, rotate: 90, width: 80, overflow: 'truncate', fontSize: 10 };
}

/**
 * Where the gap waterfall's value axis starts. From 0, a gap of a few percent of the target is a sliver nobody
 * can see, so when every bar ends well above 0 the axis starts a little below the lowest level (the distance
 * from the lowest to the highest level once more, rounded down to a round figure). Undefined (from 0) when a level
 * is at or below 0 or the levels already spread over more than a quarter of the highest.
 */
export function waterfallAxisMin(levels: readonly number[]): number | undefined {
  if (levels.length === 0) return undefined;
  const lowest = Math.min(...levels);
  const highest = Math.max(...levels);
  const spread = highest - lowest;
  if (lowest <= 0 || spread * 4 >= highest) return undefined;
  const start = lowest - Math.max(spread, highest / 100);
  const step = 10 ** Math.floor(Math.log10(Math.max(highest - start, 1)));
  const min = Math.floor(start / step) * step;
  return min > 0 ? min : undefined;
}

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

// Display of tracking figures: rates arrive as exact 4-decimal ratio strings ("0.8523"), shown as 85.23 %.
export function formatRate(rate: string | null | undefined): string {
  if (rate === null || rate === undefined) return '–';
  return `${(Number(rate) * 100).toFixed(2)}%`;
}

/** The rate as a percentage number for charts (null stays a gap in the line). */
export const ratePercent = (rate: string | null): number | null =>
  rate === null ? null : Number(rate) * 100;

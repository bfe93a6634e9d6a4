// Money on screen: integer fen from the API shown as ¥ yuan (the formatting rule lives in core/shared/money.ts).
import { formatFen } from '../../../src/core/shared/money.ts';

/** ¥1,234.56 from 123456 fen. */
export function formatYuan(fen: number): string {
  return fen < 0 ? `-¥${formatFen(-fen)}` : `¥${formatFen(fen)}`;
}

/** Short yuan amount for chart axes: 1.2万 / 12K. */
export function formatYuanCompact(fen: number, lang: string): string {
  const format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return `¥${format.format(fen / 100)}`;
}

/** Gross margin as a percentage text, or a dash when there is no revenue. */
export function formatMargin(grossProfitFen: number, revenueFen: number): string {
  if (revenueFen === 0) return '–';
  return `${((grossProfitFen / revenueFen) * 100).toFixed(1)}%`;
}

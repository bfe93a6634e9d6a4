// Money on screen: integer fen from the API shown as ¥ yuan (the formatting rule lives in core/shared/money.ts),
// and 元 as people type it parsed exactly into fen (at most two decimals, never negative; no float rounding, so
// what the user sees is what the API stores).
import { formatFen } from '../../../src/core/shared/money.ts';

export type YuanProblem = 'invalid' | 'decimals' | 'negative' | 'tooLarge';
export type ParsedYuan = { ok: true; fen: number } | { ok: false; problem: YuanProblem };

/** The digits of a typed non-negative decimal ("¥1,234.5" → 1234 and 5), or why it is not one. */
export function readDecimalText(
  text: string,
): { ok: true; whole: string; fraction: string } | { ok: false; problem: 'invalid' | 'negative' } {
  const cleaned = text.replace(/[¥,，\s]/g, '');
  if (/^-\d+(\.\d+)?$/.test(cleaned)) return { ok: false, problem: 'negative' };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!match) return { ok: false, problem: 'invalid' };
  return { ok: true, whole: match[1] ?? '', fraction: match[2] ?? '' };
}

/** Parses typed 元 ("1,234.5", "¥12.30") into fen; a third decimal is refused, not rounded. */
export function parseYuanText(text: string): ParsedYuan {
  const digits = readDecimalText(text);
  if (!digits.ok) return digits;
  if (digits.fraction.length > 2) return { ok: false, problem: 'decimals' };
  const fen = Number(digits.whole) * 100 + Number(digits.fraction.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? { ok: true, fen } : { ok: false, problem: 'tooLarge' };
}

/** Fen as the text an editor starts from: "1234.5" for 123450, "12" for 1200. */
export function yuanInputText(fen: number): string {
  const whole = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

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

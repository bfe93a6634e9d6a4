// Target figures on screen ([TGT-1]): money metrics are integer fen shown and typed as 元 (at most two decimals,
// never negative), process metrics are whole counts. Typed text is parsed exactly (no float rounding), so what
// the user sees is what the API stores.

import { formatFen } from '../../../../src/core/shared/money.ts';
import { isMoneyMetric, type TargetMetric } from '../../../../src/core/target/target-types.ts';

export type AmountProblem = 'invalid' | 'decimals' | 'negative' | 'integer' | 'tooLarge';
export type ParsedAmount = { ok: true; value: number } | { ok: false; problem: AmountProblem };

/** Parses what a person typed for a metric: 元 → fen for money (≤ 2 decimals), a whole count otherwise. */
export function parseAmount(text: string, metric: TargetMetric): ParsedAmount {
  const cleaned = text.replace(/[¥,，\s]/g, '');
  if (cleaned === '') return { ok: false, problem: 'invalid' };
  if (/^-/.test(cleaned)) {
    return /^-\d+(\.\d+)?$/.test(cleaned)
      ? { ok: false, problem: 'negative' }
      : { ok: false, problem: 'invalid' };
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!match) return { ok: false, problem: 'invalid' };
  const [, whole = '', fraction = ''] = match;
  if (!isMoneyMetric(metric)) {
    if (fraction.replace(/0+$/, '') !== '') return { ok: false, problem: 'integer' };
    const count = Number(whole);
    return Number.isSafeInteger(count) ? { ok: true, value: count } : { ok: false, problem: 'tooLarge' };
  }
  if (fraction.length > 2) return { ok: false, problem: 'decimals' };
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? { ok: true, value: fen } : { ok: false, problem: 'tooLarge' };
}

/** The stored value as the text an editor starts from: "1234.5" for 123450 fen, "12" for a count. */
export function amountInputText(value: number, metric: TargetMetric): string {
  if (!isMoneyMetric(metric)) return String(value);
  const whole = Math.floor(value / 100);
  const cents = value % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/** Display text: 1,234.50 for money (the ¥ is in the column title), 1,234 for counts. */
export function formatAmount(value: number, metric: TargetMetric): string {
  return isMoneyMetric(metric) ? formatFen(value) : value.toLocaleString('en-US');
}

/** Quarter sums of 12 months, Q1 first. */
export function quarterSums(months: readonly number[]): [number, number, number, number] {
  const sum = (from: number) => (months[from] ?? 0) + (months[from + 1] ?? 0) + (months[from + 2] ?? 0);
  return [sum(0), sum(3), sum(6), sum(9)];
}

export const yearSum = (months: readonly number[]): number =>
  months.reduce((total, value) => total + value, 0);

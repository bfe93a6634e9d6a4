// Target figures on screen ([TGT-1]): money metrics are integer fen shown and typed as 元 (at most two decimals,
// never negative), process metrics are whole counts. Typed text is parsed exactly (no float rounding), so what
// the user sees is what the API stores.

import { formatFen } from '../../../../src/core/shared/money.ts';
import { isMoneyMetric, type TargetMetric } from '../../../../src/core/target/target-types.ts';
import { parseYuanText, readDecimalText, type YuanProblem, yuanInputText } from '../../lib/money.ts';

export type AmountProblem = YuanProblem | 'integer';
export type ParsedAmount = { ok: true; value: number } | { ok: false; problem: AmountProblem };

/** Parses what a person typed for a metric: 元 → fen for money (≤ 2 decimals), a whole count otherwise. */
export function parseAmount(text: string, metric: TargetMetric): ParsedAmount {
  if (isMoneyMetric(metric)) {
    const parsed = parseYuanText(text);
    return parsed.ok ? { ok: true, value: parsed.fen } : parsed;
  }
  const digits = readDecimalText(text);
  if (!digits.ok) return digits;
  if (digits.fraction.replace(/0+$/, '') !== '') return { ok: false, problem: 'integer' };
  const count = Number(digits.whole);
  return Number.isSafeInteger(count) ? { ok: true, value: count } : { ok: false, problem: 'tooLarge' };
}

/** The stored value as the text an editor starts from: "1234.5" for 123450 fen, "12" for a count. */
export function amountInputText(value: number, metric: TargetMetric): string {
  return isMoneyMetric(metric) ? yuanInputText(value) : String(value);
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

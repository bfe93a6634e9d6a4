// The value rules of actuals ([TGT-5], DOMAIN §9: money is integer fen): a date is a real calendar day from
// 2000-01-01 up to today (no actuals from the future); money is a whole number of fen, not negative (returns
// and refunds are corrections of the original row), below 10^15 fen; a quantity has at most 2 decimals
// (order_line.quantity is numeric(14, 2)) and is not negative. Each check answers a message key or null.
import { isoDateOf } from '../excel/cell-values.ts';

export const FIRST_FACT_DATE = '2000-01-01';
/** 10^13 yuan: far above any real line, far below 2^53 fen so sums stay exact. */
export const MAX_FEN = 1e15;
/** numeric(14, 2): 12 digits before the point. */
export const MAX_QUANTITY = 1e12;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Message key of a bad date, or null when the date is a real day in [2000-01-01, today]. */
export function checkFactDate(date: string, today: string): string | null {
  const m = ISO.exec(date);
  if (!m || !isoDateOf(Number(m[1]), Number(m[2]), Number(m[3]))) return 'field.invalid_date';
  if (date < FIRST_FACT_DATE) return 'facts.date_too_early';
  if (date > today) return 'facts.date_in_future';
  return null;
}

/** Message key of a bad fen amount, or null. */
export function checkFen(fen: number, allowZero = true): string | null {
  if (!Number.isSafeInteger(fen)) return 'facts.not_whole_fen';
  if (fen < 0) return 'facts.negative';
  if (fen === 0 && !allowZero) return 'facts.not_positive';
  if (fen >= MAX_FEN) return 'facts.amount_too_big';
  return null;
}

/** Message key of a bad quantity, or null. */
export function checkQuantity(quantity: number): string | null {
  if (!Number.isFinite(quantity)) return 'field.invalid';
  if (quantity < 0) return 'facts.negative';
  if (quantity >= MAX_QUANTITY) return 'facts.amount_too_big';
  if (Math.abs(Math.round(quantity * 100) - quantity * 100) > 1e-6) return 'facts.too_many_decimals';
  return null;
}

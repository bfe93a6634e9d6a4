// An account's order history as seen at the end of the period month: sales and cost by month age (0 = the
// period month … 35 = three years back) and the ages of the first and last order. Built once per account
// from the pre-aggregated facts and shared by every rule, so no rule re-reads the facts.
import { validationError } from '../shared/errors.ts';
import { monthIndex } from './segmentation-math.ts';
import type { AccountFacts } from './segmentation-types.ts';

/** Months of facts the rules look at; lifecycle and trend windows fit inside it. */
export const HISTORY_MONTHS = 36;
/** The trailing year of growth (§9: this period vs the same period last year). */
export const YEAR_MONTHS = 12;

export interface AccountHistory {
  accountId: number;
  period: string;
  periodIndex: number;
  revenueByAge: Float64Array;
  costByAge: Float64Array;
  /** Months from the first / last order month to the period month; null when no order by the period. */
  firstOrderAge: number | null;
  lastOrderAge: number | null;
  /** False when no order lies in the facts window and the first order month stood in for the last. */
  lastOrderExact: boolean;
  receivableFen: number | null;
}

/** The month index of a 'YYYY-MM-01' period; refuses anything else. */
export function parsePeriod(period: string): number {
  const index = /^\d{4}-\d{2}-01$/.test(period) ? monthIndex(period) : null;
  if (index === null)
    throw validationError([
      { path: 'period', message: 'field.invalid_format', params: { format: 'YYYY-MM-01' } },
    ]);
  return index;
}

/** Sums `months` entries of a by-age series starting at age `fromAge`. */
export function windowSum(series: Float64Array, fromAge: number, months: number): number {
  let sum = 0;
  const end = Math.min(series.length, fromAge + months);
  for (let age = Math.max(0, fromAge); age < end; age++) sum += series[age] ?? 0;
  return sum;
}

const ageOf = (periodIndex: number, month: string | null): number | null => {
  if (!month) return null;
  const index = monthIndex(month);
  return index === null ? null : periodIndex - index;
};

const older = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** Folds the facts into the by-age series; months after the period or older than 36 months are ignored. */
export function summarizeHistory(facts: AccountFacts, period: string): AccountHistory {
  const periodIndex = parsePeriod(period);
  const revenueByAge = new Float64Array(HISTORY_MONTHS);
  const costByAge = new Float64Array(HISTORY_MONTHS);
  for (const row of facts.monthly) {
    const index = monthIndex(row.month);
    if (index === null) continue;
    const age = periodIndex - index;
    if (age < 0 || age >= HISTORY_MONTHS) continue;
    revenueByAge[age] = (revenueByAge[age] ?? 0) + (Number.isFinite(row.revenueFen) ? row.revenueFen : 0);
    costByAge[age] = (costByAge[age] ?? 0) + (Number.isFinite(row.costFen) ? row.costFen : 0);
  }
  let lastInWindow: number | null = null;
  let firstInWindow: number | null = null;
  for (let age = 0; age < HISTORY_MONTHS; age++) {
    if ((revenueByAge[age] ?? 0) > 0) {
      if (lastInWindow === null) lastInWindow = age;
      firstInWindow = age;
    }
  }
  const statedLast = ageOf(periodIndex, facts.lastOrderMonth);
  const statedFirst = ageOf(periodIndex, facts.firstOrderMonth);
  let lastOrderAge: number | null = statedLast !== null && statedLast >= 0 ? statedLast : null;
  if (lastInWindow !== null && (lastOrderAge === null || lastInWindow < lastOrderAge))
    lastOrderAge = lastInWindow;
  let lastOrderExact = true;
  if (lastOrderAge === null && statedFirst !== null && statedFirst >= 0) {
    lastOrderAge = statedFirst;
    lastOrderExact = false;
  }
  const firstOrderAge = older(
    older(statedFirst !== null && statedFirst >= 0 ? statedFirst : null, firstInWindow),
    lastOrderAge,
  );
  const receivable = facts.receivableFen;
  return {
    accountId: facts.accountId,
    period,
    periodIndex,
    revenueByAge,
    costByAge,
    firstOrderAge,
    lastOrderAge,
    lastOrderExact,
    receivableFen: typeof receivable === 'number' && Number.isFinite(receivable) ? receivable : null,
  };
}

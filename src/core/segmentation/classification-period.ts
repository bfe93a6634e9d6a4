// Classification periods: one per month, 'YYYY-MM-01' in storage and 'YYYY-MM' in the API. The period of
// "now" is the month of the China business date; the facts of a period are the 36 months ending with it.
import { businessDate } from '../shared/clock.ts';
import { HISTORY_MONTHS } from './account-history.ts';
import { monthIndex, monthOfIndex } from './segmentation-math.ts';
import type { FactsWindow } from './segmentation-repository.ts';

/** The storage period of a moment: the first day of its business month. */
export function periodOf(now: Date): string {
  return `${businessDate(now).slice(0, 7)}-01`;
}

/** 'YYYY-MM' (API) → 'YYYY-MM-01' (storage); the schema has checked the format. */
export function storagePeriod(apiPeriod: string): string {
  return `${apiPeriod.slice(0, 7)}-01`;
}

/** 'YYYY-MM-01' → 'YYYY-MM'. */
export function apiPeriod(period: string): string {
  return period.slice(0, 7);
}

/** The period `months` months later (negative: earlier). */
export function shiftPeriod(period: string, months: number): string {
  return monthOfIndex((monthIndex(period) ?? 0) + months);
}

/** The facts months the engines read for a period. */
export function factsWindow(period: string): FactsWindow {
  return { fromMonth: shiftPeriod(period, -(HISTORY_MONTHS - 1)), toMonth: period };
}

/** The months of the population stats: the purchase-grid window ending with the period. */
export function populationWindow(period: string, windowMonths: number): FactsWindow {
  return { fromMonth: shiftPeriod(period, -(Math.max(1, windowMonths) - 1)), toMonth: period };
}

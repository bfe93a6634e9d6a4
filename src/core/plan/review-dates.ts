// seed 002, [PLAN-10] 大客户管理的节奏: the dates of a review series — weekly every 7 days, monthly, quarterly
// (every 3 months) or yearly (every 12 months) on the day of month of the first date, moved to the month's last
// day when the month is shorter (31 Jan → 28 Feb → 31 Mar), from the first date up to and including `until`.
// At most 60 dates, so a mistaken range cannot flood a plan.
import type { ReviewCadence } from './plan-types.ts';

export const MAX_REVIEW_DATES = 60;

const MONTHS: Record<Exclude<ReviewCadence, 'weekly'>, number> = { monthly: 1, quarterly: 3, yearly: 12 };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Review dates 'YYYY-MM-DD' of the cadence from `from` to `until` (both 'YYYY-MM-DD'). */
export function reviewDates(cadence: ReviewCadence, from: string, until: string): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  const dates: string[] = [];
  for (let i = 0; dates.length < MAX_REVIEW_DATES; i++) {
    let date: Date;
    if (cadence === 'weekly') date = new Date(start.getTime() + i * 7 * 86_400_000);
    else {
      const months = start.getUTCMonth() + i * MONTHS[cadence];
      const year = start.getUTCFullYear() + Math.floor(months / 12);
      const month = months % 12;
      const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      date = new Date(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)));
    }
    const text = iso(date);
    if (text > until) break;
    dates.push(text);
  }
  return dates;
}

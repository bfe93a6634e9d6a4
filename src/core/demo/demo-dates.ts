// Calendar arithmetic on 'YYYY-MM-DD' strings in UTC, so that the output never depends on the machine's
// time zone. "Today" always comes in as an argument.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

/** Splits 'YYYY-MM-DD'; throws on anything else. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`expected a YYYY-MM-DD date, got "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** 'YYYY-MM-DD' with zero padding. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` later (earlier when negative). */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseIsoDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 28–31; month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Shifts a year-month by a number of months (negative goes back). */
export function addMonths(ym: YearMonth, months: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The `count` full calendar months before the month of `today`, oldest first. */
export function monthsBefore(today: string, count: number): YearMonth[] {
  const { year, month } = parseIsoDate(today);
  const out: YearMonth[] = [];
  for (let i = count; i >= 1; i--) out.push(addMonths({ year, month }, -i));
  return out;
}

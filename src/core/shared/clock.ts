// Time comes into core as an argument; the composition root passes the system clock, tests a fixed one.
export interface Clock {
  now(): Date;
}

/** 'YYYY-MM-DD' of a date in UTC+8 (China Standard Time), the business calendar of the product. */
export function businessDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

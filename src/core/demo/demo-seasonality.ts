// Demand seasonality of a Chinese food supplier: trade stocks up in the month before Chinese New Year
// 春节备货, sells little in the month after it, and peaks again in Q4 (Mid-Autumn, National Day, 双11,
// year end). Beverages peak in summer, frozen food in winter.
import type { Category } from './demo-catalogue.ts';
import { addDays, formatIsoDate } from './demo-dates.ts';

/** Chinese New Year's day, 2015–2035; other years fall back to early February. */
const NEW_YEAR: Record<number, string> = {
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08',
};

/** January to December before the New Year effect. */
const BASE = [1.0, 0.95, 0.9, 0.92, 0.97, 1.0, 0.97, 0.97, 1.05, 1.08, 1.12, 1.2] as const;

/** Month factor for ordering volume; a year averages about 1. */
export function seasonFactor(year: number, month: number): number {
  const ym = formatIsoDate(year, month, 1).slice(0, 7);
  const base = BASE[month - 1] ?? 1;
  // New Year falls between 21 January and 20 February, so both effects land in the same calendar year.
  const newYear = `${year}-${NEW_YEAR[year] ?? '02-05'}`;
  // The trade stocks up in the two weeks before the holiday and sells little in the weeks after it.
  if (addDays(newYear, -14).startsWith(ym)) return base * 1.4;
  if (addDays(newYear, 14).startsWith(ym)) return base * 0.72;
  return base;
}

/** Extra factor on the value of a line by product category. */
export function categoryFactor(category: string, month: number): number {
  switch (category as Category) {
    case '饮料':
      return month >= 6 && month <= 8 ? 1.3 : month === 12 || month <= 2 ? 0.85 : 1;
    case '速冻食品':
      return month === 12 || month <= 2 ? 1.25 : month >= 6 && month <= 8 ? 0.85 : 1;
    case '乳制品':
      return month === 9 || month === 10 ? 1.1 : 1;
    default:
      return 1;
  }
}

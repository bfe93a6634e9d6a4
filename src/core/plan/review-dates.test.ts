import { describe, expect, it } from 'vitest';
import type { ReviewCadence } from './plan-types.ts';
import { MAX_REVIEW_DATES, reviewDates } from './review-dates.ts';

describe('seed 002 [PLAN-10] review series dates', () => {
  it.each<[string, ReviewCadence, string, string, string[]]>([
    [
      'weekly',
      'weekly',
      '2026-12-10',
      '2026-12-31',
      ['2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31'],
    ],
    [
      'weekly, a day short of the end',
      'weekly',
      '2026-12-10',
      '2026-12-30',
      ['2026-12-10', '2026-12-17', '2026-12-24'],
    ],
    [
      'monthly from the 31st clamps to month ends',
      'monthly',
      '2026-01-31',
      '2026-05-31',
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'],
    ],
    ['monthly in a leap year', 'monthly', '2028-01-30', '2028-03-01', ['2028-01-30', '2028-02-29']],
    [
      'quarterly',
      'quarterly',
      '2026-01-15',
      '2026-12-31',
      ['2026-01-15', '2026-04-15', '2026-07-15', '2026-10-15'],
    ],
    [
      'quarterly across the year end',
      'quarterly',
      '2026-11-30',
      '2027-06-01',
      ['2026-11-30', '2027-02-28', '2027-05-30'],
    ],
    ['yearly within one plan year is one review', 'yearly', '2026-03-01', '2026-12-31', ['2026-03-01']],
    ['a start after the end gives nothing', 'monthly', '2027-01-01', '2026-12-31', []],
  ])('%s', (_name, cadence, from, until, expected) => {
    expect(reviewDates(cadence, from, until)).toEqual(expected);
  });
  it('stops at the cap', () => {
    expect(reviewDates('weekly', '2026-01-01', '2030-12-31')).toHaveLength(MAX_REVIEW_DATES);
  });
});

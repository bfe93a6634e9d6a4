import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { parsePeriod, summarizeHistory, windowSum } from './account-history.ts';
import { atAges, factsByAge, monthAgo, PERIOD } from './segmentation-fixtures.ts';
import { monthIndex, monthOfIndex } from './segmentation-math.ts';

describe('period and month arithmetic', () => {
  it.each(['2026-12-15', '2026-13-01', '2026-1-01', 'December', ''])('refuses the period %j', (period) => {
    expect(() => parsePeriod(period)).toThrow(DomainError);
  });
  it('reads 2026-12-01', () => expect(parsePeriod('2026-12-01')).toBe(2026 * 12 + 11));
  it.each([
    ['2026-01-01', '2026-01-01'],
    ['2025-12-31', '2025-12-01'],
    ['2000-02', '2000-02-01'],
  ])('month of %s is %s', (value, month) => expect(monthOfIndex(monthIndex(value)!)).toBe(month));
  it.each(['2026-00-01', '20x6-01-01', '2026/01/01', '2026-1'])('%s is not a month', (value) =>
    expect(monthIndex(value)).toBeNull(),
  );
});

describe('summarizeHistory: facts by month age at the period', () => {
  it('puts the period month at age 0 and adds up rows of one month', () => {
    const facts = factsByAge(atAges({ 0: 100, 35: 7 }));
    const h = summarizeHistory(
      { ...facts, monthly: [...facts.monthly, { month: PERIOD, revenueFen: 50, costFen: 20 }] },
      PERIOD,
    );
    expect([h.revenueByAge[0], h.costByAge[0], h.revenueByAge[35]]).toEqual([150, 20, 7]);
  });
  it('ignores months after the period and older than 36 months', () => {
    const facts = factsByAge([], { firstOrderMonth: '2020-01-01', lastOrderMonth: '2027-03-01' });
    const h = summarizeHistory(
      {
        ...facts,
        monthly: [
          { month: '2027-01-01', revenueFen: 9, costFen: 0 },
          { month: monthAgo(36), revenueFen: 9, costFen: 0 },
          { month: monthAgo(5), revenueFen: 4, costFen: 0 },
        ],
      },
      PERIOD,
    );
    expect(windowSum(h.revenueByAge, 0, 36)).toBe(4);
    expect(h.lastOrderAge).toBe(5); // the stated last order is after the period
    expect(h.lastOrderExact).toBe(true);
    expect(h.firstOrderAge).toBe(monthIndex(PERIOD)! - monthIndex('2020-01-01')!);
  });
  it('uses the first order month for the last when no order lies in the window', () => {
    const h = summarizeHistory(
      factsByAge([], { firstOrderMonth: '2020-06-01', lastOrderMonth: '2027-02-01' }),
      PERIOD,
    );
    expect(h.lastOrderExact).toBe(false);
    expect(h.lastOrderAge).toBe(h.firstOrderAge);
  });
  it('has no orders for a potential account', () => {
    const h = summarizeHistory(factsByAge([]), PERIOD);
    expect([h.firstOrderAge, h.lastOrderAge]).toEqual([null, null]);
  });
  it('treats a first order after the period as no order yet', () => {
    const h = summarizeHistory(
      factsByAge([], { firstOrderMonth: '2027-01-01', lastOrderMonth: '2027-01-01' }),
      PERIOD,
    );
    expect(h.firstOrderAge).toBeNull();
  });
  it('counts only months with positive sales as orders', () => {
    const h = summarizeHistory(
      factsByAge(atAges({ 0: -5, 2: 0, 4: 10 }), { firstOrderMonth: null, lastOrderMonth: null }),
      PERIOD,
    );
    expect([h.lastOrderAge, h.firstOrderAge]).toEqual([4, 4]);
  });
  it('keeps a finite receivable only', () => {
    expect(summarizeHistory(factsByAge([], { receivableFen: 500 }), PERIOD).receivableFen).toBe(500);
    expect(summarizeHistory(factsByAge([], { receivableFen: Number.NaN }), PERIOD).receivableFen).toBeNull();
  });
  it.each([
    [0, 12, 12],
    [12, 12, 12],
    [30, 12, 6],
    [-3, 4, 1],
  ])('windowSum from age %d over %d months of ones is %d', (from, months, sum) => {
    expect(windowSum(new Float64Array(36).fill(1), from, months)).toBe(sum);
  });
});

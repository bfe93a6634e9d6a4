import { describe, expect, it } from 'vitest';
import {
  collectionChange,
  expenseChange,
  monthOf,
  orderLineChange,
  sumFactChanges,
  toFactDeltas,
} from './fact-changes.ts';

const line = { accountId: 1, orderDate: '2026-03-15', productLineId: 7, amountFen: 1000, costFen: 600 };

describe('fact changes', () => {
  it.each([
    ['2026-03-15', '2026-03-01'],
    ['2026-12-31', '2026-12-01'],
    ['2024-02-29', '2024-02-01'],
  ])('monthOf(%s) = %s', (date, month) => {
    expect(monthOf(date)).toBe(month);
  });

  it('a line coming in adds its amounts and one line; going out takes them back', () => {
    expect(orderLineChange(line, 1)).toMatchObject({
      month: '2026-03-01',
      revenueFen: 1000,
      costFen: 600,
      lineCount: 1,
    });
    expect(orderLineChange(line, -1)).toMatchObject({ revenueFen: -1000, costFen: -600, lineCount: -1 });
  });

  it('a correction that changes nothing the facts hold sums to no change', () => {
    expect(sumFactChanges([orderLineChange(line, -1), orderLineChange(line, 1)])).toEqual([]);
  });

  it('moving a line to another month gives one change out of the old month and one into the new', () => {
    const moved = sumFactChanges([
      orderLineChange(line, -1),
      orderLineChange({ ...line, orderDate: '2026-04-02' }, 1),
    ]);
    expect(moved).toHaveLength(2);
    expect(moved.find((c) => c.month === '2026-03-01')).toMatchObject({ revenueFen: -1000, lineCount: -1 });
    expect(moved.find((c) => c.month === '2026-04-01')).toMatchObject({ revenueFen: 1000, lineCount: 1 });
  });

  it('changing only the amount keeps the line count and moves the money', () => {
    expect(
      sumFactChanges([orderLineChange(line, -1), orderLineChange({ ...line, amountFen: 1500 }, 1)]),
    ).toEqual([expect.objectContaining({ revenueFen: 500, costFen: 0, lineCount: 0 })]);
  });

  it('collections and expenses of the same account and month share one cash change', () => {
    const sums = sumFactChanges([
      collectionChange({ accountId: 1, collectedOn: '2026-03-02', amountFen: 500 }, 1),
      expenseChange({ accountId: 1, spentOn: '2026-03-20', amountFen: 80 }, 1),
    ]);
    expect(sums).toEqual([
      expect.objectContaining({
        productLineId: null,
        collectionFen: 500,
        collectionCount: 1,
        expenseFen: 80,
        expenseCount: 1,
      }),
    ]);
    expect(toFactDeltas(sums)).toEqual([
      {
        accountId: 1,
        month: '2026-03-01',
        productLineId: null,
        revenueFen: 0,
        costFen: 0,
        lineCount: 0,
        collectionFen: 500,
        expenseFen: 80,
      },
    ]);
  });
});

// Rule tier: LineFactSums ([TGT-5]) — an import's lines summed per account × month × product line, in key order,
// exact past 2^53 fen; and summed over product lines per account × month, checked against a bigint reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEN } from './check-fact-values.ts';
import { LineFactSums } from './line-fact-sums.ts';

describe('LineFactSums', () => {
  it('sums lines of the same account, month and product line; months split at month boundaries', () => {
    const sums = new LineFactSums();
    sums.add(7, '2026-03-31', 2, 100, 60);
    sums.add(7, '2026-04-01', 2, 50, 30);
    sums.add(7, '2026-03-01', 2, 1, 1);
    sums.add(7, '2026-03-15', 1, 5, 0);
    sums.add(3, '1999-12-31', 2, 9, 9);
    expect(sums.size).toBe(4);
    expect(sums.sorted()).toEqual([
      { accountId: 3, month: '1999-12-01', productLineId: 2, revenueFen: 9, costFen: 9, lineCount: 1 },
      { accountId: 7, month: '2026-03-01', productLineId: 1, revenueFen: 5, costFen: 0, lineCount: 1 },
      { accountId: 7, month: '2026-03-01', productLineId: 2, revenueFen: 101, costFen: 61, lineCount: 2 },
      { accountId: 7, month: '2026-04-01', productLineId: 2, revenueFen: 50, costFen: 30, lineCount: 1 },
    ]);
  });

  it('orders keys by account, then month, then product line, whatever the order lines came in', () => {
    const sums = new LineFactSums();
    for (const [account, date, line] of [
      [20, '2026-01-05', 9],
      [3, '2026-02-05', 1],
      [20, '2025-12-05', 10],
      [3, '2026-02-05', 100_000],
      [20, '2026-01-05', 2],
    ] as const)
      sums.add(account, date, line, 1, 1);
    expect(sums.sorted().map((s) => [s.accountId, s.month, s.productLineId])).toEqual([
      [3, '2026-02-01', 1],
      [3, '2026-02-01', 100_000],
      [20, '2025-12-01', 10],
      [20, '2026-01-01', 2],
      [20, '2026-01-01', 9],
    ]);
  });

  it('stays exact when a sum passes 2^53 fen (bigint)', () => {
    const sums = new LineFactSums();
    const lines = 20;
    for (let i = 0; i < lines; i++) sums.add(1, '2026-01-10', 1, MAX_FEN - 1, MAX_FEN - 3);
    const [sum] = sums.sorted();
    expect(sum?.revenueFen).toBe(BigInt(lines) * BigInt(MAX_FEN - 1));
    expect(sum?.costFen).toBe(BigInt(lines) * BigInt(MAX_FEN - 3));
    expect(sum?.lineCount).toBe(lines);
  });

  it('hands out the keys marked stored and the new ones apart, and knows its month range', () => {
    const sums = new LineFactSums();
    expect(sums.monthRange()).toBeUndefined();
    sums.add(1, '2026-02-10', 5, 10, 1);
    sums.add(1, '2025-11-10', 5, 20, 2);
    sums.add(2, '2026-02-10', 5, 30, 3);
    const keysOf = (which: 'all' | 'stored' | 'new') => {
      const keys: string[] = [];
      for (const account of sums.accounts())
        sums.forEachOfAccount(
          account,
          (a, month, line, revenue) => keys.push(`${a}/${month}/${line}/${revenue}`),
          which,
        );
      return keys;
    };
    expect(keysOf('new')).toEqual(keysOf('all'));
    expect(keysOf('stored')).toEqual([]);
    sums.markStored(1, 2026 * 12 + 1, 5);
    sums.markStored(1, 2026 * 12 + 1, 5); // twice counts once
    sums.markStored(9, 2026 * 12 + 1, 5); // no sum for this key: ignored
    sums.markStored(2, 2026 * 12 + 2, 5); // another month: ignored
    expect(sums.storedSize).toBe(1);
    expect(keysOf('stored')).toEqual(['1/2026-02-01/5/10']);
    expect(keysOf('new')).toEqual(['1/2025-11-01/5/20', '2/2026-02-01/5/30']);
    expect(sums.monthRange()).toEqual({ first: '2025-11-01', last: '2026-02-01' });
  });

  it('sums over product lines per account and month, in month order, exactly (against a bigint reference)', () => {
    const line = fc.record({
      account: fc.integer({ min: 1, max: 4 }),
      date: fc.constantFrom('2025-12-31', '2026-01-01', '2026-01-20', '2026-03-09', '2024-07-15'),
      productLine: fc.integer({ min: 1, max: 3 }),
      amount: fc.oneof(fc.integer({ min: -1_000, max: 1_000_000 }), fc.constant(MAX_FEN)),
      cost: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant(MAX_FEN - 7)),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const sums = new LineFactSums();
        for (const l of lines) sums.add(l.account, l.date, l.productLine, l.amount, l.cost);
        const expected = new Map<string, [bigint, bigint, number]>();
        for (const s of sums.sorted()) {
          const key = `${s.accountId}/${s.month}`;
          const [r, c, n] = expected.get(key) ?? [0n, 0n, 0];
          expected.set(key, [r + BigInt(s.revenueFen), c + BigInt(s.costFen), n + s.lineCount]);
        }
        const seen: Array<[string, bigint, bigint, number]> = [];
        for (const account of sums.accounts())
          sums.forEachMonthOfAccount(account, (a, month, revenue, cost, count) => {
            // A plain number only while it is exact.
            for (const v of [revenue, cost])
              if (typeof v === 'number') expect(Math.abs(v)).toBeLessThan(2 ** 53);
            seen.push([`${a}/${month}`, BigInt(revenue), BigInt(cost), count]);
          });
        expect(seen.map(([key]) => key)).toEqual([...expected.keys()]);
        for (const [key, revenue, cost, count] of seen)
          expect([revenue, cost, count]).toEqual(expected.get(key));
      }),
    );
  });
});

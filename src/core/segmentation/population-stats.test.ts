import { describe, expect, it } from 'vitest';
import { computePopulationStats } from './population-stats.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from './segmentation-config-defaults.ts';

const rows = (revenues: number[], profits: number[] = revenues) =>
  revenues.map((revenueFen, i) => ({ accountId: i + 1, revenueFen, grossProfitFen: profits[i] ?? 0 }));

describe('computePopulationStats: percentile cuts of buying accounts', () => {
  it.each<[string, number[], number[]]>([
    ['four buyers: the account just above each percentile', [40, 10, 30, 20], [20, 30, 40]],
    ['non-buyers are left out', [0, -5, 10, 20, 30, 40], [20, 30, 40]],
    ['one buyer sets every cut', [0, 70], [70, 70, 70]],
    ['no buyers: cuts of 0', [0, 0], [0, 0, 0]],
    ['eight buyers', [1, 2, 3, 4, 5, 6, 7, 8], [3, 5, 7]],
  ])('%s', (_, revenues, cuts) => {
    expect(computePopulationStats(rows(revenues)).revenueCuts.map((c) => c.revenueFen)).toEqual(cuts);
  });
  it('follows the configured cut points', () => {
    const config = {
      ...DEFAULT_SEGMENTATION_CONFIG,
      purchaseGrid: { ...DEFAULT_SEGMENTATION_CONFIG.purchaseGrid, xCutoffsPct: [10, 20, 90] },
    };
    const s = computePopulationStats(rows([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), config);
    expect(s.revenueCuts).toEqual([
      { pct: 10, revenueFen: 2 },
      { pct: 20, revenueFen: 3 },
      { pct: 90, revenueFen: 10 },
    ]);
  });
  it('counts accounts and buyers and the positive revenue base', () => {
    const s = computePopulationStats(rows([0, -5, 10, 20]));
    expect([s.accountCount, s.buyingAccountCount, s.revenueBaseFen]).toEqual([4, 2, 30]);
  });
});

describe('computePopulationStats: Pareto ranks', () => {
  const s = computePopulationStats(rows([50, 30, 15, 5, 0], [5, 30, -10, 20, 0]));
  it.each([
    [1, 1, 0, 3, 50],
    [2, 2, 50, 1, 0],
    [3, 3, 80, 5, 55],
    [4, 4, 95, 2, 30],
    [5, 5, 100, 4, 55],
  ])(
    'account %d: revenue rank %d after %d fen; profit rank %d after %d fen',
    (id, rank, before, pRank, pBefore) => {
      expect(s.pareto.get(id)).toMatchObject({
        revenueRank: rank,
        revenueBeforeFen: before,
        profitRank: pRank,
        profitBeforeFen: pBefore,
      });
    },
  );
  it('sums only positive profit into the base', () => expect(s.profitBaseFen).toBe(55));
  it('breaks ties by the lower account id', () => {
    const t = computePopulationStats([
      { accountId: 9, revenueFen: 10, grossProfitFen: 1 },
      { accountId: 3, revenueFen: 10, grossProfitFen: 1 },
    ]);
    expect([t.pareto.get(3)?.revenueRank, t.pareto.get(9)?.revenueRank]).toEqual([1, 2]);
  });
  it('adds up several rows of one account', () => {
    const t = computePopulationStats([
      { accountId: 1, revenueFen: 10, grossProfitFen: 2 },
      { accountId: 1, revenueFen: 5, grossProfitFen: 1 },
    ]);
    expect(t.pareto.get(1)).toMatchObject({ revenueFen: 15, grossProfitFen: 3 });
    expect(t.accountCount).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import {
  type AccountPnl,
  computeAccountPnl,
  computeCostToServe,
  resolveCostDrivers,
  rollUpPnl,
} from './account-pnl.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from './segmentation-config-defaults.ts';
import type { CostDrivers } from './segmentation-types.ts';

const defaults = DEFAULT_SEGMENTATION_CONFIG.clp.costDriverDefaults;
const none: CostDrivers = {
  visitsPerYear: 0,
  costPerVisitFen: 0,
  supportFenPerYear: 0,
  logisticsPctOfRevenue: 0,
  rebatePctOfRevenue: 0,
  creditCostPctOfReceivable: 0,
};

describe('[VAL-1] account P&L with the default drivers', () => {
  // ¥10,000 revenue, ¥7,000 cost, ¥2,000 receivable; 12 visits × ¥500, 2% logistics, 6% credit cost.
  const pnl = computeAccountPnl(
    { revenueFen: 1_000_000, costFen: 700_000, receivableFen: 200_000 },
    defaults,
  );
  it('gives revenue, gross profit, cost to serve and net contribution', () => {
    expect(pnl).toEqual({
      revenueFen: 1_000_000,
      cogsFen: 700_000,
      grossProfitFen: 300_000,
      costToServe: {
        visitsFen: 600_000,
        supportFen: 0,
        logisticsFen: 20_000,
        rebateFen: 0,
        creditFen: 12_000,
        totalFen: 632_000,
      },
      netContributionFen: -332_000,
      grossMarginPct: 30,
      netMarginPct: -33.2,
    });
  });
  it('prorates the yearly drivers over a part of a year, not the % of revenue', () => {
    const half = computeCostToServe(
      { ...defaults, supportFenPerYear: 1_000 },
      { revenueFen: 1_000_000, receivableFen: 200_000 },
      6,
    );
    expect(half).toEqual({
      visitsFen: 300_000,
      supportFen: 500,
      logisticsFen: 20_000,
      rebateFen: 0,
      creditFen: 6_000,
      totalFen: 326_500,
    });
  });
});

describe('[VAL-1] edges', () => {
  it.each<[string, { revenueFen: number; costFen: number }, number | null, number]>([
    ['zero revenue has no margin', { revenueFen: 0, costFen: 0 }, null, 0],
    ['negative revenue (returns) costs no logistics', { revenueFen: -5_000, costFen: -3_000 }, null, 0],
    ['a loss-making account has a negative margin', { revenueFen: 10_000, costFen: 12_000 }, -20, 200],
  ])('%s', (_, amounts, grossMarginPct, logisticsFen) => {
    const pnl = computeAccountPnl(amounts, { ...none, logisticsPctOfRevenue: 2 });
    expect(pnl.grossMarginPct).toBe(grossMarginPct);
    expect(pnl.costToServe.logisticsFen).toBe(logisticsFen);
    expect(pnl.grossProfitFen).toBe(amounts.revenueFen - amounts.costFen);
  });
  it.each([
    [1, 50, 1],
    [3, 50, 2],
    [1, 49.99, 0],
    [-0, 50, 0],
  ])('%d fen × %d%% rounds half away from zero to %d', (revenueFen, pct, fen) => {
    expect(computeCostToServe({ ...none, rebatePctOfRevenue: pct }, { revenueFen }).rebateFen).toBe(fen);
  });
  it('has no credit cost without receivables', () => {
    expect(computeCostToServe({ ...none, creditCostPctOfReceivable: 6 }, { revenueFen: 100 }).creditFen).toBe(
      0,
    );
  });
  it('adds the rounded parts exactly into the total', () => {
    const cts = computeCostToServe(
      { ...defaults, visitsPerYear: 7.5, supportFenPerYear: 1_001 },
      { revenueFen: 123_457, receivableFen: 98_765 },
      7,
    );
    expect(cts.totalFen).toBe(
      cts.visitsFen + cts.supportFen + cts.logisticsFen + cts.rebateFen + cts.creditFen,
    );
  });
});

describe('[SEG-3] account drivers over the defaults', () => {
  it('uses valid account values and names them', () => {
    const r = resolveCostDrivers(defaults, { visitsPerYear: 0, rebatePctOfRevenue: 3 });
    expect(r.drivers).toEqual({ ...defaults, visitsPerYear: 0, rebatePctOfRevenue: 3 });
    expect(r.fromAccount).toEqual(['visitsPerYear', 'rebatePctOfRevenue']);
  });
  it('ignores negative, non-numeric and over-100% values', () => {
    const r = resolveCostDrivers(defaults, {
      visitsPerYear: -1,
      costPerVisitFen: Number.NaN,
      logisticsPctOfRevenue: 101,
    });
    expect(r).toEqual({ drivers: defaults, fromAccount: [] });
  });
});

describe('[VAL-1] group roll-up', () => {
  const a = computeAccountPnl(
    { revenueFen: 1_000, costFen: 600, receivableFen: 0 },
    { ...none, logisticsPctOfRevenue: 2 },
  );
  const b = computeAccountPnl(
    { revenueFen: 3_000, costFen: 3_300 },
    { ...none, visitsPerYear: 1, costPerVisitFen: 50 },
  );
  it('is the exact sum of the accounts, margins on the sums', () => {
    const group = rollUpPnl([a, b]);
    expect(group).toEqual({
      revenueFen: 4_000,
      cogsFen: 3_900,
      grossProfitFen: 100,
      costToServe: {
        visitsFen: 50,
        supportFen: 0,
        logisticsFen: 20,
        rebateFen: 0,
        creditFen: 0,
        totalFen: 70,
      },
      netContributionFen: 30,
      grossMarginPct: 2.5,
      netMarginPct: 0.8,
    } satisfies AccountPnl);
  });
  it('of no accounts is zero', () => {
    expect(rollUpPnl([])).toMatchObject({ revenueFen: 0, netContributionFen: 0, grossMarginPct: null });
  });
});

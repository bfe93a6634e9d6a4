// [SEG-1] and [SEG-8] need to know where an account stands among all accounts. This is computed once per
// period over every account's sales and gross profit in the purchase-grid window, so the per-account rules
// never see other accounts: the percentile cut values of buying accounts' sales (X of the X/Y grid) and the
// Pareto rank and cumulative share before each account, by revenue and by profit (80/20).
import { DEFAULT_SEGMENTATION_CONFIG } from './segmentation-config-defaults.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { basisOfPct } from './segmentation-math.ts';

/** One account's totals over the purchase-grid window (rows of one account are added up). */
export interface PopulationRow {
  accountId: number;
  revenueFen: number;
  grossProfitFen: number;
}

export interface ParetoEntry {
  revenueFen: number;
  grossProfitFen: number;
  /** 1 = largest; ties go to the lower account id. */
  revenueRank: number;
  /** Positive revenue of the accounts ranked before this one. */
  revenueBeforeFen: number;
  profitRank: number;
  profitBeforeFen: number;
}

export interface PopulationStats {
  accountCount: number;
  /** Accounts with sales above zero in the window; the percentiles are over these. */
  buyingAccountCount: number;
  /** Sum of the positive revenues / gross profits: the base of shares and of the Pareto cut. */
  revenueBaseFen: number;
  profitBaseFen: number;
  /** Sales at each configured percentile of buying accounts, ascending; reaching a cut lifts X by one. */
  revenueCuts: ReadonlyArray<{ pct: number; revenueFen: number }>;
  pareto: ReadonlyMap<number, ParetoEntry>;
}

/** Percentile cuts and Pareto ranks over all accounts of a period (rows from the pre-aggregated facts). */
export function computePopulationStats(
  rows: Iterable<PopulationRow>,
  config: SegmentationConfig = DEFAULT_SEGMENTATION_CONFIG,
): PopulationStats {
  const slot = new Map<number, number>();
  const ids: number[] = [];
  const revenue: number[] = [];
  const profit: number[] = [];
  for (const row of rows) {
    const r = Number.isFinite(row.revenueFen) ? row.revenueFen : 0;
    const p = Number.isFinite(row.grossProfitFen) ? row.grossProfitFen : 0;
    const i = slot.get(row.accountId);
    if (i === undefined) {
      slot.set(row.accountId, ids.length);
      ids.push(row.accountId);
      revenue.push(r);
      profit.push(p);
    } else {
      revenue[i] = (revenue[i] ?? 0) + r;
      profit[i] = (profit[i] ?? 0) + p;
    }
  }
  const n = ids.length;
  const order = (values: number[]) =>
    Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => (values[b] ?? 0) - (values[a] ?? 0) || (ids[a] ?? 0) - (ids[b] ?? 0),
    );
  const byRevenue = order(revenue);
  const byProfit = order(profit);

  const entries: ParetoEntry[] = ids.map((_, i) => ({
    revenueFen: revenue[i] ?? 0,
    grossProfitFen: profit[i] ?? 0,
    revenueRank: 0,
    revenueBeforeFen: 0,
    profitRank: 0,
    profitBeforeFen: 0,
  }));
  let revenueBase = 0;
  byRevenue.forEach((i, rank) => {
    const e = entries[i]!;
    e.revenueRank = rank + 1;
    e.revenueBeforeFen = revenueBase;
    if (e.revenueFen > 0) revenueBase += e.revenueFen;
  });
  let profitBase = 0;
  byProfit.forEach((i, rank) => {
    const e = entries[i]!;
    e.profitRank = rank + 1;
    e.profitBeforeFen = profitBase;
    if (e.grossProfitFen > 0) profitBase += e.grossProfitFen;
  });

  const buying = revenue.filter((r) => r > 0).sort((a, b) => a - b);
  const revenueCuts = config.purchaseGrid.xCutoffsPct.map((pct) => {
    // The account just above the pct-th share of buying accounts: with 4 buyers and 25%, the 2nd smallest.
    const rank = Math.min(buying.length, Math.floor((basisOfPct(pct) * buying.length) / 10_000) + 1);
    return { pct, revenueFen: buying[rank - 1] ?? 0 };
  });

  const pareto = new Map<number, ParetoEntry>();
  for (let i = 0; i < n; i++) pareto.set(ids[i]!, entries[i]!);
  return {
    accountCount: n,
    buyingAccountCount: buying.length,
    revenueBaseFen: revenueBase,
    profitBaseFen: profitBase,
    revenueCuts,
    pareto,
  };
}

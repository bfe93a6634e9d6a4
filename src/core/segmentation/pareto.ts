// seed 001 (80/20 原理), [SEG-8]: the "top" accounts are the largest accounts that together make up cutPct
// (80%) of revenue: ranked by revenue, an account is top when the accounts ranked before it make up less
// than cutPct of all positive revenue (so the account that crosses the line is top too) and it has revenue
// itself. The same is computed by gross profit. Ranks and cumulative sums come from the population stats of
// the period; an account missing from them is not ranked. The score is the revenue rank.
import type { ParetoEntry, PopulationStats } from './population-stats.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { basisOfPct, roundTo, valueLabel } from './segmentation-math.ts';
import type { ModelResult, ParetoClass } from './segmentation-types.ts';

/** True when the share before the account is below the cut and the account itself contributes; exact. */
export function isParetoTop(beforeFen: number, ownFen: number, baseFen: number, cutPct: number): boolean {
  if (ownFen <= 0 || baseFen <= 0) return false;
  return BigInt(Math.trunc(beforeFen)) * 10_000n < BigInt(basisOfPct(cutPct)) * BigInt(Math.trunc(baseFen));
}

const sharePct = (part: number, base: number) => (base > 0 ? roundTo((part * 100) / base, 2) : 0);

/** The 80/20 class and ranks of one account. */
export function classifyPareto(
  accountId: number,
  stats: PopulationStats,
  config: SegmentationConfig,
): ModelResult {
  const cutPct = config.pareto.cutPct;
  const entry: ParetoEntry | undefined = stats.pareto.get(accountId);
  if (!entry)
    return {
      model: 'pareto',
      value: 'rest',
      score: null,
      explanation: { key: 'segmentation.pareto.unranked', params: { value: valueLabel('pareto', 'rest') } },
      inputs: { ranked: false, cutPct },
    };
  const top = isParetoTop(entry.revenueBeforeFen, entry.revenueFen, stats.revenueBaseFen, cutPct);
  const profitTop = isParetoTop(entry.profitBeforeFen, entry.grossProfitFen, stats.profitBaseFen, cutPct);
  const value: ParetoClass = top ? 'top' : 'rest';
  const variant = top ? 'top' : entry.revenueFen > 0 ? 'rest' : 'no_revenue';
  return {
    model: 'pareto',
    value,
    score: entry.revenueRank,
    explanation: {
      key: `segmentation.pareto.${variant}`,
      params: {
        rank: entry.revenueRank,
        count: stats.accountCount,
        beforePct: sharePct(entry.revenueBeforeFen, stats.revenueBaseFen),
        cutPct,
        profitRank: entry.profitRank,
        profitClass: profitTop ? 'segmentation.pareto.profit_top' : 'segmentation.pareto.profit_rest',
        value: valueLabel('pareto', value),
      },
    },
    inputs: {
      ranked: true,
      cutPct,
      revenueFen: entry.revenueFen,
      revenueRank: entry.revenueRank,
      revenueBeforePct: sharePct(entry.revenueBeforeFen, stats.revenueBaseFen),
      grossProfitFen: entry.grossProfitFen,
      profitRank: entry.profitRank,
      profitTop,
      accountCount: stats.accountCount,
    },
  };
}

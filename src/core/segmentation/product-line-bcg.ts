// seed 001 (市场份额：问题类、明星类、现金牛类、瘦狗类), [SEG-8]: the BCG view of our product lines in one
// account. Share is our share of the customer's spend in that line when people assessed it (high at or above
// shareThresholdPct); otherwise the line's share of the account's sales with us in the last 12 months (high
// at or above mixShareThresholdPct) — the explanation names which. Growth is the line's last 12 months
// against the 12 before (§9), high at or above growthThresholdPct; a line with no sales the year before is
// new and counts as high growth. high share + high growth → star 明星类; high share + low growth → cash cow
// 现金牛类; low share + high growth → question mark 问题类; low + low → dog 瘦狗类. Lines without sales in
// either year are left out.
import { parsePeriod, YEAR_MONTHS } from './account-history.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { growthPct, inRange, monthIndex, roundTo, valueLabel } from './segmentation-math.ts';
import type { AccountAssessment, AccountFacts, BcgQuadrant, ModelResult } from './segmentation-types.ts';

/** One result per product line the account bought in the last 24 months, by product line id. */
export function classifyProductLinesBcg(
  facts: AccountFacts,
  assessment: AccountAssessment,
  config: SegmentationConfig,
  period: string,
): ModelResult[] {
  const periodIndex = parsePeriod(period);
  const lines = new Map<number, { current: number; previous: number }>();
  for (const month of facts.monthly) {
    if (!month.byProductLine) continue;
    const index = monthIndex(month.month);
    if (index === null) continue;
    const age = periodIndex - index;
    if (age < 0 || age >= 2 * YEAR_MONTHS) continue;
    for (const line of month.byProductLine) {
      const sums = lines.get(line.productLineId) ?? { current: 0, previous: 0 };
      if (age < YEAR_MONTHS) sums.current += line.revenueFen;
      else sums.previous += line.revenueFen;
      lines.set(line.productLineId, sums);
    }
  }
  let total = 0;
  for (const s of lines.values()) if (s.current > 0) total += s.current;

  const cfg = config.bcg;
  const results: ModelResult[] = [];
  for (const id of [...lines.keys()].sort((a, b) => a - b)) {
    const { current, previous } = lines.get(id)!;
    if (current <= 0 && previous <= 0) continue;
    const wallet = inRange(assessment.productLineShareOfWalletPct?.[String(id)], 0, 100);
    const share = wallet ?? (total > 0 && current > 0 ? roundTo((current * 100) / total, 1) : 0);
    const shareThreshold = wallet !== null ? cfg.shareThresholdPct : cfg.mixShareThresholdPct;
    const growth = growthPct(current, previous);
    const highShare = share >= shareThreshold;
    const highGrowth = growth === null || growth >= cfg.growthThresholdPct;
    const value: BcgQuadrant = highShare
      ? highGrowth
        ? 'star'
        : 'cash_cow'
      : highGrowth
        ? 'question_mark'
        : 'dog';
    results.push({
      model: 'product_line_bcg',
      productLineId: id,
      value,
      score: null,
      explanation: {
        key:
          growth === null
            ? 'segmentation.product_line_bcg.new_line'
            : 'segmentation.product_line_bcg.explain',
        params: {
          shareBasis:
            wallet !== null
              ? 'segmentation.product_line_bcg.basis_wallet'
              : 'segmentation.product_line_bcg.basis_mix',
          sharePct: share,
          shareThresholdPct: shareThreshold,
          growthPct: growth === null ? 0 : roundTo(growth, 1),
          growthThresholdPct: cfg.growthThresholdPct,
          value: valueLabel('product_line_bcg', value),
        },
      },
      inputs: {
        productLineId: id,
        revenueFen: current,
        previousYearRevenueFen: previous,
        sharePct: share,
        shareBasis: wallet !== null ? 'share_of_wallet' : 'revenue_mix',
        growthPct: growth === null ? null : roundTo(growth, 1),
      },
    });
  }
  return results;
}

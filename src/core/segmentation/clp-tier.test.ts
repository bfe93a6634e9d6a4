import { describe, expect, it } from 'vitest';
import { classifyClpTier } from './clp-tier.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { historyByAge, render } from './segmentation-fixtures.ts';
import type { AccountAssessment } from './segmentation-types.ts';

// No cost to serve, one year, full retention, no discount: CLP = the gross profit of the last 12 months.
const plain: SegmentationConfig = {
  ...CONFIG,
  clp: {
    ...CONFIG.clp,
    horizonYears: 1,
    retentionPct: 100,
    discountRatePct: 0,
    costDriverDefaults: {
      visitsPerYear: 0,
      costPerVisitFen: 0,
      supportFenPerYear: 0,
      logisticsPctOfRevenue: 0,
      rebatePctOfRevenue: 0,
      creditCostPctOfReceivable: 0,
    },
  },
};
const withProfit = (fen: number, assessment: AccountAssessment = {}, config = plain) =>
  classifyClpTier(historyByAge([fen], { cost: [0] }), assessment, config);

describe('[SEG-3] tier = highest tier whose CLP and strategic-weight floors are both reached', () => {
  it.each<[number, number | undefined, string]>([
    [-1_000, 100, 'transactional'],
    [0, undefined, 'transactional'],
    [4_999_999, 100, 'transactional'],
    [5_000_000, undefined, 'standard'],
    [49_999_999, 100, 'standard'],
    [50_000_000, undefined, 'value'],
    [200_000_000, 59.9, 'value'],
    [200_000_000, 60, 'strategic'],
    [199_999_999, 100, 'value'],
    [1_000_000_000, undefined, 'value'],
  ])('CLP %d fen, strategic weight %s → %s', (fen, strategicWeight, tier) => {
    const r = withProfit(fen, strategicWeight === undefined ? {} : { strategicWeight });
    expect(r.value).toBe(tier);
    expect(r.score).toBe(fen);
  });
  it('says when the strategic weight was not assessed', () => {
    const r = withProfit(50_000_000);
    expect(r.inputs.strategicWeight).toBeNull();
    expect(render(r)).toContain('战略权重 0（未评估，按 0 计） → 价值型');
  });
});

describe('[SEG-3] CLP = textbook CLV of gross profit − cost to serve', () => {
  // ¥12,000 revenue, ¥9,000 cost: gross profit ¥3,000; 12 visits × ¥500 = ¥6,000 and 2% logistics ¥240.
  const history = historyByAge([1_200_000], { cost: [900_000] });
  it('uses the default drivers and assumptions', () => {
    const r = classifyClpTier(history, {}, CONFIG);
    expect(r.inputs).toMatchObject({
      formula: 'textbook',
      grossProfitFen: 300_000,
      costToServeFen: 624_000,
      netContributionFen: -324_000,
    });
    // −324,000 × (0.8/1.08)^t, t = 1…5, each rounded: −240,000 −177,778 −131,687 −97,546 −72,256
    expect(r.score).toBe(-719_267);
    expect(r.value).toBe('transactional');
    expect(render(r, 'en')).toContain('CLP ¥-7,192.67 (textbook formula: yearly net contribution ¥-3,240.00');
  });
  it('uses the account drivers when given', () => {
    const r = classifyClpTier(
      history,
      { costDrivers: { visitsPerYear: 0, logisticsPctOfRevenue: 0 } },
      CONFIG,
    );
    expect(r.inputs).toMatchObject({
      costToServeFen: 0,
      driversFromAccount: ['visitsPerYear', 'logisticsPctOfRevenue'],
    });
  });
  it('adds the credit cost of receivables', () => {
    const h = historyByAge([1_200_000], { cost: [900_000], receivableFen: 1_000_000 });
    expect(classifyClpTier(h, {}, CONFIG).inputs.costToServeFen).toBe(684_000);
  });
});

import { describe, expect, it } from 'vitest';
import { computePopulationStats } from './population-stats.ts';
import { type CriterionScore, classifyPortfolio, scaleScore } from './portfolio.ts';
import { purchaseLevels } from './purchase-grid.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { atAges, historyByAge, render } from './segmentation-fixtures.ts';
import type { AccountAssessment } from './segmentation-types.ts';

const stats = computePopulationStats([{ accountId: 1, revenueFen: 100, grossProfitFen: 0 }]);
const classify = (
  revenue: Array<number | undefined>,
  assessment: AccountAssessment,
  config: SegmentationConfig = CONFIG,
  cost: Array<number | undefined> = [],
) => {
  const h = historyByAge(revenue, { cost });
  return classifyPortfolio(h, assessment, purchaseLevels(h, assessment, stats, config), config);
};

describe('[SEG-2] scales map a percentage onto 0–100', () => {
  it.each([
    [-20, 0],
    [-50, 0],
    [30, 100],
    [90, 100],
    [5, 50],
    [0, 40],
  ])('growth %d%% → %d', (pct, score) => expect(scaleScore(pct, CONFIG.portfolio.growthScale)).toBe(score));
});

// One assessed criterion per axis, weight 100: the axis score is the answer.
const simple: SegmentationConfig = {
  ...CONFIG,
  portfolio: {
    ...CONFIG.portfolio,
    attractiveness: [{ key: 'a', label: { 'zh-CN': 'a', en: 'a' }, weight: 100, source: 'assessment' }],
    capability: [{ key: 'c', label: { 'zh-CN': 'c', en: 'c' }, weight: 100, source: 'assessment' }],
  },
};

describe('[SEG-2] quadrants; a score at the threshold (60) is high', () => {
  it.each([
    [60, 60, 'invest'],
    [100, 59.9, 'selective'],
    [59.9, 60, 'maintain'],
    [59.9, 59.9, 'harvest'],
    [0, 0, 'harvest'],
  ])('attractiveness %d, capability %d → %s', (a, c, quadrant) => {
    expect(classify([], { portfolioAnswers: { a, c } }, simple).value).toBe(quadrant);
  });
});

describe('[SEG-2] weighted criteria from data and assessment', () => {
  // Y 4 → size 100; growth 30% → 100; margin 40% → 100; strategic fit 0 → attractiveness 75.
  // share 50 → 20 of 40; relationship 100 → 30; solution fit missing → 50 × 30% = 15 → capability 65.
  const r = classify(
    atAges({ 0: 130, 12: 100 }),
    {
      capacity: { level: 4, source: 'assessment' },
      shareOfWalletPct: 50,
      portfolioAnswers: { strategic_fit: 0, relationship: 100 },
    },
    CONFIG,
    atAges({ 0: 78 }),
  );
  it('scores each axis as Σ weight × score ÷ 100', () => {
    expect([r.inputs.attractiveness, r.inputs.capability, r.value]).toEqual([75, 65, 'invest']);
  });
  it('records each criterion and where its score came from', () => {
    const criteria = r.inputs.criteria as CriterionScore[];
    expect(criteria.map((c) => [c.key, c.score, c.basis])).toEqual([
      ['size', 100, 'data'],
      ['growth', 100, 'data'],
      ['margin', 100, 'data'],
      ['strategic_fit', 0, 'assessment'],
      ['our_share', 50, 'data'],
      ['relationship', 100, 'assessment'],
      ['solution_fit', 50, 'missing'],
    ]);
  });
  it('says how many criteria fell back to the missing score', () => {
    expect(render(r)).toBe('吸引力 75、我方能力 65（≥ 60 为高）→ 投资；1 项既无数据也未评估，按 50 分计');
  });
  it('without history, growth and margin fall back to an answer or the missing score', () => {
    const bare = classify([], { portfolioAnswers: { growth: 80, relationship: 150 } });
    const criteria = bare.inputs.criteria as CriterionScore[];
    expect(criteria.map((c) => [c.key, c.score, c.basis])).toEqual([
      ['size', 0, 'data'],
      ['growth', 80, 'assessment'],
      ['margin', 50, 'missing'],
      ['strategic_fit', 50, 'missing'],
      ['our_share', 50, 'missing'],
      ['relationship', 50, 'missing'], // 150 is out of range
      ['solution_fit', 50, 'missing'],
    ]);
    expect(bare.explanation.params.missingCount).toBe(5);
  });
  it('scores a negative margin as 0', () => {
    const loss = classify([100], {}, CONFIG, [150]);
    const margin = (loss.inputs.criteria as CriterionScore[]).find((c) => c.key === 'margin');
    expect(margin?.score).toBe(0);
  });
});

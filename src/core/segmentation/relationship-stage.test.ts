import { describe, expect, it } from 'vitest';
import { classifyRelationshipStage } from './relationship-stage.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import { atAges, historyByAge, monthAgo, render } from './segmentation-fixtures.ts';
import type { AccountAssessment, Level } from './segmentation-types.ts';

/** Sales of `current` in the period month and `previous` a year before, first order 30 months ago. */
const trend = (current: number, previous: number, assessment: AccountAssessment = { decisionMakerStep: 2 }) =>
  classifyRelationshipStage(
    historyByAge(atAges({ 0: current, 12: previous }), { firstOrderMonth: monthAgo(30) }),
    assessment,
    CONFIG,
  );

describe('[SEG-4] relationship stage from the sales trend (decline ≤ −15%, formation ≥ +15%)', () => {
  it.each<[number, number, string]>([
    [8_500, 10_000, 'decline'],
    [8_501, 10_000, 'stable'],
    [0, 10_000, 'decline'],
    [11_499, 10_000, 'stable'],
    [11_500, 10_000, 'formation'],
    [10_000, 0, 'formation'],
    [0, 0, 'decline'],
  ])('%d fen this year, %d last year → %s', (current, previous, stage) => {
    expect(trend(current, previous).value).toBe(stage);
  });
  it.each<[Level | undefined, string, string]>([
    [1, 'formation', 'relationship'],
    [2, 'stable', 'stable'],
    [4, 'stable', 'stable'],
    [undefined, 'stable', 'stable_unassessed'],
  ])('decision-maker step %s with steady sales → %s', (step, stage, variant) => {
    const r = trend(10_000, 10_000, step === undefined ? {} : { decisionMakerStep: step });
    expect([r.value, r.explanation.key]).toEqual([stage, `segmentation.relationship_stage.${variant}`]);
  });
});

describe('[SEG-4] exploration', () => {
  it('without orders', () =>
    expect(classifyRelationshipStage(historyByAge([]), {}, CONFIG).value).toBe('exploration'));
  it.each([
    [10, 'exploration'],
    [11, 'formation'],
  ])('first order %d months before the period → %s', (age, stage) => {
    const h = historyByAge(atAges({ 0: 100, [age]: 100 }));
    expect(classifyRelationshipStage(h, {}, CONFIG).value).toBe(stage);
  });
});

describe('[SEG-4] explanation', () => {
  it('names the growth and the threshold', () => {
    expect(render(trend(8_500, 10_000))).toBe('近 12 个月销售额同比 -15%（≤ -15%）→ 退化期');
    expect(render(trend(12_000, 10_000), 'en')).toBe(
      'Sales of the last 12 months grew 20% on the year before (15% or more) → Formation',
    );
  });
  it('names the decision-maker step', () => {
    expect(render(trend(10_000, 10_000, { decisionMakerStep: 1 }))).toBe(
      '销售平稳（同比 0%），但关键决策者关系为“好感”，未达“信任” → 形成期',
    );
  });
  it('gives the growth as the score', () => expect(trend(10_500, 10_000).score).toBe(5));
});

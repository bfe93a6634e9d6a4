import { describe, expect, it } from 'vitest';
import { classifyKamStage, kamQuestionnaireScore } from './kam-stage.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import { render } from './segmentation-fixtures.ts';

const ids = CONFIG.kamStage.questionnaire.map((q) => q.id);
const all = (answer: number) => Object.fromEntries(ids.map((id) => [id, answer]));

describe('[SEG-5] stage thresholds basic 20, mid 40, partnership 60, synergistic 80', () => {
  it.each([
    [0, 'exploratory'],
    [19.9, 'exploratory'],
    [20, 'basic'],
    [39.9, 'basic'],
    [40, 'mid'],
    [60, 'partnership'],
    [79.9, 'partnership'],
    [80, 'synergistic'],
    [100, 'synergistic'],
  ])('share of wallet %d%% alone → %s', (shareOfWalletPct, stage) => {
    expect(classifyKamStage({ shareOfWalletPct }, CONFIG).value).toBe(stage);
  });
});

describe('[SEG-5] score from questionnaire and share of wallet (60 / 40)', () => {
  it.each<[string, Record<string, number> | undefined, number | undefined, number | null, string]>([
    ['nothing assessed', undefined, undefined, null, 'exploratory'],
    ['every answer 4, no share', all(4), undefined, 100, 'synergistic'],
    ['every answer 0, no share', all(0), undefined, 0, 'exploratory'],
    ['every answer 4, share 0', all(4), 0, 60, 'partnership'],
    ['every answer 2, share 50', all(2), 50, 50, 'mid'],
    ['one item answered 4 counts alone', { executive_contact: 4 }, undefined, 100, 'synergistic'],
    ['answers out of range are left out', { executive_contact: 5, joint_planning: -1 }, 30, 30, 'basic'],
  ])('%s', (_, kamAnswers, shareOfWalletPct, score, stage) => {
    const r = classifyKamStage({ kamAnswers, shareOfWalletPct }, CONFIG);
    expect([r.score, r.value]).toEqual([score, stage]);
  });
  it('weights the answered items: 15 × 4 + 20 × 0 over 35 × 4 = 42.9', () => {
    const q = kamQuestionnaireScore(
      { kamAnswers: { executive_contact: 4, multi_function_contact: 0 } },
      CONFIG,
    );
    expect(q.answered).toBe(2);
    expect(q.score).toBeCloseTo(42.857, 3);
  });
});

describe('[SEG-5] expected share, contact pattern and disruption risks', () => {
  it('gives the expected share of the stage and the gap', () => {
    const r = classifyKamStage({ kamAnswers: all(2), shareOfWalletPct: 50 }, CONFIG);
    expect(r.inputs).toMatchObject({
      expectedShareOfWalletPct: 50,
      shareGapPct: 0,
      contactPattern: 'expanded_bow_tie',
    });
  });
  it('lists the known risks in catalogue order and flags them', () => {
    const r = classifyKamStage({ disruptionRisks: ['quality_problem', 'unknown', 'staff_change'] }, CONFIG);
    expect(r.inputs.disruptionRisks).toEqual(['staff_change', 'quality_problem']);
    expect(r.flags).toEqual(['disruption_risk']);
  });
  it('has no flag without risks', () => expect(classifyKamStage({}, CONFIG).flags).toEqual([]));
});

describe('[SEG-5] explanation', () => {
  it.each<[string, Parameters<typeof classifyKamStage>[0], string]>([
    ['none', {}, '问卷与份额均未评估 → 孕育；中断风险 0 项'],
    [
      'both',
      { kamAnswers: all(2), shareOfWalletPct: 50, disruptionRisks: ['culture_gap'] },
      '综合得分 50 = 问卷 50（已答 6/6 项）× 60% + 份额 50% × 40% → 中级（该阶段预期份额约 50%）；中断风险 1 项',
    ],
    [
      'share only',
      { shareOfWalletPct: 95 },
      '得分 95：份额 95%，问卷未填写 → 协作式（该阶段预期份额约 100%）；中断风险 0 项',
    ],
  ])('%s', (_, assessment, text) => expect(render(classifyKamStage(assessment, CONFIG))).toBe(text));
});

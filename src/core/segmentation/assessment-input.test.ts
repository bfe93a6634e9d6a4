// Rule tier: what an assessment may hold — each wrong part named by its path, overrides dropped, other
// keys (cost drivers) kept.
import { describe, expect, it } from 'vitest';
import { checkAssessmentInput } from './assessment-input.ts';

describe('checkAssessmentInput', () => {
  it.each([
    ['capacity level above 4', { capacity: { level: 5 } }, 'capacity.level'],
    ['capacity level not an integer', { capacity: { level: 2.5 } }, 'capacity.level'],
    ['unknown capacity source', { capacity: { level: 2, source: 'guess' } }, 'capacity.source'],
    ['unknown key inside capacity', { capacity: { level: 2, note: 'x' } }, 'capacity.note'],
    [
      'X override without reason',
      { purchaseLevelOverride: { level: 2, reason: ' ' } },
      'purchaseLevelOverride.reason',
    ],
    ['vip not a boolean', { vip: 'yes' }, 'vip'],
    ['influence above 100', { influenceScore: 101 }, 'influenceScore'],
    ['share of wallet below 0', { shareOfWalletPct: -1 }, 'shareOfWalletPct'],
    ['decision-maker step 5', { decisionMakerStep: 5 }, 'decisionMakerStep'],
    [
      'portfolio answer above 100',
      { portfolioAnswers: { strategic_fit: 120 } },
      'portfolioAnswers.strategic_fit',
    ],
    ['KAM answer above 4', { kamAnswers: { q1: 9 } }, 'kamAnswers.q1'],
    ['answers not an object', { kamAnswers: [1, 2] }, 'kamAnswers'],
    ['risk not a text', { disruptionRisks: [3] }, 'disruptionRisks.0'],
    ['unknown relationship level', { orgRelationshipLevel: 'best' }, 'orgRelationshipLevel'],
    ['unknown loyalty group', { loyalty: { group: 'fan' } }, 'loyalty.group'],
    ['cost drivers not an object', { costDrivers: 5 }, 'costDrivers'],
  ])('refuses %s', (_name, input, path) => {
    const checked = checkAssessmentInput(input);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((e) => e.path)).toEqual([path]);
  });

  it.each([
    ['nothing assessed', {}],
    ['nulls mean not assessed', { capacity: null, vip: null, loyalty: null, kamAnswers: null }],
    [
      'a full assessment',
      {
        capacity: { level: 4, source: 'market_data' },
        purchaseLevelOverride: { level: 1, reason: '新客户' },
        vip: true,
        influenceScore: 80,
        portfolioAnswers: { strategic_fit: 70, relationship: null },
        strategicWeight: 60,
        kamAnswers: { q1: 3 },
        shareOfWalletPct: 45.5,
        disruptionRisks: ['staff_change'],
        orgRelationshipLevel: 'core',
        decisionMakerStep: 2,
        loyalty: { group: 'advocate', subState: null },
        costDrivers: { visitsPerYear: 12 },
        receivableFen: 100,
      },
    ],
  ])('accepts %s', (_name, input) => {
    expect(checkAssessmentInput(input)).toEqual({ ok: true, assessment: input });
  });

  it('drops overrides (they have their own use case with a reason)', () => {
    expect(checkAssessmentInput({ vip: true, overrides: { pareto: { value: 'top', reason: 'x' } } })).toEqual(
      {
        ok: true,
        assessment: { vip: true },
      },
    );
  });

  it('refuses a non-object', () => {
    expect(checkAssessmentInput([1])).toMatchObject({ ok: false, errors: [{ path: 'assessment' }] });
  });
});

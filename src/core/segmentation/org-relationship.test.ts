import { describe, expect, it } from 'vitest';
import { classifyOrgRelationship } from './org-relationship.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import { render } from './segmentation-fixtures.ts';
import type { AccountAssessment, Level, OrgRelationshipLevel } from './segmentation-types.ts';

describe('[SEG-6] organisation relationship level', () => {
  it.each<[string, AccountAssessment, string, string]>([
    ['as assessed', { orgRelationshipLevel: 'core', shareOfWalletPct: 5 }, 'core', 'assessed'],
    [
      'an unknown level falls back to the share',
      { orgRelationshipLevel: 'best' as OrgRelationshipLevel, shareOfWalletPct: 31 },
      'major',
      'suggested',
    ],
    ['share 29.9% → general', { shareOfWalletPct: 29.9 }, 'general', 'suggested'],
    ['share 30% → major', { shareOfWalletPct: 30 }, 'major', 'suggested'],
    ['share 50% → core', { shareOfWalletPct: 50 }, 'core', 'suggested'],
    [
      'share 80% and shared interest → strategic partner',
      { shareOfWalletPct: 80, decisionMakerStep: 3 },
      'strategic_partner',
      'suggested',
    ],
    ['share 80% but only trust → core', { shareOfWalletPct: 80, decisionMakerStep: 2 }, 'core', 'suggested'],
    ['share 100% without a step → core', { shareOfWalletPct: 100 }, 'core', 'suggested'],
    ['nothing assessed → general', {}, 'general', 'default'],
  ])('%s', (_, assessment, level, basis) => {
    const r = classifyOrgRelationship(assessment, CONFIG);
    expect([r.value, r.inputs.basis]).toEqual([level, basis]);
  });
  it.each<[Level | undefined, number | null]>([
    [0, 0],
    [4, 4],
    [undefined, null],
    [2.5 as Level, null],
  ])('decision-maker step %s is the score %s', (step, score) => {
    expect(classifyOrgRelationship({ decisionMakerStep: step }, CONFIG).score).toBe(score);
  });
  it('explains the basis and the decision-maker step', () => {
    expect(render(classifyOrgRelationship({ shareOfWalletPct: 55, decisionMakerStep: 1 }, CONFIG))).toBe(
      '组织关系未评估，按份额 55% 推断 → 核心供应商；关键决策者关系：好感',
    );
    expect(render(classifyOrgRelationship({}, CONFIG), 'en')).toBe(
      'Neither organisation relationship nor share of wallet assessed → General supplier; key decision maker: not assessed',
    );
  });
});

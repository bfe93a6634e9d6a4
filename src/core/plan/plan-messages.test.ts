import { describe, expect, it } from 'vitest';
import { hasMessage, translate } from '../shared/messages.ts';
import { HEALTH_RULE_IDS } from './plan-config-types.ts';
import { PLAN_MESSAGES } from './plan-messages.ts';
import {
  ACTION_STATUSES,
  ATTITUDES,
  DMU_ROLES,
  INFLUENCE_ROLES,
  NODE_LEVELS,
  OPPORTUNITY_STAGES,
  PLAN_STATUSES,
  REVIEW_CADENCES,
} from './plan-types.ts';

describe('[PLAN] every label and reason has a zh-CN and an en text', () => {
  const keys = [
    ...NODE_LEVELS.map((k) => `plan.level.${k}`),
    ...INFLUENCE_ROLES.map((k) => `plan.role.${k}`),
    ...ATTITUDES.map((k) => `plan.attitude.${k}`),
    ...PLAN_STATUSES.map((k) => `plan.status.${k}`),
    ...ACTION_STATUSES.map((k) => `plan.action_status.${k}`),
    ...OPPORTUNITY_STAGES.map((k) => `opportunity.stage.${k}`),
    ...DMU_ROLES.map((k) => `opportunity.dmu_role.${k}`),
    ...REVIEW_CADENCES.map((k) => `plan.agenda.standing.${k}`),
  ];
  it.each(keys)('%s', (key) => {
    expect(hasMessage(key)).toBe(true);
    expect(translate(key, 'en')).not.toBe(translate(key, 'zh-CN'));
  });
  it('the catalogue has one health reason family per rule', () => {
    expect(
      Object.keys(PLAN_MESSAGES).filter((k) => k.startsWith('plan.health.')).length,
    ).toBeGreaterThanOrEqual(HEALTH_RULE_IDS.length);
  });
  it('parameters are filled, and keys as parameters are translated', () => {
    expect(
      translate('plan.edge_wrong_direction', 'en', {
        upstream: 'plan.level.need',
        downstream: 'plan.level.tactic',
      }),
    ).toBe(
      'Wrong direction: a tactic cannot serve a need; links go from a level down to the same or the next level',
    );
  });
});

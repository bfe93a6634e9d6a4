import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_CONFIG } from './plan-config-defaults.ts';
import { validatePlanConfig } from './plan-config-validator.ts';

interface Editable {
  version: number;
  influenceWeights: Record<string, number>;
  smart: Record<string, unknown>;
  health: { weights: Record<string, number>; maxStaleContactsPct: number };
}
const withPatch = (mutate: (c: Editable) => void) => {
  const c = structuredClone(DEFAULT_PLAN_CONFIG) as unknown as Editable;
  mutate(c);
  return validatePlanConfig(c);
};
const paths = (r: ReturnType<typeof validatePlanConfig>) =>
  r.ok ? [] : r.errors.map((e) => `${e.path}:${e.message}`);

describe('seed 002 [PLAN-8] plan config validator names the bad field', () => {
  it('accepts the default', () => {
    expect(validatePlanConfig(DEFAULT_PLAN_CONFIG).ok).toBe(true);
  });
  it.each<[string, (c: Editable) => void, string[]]>([
    [
      'weights not summing to 100',
      (c) => {
        c.health.weights.sponsor = 11;
      },
      ['health.weights:segmentation.config.weights_sum'],
    ],
    [
      'a negative weight',
      (c) => {
        c.health.weights.coach = -5;
      },
      ['health.weights.coach:field.too_small'],
    ],
    [
      'a missing weight',
      (c) => {
        delete c.health.weights.coach;
      },
      ['health.weights.coach:field.required'],
    ],
    [
      'an unknown rule',
      (c) => {
        c.health.weights.colour = 0;
      },
      ['health.weights.colour:field.unknown_key'],
    ],
    [
      'stale % above 100',
      (c) => {
        c.health.maxStaleContactsPct = 101;
      },
      ['health.maxStaleContactsPct:field.too_big'],
    ],
    [
      'influence weights falling',
      (c) => {
        c.influenceWeights.medium = 4;
      },
      ['influenceWeights.high:segmentation.config.must_not_be_below'],
    ],
    [
      'an unknown level',
      (c) => {
        c.smart.relevantLevels = ['need', 'goal'];
      },
      ['smart.relevantLevels.1:field.invalid_enum'],
    ],
    [
      'a repeated level',
      (c) => {
        c.smart.relevantLevels = ['need', 'need'];
      },
      ['smart.relevantLevels.1:segmentation.config.duplicate_id'],
    ],
    [
      'a non-boolean flag',
      (c) => {
        c.smart.achievableFromZero = 'yes';
      },
      ['smart.achievableFromZero:field.invalid_type'],
    ],
    [
      'a wrong version',
      (c) => {
        c.version = 2;
      },
      ['version:field.invalid_enum'],
    ],
  ])('%s', (_name, mutate, expected) => {
    expect(paths(withPatch(mutate))).toEqual(expected);
  });
  it('a non-object is reported at config', () => {
    expect(paths(validatePlanConfig(null))).toEqual(['config:field.required']);
  });
});

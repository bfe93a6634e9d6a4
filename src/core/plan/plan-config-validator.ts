// The plan settings are data people edit; before a version is saved every field is checked and each problem
// is reported with its path and a message key (`health.weights.sponsor`, `smart.relevantLevels.1`), unknown
// keys included. The rules then trust the configuration and never re-check it.

import { createChecker, PERCENT } from '../segmentation/config-checker.ts';
import type { ErrorDetail } from '../shared/errors.ts';
import { HEALTH_RULE_IDS, type PlanConfig } from './plan-config-types.ts';
import { NODE_LEVELS } from './plan-types.ts';

export type PlanConfigValidation = { ok: true; config: PlanConfig } | { ok: false; errors: ErrorDetail[] };

const WEIGHT = { min: 0, max: 100, integer: true };

/** Checks a whole plan configuration; on success returns a copy the rules can trust. */
export function validatePlanConfig(input: unknown): PlanConfigValidation {
  const c = createChecker();
  const o = c.object('', input, ['version', 'influenceWeights', 'smart', 'health']);
  if (!o) return { ok: false, errors: c.errors.map((e) => (e.path ? e : { ...e, path: 'config' })) };
  c.oneOf('version', o.version, [1]);
  const iw = c.object('influenceWeights', o.influenceWeights, ['high', 'medium', 'low', 'unknown']);
  if (iw) {
    const values = (['low', 'medium', 'high'] as const).map((k): [string, number | null] => [
      k,
      c.number(`influenceWeights.${k}`, iw[k], { min: 0, max: 10, decimals: 2 }),
    ]);
    c.rising('influenceWeights.', values, false);
    c.number('influenceWeights.unknown', iw.unknown, { min: 0, max: 10, decimals: 2 });
  }
  const smart = c.object('smart', o.smart, [
    'specificMinTitleChars',
    'achievableMaxChangePct',
    'achievableFromZero',
    'relevantLevels',
  ]);
  if (smart) {
    c.number('smart.specificMinTitleChars', smart.specificMinTitleChars, { min: 1, max: 100, integer: true });
    c.number('smart.achievableMaxChangePct', smart.achievableMaxChangePct, {
      min: 1,
      max: 10_000,
      decimals: 2,
    });
    if (typeof smart.achievableFromZero !== 'boolean')
      c.add('smart.achievableFromZero', 'field.invalid_type', { expected: 'boolean' });
    const levels = c.array('smart.relevantLevels', smart.relevantLevels, { minLength: 1 });
    const seen = new Set<string>();
    levels?.forEach((level, i) => {
      const ok = c.oneOf(`smart.relevantLevels.${i}`, level, NODE_LEVELS);
      if (ok) c.uniqueId(`smart.relevantLevels.${i}`, ok, seen);
    });
  }
  const health = c.object('health', o.health, ['weights', 'maxStaleContactsPct']);
  if (health) {
    const weights = c.object('health.weights', health.weights, HEALTH_RULE_IDS);
    if (weights) {
      const values = HEALTH_RULE_IDS.map((id) => c.number(`health.weights.${id}`, weights[id], WEIGHT));
      c.sumsTo100('health.weights', values);
    }
    c.number('health.maxStaleContactsPct', health.maxStaleContactsPct, PERCENT);
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, config: structuredClone(input) as PlanConfig };
}

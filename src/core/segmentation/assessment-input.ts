// What people may enter as an account's assessment ([SEG-1]…[SEG-8] inputs, DOMAIN.md §3): each known
// part is checked for its type and range and named by its path when wrong (`capacity.level`), absent or
// null parts mean "not assessed". Overrides are not part of it (they have their own use case, with a
// reason); other keys (the cost-to-serve drivers of [VAL-1]) are kept as they are.
import type { ErrorDetail } from '../shared/errors.ts';
import { createChecker, type NumberRule } from './config-checker.ts';
import { MODEL_VALUES } from './segmentation-types.ts';

export type AssessmentCheck =
  | { ok: true; assessment: Record<string, unknown> }
  | { ok: false; errors: ErrorDetail[] };

const LEVEL: NumberRule = { min: 0, max: 4, integer: true };
const PCT: NumberRule = { min: 0, max: 100 };
const LOYALTY_GROUPS = ['advocate', 'multi_supplier', 'non_user'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks an assessment; on success returns it without `overrides`. */
export function checkAssessmentInput(input: unknown): AssessmentCheck {
  const c = createChecker();
  if (!isRecord(input))
    return {
      ok: false,
      errors: [{ path: 'assessment', message: 'field.invalid_type', params: { expected: 'object' } }],
    };
  const given = (key: string) => input[key] !== undefined && input[key] !== null;
  const answers = (key: string, rule: NumberRule) => {
    const value = input[key];
    if (!isRecord(value)) {
      c.add(key, 'field.invalid_type', { expected: 'object' });
      return;
    }
    for (const [id, answer] of Object.entries(value)) {
      if (answer !== null) c.number(`${key}.${id}`, answer, rule);
    }
  };

  if (given('capacity')) {
    const o = c.object('capacity', input.capacity, ['level', 'source']);
    if (o) {
      c.number('capacity.level', o.level, LEVEL);
      if (o.source !== undefined) c.oneOf('capacity.source', o.source, ['assessment', 'market_data']);
    }
  }
  if (given('purchaseLevelOverride')) {
    const o = c.object('purchaseLevelOverride', input.purchaseLevelOverride, ['level', 'reason']);
    if (o) {
      c.number('purchaseLevelOverride.level', o.level, LEVEL);
      c.string('purchaseLevelOverride.reason', o.reason);
    }
  }
  if (given('vip') && typeof input.vip !== 'boolean')
    c.add('vip', 'field.invalid_type', { expected: 'boolean' });
  for (const key of ['influenceScore', 'strategicWeight', 'shareOfWalletPct'])
    if (given(key)) c.number(key, input[key], PCT);
  if (given('decisionMakerStep')) c.number('decisionMakerStep', input.decisionMakerStep, LEVEL);
  if (given('portfolioAnswers')) answers('portfolioAnswers', PCT);
  if (given('kamAnswers')) answers('kamAnswers', LEVEL);
  if (given('productLineShareOfWalletPct')) answers('productLineShareOfWalletPct', PCT);
  if (given('disruptionRisks')) {
    const list = c.array('disruptionRisks', input.disruptionRisks);
    for (const [i, id] of (list ?? []).entries()) c.string(`disruptionRisks.${i}`, id, 64);
  }
  if (given('orgRelationshipLevel'))
    c.oneOf('orgRelationshipLevel', input.orgRelationshipLevel, MODEL_VALUES.org_relationship);
  if (given('loyalty')) {
    const o = c.object('loyalty', input.loyalty, ['group', 'subState']);
    if (o) {
      c.oneOf('loyalty.group', o.group, LOYALTY_GROUPS);
      if (o.subState !== undefined && o.subState !== null) c.string('loyalty.subState', o.subState, 64);
    }
  }
  if (given('costDrivers') && !isRecord(input.costDrivers))
    c.add('costDrivers', 'field.invalid_type', { expected: 'object' });
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const { overrides: _overrides, ...assessment } = input;
  return { ok: true, assessment };
}

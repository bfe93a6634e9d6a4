import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { hasMessage } from '../shared/messages.ts';
import { classifyAccount } from './classify-account.ts';
import { computePopulationStats } from './population-stats.ts';
import { classifyProductLinesBcg } from './product-line-bcg.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import { atAges, factsByAge, monthAgo, PERIOD, render } from './segmentation-fixtures.ts';
import {
  ACCOUNT_MODEL_KEYS,
  type AccountAssessment,
  type AccountFacts,
  type Explanation,
  isModelValue,
  type Level,
} from './segmentation-types.ts';

const stats = computePopulationStats(
  [10_000, 20_000, 30_000, 40_000].map((revenueFen, i) => ({
    accountId: i + 1,
    revenueFen,
    grossProfitFen: revenueFen / 4,
  })),
);

describe('classifyAccount: every model of one account', () => {
  const facts = factsByAge(atAges({ 0: 10_000, 3: 10_000, 6: 10_000, 9: 10_000, 12: 30_000 }), {
    accountId: 4,
    cost: atAges({ 0: 7_000 }),
  });
  const results = classifyAccount(
    facts,
    { capacity: { level: 4, source: 'assessment' } },
    stats,
    CONFIG,
    PERIOD,
  );
  it('returns the nine models in order', () =>
    expect(results.map((r) => r.model)).toEqual([...ACCOUNT_MODEL_KEYS]));
  it('agrees with the single rules', () => {
    expect(Object.fromEntries(results.map((r) => [r.model, r.value]))).toEqual({
      purchase_grid: 'A', // 40,000 fen reaches the last cut: X=4, Y=4
      portfolio: 'selective', // attractiveness 87.5 from data; capability 50, nothing assessed
      clp_tier: 'transactional',
      lifecycle: 'loyal',
      relationship_stage: 'formation', // 40,000 fen this year against 30,000 last year: +33%
      kam_stage: 'exploratory',
      org_relationship: 'general',
      loyalty: 'expand',
      pareto: 'top',
    });
  });
  it('applies the overrides of the assessment', () => {
    const a: AccountAssessment = { overrides: { lifecycle: { value: 'customer', reason: '合同到期' } } };
    const r = classifyAccount(facts, a, stats, CONFIG, PERIOD).find((x) => x.model === 'lifecycle');
    expect([r?.value, r?.overridden, r?.inputs.computedValue]).toEqual(['customer', true, 'loyal']);
  });
  it('accepts a missing assessment', () => {
    expect(classifyAccount(facts, null, stats, CONFIG, PERIOD)).toHaveLength(ACCOUNT_MODEL_KEYS.length);
  });
  it('refuses a period that is not a first of month', () => {
    expect(() => classifyAccount(facts, {}, stats, CONFIG, '2026-12-31')).toThrow(DomainError);
  });
});

/** Every key used, including keys given as parameters, exists and leaves no {placeholder} untranslated. */
function expectReadable(explanation: Explanation) {
  expect(hasMessage(explanation.key), explanation.key).toBe(true);
  for (const value of Object.values(explanation.params))
    if (typeof value === 'string' && value.startsWith('segmentation.'))
      expect(hasMessage(value), value).toBe(true);
  for (const lang of ['zh-CN', 'en'] as const) expect(render({ explanation }, lang)).not.toMatch(/\{\w+\}/);
}

const level = fc.constantFrom<Level>(0, 1, 2, 3, 4);
const fen = fc.integer({ min: -2_000_000, max: 50_000_000 });
const pct = fc.oneof(fc.double({ min: -10, max: 110, noNaN: true }), fc.integer({ min: 0, max: 100 }));
const month = fc.integer({ min: -3, max: 40 }).map((age) => monthAgo(age));

const factsArb: fc.Arbitrary<AccountFacts> = fc.record({
  accountId: fc.integer({ min: 1, max: 6 }),
  monthly: fc.array(
    fc.record({
      month,
      revenueFen: fen,
      costFen: fen,
      byProductLine: fc.option(
        fc.array(
          fc.record({ productLineId: fc.integer({ min: 1, max: 4 }), revenueFen: fen, costFen: fen }),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
    }),
    { maxLength: 40 },
  ),
  firstOrderMonth: fc.option(month, { nil: null }),
  lastOrderMonth: fc.option(month, { nil: null }),
  receivableFen: fc.option(fen, { nil: null }),
});

const assessmentArb: fc.Arbitrary<AccountAssessment> = fc.record(
  {
    capacity: fc.record({ level, source: fc.constantFrom('assessment' as const, 'market_data' as const) }),
    purchaseLevelOverride: fc.record({ level, reason: fc.string() }),
    vip: fc.boolean(),
    influenceScore: pct,
    portfolioAnswers: fc.dictionary(fc.constantFrom('strategic_fit', 'relationship', 'growth', 'x'), pct),
    strategicWeight: pct,
    kamAnswers: fc.dictionary(
      fc.constantFrom('executive_contact', 'joint_planning', 'nope'),
      fc.integer({ min: -1, max: 5 }),
    ),
    shareOfWalletPct: pct,
    disruptionRisks: fc.array(fc.constantFrom('staff_change', 'quality_problem', 'other')),
    orgRelationshipLevel: fc.constantFrom('general' as const, 'core' as const, 'strategic_partner' as const),
    decisionMakerStep: level,
    loyalty: fc.record({
      group: fc.constantFrom('advocate' as const, 'multi_supplier' as const, 'non_user' as const),
      subState: fc.option(fc.constantFrom('advocate', 'hostile', 'x'), { nil: null }),
    }),
    costDrivers: fc.record({ visitsPerYear: pct, rebatePctOfRevenue: pct }, { requiredKeys: [] }),
    productLineShareOfWalletPct: fc.dictionary(fc.constantFrom('1', '2', '3'), pct),
  },
  { requiredKeys: [] },
);

describe('classifyAccount on random facts and assessments', () => {
  it('never throws, returns every model with a valid value and a readable explanation', () => {
    fc.assert(
      fc.property(factsArb, fc.option(assessmentArb, { nil: null }), (facts, assessment) => {
        const results = classifyAccount(facts, assessment, stats, CONFIG, PERIOD);
        expect(results.map((r) => r.model)).toEqual([...ACCOUNT_MODEL_KEYS]);
        for (const r of results) {
          expect(isModelValue(r.model, r.value), `${r.model}=${r.value}`).toBe(true);
          expectReadable(r.explanation);
          if (typeof r.score === 'number') expect(Number.isFinite(r.score)).toBe(true);
        }
        for (const line of classifyProductLinesBcg(facts, assessment ?? {}, CONFIG, PERIOD)) {
          expect(isModelValue('product_line_bcg', line.value)).toBe(true);
          expectReadable(line.explanation);
        }
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });
  it('gives the same results for the same input', () => {
    fc.assert(
      fc.property(factsArb, assessmentArb, (facts, assessment) => {
        expect(classifyAccount(facts, assessment, stats, CONFIG, PERIOD)).toEqual(
          classifyAccount(facts, assessment, stats, CONFIG, PERIOD),
        );
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { hasMessage } from '../shared/messages.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from './segmentation-config-defaults.ts';
import { validateSegmentationConfig } from './segmentation-config-validator.ts';

/** The defaults with one field set (undefined deletes it). */
function changed(path: string, value: unknown): unknown {
  const copy = structuredClone(DEFAULT_SEGMENTATION_CONFIG) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const errorsOf = (input: unknown) => {
  const r = validateSegmentationConfig(input);
  return r.ok ? [] : r.errors;
};

describe('validateSegmentationConfig accepts', () => {
  it('the defaults, returning a copy', () => {
    const r = validateSegmentationConfig(DEFAULT_SEGMENTATION_CONFIG);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.config).toEqual(DEFAULT_SEGMENTATION_CONFIG);
      expect(r.config).not.toBe(DEFAULT_SEGMENTATION_CONFIG);
    }
  });
  it.each([
    [
      'weights with decimals summing to exactly 100',
      'kamStage.scoreWeights',
      { questionnaire: 33.33, shareOfWallet: 66.67 },
    ],
    ['equal CLP floors of two tiers', 'clp.tiers.value.minClpFen', 5_000_000],
    ['a fixed Y when missing', 'purchaseGrid.yWhenMissing', 2],
    ['cut points near the ends', 'purchaseGrid.xCutoffsPct', [0.01, 50, 99.99]],
    ['no disruption risks', 'kamStage.disruptionRisks', []],
    ['a grid of all C', 'purchaseGrid.cells', Array.from({ length: 5 }, () => ['C', 'C', 'C', 'C', 'C'])],
  ])('%s', (_, path, value) => expect(errorsOf(changed(path, value))).toEqual([]));
});

describe('validateSegmentationConfig refuses, naming the field', () => {
  it.each<[string, string, unknown, string, string, Record<string, string | number>?]>([
    [
      'a missing grid cell',
      'purchaseGrid.cells.3',
      ['A', 'A', 'A', 'A'],
      'purchaseGrid.cells.3.4',
      'field.required',
    ],
    [
      'an unknown grid class',
      'purchaseGrid.cells.0.2',
      'D',
      'purchaseGrid.cells.0.2',
      'field.invalid_enum',
      { value: 'D', options: 'C / B / A' },
    ],
    [
      'a sixth grid row',
      'purchaseGrid.cells.5',
      ['A', 'A', 'A', 'A', 'A'],
      'purchaseGrid.cells',
      'segmentation.config.length',
      { length: 5 },
    ],
    [
      'a sixth cell in a row',
      'purchaseGrid.cells.1.5',
      'A',
      'purchaseGrid.cells.1',
      'segmentation.config.length',
      { length: 5 },
    ],
    [
      'a grid that is not an array',
      'purchaseGrid.cells',
      'ABC',
      'purchaseGrid.cells',
      'field.invalid_type',
      { expected: 'array' },
    ],
    [
      'cut points out of order',
      'purchaseGrid.xCutoffsPct',
      [25, 25, 75],
      'purchaseGrid.xCutoffsPct.1',
      'segmentation.config.must_exceed',
      { field: 'purchaseGrid.xCutoffsPct.0', value: 25 },
    ],
    [
      'a cut point of 0',
      'purchaseGrid.xCutoffsPct',
      [0, 50, 75],
      'purchaseGrid.xCutoffsPct.0',
      'segmentation.config.above',
      { minimum: 0 },
    ],
    [
      'a cut point of 100',
      'purchaseGrid.xCutoffsPct',
      [25, 50, 100],
      'purchaseGrid.xCutoffsPct.2',
      'segmentation.config.below',
      { maximum: 100 },
    ],
    ['two cut points', 'purchaseGrid.xCutoffsPct', [25, 50], 'purchaseGrid.xCutoffsPct.2', 'field.required'],
    [
      'a window of 0 months',
      'purchaseGrid.windowMonths',
      0,
      'purchaseGrid.windowMonths',
      'field.too_small',
      { minimum: 1 },
    ],
    [
      'a window given as text',
      'purchaseGrid.windowMonths',
      '12',
      'purchaseGrid.windowMonths',
      'field.invalid_type',
      { expected: 'number' },
    ],
    [
      'Y when missing of 5',
      'purchaseGrid.yWhenMissing',
      5,
      'purchaseGrid.yWhenMissing',
      'field.invalid_enum',
      { value: '5', options: 'same_as_x / 0 / 1 / 2 / 3 / 4' },
    ],
    ['an unknown key inside vip', 'purchaseGrid.vip.level', 3, 'purchaseGrid.vip.level', 'field.unknown_key'],
    [
      'attractiveness weights summing to 99',
      'portfolio.attractiveness.0.weight',
      29,
      'portfolio.attractiveness',
      'segmentation.config.weights_sum',
      { sum: 99 },
    ],
    [
      'capability weights summing to 101',
      'portfolio.capability.0.weight',
      41,
      'portfolio.capability',
      'segmentation.config.weights_sum',
      { sum: 101 },
    ],
    [
      'a weight with three decimals',
      'portfolio.capability.0.weight',
      40.001,
      'portfolio.capability.0.weight',
      'segmentation.config.decimals',
      { decimals: 2 },
    ],
    [
      'a capability source on attractiveness',
      'portfolio.attractiveness.0.source',
      'share',
      'portfolio.attractiveness.0.source',
      'field.invalid_enum',
      { value: 'share', options: 'size / growth / margin / assessment' },
    ],
    [
      'a criterion key used on both axes',
      'portfolio.capability.1.key',
      'growth',
      'portfolio.capability.1.key',
      'segmentation.config.duplicate_id',
      { id: 'growth' },
    ],
    [
      'a criterion key with spaces',
      'portfolio.capability.1.key',
      'Solution Fit',
      'portfolio.capability.1.key',
      'field.invalid_format',
      { format: 'a-z 0-9 _' },
    ],
    [
      'an empty label',
      'portfolio.capability.1.label.en',
      ' ',
      'portfolio.capability.1.label.en',
      'field.required',
    ],
    [
      'a high threshold of 101',
      'portfolio.highThreshold',
      101,
      'portfolio.highThreshold',
      'field.too_big',
      { maximum: 100 },
    ],
    [
      'a scale that does not rise',
      'portfolio.growthScale.fullAtPct',
      -20,
      'portfolio.growthScale.fullAtPct',
      'segmentation.config.must_exceed',
      { field: 'portfolio.growthScale.zeroAtPct', value: -20 },
    ],
    [
      'a horizon of 2.5 years',
      'clp.horizonYears',
      2.5,
      'clp.horizonYears',
      'field.invalid_type',
      { expected: 'integer' },
    ],
    ['a horizon of 31 years', 'clp.horizonYears', 31, 'clp.horizonYears', 'field.too_big', { maximum: 30 }],
    [
      'a discount rate of 8.125%',
      'clp.discountRatePct',
      8.125,
      'clp.discountRatePct',
      'segmentation.config.decimals',
      { decimals: 2 },
    ],
    ['a retention of 101%', 'clp.retentionPct', 101, 'clp.retentionPct', 'field.too_big', { maximum: 100 }],
    [
      'a value tier below standard',
      'clp.tiers.value.minClpFen',
      4_999_999,
      'clp.tiers.value.minClpFen',
      'segmentation.config.must_not_be_below',
      { field: 'clp.tiers.standard.minClpFen', value: 5_000_000 },
    ],
    [
      'a strategic weight floor below value',
      'clp.tiers.value.minStrategicWeight',
      61,
      'clp.tiers.strategic.minStrategicWeight',
      'segmentation.config.must_not_be_below',
      { field: 'clp.tiers.value.minStrategicWeight', value: 61 },
    ],
    [
      'a CLP floor in yuan decimals',
      'clp.tiers.standard.minClpFen',
      100.5,
      'clp.tiers.standard.minClpFen',
      'field.invalid_type',
      { expected: 'integer' },
    ],
    ['a missing tier approach', 'clp.approach.value', undefined, 'clp.approach.value', 'field.required'],
    [
      'a negative cost per visit',
      'clp.costDriverDefaults.costPerVisitFen',
      -1,
      'clp.costDriverDefaults.costPerVisitFen',
      'field.too_small',
      { minimum: 0 },
    ],
    [
      'a loyal window of 13 quarters',
      'lifecycle.loyalQuarters',
      13,
      'lifecycle.loyalQuarters',
      'field.too_big',
      { maximum: 12 },
    ],
    [
      'a former window of 0 months',
      'lifecycle.formerMonths',
      0,
      'lifecycle.formerMonths',
      'field.too_small',
      { minimum: 1 },
    ],
    [
      'a former window beyond the 36 months of facts',
      'lifecycle.formerMonths',
      37,
      'lifecycle.formerMonths',
      'field.too_big',
      { maximum: 36 },
    ],
    [
      'decline at the formation threshold',
      'relationshipStage.declineGrowthPct',
      15,
      'relationshipStage.formationGrowthPct',
      'segmentation.config.must_exceed',
      { field: 'relationshipStage.declineGrowthPct', value: 15 },
    ],
    [
      'a stable step of 5',
      'relationshipStage.stableMinStep',
      5,
      'relationshipStage.stableMinStep',
      'field.too_big',
      { maximum: 4 },
    ],
    [
      'questionnaire weights summing to 95',
      'kamStage.questionnaire.0.weight',
      10,
      'kamStage.questionnaire',
      'segmentation.config.weights_sum',
      { sum: 95 },
    ],
    [
      'a duplicate questionnaire id',
      'kamStage.questionnaire.1.id',
      'executive_contact',
      'kamStage.questionnaire.1.id',
      'segmentation.config.duplicate_id',
      { id: 'executive_contact' },
    ],
    [
      'score weights summing to 90',
      'kamStage.scoreWeights.shareOfWallet',
      30,
      'kamStage.scoreWeights',
      'segmentation.config.weights_sum',
      { sum: 90 },
    ],
    [
      'equal stage thresholds',
      'kamStage.thresholds.mid',
      20,
      'kamStage.thresholds.mid',
      'segmentation.config.must_exceed',
      { field: 'kamStage.thresholds.basic', value: 20 },
    ],
    [
      'an expected share falling with the stage',
      'kamStage.stages.mid.expectedShareOfWalletPct',
      10,
      'kamStage.stages.mid.expectedShareOfWalletPct',
      'segmentation.config.must_not_be_below',
      { field: 'kamStage.stages.basic.expectedShareOfWalletPct', value: 20 },
    ],
    [
      'an unknown contact pattern',
      'kamStage.stages.basic.contactPattern',
      'star',
      'kamStage.stages.basic.contactPattern',
      'field.invalid_enum',
      { value: 'star', options: 'single_point / bow_tie / expanded_bow_tie / diamond / integrated_teams' },
    ],
    [
      'a risk that is neither internal nor external',
      'kamStage.disruptionRisks.0.kind',
      'other',
      'kamStage.disruptionRisks.0.kind',
      'field.invalid_enum',
      { value: 'other', options: 'internal / external' },
    ],
    [
      'core floor at the major floor',
      'orgRelationship.suggestFromShareOfWalletPct.core',
      30,
      'orgRelationship.suggestFromShareOfWalletPct.core',
      'segmentation.config.must_exceed',
      { field: 'orgRelationship.suggestFromShareOfWalletPct.major', value: 30 },
    ],
    [
      'an unknown loyalty strategy',
      'loyalty.groups.advocate.strategy',
      'grow',
      'loyalty.groups.advocate.strategy',
      'field.invalid_enum',
      { value: 'grow', options: 'change_perception / expand / maintain' },
    ],
    [
      'a sub-state id used in two groups',
      'loyalty.groups.non_user.subStates.0.id',
      'advocate',
      'loyalty.groups.non_user.subStates.0.id',
      'segmentation.config.duplicate_id',
      { id: 'advocate' },
    ],
    [
      'a group without sub-states',
      'loyalty.groups.non_user.subStates',
      [],
      'loyalty.groups.non_user.subStates',
      'field.too_small',
      { minimum: 1 },
    ],
    [
      'a Pareto cut of 100%',
      'pareto.cutPct',
      100,
      'pareto.cutPct',
      'segmentation.config.below',
      { maximum: 100 },
    ],
    ['a Pareto cut of 0%', 'pareto.cutPct', 0, 'pareto.cutPct', 'segmentation.config.above', { minimum: 0 }],
    [
      'a BCG growth threshold below −100%',
      'bcg.growthThresholdPct',
      -101,
      'bcg.growthThresholdPct',
      'field.too_small',
      { minimum: -100 },
    ],
    ['a missing section', 'bcg', undefined, 'bcg', 'field.required'],
    ['an unknown section', 'abc', {}, 'abc', 'field.unknown_key'],
    ['another version', 'version', 2, 'version', 'field.invalid_enum', { value: '2', options: '1' }],
  ])('%s', (_, path, value, errorPath, message, params) => {
    const expected = params ? { path: errorPath, message, params } : { path: errorPath, message };
    expect(errorsOf(changed(path, value))).toEqual([expected]);
  });

  it('reports every problem in one pass', () => {
    const input = changed('pareto.cutPct', 0) as Record<string, Record<string, unknown>>;
    (input.lifecycle as Record<string, unknown>).formerMonths = 0;
    expect(errorsOf(input).map((e) => e.path)).toEqual(['lifecycle.formerMonths', 'pareto.cutPct']);
  });

  it.each([null, 'config', [1, 2]])('a whole configuration that is %j', (input) => {
    expect(errorsOf(input)).toHaveLength(1);
    expect(errorsOf(input)[0]?.path).toBe('config');
  });

  it('uses only message keys that exist in the catalogue', () => {
    const broken = changed('purchaseGrid.cells.3', ['A']) as Record<string, Record<string, unknown>>;
    broken.portfolio = { attractiveness: [{ key: 'X', weight: 'a', source: 'none', label: {} }], extra: 1 };
    const errors = errorsOf(broken);
    expect(errors.length).toBeGreaterThan(5);
    for (const e of errors) expect(hasMessage(e.message), e.message).toBe(true);
  });
});

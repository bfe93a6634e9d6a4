// A company's segmentation configuration is data people edit; before it is saved every field is checked and
// each problem is reported with its path and a message key: grid cells (`purchaseGrid.cells.3.4`), weights
// that must sum to 100 (`portfolio.attractiveness`), ranges, thresholds that must rise, duplicate ids,
// unknown keys. The engines then trust the configuration and never re-check it per account.
import type { ErrorDetail } from '../shared/errors.ts';
import { type Checker, createChecker, type NumberRule } from './config-checker.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { basisOfPct } from './segmentation-math.ts';
import { MODEL_VALUES } from './segmentation-types.ts';

export type SegmentationConfigValidation =
  | { ok: true; config: SegmentationConfig }
  | { ok: false; errors: ErrorDetail[] };

const PCT: NumberRule = { min: 0, max: 100, decimals: 2 };
const GROWTH: NumberRule = { min: -100, max: 1000, decimals: 2 };
const STEP: NumberRule = { min: 0, max: 4, integer: true };
const FEN: NumberRule = { min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, integer: true };
const GRID_CLASSES = MODEL_VALUES.purchase_grid;

function text(c: Checker, path: string, v: unknown): void {
  const o = c.object(path, v, ['zh-CN', 'en']);
  if (!o) return;
  c.string(`${path}.zh-CN`, o['zh-CN']);
  c.string(`${path}.en`, o.en);
}

/** Reports at `path` when all weights are valid and their sum is not exactly 100. */
function sumsTo100(c: Checker, path: string, weights: Array<number | null>): void {
  if (weights.some((w) => w === null)) return;
  const basis = weights.reduce<number>((sum, w) => sum + basisOfPct(w ?? 0), 0);
  if (basis !== 10_000) c.add(path, 'segmentation.config.weights_sum', { sum: basis / 100 });
}

/** Each named value must be above (strict) or not below the one before it. */
function rising(c: Checker, prefix: string, entries: Array<[string, number | null]>, strict: boolean): void {
  for (let i = 1; i < entries.length; i++) {
    const [prevKey, prev] = entries[i - 1]!;
    const [key, value] = entries[i]!;
    if (prev === null || value === null) continue;
    if (strict ? value <= prev : value < prev)
      c.add(
        `${prefix}${key}`,
        strict ? 'segmentation.config.must_exceed' : 'segmentation.config.must_not_be_below',
        {
          field: `${prefix}${prevKey}`,
          value: prev,
        },
      );
  }
}

function uniqueId(c: Checker, path: string, id: string | null, seen: Set<string>): void {
  if (id === null) return;
  if (seen.has(id)) c.add(path, 'segmentation.config.duplicate_id', { id });
  seen.add(id);
}

function purchaseGrid(c: Checker, v: unknown): void {
  const p = 'purchaseGrid';
  const o = c.object(p, v, ['windowMonths', 'xCutoffsPct', 'cells', 'yWhenMissing', 'vip']);
  if (!o) return;
  c.number(`${p}.windowMonths`, o.windowMonths, { min: 1, max: 36, integer: true });
  const cuts = c.array(`${p}.xCutoffsPct`, o.xCutoffsPct, { length: 3 });
  if (cuts) {
    const values = [0, 1, 2].map((i): [string, number | null] => [
      String(i),
      c.number(`${p}.xCutoffsPct.${i}`, cuts[i], { ...PCT, exclusive: true }),
    ]);
    rising(c, `${p}.xCutoffsPct.`, values, true);
  }
  const cells = c.array(`${p}.cells`, o.cells, { length: 5 });
  for (let x = 0; cells && x < 5; x++) {
    const row = c.array(`${p}.cells.${x}`, cells[x], { length: 5 });
    for (let y = 0; row && y < 5; y++) c.oneOf(`${p}.cells.${x}.${y}`, row[y], GRID_CLASSES);
  }
  c.oneOf(`${p}.yWhenMissing`, o.yWhenMissing, ['same_as_x', 0, 1, 2, 3, 4]);
  const vip = c.object(`${p}.vip`, o.vip, ['influenceThreshold']);
  if (vip) c.number(`${p}.vip.influenceThreshold`, vip.influenceThreshold, PCT);
}

function criteria(c: Checker, path: string, v: unknown, sources: readonly string[], seen: Set<string>): void {
  const list = c.array(path, v, { minLength: 1 });
  if (!list) return;
  const weights = list.map((item, i) => {
    const at = `${path}.${i}`;
    const o = c.object(at, item, ['key', 'label', 'weight', 'source']);
    if (!o) return null;
    uniqueId(c, `${at}.key`, c.id(`${at}.key`, o.key), seen);
    text(c, `${at}.label`, o.label);
    c.oneOf(`${at}.source`, o.source, sources);
    return c.number(`${at}.weight`, o.weight, PCT);
  });
  sumsTo100(c, path, weights);
}

function scale(c: Checker, path: string, v: unknown): void {
  const o = c.object(path, v, ['zeroAtPct', 'fullAtPct']);
  if (!o) return;
  const range: NumberRule = { min: -1000, max: 1000, decimals: 2 };
  const zero = c.number(`${path}.zeroAtPct`, o.zeroAtPct, range);
  const full = c.number(`${path}.fullAtPct`, o.fullAtPct, range);
  rising(
    c,
    `${path}.`,
    [
      ['zeroAtPct', zero],
      ['fullAtPct', full],
    ],
    true,
  );
}

function portfolio(c: Checker, v: unknown): void {
  const p = 'portfolio';
  const o = c.object(p, v, [
    'attractiveness',
    'capability',
    'highThreshold',
    'missingScore',
    'growthScale',
    'marginScale',
  ]);
  if (!o) return;
  const seen = new Set<string>();
  criteria(c, `${p}.attractiveness`, o.attractiveness, ['size', 'growth', 'margin', 'assessment'], seen);
  criteria(c, `${p}.capability`, o.capability, ['share', 'assessment'], seen);
  c.number(`${p}.highThreshold`, o.highThreshold, PCT);
  c.number(`${p}.missingScore`, o.missingScore, PCT);
  scale(c, `${p}.growthScale`, o.growthScale);
  scale(c, `${p}.marginScale`, o.marginScale);
}

function clp(c: Checker, v: unknown): void {
  const p = 'clp';
  const o = c.object(p, v, [
    'horizonYears',
    'discountRatePct',
    'retentionPct',
    'tiers',
    'approach',
    'costDriverDefaults',
  ]);
  if (!o) return;
  c.number(`${p}.horizonYears`, o.horizonYears, { min: 1, max: 30, integer: true });
  c.number(`${p}.discountRatePct`, o.discountRatePct, PCT);
  c.number(`${p}.retentionPct`, o.retentionPct, PCT);
  const tierNames = ['standard', 'value', 'strategic'] as const;
  const tiers = c.object(`${p}.tiers`, o.tiers, tierNames);
  if (tiers) {
    const floors = tierNames.map((name) => {
      const t = c.object(`${p}.tiers.${name}`, tiers[name], ['minClpFen', 'minStrategicWeight']);
      return {
        name,
        fen: t ? c.number(`${p}.tiers.${name}.minClpFen`, t.minClpFen, FEN) : null,
        weight: t ? c.number(`${p}.tiers.${name}.minStrategicWeight`, t.minStrategicWeight, PCT) : null,
      };
    });
    rising(
      c,
      `${p}.tiers.`,
      floors.map((f): [string, number | null] => [`${f.name}.minClpFen`, f.fen]),
      false,
    );
    rising(
      c,
      `${p}.tiers.`,
      floors.map((f): [string, number | null] => [`${f.name}.minStrategicWeight`, f.weight]),
      false,
    );
  }
  const approach = c.object(`${p}.approach`, o.approach, MODEL_VALUES.clp_tier);
  if (approach) for (const tier of MODEL_VALUES.clp_tier) text(c, `${p}.approach.${tier}`, approach[tier]);
  const d = c.object(`${p}.costDriverDefaults`, o.costDriverDefaults, [
    'visitsPerYear',
    'costPerVisitFen',
    'supportFenPerYear',
    'logisticsPctOfRevenue',
    'rebatePctOfRevenue',
    'creditCostPctOfReceivable',
  ]);
  if (!d) return;
  const at = `${p}.costDriverDefaults`;
  const money: NumberRule = { min: 0, max: 1e14, integer: true };
  c.number(`${at}.visitsPerYear`, d.visitsPerYear, { min: 0, max: 1000, decimals: 2 });
  c.number(`${at}.costPerVisitFen`, d.costPerVisitFen, money);
  c.number(`${at}.supportFenPerYear`, d.supportFenPerYear, money);
  c.number(`${at}.logisticsPctOfRevenue`, d.logisticsPctOfRevenue, PCT);
  c.number(`${at}.rebatePctOfRevenue`, d.rebatePctOfRevenue, PCT);
  c.number(`${at}.creditCostPctOfReceivable`, d.creditCostPctOfReceivable, PCT);
}

function lifecycleAndStage(c: Checker, life: unknown, stage: unknown): void {
  const l = c.object('lifecycle', life, ['loyalQuarters', 'formerMonths']);
  if (l) {
    c.number('lifecycle.loyalQuarters', l.loyalQuarters, { min: 1, max: 12, integer: true });
    c.number('lifecycle.formerMonths', l.formerMonths, { min: 1, max: 36, integer: true });
  }
  const p = 'relationshipStage';
  const s = c.object(p, stage, [
    'explorationMonths',
    'formationGrowthPct',
    'declineGrowthPct',
    'stableMinStep',
  ]);
  if (!s) return;
  c.number(`${p}.explorationMonths`, s.explorationMonths, { min: 1, max: 24, integer: true });
  const decline = c.number(`${p}.declineGrowthPct`, s.declineGrowthPct, GROWTH);
  const formation = c.number(`${p}.formationGrowthPct`, s.formationGrowthPct, GROWTH);
  rising(
    c,
    `${p}.`,
    [
      ['declineGrowthPct', decline],
      ['formationGrowthPct', formation],
    ],
    true,
  );
  c.number(`${p}.stableMinStep`, s.stableMinStep, STEP);
}

function kamStage(c: Checker, v: unknown): void {
  const p = 'kamStage';
  const o = c.object(p, v, ['questionnaire', 'scoreWeights', 'thresholds', 'stages', 'disruptionRisks']);
  if (!o) return;
  const items = c.array(`${p}.questionnaire`, o.questionnaire, { minLength: 1 });
  if (items) {
    const seen = new Set<string>();
    const weights = items.map((item, i) => {
      const at = `${p}.questionnaire.${i}`;
      const q = c.object(at, item, ['id', 'text', 'weight']);
      if (!q) return null;
      uniqueId(c, `${at}.id`, c.id(`${at}.id`, q.id), seen);
      text(c, `${at}.text`, q.text);
      return c.number(`${at}.weight`, q.weight, PCT);
    });
    sumsTo100(c, `${p}.questionnaire`, weights);
  }
  const sw = c.object(`${p}.scoreWeights`, o.scoreWeights, ['questionnaire', 'shareOfWallet']);
  if (sw)
    sumsTo100(c, `${p}.scoreWeights`, [
      c.number(`${p}.scoreWeights.questionnaire`, sw.questionnaire, PCT),
      c.number(`${p}.scoreWeights.shareOfWallet`, sw.shareOfWallet, PCT),
    ]);
  const above = MODEL_VALUES.kam_stage.slice(1);
  const th = c.object(`${p}.thresholds`, o.thresholds, above);
  if (th)
    rising(
      c,
      `${p}.thresholds.`,
      above.map((s): [string, number | null] => [s, c.number(`${p}.thresholds.${s}`, th[s], PCT)]),
      true,
    );
  const stages = c.object(`${p}.stages`, o.stages, MODEL_VALUES.kam_stage);
  if (stages) {
    const expected = MODEL_VALUES.kam_stage.map((s): [string, number | null] => {
      const at = `${p}.stages.${s}`;
      const st = c.object(at, stages[s], ['expectedShareOfWalletPct', 'contactPattern', 'contact']);
      if (!st) return [s, null];
      c.oneOf(`${at}.contactPattern`, st.contactPattern, [
        'single_point',
        'bow_tie',
        'expanded_bow_tie',
        'diamond',
        'integrated_teams',
      ]);
      text(c, `${at}.contact`, st.contact);
      return [
        `${s}.expectedShareOfWalletPct`,
        c.number(`${at}.expectedShareOfWalletPct`, st.expectedShareOfWalletPct, PCT),
      ];
    });
    rising(c, `${p}.stages.`, expected, false);
  }
  const risks = c.array(`${p}.disruptionRisks`, o.disruptionRisks);
  const seen = new Set<string>();
  risks?.forEach((item, i) => {
    const at = `${p}.disruptionRisks.${i}`;
    const r = c.object(at, item, ['id', 'kind', 'label', 'advice']);
    if (!r) return;
    uniqueId(c, `${at}.id`, c.id(`${at}.id`, r.id), seen);
    c.oneOf(`${at}.kind`, r.kind, ['internal', 'external']);
    text(c, `${at}.label`, r.label);
    text(c, `${at}.advice`, r.advice);
  });
}

function relationshipAndLoyalty(c: Checker, org: unknown, loyalty: unknown): void {
  const o = c.object('orgRelationship', org, ['suggestFromShareOfWalletPct', 'strategicPartnerMinStep']);
  if (o) {
    const at = 'orgRelationship.suggestFromShareOfWalletPct';
    const levels = ['major', 'core', 'strategic_partner'] as const;
    const floors = c.object(at, o.suggestFromShareOfWalletPct, levels);
    if (floors)
      rising(
        c,
        `${at}.`,
        levels.map((l): [string, number | null] => [l, c.number(`${at}.${l}`, floors[l], PCT)]),
        true,
      );
    c.number('orgRelationship.strategicPartnerMinStep', o.strategicPartnerMinStep, STEP);
  }
  const l = c.object('loyalty', loyalty, ['advocateMinShareOfWalletPct', 'groups']);
  if (!l) return;
  c.number('loyalty.advocateMinShareOfWalletPct', l.advocateMinShareOfWalletPct, PCT);
  const groupNames = ['advocate', 'multi_supplier', 'non_user'] as const;
  const groups = c.object('loyalty.groups', l.groups, groupNames);
  if (!groups) return;
  const seen = new Set<string>();
  for (const name of groupNames) {
    const at = `loyalty.groups.${name}`;
    const g = c.object(at, groups[name], ['strategy', 'subStates']);
    if (!g) continue;
    c.oneOf(`${at}.strategy`, g.strategy, MODEL_VALUES.loyalty);
    c.array(`${at}.subStates`, g.subStates, { minLength: 1 })?.forEach((item, i) => {
      const s = c.object(`${at}.subStates.${i}`, item, ['id', 'label', 'action']);
      if (!s) return;
      uniqueId(c, `${at}.subStates.${i}.id`, c.id(`${at}.subStates.${i}.id`, s.id), seen);
      text(c, `${at}.subStates.${i}.label`, s.label);
      text(c, `${at}.subStates.${i}.action`, s.action);
    });
  }
}

function paretoAndBcg(c: Checker, pareto: unknown, bcg: unknown): void {
  const p = c.object('pareto', pareto, ['cutPct']);
  if (p) c.number('pareto.cutPct', p.cutPct, { ...PCT, exclusive: true });
  const b = c.object('bcg', bcg, ['shareThresholdPct', 'mixShareThresholdPct', 'growthThresholdPct']);
  if (!b) return;
  c.number('bcg.shareThresholdPct', b.shareThresholdPct, PCT);
  c.number('bcg.mixShareThresholdPct', b.mixShareThresholdPct, PCT);
  c.number('bcg.growthThresholdPct', b.growthThresholdPct, GROWTH);
}

const SECTIONS = [
  'version',
  'purchaseGrid',
  'portfolio',
  'clp',
  'lifecycle',
  'relationshipStage',
  'kamStage',
  'orgRelationship',
  'loyalty',
  'pareto',
  'bcg',
] as const;

/** Checks a whole configuration; on success returns a copy the engines can trust. */
export function validateSegmentationConfig(input: unknown): SegmentationConfigValidation {
  const c = createChecker();
  const o = c.object('', input, SECTIONS);
  if (!o) return { ok: false, errors: c.errors.map((e) => (e.path ? e : { ...e, path: 'config' })) };
  c.oneOf('version', o.version, [1]);
  purchaseGrid(c, o.purchaseGrid);
  portfolio(c, o.portfolio);
  clp(c, o.clp);
  lifecycleAndStage(c, o.lifecycle, o.relationshipStage);
  kamStage(c, o.kamStage);
  relationshipAndLoyalty(c, o.orgRelationship, o.loyalty);
  paretoAndBcg(c, o.pareto, o.bcg);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, config: structuredClone(input) as SegmentationConfig };
}

// A company's segmentation configuration is data people edit; before it is saved every field is checked and
// each problem is reported with its path and a message key: grid cells (`purchaseGrid.cells.3.4`), weights
// that must sum to 100 (`portfolio.attractiveness`), ranges, thresholds that must rise, duplicate ids,
// unknown keys. The engines then trust the configuration and never re-check it per account.
import type { ErrorDetail } from '../shared/errors.ts';
import { type Checker, createChecker, GROWTH_PERCENT, type NumberRule, PERCENT } from './config-checker.ts';
import { checkRelationshipSections } from './relationship-config-checks.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { MODEL_VALUES } from './segmentation-types.ts';

export type SegmentationConfigValidation =
  | { ok: true; config: SegmentationConfig }
  | { ok: false; errors: ErrorDetail[] };

const FEN: NumberRule = { min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, integer: true };
const GRID_CLASSES = MODEL_VALUES.purchase_grid;

function purchaseGrid(c: Checker, v: unknown): void {
  const p = 'purchaseGrid';
  const o = c.object(p, v, ['windowMonths', 'xCutoffsPct', 'cells', 'yWhenMissing', 'vip']);
  if (!o) return;
  c.number(`${p}.windowMonths`, o.windowMonths, { min: 1, max: 36, integer: true });
  const cuts = c.array(`${p}.xCutoffsPct`, o.xCutoffsPct, { length: 3 });
  if (cuts) {
    const values = [0, 1, 2].map((i): [string, number | null] => [
      String(i),
      c.number(`${p}.xCutoffsPct.${i}`, cuts[i], { ...PERCENT, exclusive: true }),
    ]);
    c.rising(`${p}.xCutoffsPct.`, values, true);
  }
  const cells = c.array(`${p}.cells`, o.cells, { length: 5 });
  for (let x = 0; cells && x < 5; x++) {
    const row = c.array(`${p}.cells.${x}`, cells[x], { length: 5 });
    for (let y = 0; row && y < 5; y++) c.oneOf(`${p}.cells.${x}.${y}`, row[y], GRID_CLASSES);
  }
  c.oneOf(`${p}.yWhenMissing`, o.yWhenMissing, ['same_as_x', 0, 1, 2, 3, 4]);
  const vip = c.object(`${p}.vip`, o.vip, ['influenceThreshold']);
  if (vip) c.number(`${p}.vip.influenceThreshold`, vip.influenceThreshold, PERCENT);
}

function criteria(c: Checker, path: string, v: unknown, sources: readonly string[], seen: Set<string>): void {
  const list = c.array(path, v, { minLength: 1 });
  if (!list) return;
  const weights = list.map((item, i) => {
    const at = `${path}.${i}`;
    const o = c.object(at, item, ['key', 'label', 'weight', 'source']);
    if (!o) return null;
    c.uniqueId(`${at}.key`, c.id(`${at}.key`, o.key), seen);
    c.text(`${at}.label`, o.label);
    c.oneOf(`${at}.source`, o.source, sources);
    return c.number(`${at}.weight`, o.weight, PERCENT);
  });
  c.sumsTo100(path, weights);
}

function scale(c: Checker, path: string, v: unknown): void {
  const o = c.object(path, v, ['zeroAtPct', 'fullAtPct']);
  if (!o) return;
  const range: NumberRule = { min: -1000, max: 1000, decimals: 2 };
  const zero = c.number(`${path}.zeroAtPct`, o.zeroAtPct, range);
  const full = c.number(`${path}.fullAtPct`, o.fullAtPct, range);
  c.rising(
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
  c.number(`${p}.highThreshold`, o.highThreshold, PERCENT);
  c.number(`${p}.missingScore`, o.missingScore, PERCENT);
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
  c.number(`${p}.discountRatePct`, o.discountRatePct, PERCENT);
  c.number(`${p}.retentionPct`, o.retentionPct, PERCENT);
  const tierNames = ['standard', 'value', 'strategic'] as const;
  const tiers = c.object(`${p}.tiers`, o.tiers, tierNames);
  if (tiers) {
    const floors = tierNames.map((name) => {
      const t = c.object(`${p}.tiers.${name}`, tiers[name], ['minClpFen', 'minStrategicWeight']);
      return {
        name,
        fen: t ? c.number(`${p}.tiers.${name}.minClpFen`, t.minClpFen, FEN) : null,
        weight: t ? c.number(`${p}.tiers.${name}.minStrategicWeight`, t.minStrategicWeight, PERCENT) : null,
      };
    });
    c.rising(
      `${p}.tiers.`,
      floors.map((f): [string, number | null] => [`${f.name}.minClpFen`, f.fen]),
      false,
    );
    c.rising(
      `${p}.tiers.`,
      floors.map((f): [string, number | null] => [`${f.name}.minStrategicWeight`, f.weight]),
      false,
    );
  }
  const approach = c.object(`${p}.approach`, o.approach, MODEL_VALUES.clp_tier);
  if (approach) for (const tier of MODEL_VALUES.clp_tier) c.text(`${p}.approach.${tier}`, approach[tier]);
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
  c.number(`${at}.logisticsPctOfRevenue`, d.logisticsPctOfRevenue, PERCENT);
  c.number(`${at}.rebatePctOfRevenue`, d.rebatePctOfRevenue, PERCENT);
  c.number(`${at}.creditCostPctOfReceivable`, d.creditCostPctOfReceivable, PERCENT);
}

function paretoAndBcg(c: Checker, pareto: unknown, bcg: unknown): void {
  const p = c.object('pareto', pareto, ['cutPct']);
  if (p) c.number('pareto.cutPct', p.cutPct, { ...PERCENT, exclusive: true });
  const b = c.object('bcg', bcg, ['shareThresholdPct', 'mixShareThresholdPct', 'growthThresholdPct']);
  if (!b) return;
  c.number('bcg.shareThresholdPct', b.shareThresholdPct, PERCENT);
  c.number('bcg.mixShareThresholdPct', b.mixShareThresholdPct, PERCENT);
  c.number('bcg.growthThresholdPct', b.growthThresholdPct, GROWTH_PERCENT);
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
  checkRelationshipSections(c, o);
  paretoAndBcg(c, o.pareto, o.bcg);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, config: structuredClone(input) as SegmentationConfig };
}

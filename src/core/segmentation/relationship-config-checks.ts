// The relationship side of the segmentation configuration ([ACC-5] lifecycle, [SEG-4] relationship stage,
// [SEG-5] KAM stage, [SEG-6] organisation relationship, [SEG-7] loyalty): the checks behind
// validateSegmentationConfig for those sections, each problem named by its field path.
import { type Checker, GROWTH_PERCENT, PERCENT, STEP } from './config-checker.ts';
import { MODEL_VALUES } from './segmentation-types.ts';

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
  const decline = c.number(`${p}.declineGrowthPct`, s.declineGrowthPct, GROWTH_PERCENT);
  const formation = c.number(`${p}.formationGrowthPct`, s.formationGrowthPct, GROWTH_PERCENT);
  c.rising(
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
      c.uniqueId(`${at}.id`, c.id(`${at}.id`, q.id), seen);
      c.text(`${at}.text`, q.text);
      return c.number(`${at}.weight`, q.weight, PERCENT);
    });
    c.sumsTo100(`${p}.questionnaire`, weights);
  }
  const sw = c.object(`${p}.scoreWeights`, o.scoreWeights, ['questionnaire', 'shareOfWallet']);
  if (sw)
    c.sumsTo100(`${p}.scoreWeights`, [
      c.number(`${p}.scoreWeights.questionnaire`, sw.questionnaire, PERCENT),
      c.number(`${p}.scoreWeights.shareOfWallet`, sw.shareOfWallet, PERCENT),
    ]);
  const above = MODEL_VALUES.kam_stage.slice(1);
  const th = c.object(`${p}.thresholds`, o.thresholds, above);
  if (th)
    c.rising(
      `${p}.thresholds.`,
      above.map((s): [string, number | null] => [s, c.number(`${p}.thresholds.${s}`, th[s], PERCENT)]),
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
      c.text(`${at}.contact`, st.contact);
      return [
        `${s}.expectedShareOfWalletPct`,
        c.number(`${at}.expectedShareOfWalletPct`, st.expectedShareOfWalletPct, PERCENT),
      ];
    });
    c.rising(`${p}.stages.`, expected, false);
  }
  const risks = c.array(`${p}.disruptionRisks`, o.disruptionRisks);
  const seen = new Set<string>();
  risks?.forEach((item, i) => {
    const at = `${p}.disruptionRisks.${i}`;
    const r = c.object(at, item, ['id', 'kind', 'label', 'advice']);
    if (!r) return;
    c.uniqueId(`${at}.id`, c.id(`${at}.id`, r.id), seen);
    c.oneOf(`${at}.kind`, r.kind, ['internal', 'external']);
    c.text(`${at}.label`, r.label);
    c.text(`${at}.advice`, r.advice);
  });
}

function relationshipAndLoyalty(c: Checker, org: unknown, loyalty: unknown): void {
  const o = c.object('orgRelationship', org, ['suggestFromShareOfWalletPct', 'strategicPartnerMinStep']);
  if (o) {
    const at = 'orgRelationship.suggestFromShareOfWalletPct';
    const levels = ['major', 'core', 'strategic_partner'] as const;
    const floors = c.object(at, o.suggestFromShareOfWalletPct, levels);
    if (floors)
      c.rising(
        `${at}.`,
        levels.map((l): [string, number | null] => [l, c.number(`${at}.${l}`, floors[l], PERCENT)]),
        true,
      );
    c.number('orgRelationship.strategicPartnerMinStep', o.strategicPartnerMinStep, STEP);
  }
  const l = c.object('loyalty', loyalty, ['advocateMinShareOfWalletPct', 'groups']);
  if (!l) return;
  c.number('loyalty.advocateMinShareOfWalletPct', l.advocateMinShareOfWalletPct, PERCENT);
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
      c.uniqueId(`${at}.subStates.${i}.id`, c.id(`${at}.subStates.${i}.id`, s.id), seen);
      c.text(`${at}.subStates.${i}.label`, s.label);
      c.text(`${at}.subStates.${i}.action`, s.action);
    });
  }
}

/** Checks the lifecycle, relationshipStage, kamStage, orgRelationship and loyalty sections. */
export function checkRelationshipSections(c: Checker, config: Record<string, unknown>): void {
  lifecycleAndStage(c, config.lifecycle, config.relationshipStage);
  kamStage(c, config.kamStage);
  relationshipAndLoyalty(c, config.orgRelationship, config.loyalty);
}

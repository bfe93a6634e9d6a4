// seed 003, [SEG-4] 客户关系发展的四个阶段: exploration 考察期, formation 形成期, stable 稳定期, decline 退化期,
// from the trend of sales and the key decision-maker relationship ([SEG-6] step 0–4). In order:
//   no order yet, or first order less than `explorationMonths` ago        → exploration
//   no sales in the last 24 months                                         → decline
//   no sales in the same 12 months last year (restarted or new)           → formation
//   growth (last 12 months vs the 12 before, §9) ≤ declineGrowthPct       → decline
//   growth ≥ formationGrowthPct                                           → formation
//   decision-maker step assessed and below stableMinStep                  → formation
//   otherwise                                                             → stable

import { formatFen } from '../shared/money.ts';
import { type AccountHistory, windowSum, YEAR_MONTHS } from './account-history.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { growthPct, inRange, roundTo, valueLabel } from './segmentation-math.ts';
import type { AccountAssessment, ModelResult, RelationshipStage } from './segmentation-types.ts';

/** The relationship stage from the sales trend and the decision-maker step. */
export function classifyRelationshipStage(
  history: AccountHistory,
  assessment: AccountAssessment,
  config: SegmentationConfig,
): ModelResult {
  const cfg = config.relationshipStage;
  const revenue = windowSum(history.revenueByAge, 0, YEAR_MONTHS);
  const base = windowSum(history.revenueByAge, YEAR_MONTHS, YEAR_MONTHS);
  const growth = growthPct(revenue, base);
  const stepValue = inRange(assessment.decisionMakerStep, 0, 4);
  const step = stepValue !== null && Number.isInteger(stepValue) ? stepValue : null;
  const tenure = history.firstOrderAge === null ? 0 : history.firstOrderAge + 1;

  let value: RelationshipStage;
  let variant: string;
  if (history.firstOrderAge === null) [value, variant] = ['exploration', 'no_orders'];
  else if (tenure < cfg.explorationMonths) [value, variant] = ['exploration', 'new'];
  else if (revenue <= 0 && base <= 0) [value, variant] = ['decline', 'dormant'];
  else if (growth === null) [value, variant] = ['formation', 'no_base'];
  else if (growth <= cfg.declineGrowthPct) [value, variant] = ['decline', 'decline'];
  else if (growth >= cfg.formationGrowthPct) [value, variant] = ['formation', 'growing'];
  else if (step !== null && step < cfg.stableMinStep) [value, variant] = ['formation', 'relationship'];
  else [value, variant] = ['stable', step === null ? 'stable_unassessed' : 'stable'];

  return {
    model: 'relationship_stage',
    value,
    score: growth === null ? null : roundTo(growth, 1),
    explanation: {
      key: `segmentation.relationship_stage.${variant}`,
      params: {
        tenureMonths: tenure,
        explorationMonths: cfg.explorationMonths,
        revenueYuan: formatFen(revenue),
        growthPct: growth === null ? 0 : roundTo(growth, 1),
        declineGrowthPct: cfg.declineGrowthPct,
        formationGrowthPct: cfg.formationGrowthPct,
        step: step === null ? 'segmentation.dm_step.unknown' : `segmentation.dm_step.${step}`,
        minStep: `segmentation.dm_step.${cfg.stableMinStep}`,
        value: valueLabel('relationship_stage', value),
      },
    },
    inputs: {
      tenureMonths: tenure,
      revenueFen: revenue,
      previousYearRevenueFen: base,
      growthPct: growth === null ? null : roundTo(growth, 1),
      decisionMakerStep: step,
    },
  };
}

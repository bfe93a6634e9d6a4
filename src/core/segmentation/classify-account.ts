// [SEG] every account-level classification of one account for one period, in ACCOUNT_MODEL_KEYS order, with
// the people's overrides applied. The facts are folded once and X/Y computed once; the configuration is
// trusted (validate it once with validateSegmentationConfig when it is saved, not per account). The BCG of
// product lines has another grain (account × product line): classifyProductLinesBcg.
import { summarizeHistory } from './account-history.ts';
import { applyOverride } from './apply-override.ts';
import { classifyClpTier } from './clp-tier.ts';
import { classifyKamStage } from './kam-stage.ts';
import { classifyLifecycle } from './lifecycle.ts';
import { classifyLoyalty } from './loyalty.ts';
import { classifyOrgRelationship } from './org-relationship.ts';
import { classifyPareto } from './pareto.ts';
import type { PopulationStats } from './population-stats.ts';
import { classifyPortfolio } from './portfolio.ts';
import { classifyPurchaseGrid, purchaseLevels } from './purchase-grid.ts';
import { classifyRelationshipStage } from './relationship-stage.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import type { AccountAssessment, AccountFacts, ModelResult } from './segmentation-types.ts';

const NOT_ASSESSED: AccountAssessment = {};

/** All nine account-level results of the period 'YYYY-MM-01' (throws a validation error for another format). */
export function classifyAccount(
  facts: AccountFacts,
  assessment: AccountAssessment | null | undefined,
  stats: PopulationStats,
  config: SegmentationConfig,
  period: string,
): ModelResult[] {
  const a = assessment ?? NOT_ASSESSED;
  const history = summarizeHistory(facts, period);
  const levels = purchaseLevels(history, a, stats, config);
  const results = [
    classifyPurchaseGrid(history, a, stats, config, levels),
    classifyPortfolio(history, a, levels, config),
    classifyClpTier(history, a, config),
    classifyLifecycle(history, config),
    classifyRelationshipStage(history, a, config),
    classifyKamStage(a, config),
    classifyOrgRelationship(a, config),
    classifyLoyalty(history, a, config),
    classifyPareto(facts.accountId, stats, config),
  ];
  const overrides = a.overrides;
  if (!overrides) return results;
  return results.map((r) => applyOverride(r, overrides[r.model as keyof typeof overrides]));
}

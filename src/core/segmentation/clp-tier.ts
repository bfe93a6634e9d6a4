// seed 003, [SEG-3] 基于 CLP 的客户等级划分: transactional 交易型, standard 标准型, value 价值型, strategic 战略型.
// CLP (customer lifetime profit) is the textbook CLV ([VAL-2], clv.ts) of the last 12 months' net contribution
// (gross profit − cost to serve, account-pnl.ts) over the configured horizon, retention and discount rate.
// The tier is the highest one whose CLP floor and strategic-weight floor the account both reaches; an
// account nobody weighted counts strategic weight 0. Each tier carries a relationship-development approach
// (config clp.approach), returned in the inputs for the plan.

import { formatFen } from '../shared/money.ts';
import { type AccountHistory, windowSum, YEAR_MONTHS } from './account-history.ts';
import { computeAccountPnl, resolveCostDrivers } from './account-pnl.ts';
import { textbookClv } from './clv.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { inRange, valueLabel } from './segmentation-math.ts';
import type { AccountAssessment, ClpTier, ModelResult } from './segmentation-types.ts';

const TIERS_HIGH_FIRST = ['strategic', 'value', 'standard'] as const;

/** The CLP tier of an account from its trailing-year P&L and its strategic weight. */
export function classifyClpTier(
  history: AccountHistory,
  assessment: AccountAssessment,
  config: SegmentationConfig,
): ModelResult {
  const cfg = config.clp;
  const { drivers, fromAccount } = resolveCostDrivers(cfg.costDriverDefaults, assessment.costDrivers);
  const pnl = computeAccountPnl(
    {
      revenueFen: windowSum(history.revenueByAge, 0, YEAR_MONTHS),
      costFen: windowSum(history.costByAge, 0, YEAR_MONTHS),
      receivableFen: history.receivableFen,
    },
    drivers,
  );
  const clpFen = textbookClv(pnl.netContributionFen, cfg).clvFen;
  const assessedWeight = inRange(assessment.strategicWeight, 0, 100);
  const weight = assessedWeight ?? 0;
  let value: ClpTier = 'transactional';
  for (const tier of TIERS_HIGH_FIRST) {
    const t = cfg.tiers[tier];
    if (clpFen >= t.minClpFen && weight >= t.minStrategicWeight) {
      value = tier;
      break;
    }
  }
  return {
    model: 'clp_tier',
    value,
    score: clpFen,
    explanation: {
      key: 'segmentation.clp_tier.explain',
      params: {
        clpYuan: formatFen(clpFen),
        netYuan: formatFen(pnl.netContributionFen),
        grossProfitYuan: formatFen(pnl.grossProfitFen),
        costToServeYuan: formatFen(pnl.costToServe.totalFen),
        horizonYears: cfg.horizonYears,
        retentionPct: cfg.retentionPct,
        discountRatePct: cfg.discountRatePct,
        strategicWeight: weight,
        weightBasis: assessedWeight === null ? 'segmentation.clp_tier.weight_missing' : 'segmentation.empty',
        value: valueLabel('clp_tier', value),
      },
    },
    inputs: {
      formula: 'textbook',
      clpFen,
      revenueFen: pnl.revenueFen,
      grossProfitFen: pnl.grossProfitFen,
      costToServeFen: pnl.costToServe.totalFen,
      netContributionFen: pnl.netContributionFen,
      horizonYears: cfg.horizonYears,
      retentionPct: cfg.retentionPct,
      discountRatePct: cfg.discountRatePct,
      strategicWeight: assessedWeight,
      driversFromAccount: fromAccount,
      receivableFen: history.receivableFen,
    },
  };
}

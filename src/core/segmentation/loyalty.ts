// seed 001, [SEG-7] 客户忠诚度和产品使用: three groups, each with sub-states and a tactic, and a strategy per
// group — advocates/heavy users → maintain 维持现状; buys us among others → full expansion 全面拓展; does not
// use us → change perception 转变认识 (the group → strategy map and the sub-states are configuration). The
// group is what people assessed; when nobody did, it is derived: no sales in the last 12 months → does not
// use us; share of wallet at or above the advocate floor → advocate; otherwise buys us among others.
import { type AccountHistory, windowSum, YEAR_MONTHS } from './account-history.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { inRange, valueLabel } from './segmentation-math.ts';
import type { AccountAssessment, LoyaltyGroup, ModelResult } from './segmentation-types.ts';

const isGroup = (value: unknown): value is LoyaltyGroup =>
  value === 'advocate' || value === 'multi_supplier' || value === 'non_user';

/** The loyalty/usage group, sub-state and the strategy it calls for. */
export function classifyLoyalty(
  history: AccountHistory,
  assessment: AccountAssessment,
  config: SegmentationConfig,
): ModelResult {
  const cfg = config.loyalty;
  const share = inRange(assessment.shareOfWalletPct, 0, 100);
  const revenue = windowSum(history.revenueByAge, 0, YEAR_MONTHS);
  const assessedGroup = assessment.loyalty?.group;
  let group: LoyaltyGroup;
  let variant: string;
  if (isGroup(assessedGroup)) [group, variant] = [assessedGroup, 'assessed'];
  else if (revenue <= 0) [group, variant] = ['non_user', 'derived_non_user'];
  else if (share === null) [group, variant] = ['multi_supplier', 'derived_unassessed'];
  else if (share >= cfg.advocateMinShareOfWalletPct) [group, variant] = ['advocate', 'derived_advocate'];
  else [group, variant] = ['multi_supplier', 'derived_multi_supplier'];
  const groupConfig = cfg.groups[group];
  const subStateId = variant === 'assessed' ? assessment.loyalty?.subState : null;
  const subState = subStateId ? (groupConfig.subStates.find((s) => s.id === subStateId) ?? null) : null;
  const value = groupConfig.strategy;
  return {
    model: 'loyalty',
    value,
    score: null,
    explanation: {
      key: `segmentation.loyalty.${variant}`,
      params: {
        group: `segmentation.loyalty_group.${group}`,
        sharePct: share ?? 0,
        advocateMinSharePct: cfg.advocateMinShareOfWalletPct,
        value: valueLabel('loyalty', value),
      },
    },
    inputs: {
      group,
      subState: subState?.id ?? null,
      basis: variant === 'assessed' ? 'assessment' : 'derived',
      shareOfWalletPct: share,
      revenueFen: revenue,
    },
  };
}

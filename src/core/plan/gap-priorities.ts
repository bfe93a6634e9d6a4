// seed 002, [PLAN-5] 关系差距分析表: per (contact, our team member) the current and the desired relationship level
// on the [SEG-6] decision-maker scale 0 none, 1 liking 好感, 2 trust 信任, 3 shared interest 利益, 4 emotional
// bond 情感. gap = desired − current (never below 0: being ahead of the target is no gap); priority = the
// person's influence weight (config influenceWeights; `unknown` when the map has no influence for them) × gap.
// The table is sorted by priority, then gap, then the person's name, then our member's name.
import type { PlanConfig } from './plan-config-types.ts';
import type { InfluenceLevel } from './plan-types.ts';

export interface GapInput {
  id: number;
  contactName: string;
  userName: string;
  currentLevel: number;
  desiredLevel: number;
  influence: InfluenceLevel | null;
}

export interface GapPriority {
  id: number;
  gap: number;
  influenceWeight: number;
  priority: number;
}

/** The gap rows with gap and priority, most urgent first. */
export function gapPriorities<T extends GapInput>(
  rows: readonly T[],
  weights: PlanConfig['influenceWeights'],
): Array<T & GapPriority> {
  return rows
    .map((row) => {
      const gap = Math.max(0, row.desiredLevel - row.currentLevel);
      const influenceWeight = row.influence ? weights[row.influence] : weights.unknown;
      return { ...row, gap, influenceWeight, priority: Math.round(influenceWeight * gap * 100) / 100 };
    })
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        b.gap - a.gap ||
        a.contactName.localeCompare(b.contactName, 'zh-CN') ||
        a.userName.localeCompare(b.userName, 'zh-CN') ||
        a.id - b.id,
    );
}

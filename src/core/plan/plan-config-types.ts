// The company's plan settings ([PLAN-5], [PLAN-7], [PLAN-8]): data people edit, validated once when saved
// (plan-config-validator.ts), defaults in plan-config-defaults.ts.
import type { NodeLevel } from './plan-types.ts';

/** [PLAN-8] health rules, each with a weight; the weights sum to 100 (a weight of 0 switches a rule off). */
export const HEALTH_RULE_IDS = [
  'decisionMaker',
  'sponsor',
  'coach',
  'staleContacts',
  'uncoveredOpponents',
  'actionDueThisMonth',
  'overdueActions',
  'goalsSmart',
  'strategicMap',
  'opportunities',
] as const;
export type HealthRuleId = (typeof HEALTH_RULE_IDS)[number];

export interface PlanConfig {
  version: 1;
  /** [PLAN-5] priority = influence weight × gap; `unknown` when the person has no influence set. */
  influenceWeights: { high: number; medium: number; low: number; unknown: number };
  /** [PLAN-7] SMART thresholds. */
  smart: {
    /** S: the title has at least this many characters (after trimming) and a metric is named. */
    specificMinTitleChars: number;
    /** A: |target − baseline| ÷ |baseline| may not exceed this percentage. */
    achievableMaxChangePct: number;
    /** A: a baseline of 0 (new business) passes; otherwise it cannot be judged and fails. */
    achievableFromZero: boolean;
    /** R: the goal (or its parent goal) is linked to a node of one of these levels. */
    relevantLevels: NodeLevel[];
  };
  /** [PLAN-8] health score = Σ weights of the rules that pass. */
  health: {
    weights: Record<HealthRuleId, number>;
    /** staleContacts passes while at most this percentage of the map's contacts are stale. */
    maxStaleContactsPct: number;
  };
}

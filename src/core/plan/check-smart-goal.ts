// seed 002, [PLAN-7]: goals are checked against SMART and the failing letters are shown with the reason.
// Criteria from stored fields, thresholds from the plan config (`smart`):
//   S specific   — the title has at least specificMinTitleChars characters and a metric is named;
//   M measurable — a target value is set;
//   A achievable — a baseline is set and |target − baseline| ÷ |baseline| ≤ achievableMaxChangePct
//                  (a baseline of 0 passes only when achievableFromZero);
//   R relevant   — the goal, or for a sub-goal its parent, is linked to a node of a relevantLevels level;
//   T time-bound — a due date inside the plan year (1 Jan … 31 Dec).
import type { PlanConfig } from './plan-config-types.ts';
import type { NodeLevel } from './plan-types.ts';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface SmartGoalInput {
  title: string;
  metric: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  dueDate: string | null;
  /** Level of the linked node (of the goal, or of its parent when the goal has none). */
  linkedLevel: NodeLevel | null;
}

export interface SmartFailure {
  letter: SmartLetter;
  /** Message key saying why (plan.smart.*), with params. */
  reason: string;
  params?: Record<string, string | number>;
}

export interface SmartResult {
  passed: boolean;
  failing: SmartFailure[];
}

/** Which SMART letters a goal fails and why. */
export function checkSmartGoal(
  goal: SmartGoalInput,
  planYear: number,
  config: PlanConfig['smart'],
): SmartResult {
  const failing: SmartFailure[] = [];
  const title = goal.title.trim();
  if ([...title].length < config.specificMinTitleChars)
    failing.push({
      letter: 'S',
      reason: 'plan.smart.title_too_short',
      params: { min: config.specificMinTitleChars },
    });
  else if (!goal.metric?.trim()) failing.push({ letter: 'S', reason: 'plan.smart.no_metric' });
  if (goal.targetValue === null) failing.push({ letter: 'M', reason: 'plan.smart.no_target' });
  if (goal.baselineValue === null) failing.push({ letter: 'A', reason: 'plan.smart.no_baseline' });
  else if (goal.targetValue !== null) {
    if (goal.baselineValue === 0) {
      if (!config.achievableFromZero) failing.push({ letter: 'A', reason: 'plan.smart.zero_baseline' });
    } else {
      const changePct =
        (Math.abs(goal.targetValue - goal.baselineValue) * 100) / Math.abs(goal.baselineValue);
      if (changePct > config.achievableMaxChangePct)
        failing.push({
          letter: 'A',
          reason: 'plan.smart.change_too_large',
          params: { change: Math.round(changePct), max: config.achievableMaxChangePct },
        });
    }
  }
  if (goal.linkedLevel === null || !config.relevantLevels.includes(goal.linkedLevel))
    failing.push({ letter: 'R', reason: 'plan.smart.not_linked' });
  if (goal.dueDate === null) failing.push({ letter: 'T', reason: 'plan.smart.no_due_date' });
  else if (goal.dueDate < `${planYear}-01-01` || goal.dueDate > `${planYear}-12-31`)
    failing.push({ letter: 'T', reason: 'plan.smart.due_outside_year', params: { year: planYear } });
  return { passed: failing.length === 0, failing };
}

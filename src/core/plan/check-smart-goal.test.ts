import { describe, expect, it } from 'vitest';
import { checkSmartGoal, type SmartGoalInput } from './check-smart-goal.ts';
import { DEFAULT_PLAN_CONFIG } from './plan-config-defaults.ts';

const smart = DEFAULT_PLAN_CONFIG.smart;
const good: SmartGoalInput = {
  title: '提升包材份额',
  metric: '份额 %',
  baselineValue: 30,
  targetValue: 45,
  dueDate: '2026-12-31',
  linkedLevel: 'objective',
};
const letters = (patch: Partial<SmartGoalInput>, config = smart) =>
  checkSmartGoal({ ...good, ...patch }, 2026, config).failing.map((f) => `${f.letter}:${f.reason}`);

describe('seed 002 [PLAN-7] SMART check names each failing letter and why', () => {
  it.each<[string, Partial<SmartGoalInput>, string[]]>([
    ['a complete goal passes', {}, []],
    ['S: title of 3 characters (min 4)', { title: ' 提份额 ' }, ['S:plan.smart.title_too_short']],
    ['S: title of exactly 4 characters passes', { title: '提升份额' }, []],
    ['S: no metric', { metric: '  ' }, ['S:plan.smart.no_metric']],
    ['M: no target', { targetValue: null }, ['M:plan.smart.no_target']],
    ['A: no baseline', { baselineValue: null }, ['A:plan.smart.no_baseline']],
    ['A: +100% is the limit', { baselineValue: 30, targetValue: 60 }, []],
    ['A: +101% is too much', { baselineValue: 100, targetValue: 201 }, ['A:plan.smart.change_too_large']],
    ['A: a fall counts too (−100%)', { baselineValue: 100, targetValue: 0 }, []],
    ['A: from zero passes by default', { baselineValue: 0, targetValue: 50 }, []],
    ['R: not linked', { linkedLevel: null }, ['R:plan.smart.not_linked']],
    ['R: linked to a need', { linkedLevel: 'need' }, []],
    ['R: linked to an action is not relevant', { linkedLevel: 'action' }, ['R:plan.smart.not_linked']],
    ['T: no due date', { dueDate: null }, ['T:plan.smart.no_due_date']],
    ['T: 1 January is inside', { dueDate: '2026-01-01' }, []],
    ['T: 31 December of the year before', { dueDate: '2025-12-31' }, ['T:plan.smart.due_outside_year']],
    ['T: 1 January after', { dueDate: '2027-01-01' }, ['T:plan.smart.due_outside_year']],
    [
      'several letters at once',
      { title: 'x', targetValue: null, dueDate: null },
      ['S:plan.smart.title_too_short', 'M:plan.smart.no_target', 'T:plan.smart.no_due_date'],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(letters(patch)).toEqual(expected);
  });

  it('thresholds are config: from zero refused, 50% limit', () => {
    const strict = { ...smart, achievableFromZero: false, achievableMaxChangePct: 50 };
    expect(letters({ baselineValue: 0, targetValue: 5 }, strict)).toEqual(['A:plan.smart.zero_baseline']);
    expect(letters({ baselineValue: 30, targetValue: 46 }, strict)).toEqual([
      'A:plan.smart.change_too_large',
    ]);
    expect(letters({ baselineValue: 30, targetValue: 45 }, strict)).toEqual([]);
  });

  it('passed is true only without failures', () => {
    expect(checkSmartGoal(good, 2026, smart).passed).toBe(true);
    expect(checkSmartGoal({ ...good, dueDate: null }, 2026, smart).passed).toBe(false);
  });
});

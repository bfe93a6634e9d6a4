import { describe, expect, it } from 'vitest';
import {
  diffTrees,
  redistribute,
  rollUp,
  setLock,
  setMethods,
  setMonth,
  setTotal,
  validateTree,
} from './decompose-target-tree.ts';
import type { TargetTree, TreeResult } from './target-tree.ts';
import {
  fixtureHistory,
  fixtureTree,
  monthsOf,
  NO_HISTORY,
  REGION_HISTORY,
  regionTree,
  totalOf,
} from './target-tree-fixtures.ts';
import type { TargetMetric } from './target-types.ts';

const ok = (result: TreeResult): TargetTree => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(validateTree(result.tree)).toEqual([]);
  return result.tree;
};
const problemKeys = (result: TreeResult) => (result.ok ? [] : result.problems.map((p) => p.messageKey));
const each = (value: number) => Array(12).fill(value);
const lock = (
  tree: TargetTree,
  key: string,
  what: { month?: number; total?: boolean },
  metric: TargetMetric = 'revenue',
) => ok(setLock(tree, key, metric, what, true));
/** The region tree with a company revenue of 120,000 split down: east/west 5,000 a month, c1 4,000, c2 1,000. */
const planned = () => ok(setTotal(regionTree(), 'company', 'revenue', 120_000, REGION_HISTORY));

describe('[TGT-2] setTotal: months by the time method, children by the split method, all the way down', () => {
  it('company 120,000 evenly by month; regions evenly; east 80/20 by last year; west evenly', () => {
    const result = setTotal(regionTree(), 'company', 'revenue', 120_000, REGION_HISTORY);
    const tree = ok(result);
    expect(monthsOf(tree, 'company')).toEqual(each(10_000));
    expect(monthsOf(tree, 'east')).toEqual(each(5_000));
    expect(monthsOf(tree, 'east/c1')).toEqual(each(4_000));
    expect(monthsOf(tree, 'east/c2')).toEqual(each(1_000));
    expect(monthsOf(tree, 'west/c3')).toEqual(each(2_500));
    expect(result.ok && result.explanations).toEqual([
      { nodeKey: 'company', metric: 'revenue', messageKey: 'target.explain.time_even', values: {} },
      { nodeKey: 'east', metric: 'revenue', messageKey: 'target.explain.split_even', values: { count: 2 } },
      {
        nodeKey: 'east/c1',
        metric: 'revenue',
        messageKey: 'target.explain.split_history_share',
        values: { share: '80.0%' },
      },
      {
        nodeKey: 'east/c2',
        metric: 'revenue',
        messageKey: 'target.explain.split_history_share',
        values: { share: '20.0%' },
      },
      { nodeKey: 'west', metric: 'revenue', messageKey: 'target.explain.split_even', values: { count: 2 } },
      {
        nodeKey: 'west/c3',
        metric: 'revenue',
        messageKey: 'target.explain.split_even',
        values: { count: 2 },
      },
      {
        nodeKey: 'west/c4',
        metric: 'revenue',
        messageKey: 'target.explain.split_even',
        values: { count: 2 },
      },
    ]);
  });

  it('a region set on its own takes its seasonality; the company rolls up', () => {
    const tree = ok(setTotal(regionTree(), 'east', 'revenue', 12_000, REGION_HISTORY));
    expect(monthsOf(tree, 'east')).toEqual([2_000, ...Array(10).fill(1_000), 0]);
    expect(monthsOf(tree, 'east/c1')).toEqual([1_600, ...Array(10).fill(800), 0]);
    expect(monthsOf(tree, 'company')).toEqual(monthsOf(tree, 'east'));
  });

  it('a fen that does not divide goes to the earliest months (ties → lower index)', () => {
    const tree = ok(setTotal(regionTree(), 'company', 'revenue', 13, NO_HISTORY));
    expect(monthsOf(tree, 'company')).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(totalOf(tree, 'east') + totalOf(tree, 'west')).toBe(13);
  });

  it('leaves the tree it was given untouched', () => {
    const before = regionTree();
    setTotal(before, 'company', 'revenue', 120_000, NO_HISTORY);
    expect(totalOf(before, 'company')).toBe(0);
  });
});

describe('[TGT-2] locks: locked months, totals and children keep their values while the rest re-balances', () => {
  it('a locked month of the node keeps its value; the other months share the rest', () => {
    const tree = ok(
      setTotal(lock(planned(), 'company', { month: 1 }), 'company', 'revenue', 230_000, NO_HISTORY),
    );
    expect(monthsOf(tree, 'company')).toEqual([10_000, ...each(20_000).slice(1)]);
  });

  it('a child with a locked total keeps all its months; its sibling absorbs the change', () => {
    const tree = ok(
      setTotal(lock(planned(), 'east/c1', { total: true }), 'company', 'revenue', 240_000, NO_HISTORY),
    );
    expect(monthsOf(tree, 'east/c1')).toEqual(each(4_000));
    expect(monthsOf(tree, 'east/c2')).toEqual(each(6_000));
  });

  it('a child locked in one month keeps that month only', () => {
    const tree = ok(
      setTotal(lock(planned(), 'east/c1', { month: 2 }), 'company', 'revenue', 240_000, REGION_HISTORY),
    );
    expect(monthsOf(tree, 'east/c1').slice(0, 3)).toEqual([8_000, 4_000, 8_000]);
    expect(monthsOf(tree, 'east/c2').slice(0, 3)).toEqual([2_000, 6_000, 2_000]);
  });

  it('under a locked company total, setting a region re-balances the other region by the year', () => {
    const tree = ok(
      setTotal(lock(planned(), 'company', { total: true }), 'east', 'revenue', 84_000, REGION_HISTORY),
    );
    expect(totalOf(tree, 'company')).toBe(120_000);
    expect(monthsOf(tree, 'east')).toEqual([14_000, ...Array(10).fill(7_000), 0]);
    expect(monthsOf(tree, 'west')).toEqual(each(3_000));
    expect(monthsOf(tree, 'company')).toEqual([17_000, ...Array(10).fill(10_000), 3_000]);
  });

  it('under a locked company month, the other region gives up that month', () => {
    const tree = ok(
      setMonth(lock(planned(), 'company', { month: 3 }), 'east', 'revenue', 3, 8_000, NO_HISTORY),
    );
    expect(monthsOf(tree, 'company')[2]).toBe(10_000);
    expect(monthsOf(tree, 'west')[2]).toBe(2_000);
    expect(monthsOf(tree, 'west/c3')[2]).toBe(1_000);
  });

  it.each([
    [
      'a locked total cannot change',
      (t: TargetTree) => setTotal(lock(t, 'company', { total: true }), 'company', 'revenue', 1, NO_HISTORY),
      'target.problem.locked_total',
    ],
    [
      'locked months above the new total',
      (t: TargetTree) => setTotal(lock(t, 'company', { month: 1 }), 'company', 'revenue', 9_000, NO_HISTORY),
      'target.problem.locked_exceeds',
    ],
    [
      'a locked month cannot be typed',
      (t: TargetTree) => setMonth(lock(t, 'east', { month: 4 }), 'east', 'revenue', 4, 1, NO_HISTORY),
      'target.problem.locked_month',
    ],
    [
      'a region above the locked company with the other region locked',
      (t: TargetTree) =>
        setTotal(
          lock(lock(t, 'company', { total: true }), 'west', { total: true }),
          'east',
          'revenue',
          70_000,
          NO_HISTORY,
        ),
      'target.problem.locked_parent',
    ],
    [
      'a region above the locked company total',
      (t: TargetTree) =>
        setTotal(lock(t, 'company', { total: true }), 'east', 'revenue', 130_000, NO_HISTORY),
      'target.problem.above_locked_parent',
    ],
    [
      'a region month above the locked company month',
      (t: TargetTree) => setMonth(lock(t, 'company', { month: 5 }), 'east', 'revenue', 5, 10_001, NO_HISTORY),
      'target.problem.above_locked_parent',
    ],
    [
      'a month below what the locked children hold',
      (t: TargetTree) =>
        setMonth(
          lock(lock(t, 'east/c1', { month: 6 }), 'east/c2', { total: true }),
          'east',
          'revenue',
          6,
          4_999,
          NO_HISTORY,
        ),
      'target.problem.children_fixed',
    ],
    [
      'a total below what a locked child holds',
      (t: TargetTree) => setTotal(lock(t, 'east/c1', { total: true }), 'east', 'revenue', 40_000, NO_HISTORY),
      'target.problem.children_exceed',
    ],
    [
      'a negative revenue',
      (t: TargetTree) => setTotal(t, 'company', 'revenue', -1, NO_HISTORY),
      'target.problem.negative',
    ],
    [
      'a negative month',
      (t: TargetTree) => setMonth(t, 'east/c1', 'revenue', 1, -1, NO_HISTORY),
      'target.problem.negative',
    ],
    [
      'a fraction',
      (t: TargetTree) => setTotal(t, 'company', 'revenue', 1.5, NO_HISTORY),
      'target.problem.not_integer',
    ],
    [
      'month 13',
      (t: TargetTree) => setMonth(t, 'company', 'revenue', 13, 1, NO_HISTORY),
      'target.problem.bad_month',
    ],
    [
      'an unknown node',
      (t: TargetTree) => setTotal(t, 'nowhere', 'revenue', 1, NO_HISTORY),
      'target.problem.unknown_node',
    ],
    [
      'a metric the plan does not have',
      (t: TargetTree) => setTotal(t, 'company', 'visits', 1, NO_HISTORY),
      'target.problem.unknown_metric',
    ],
  ])('refused: %s', (_, run, key) => {
    const result = run(planned());
    expect(result.ok).toBe(false);
    expect(problemKeys(result)).toContain(key);
  });

  it('a problem names the node, metric and month', () => {
    const result = setMonth(
      lock(planned(), 'company', { month: 5 }),
      'east',
      'revenue',
      5,
      10_001,
      NO_HISTORY,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        nodeKey: 'east',
        metric: 'revenue',
        month: 5,
        messageKey: 'target.problem.above_locked_parent',
        values: { parent: '公司', value: 10_000, sum: 10_001 },
      },
    ]);
  });
});

describe('[TGT-1] only gross profit may be negative (a unit planned at a loss)', () => {
  it('splits a negative gross-profit target exactly', () => {
    const tree = ok(
      setTotal(regionTree(['revenue', 'gross_profit']), 'company', 'gross_profit', -1_201, NO_HISTORY),
    );
    expect(totalOf(tree, 'company', 'gross_profit')).toBe(-1_201);
    expect(monthsOf(tree, 'company', 'gross_profit')[0]).toBe(-101);
    expect(totalOf(tree, 'east', 'gross_profit') + totalOf(tree, 'west', 'gross_profit')).toBe(-1_201);
  });
});

describe('[TGT-2] setMonth', () => {
  it('types one month; the year and the ancestors follow', () => {
    const tree = ok(setMonth(planned(), 'west/c3', 'revenue', 12, 7_500, NO_HISTORY));
    expect(monthsOf(tree, 'west')[11]).toBe(10_000);
    expect(totalOf(tree, 'company')).toBe(125_000);
  });

  it('with a locked year total the other unlocked months give the difference back', () => {
    const tree = ok(
      setMonth(
        lock(lock(planned(), 'company', { total: true }), 'company', { month: 1 }),
        'company',
        'revenue',
        2,
        21_000,
        NO_HISTORY,
      ),
    );
    expect(monthsOf(tree, 'company')).toEqual([10_000, 21_000, ...Array(10).fill(8_900)]);
    expect(totalOf(tree, 'company')).toBe(120_000);
  });
});

describe('[TGT-3] manual split: children keep what people typed; the node is their roll-up', () => {
  const manualTree = () =>
    fixtureTree([
      { key: 'company', parentKey: null },
      { key: 'north', parentKey: 'company', split: 'manual' },
      { key: 'north/a', parentKey: 'north' },
      { key: 'north/b', parentKey: 'north' },
      { key: 'south', parentKey: 'company' },
    ]);

  it('typing children rolls up into the manual node; its own total cannot be typed', () => {
    let tree = ok(setTotal(manualTree(), 'north/a', 'revenue', 1_200, NO_HISTORY));
    tree = ok(setTotal(tree, 'north/b', 'revenue', 2_400, NO_HISTORY));
    expect(totalOf(tree, 'north')).toBe(3_600);
    expect(problemKeys(setTotal(tree, 'north', 'revenue', 1, NO_HISTORY))).toEqual([
      'target.problem.manual_rollup',
    ]);
  });

  it('a manual node is not split from above: the company change goes to the other region', () => {
    const typed = ok(setTotal(manualTree(), 'north/a', 'revenue', 1_200, NO_HISTORY));
    const tree = ok(setTotal(typed, 'company', 'revenue', 12_000, NO_HISTORY));
    expect(totalOf(tree, 'north')).toBe(1_200);
    expect(totalOf(tree, 'south')).toBe(10_800);
  });
});

describe('[TGT-3] setMethods + redistribute: the preview of new methods keeps the total', () => {
  it('switching the company to seasonality reshapes the year, not the total', () => {
    const history = fixtureHistory({}, { company: [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });
    const changed = ok(setMethods(planned(), 'company', { timeMethod: 'seasonality' }));
    const result = redistribute(changed, 'company', 'all', history);
    const tree = ok(result);
    // 120,000 × 3/14 = 25,714.29; × 1/14 = 8,571.43 — the five spare fen go to the larger remainders (.43)
    expect(monthsOf(tree, 'company')).toEqual([25_714, ...Array(5).fill(8_572), ...Array(6).fill(8_571)]);
    expect(totalOf(tree, 'company')).toBe(120_000);
    const diff = diffTrees(planned(), tree);
    expect(diff.totals.find((t) => t.nodeKey === 'company')).toBeUndefined();
    expect(diff.changes.find((c) => c.nodeKey === 'company' && c.month === 1)).toEqual({
      nodeKey: 'company',
      metric: 'revenue',
      month: 1,
      before: 10_000,
      after: 25_714,
    });
  });

  it('redistribute re-applies a new split method below the node', () => {
    const changed = ok(setMethods(planned(), 'west', { splitMethod: 'history_share' }));
    const history = fixtureHistory({ 'west/c3': 3, 'west/c4': 1 });
    const tree = ok(redistribute(changed, 'west', 'revenue', history));
    expect(monthsOf(tree, 'west/c3')).toEqual(each(3_750));
    expect(monthsOf(tree, 'west/c4')).toEqual(each(1_250));
  });

  it.each([
    [{ params: { uplifts: [{ month: 0, percent: 10 }] } }, 'target.problem.bad_uplift_month'],
    [{ params: { typeWeights: { retail: -1 } } }, 'target.problem.bad_type_weight'],
  ])('refuses bad params %j', (change, key) => {
    expect(problemKeys(setMethods(planned(), 'company', change))).toEqual([key]);
  });
});

describe('[TGT-2] rollUp, validateTree, diffTrees', () => {
  it('rollUp makes every parent the sum of its leaves', () => {
    let tree = regionTree();
    const cells = new Map(tree.cells);
    cells.set(
      'east/c1',
      new Map([['revenue', { months: each(5), lockedMonths: Array(12).fill(false), totalLocked: false }]]),
    );
    cells.set(
      'west/c4',
      new Map([['revenue', { months: each(7), lockedMonths: Array(12).fill(false), totalLocked: false }]]),
    );
    tree = { ...tree, cells };
    expect(validateTree(tree).map((p) => p.messageKey)).toContain('target.problem.sum_mismatch');
    const rolled = ok(rollUp(tree));
    expect(monthsOf(rolled, 'company')).toEqual(each(12));
  });

  it('rollUp refuses to overwrite a locked parent month', () => {
    const locked = lock(regionTree(), 'east', { month: 1 });
    const cells = new Map(locked.cells);
    cells.set(
      'east/c1',
      new Map([['revenue', { months: each(5), lockedMonths: Array(12).fill(false), totalLocked: false }]]),
    );
    const result = rollUp({ ...locked, cells });
    expect(result.ok ? [] : result.problems.map((p) => [p.nodeKey, p.month, p.messageKey])).toEqual([
      ['east', 1, 'target.problem.rollup_locked'],
    ]);
  });

  it('validateTree names negative and fractional cells', () => {
    const tree = regionTree();
    const cells = new Map(tree.cells);
    const months = each(0);
    months[2] = -3;
    months[3] = 0.5;
    cells.set(
      'west/c3',
      new Map([['revenue', { months, lockedMonths: Array(12).fill(false), totalLocked: false }]]),
    );
    expect(validateTree({ ...tree, cells }).map((p) => [p.nodeKey, p.month, p.messageKey])).toEqual([
      ['west/c3', 3, 'target.problem.negative'],
      ['west/c3', 4, 'target.problem.not_integer'],
    ]);
  });

  it('diffTrees lists changed months, totals and locks', () => {
    const before = planned();
    const after = lock(ok(setMonth(before, 'east/c2', 'revenue', 7, 1_500, NO_HISTORY)), 'east/c2', {
      month: 7,
    });
    const diff = diffTrees(before, after);
    expect(diff.changes.map((c) => [c.nodeKey, c.month, c.before, c.after])).toEqual([
      ['company', 7, 10_000, 10_500],
      ['east', 7, 5_000, 5_500],
      ['east/c2', 7, 1_000, 1_500],
    ]);
    expect(diff.totals.map((t) => [t.nodeKey, t.after])).toEqual([
      ['company', 120_500],
      ['east', 60_500],
      ['east/c2', 12_500],
    ]);
    expect(diff.locks).toEqual([{ nodeKey: 'east/c2', metric: 'revenue', month: 7, locked: true }]);
    expect(diff.added).toEqual([]);
  });
});

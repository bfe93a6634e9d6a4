// Property tests of the decomposition engine ([TGT-2]): on random trees (depth ≤ 4, fan-out ≤ 5) with random
// methods, history and locks, every operation either returns a tree in which every parent equals the sum of its
// children for every metric and month, locked months keep their values, locked totals keep their sums, locked
// nodes off the edited path keep every month and nothing else changes metric — or it returns problems, each
// with a message in the catalogue. Every operation is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMessage } from '../shared/messages.ts';
import { buildTargetTree } from './build-target-tree.ts';
import {
  redistribute,
  rollUp,
  setLock,
  setMethods,
  setMonth,
  setTotal,
  validateTree,
} from './decompose-target-tree.ts';
import type { DecomposeHistory, TargetTree, TreeNode, TreeResult } from './target-tree.ts';
import { depthFirst } from './target-tree-work.ts';
import { SPLIT_METHODS, type TargetMetric, TIME_METHODS } from './target-types.ts';

type Shape = Shape[];
const shape = (depth: number): fc.Arbitrary<Shape> =>
  depth === 0 ? fc.constant([]) : fc.array(shape(depth - 1), { maxLength: 5 });

const METRICS: TargetMetric[] = ['revenue', 'gross_profit', 'visits'];

const attrs = fc.record({
  split: fc.constantFrom(...SPLIT_METHODS),
  time: fc.constantFrom(...TIME_METHODS),
  accountType: fc.constantFrom('key_account', 'distributor', 'retail', null),
  historyTotal: fc.option(fc.integer({ min: -50, max: 1_000_000 }), { nil: undefined }),
  monthly: fc.option(fc.array(fc.integer({ min: -10, max: 10_000 }), { minLength: 12, maxLength: 12 }), {
    nil: undefined,
  }),
  uplift: fc.record({ month: fc.integer({ min: 1, max: 12 }), percent: fc.integer({ min: -90, max: 200 }) }),
});

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('total' as const),
    node: fc.nat(),
    metric: fc.constantFrom(...METRICS),
    value: fc.oneof(fc.integer({ min: -1_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 50 })),
  }),
  fc.record({
    kind: fc.constant('month' as const),
    node: fc.nat(),
    metric: fc.constantFrom(...METRICS),
    month: fc.integer({ min: 1, max: 12 }),
    value: fc.integer({ min: -100, max: 10_000_000 }),
  }),
  fc.record({
    kind: fc.constant('lock' as const),
    node: fc.nat(),
    metric: fc.constantFrom(...METRICS),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    locked: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('methods' as const),
    node: fc.nat(),
    metric: fc.constantFrom<TargetMetric | 'all'>(...METRICS, 'all'),
    split: fc.constantFrom(...SPLIT_METHODS),
    time: fc.constantFrom(...TIME_METHODS),
  }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

interface World {
  tree: TargetTree;
  history: DecomposeHistory;
  keys: string[];
}

type Attributes = typeof attrs extends fc.Arbitrary<infer T> ? T : never;

function world(root: Shape, attributes: Attributes[], leafValues: number[]): World {
  const nodes: TreeNode[] = [];
  const history = new Map<string, (typeof attributes)[number]>();
  const visit = (s: Shape, key: string, parentKey: string | null) => {
    const a = attributes[nodes.length % attributes.length] as (typeof attributes)[number];
    history.set(key, a);
    nodes.push({
      key,
      parentKey,
      dimension: parentKey === null ? 'company' : 'customer',
      refId: null,
      refKey: null,
      label: key,
      accountType: a.accountType,
      splitMethod: a.split,
      timeMethod: a.time,
      params: { uplifts: [a.uplift], typeWeights: { key_account: 70, distributor: 30 } },
    });
    s.forEach((kid, i) => {
      visit(kid, `${key}/${i}`, key);
    });
  };
  visit(root, 'r', null);
  let leaf = 0;
  const leafKeys = new Set(nodes.filter((n) => !nodes.some((m) => m.parentKey === n.key)).map((n) => n.key));
  const tree = buildTargetTree({
    metrics: METRICS,
    nodes,
    cell: (key, metric) => {
      if (!leafKeys.has(key)) return undefined;
      leaf += 1;
      const base = leafValues[leaf % leafValues.length] ?? 0;
      const months = Array.from({ length: 12 }, (_, m) =>
        metric === 'visits' ? (base + m) % 40 : base * (m + 1),
      );
      return { months, lockedMonths: Array(12).fill(false), totalLocked: false };
    },
  });
  const rolled = rollUp(tree);
  if (!rolled.ok) throw new Error('an unlocked tree always rolls up');
  return {
    tree: rolled.tree,
    keys: nodes.map((n) => n.key),
    history: {
      total: (key) => history.get(key)?.historyTotal,
      monthly: (key) => history.get(key)?.monthly,
    },
  };
}

function apply(w: World, op: Operation): { result: TreeResult; edited: string } {
  const key = w.keys[op.node % w.keys.length] as string;
  switch (op.kind) {
    case 'total':
      return { result: setTotal(w.tree, key, op.metric, op.value, w.history), edited: key };
    case 'month':
      return { result: setMonth(w.tree, key, op.metric, op.month, op.value, w.history), edited: key };
    case 'lock':
      return {
        result: setLock(w.tree, key, op.metric, op.month ? { month: op.month } : { total: true }, op.locked),
        edited: key,
      };
    case 'methods': {
      const changed = setMethods(w.tree, key, { splitMethod: op.split, timeMethod: op.time });
      if (!changed.ok) return { result: changed, edited: key };
      return { result: redistribute(changed.tree, key, op.metric, w.history), edited: key };
    }
  }
}

const snapshot = (tree: TargetTree) =>
  JSON.stringify(depthFirst(tree).map((k) => METRICS.map((m) => tree.cells.get(k)?.get(m))));

function pathOf(tree: TargetTree, key: string): Set<string> {
  const path = new Set<string>();
  let current: string | null = key;
  while (current !== null) {
    path.add(current);
    current = tree.nodes.get(current)?.parentKey ?? null;
  }
  return path;
}

function checkInvariants(before: TargetTree, after: TargetTree, op: Operation, edited: string) {
  expect(validateTree(after)).toEqual([]);
  const editedCell = after.cells.get(edited)?.get(op.metric === 'all' ? 'revenue' : op.metric);
  if (op.kind === 'total') expect(editedCell?.months.reduce((x, y) => x + y, 0)).toBe(op.value);
  if (op.kind === 'month') expect(editedCell?.months[op.month - 1]).toBe(op.value);
  const path = pathOf(before, edited);
  for (const key of before.nodes.keys()) {
    for (const metric of METRICS) {
      const a = before.cells.get(key)?.get(metric);
      const b = after.cells.get(key)?.get(metric);
      if (!a || !b) throw new Error('cells never disappear');
      const touched = op.metric === metric || op.metric === 'all';
      if (!touched) expect(b).toEqual(a);
      if (op.kind === 'lock') {
        expect(b.months).toEqual(a.months);
        continue;
      }
      expect(b.lockedMonths).toEqual(a.lockedMonths);
      expect(b.totalLocked).toBe(a.totalLocked);
      a.lockedMonths.forEach((locked, m) => {
        if (locked) expect(b.months[m]).toBe(a.months[m]);
      });
      if (a.totalLocked) {
        expect(b.months.reduce((x, y) => x + y, 0)).toBe(a.months.reduce((x, y) => x + y, 0));
        if (!path.has(key)) expect(b.months).toEqual(a.months);
      }
    }
  }
}

describe('[TGT-2] property: sums exact at every level, metric and month; locks kept; deterministic', () => {
  it('random trees, locks and operations', () => {
    let succeeded = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        shape(4),
        fc.array(attrs, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 8 }),
        fc.array(
          fc.record({
            node: fc.nat(),
            month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
          }),
          {
            maxLength: 8,
          },
        ),
        fc.array(operation, { minLength: 1, maxLength: 25 }),
        (root, attributes, leafValues, locks, operations) => {
          const w = world(root, attributes, leafValues);
          expect(validateTree(w.tree)).toEqual([]);
          for (const lock of locks) {
            const locked = apply(w, { kind: 'lock', metric: 'revenue', locked: true, ...lock }).result;
            if (locked.ok) w.tree = locked.tree;
          }
          for (const op of operations) {
            const { result, edited } = apply(w, op);
            const again = apply(w, op).result;
            if (result.ok) {
              succeeded += 1;
              expect(again.ok && snapshot(again.tree)).toBe(snapshot(result.tree));
              checkInvariants(w.tree, result.tree, op, edited);
              w.tree = result.tree;
            } else {
              refused += 1;
              expect(result.problems.length).toBeGreaterThan(0);
              for (const p of result.problems) expect(hasMessage(p.messageKey)).toBe(true);
              expect(again).toEqual(result);
            }
          }
        },
      ),
      { numRuns: 120 },
    );
    // The generator must exercise both outcomes, or the property proves little.
    expect(succeeded).toBeGreaterThan(refused / 4);
    expect(refused).toBeGreaterThan(0);
  });
});

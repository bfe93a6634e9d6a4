// [TGT-2] The rules a stored or imported target tree must keep, the bottom-up roll-up, and the diff a preview
// shows. validateTree: one root; every node's parent exists and lists it; every node has a cell of 12 integer
// months and 12 lock flags for every metric of the plan; no metric but gross profit is negative; every
// parent's month equals the sum of its children's, for every metric. rollUp: a plan filled from the leaves —
// bottom-up, every parent becomes the sum of its children; a locked parent month (or a locked year total)
// that the sum would change is a problem, not an overwrite.
import type { CellChange, TargetCell, TargetTree, TreeDiff, TreeProblem, TreeResult } from './target-tree.ts';
import { allowsNegative, depthFirst, MONTHS, sum } from './target-tree-work.ts';

/** Every structural, sum and sign problem of a tree (empty = valid). */
export function validateTree(tree: TargetTree): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const add = (p: TreeProblem) => problems.push(p);
  if (!tree.nodes.has(tree.rootKey)) {
    add({
      nodeKey: tree.rootKey,
      metric: null,
      month: null,
      messageKey: 'target.problem.unknown_node',
      values: { node: tree.rootKey },
    });
    return problems;
  }
  for (const [key, node] of tree.nodes) {
    if (
      key === tree.rootKey
        ? node.parentKey !== null
        : !(tree.children.get(node.parentKey ?? '') ?? []).includes(key)
    ) {
      add({
        nodeKey: key,
        metric: null,
        month: null,
        messageKey: 'target.problem.bad_parent',
        values: { parent: node.parentKey ?? '—' },
      });
    }
    for (const kid of tree.children.get(key) ?? []) {
      if (tree.nodes.get(kid)?.parentKey !== key) {
        add({
          nodeKey: kid,
          metric: null,
          month: null,
          messageKey: 'target.problem.bad_parent',
          values: { parent: key },
        });
      }
    }
    for (const metric of tree.metrics) {
      const cell = tree.cells.get(key)?.get(metric);
      if (cell?.months.length !== 12 || cell.lockedMonths.length !== 12) {
        add({ nodeKey: key, metric, month: null, messageKey: 'target.problem.missing_cell', values: {} });
        continue;
      }
      cell.months.forEach((value, m) => {
        if (!Number.isSafeInteger(value)) {
          add({
            nodeKey: key,
            metric,
            month: m + 1,
            messageKey: 'target.problem.not_integer',
            values: { value },
          });
        } else if (value < 0 && !allowsNegative(metric)) {
          add({
            nodeKey: key,
            metric,
            month: m + 1,
            messageKey: 'target.problem.negative',
            values: { value },
          });
        }
      });
    }
  }
  if (problems.length > 0) return problems;
  for (const key of depthFirst(tree)) {
    const kids = tree.children.get(key) ?? [];
    if (kids.length === 0) continue;
    for (const metric of tree.metrics) {
      const cell = tree.cells.get(key)?.get(metric) as TargetCell;
      for (const m of MONTHS) {
        const childSum = sum(kids.map((k) => tree.cells.get(k)?.get(metric)?.months[m] ?? 0));
        if (childSum !== cell.months[m]) {
          add({
            nodeKey: key,
            metric,
            month: m + 1,
            messageKey: 'target.problem.sum_mismatch',
            values: { value: cell.months[m] ?? 0, sum: childSum },
          });
        }
      }
    }
  }
  return problems;
}

/** Bottom-up: every parent := the sum of its children, for every metric and month; locks are kept. */
export function rollUp(tree: TargetTree): TreeResult {
  const cells = new Map([...tree.cells].map(([key, byMetric]) => [key, new Map(byMetric)]));
  const problems: TreeProblem[] = [];
  for (const key of depthFirst(tree).reverse()) {
    const kids = tree.children.get(key) ?? [];
    if (kids.length === 0) continue;
    const byMetric = cells.get(key);
    for (const metric of tree.metrics) {
      const cell = byMetric?.get(metric);
      if (!byMetric || !cell) continue;
      const months = MONTHS.map((m) => sum(kids.map((k) => cells.get(k)?.get(metric)?.months[m] ?? 0)));
      for (const m of MONTHS) {
        if (cell.lockedMonths[m] && months[m] !== cell.months[m]) {
          problems.push({
            nodeKey: key,
            metric,
            month: m + 1,
            messageKey: 'target.problem.rollup_locked',
            values: { value: cell.months[m] ?? 0, sum: months[m] ?? 0 },
          });
        }
      }
      if (cell.totalLocked && sum(months) !== sum(cell.months)) {
        problems.push({
          nodeKey: key,
          metric,
          month: null,
          messageKey: 'target.problem.rollup_locked',
          values: { value: sum(cell.months), sum: sum(months) },
        });
      }
      byMetric.set(metric, { ...cell, months });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const explanations = [...tree.nodes.keys()]
    .filter((key) => (tree.children.get(key) ?? []).length > 0)
    .flatMap((nodeKey) =>
      tree.metrics.map((metric) => ({ nodeKey, metric, messageKey: 'target.explain.rollup', values: {} })),
    );
  return { ok: true, tree: { ...tree, cells }, explanations };
}

/** The changed cells, year totals and locks between two trees, and the nodes added or removed. */
export function diffTrees(before: TargetTree, after: TargetTree): TreeDiff {
  const diff: TreeDiff = { changes: [], totals: [], locks: [], added: [], removed: [] };
  for (const key of before.nodes.keys()) if (!after.nodes.has(key)) diff.removed.push(key);
  for (const key of depthFirst(after)) {
    if (!before.nodes.has(key)) {
      diff.added.push(key);
      continue;
    }
    for (const metric of after.metrics) {
      const a = before.cells.get(key)?.get(metric);
      const b = after.cells.get(key)?.get(metric);
      if (!b || a === b) continue;
      const old = a ?? {
        months: MONTHS.map(() => 0),
        lockedMonths: MONTHS.map(() => false),
        totalLocked: false,
      };
      const changes: CellChange[] = MONTHS.filter((m) => old.months[m] !== b.months[m]).map((m) => ({
        nodeKey: key,
        metric,
        month: m + 1,
        before: old.months[m] ?? 0,
        after: b.months[m] ?? 0,
      }));
      diff.changes.push(...changes);
      if (sum(old.months) !== sum(b.months)) {
        diff.totals.push({ nodeKey: key, metric, before: sum(old.months), after: sum(b.months) });
      }
      for (const m of MONTHS) {
        if (Boolean(old.lockedMonths[m]) !== Boolean(b.lockedMonths[m])) {
          diff.locks.push({ nodeKey: key, metric, month: m + 1, locked: Boolean(b.lockedMonths[m]) });
        }
      }
      if (old.totalLocked !== b.totalLocked)
        diff.locks.push({ nodeKey: key, metric, month: null, locked: b.totalLocked });
    }
  }
  return diff;
}

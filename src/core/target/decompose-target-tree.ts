// [TGT-2], [TGT-3] (seeds 003, 004) The decomposition engine: top-down allocation and bottom-up roll-up meet in
// one tree in which every parent equals the sum of its children exactly, for every metric and month, and a
// node's year is the sum of its months. Every operation returns a new tree (the old one is untouched, so a
// preview is just the returned tree compared with diffTrees) or, when a change cannot be honoured, every problem
// named by node, metric and month — never a half-applied tree.
// - setTotal: the node's unlocked months take the new year by its time method (month-shares.ts), each changed
//   month splits over the children by the split method (child-weights.ts), all the way down; ancestors roll
//   up, or, where an ancestor's month or total is locked, the siblings re-balance inside it.
// - setMonth: one month is typed; with a locked total, the node's other unlocked months give or take the
//   difference by the time method; then down and up as for setTotal.
// - setLock / setMethods change flags and methods only; redistribute re-applies the methods at and below a node
//   keeping its total (after setMethods, this is the preview of the new methods).
// Locked months, locked totals and locked children never change. A manual node is the roll-up of what people
// typed into its children: it is never split from above, and its own total cannot be typed.
// Negative targets: only gross profit may be negative (a unit planned at a loss); see allowsNegative.

import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import { monthParamsProblems, monthSharesOf } from './month-shares.ts';
import type { DecomposeHistory, TargetTree, TreeNode, TreeResult } from './target-tree.ts';
import { allowsNegative, MONTHS, sum, TreeWork } from './target-tree-work.ts';
import type { MethodParams, SplitMethod, TargetMetric, TimeMethod } from './target-types.ts';
import { validateTree } from './validate-target-tree.ts';

export { diffTrees, rollUp, validateTree } from './validate-target-tree.ts';

/** Sets a node's year total for one metric; see the rule above. */
export function setTotal(
  tree: TargetTree,
  nodeKey: string,
  metric: TargetMetric,
  total: number,
  history: DecomposeHistory,
): TreeResult {
  const work = new TreeWork(tree, history);
  if (!checkTarget(work, nodeKey, metric)) return work.result();
  if (!Number.isSafeInteger(total)) {
    work.problem(nodeKey, metric, null, 'target.problem.not_integer', { value: total });
    return work.result();
  }
  applyTotal(work, nodeKey, metric, total, false);
  return work.result();
}

/** Sets one month (1–12) of a node for one metric; see the rule above. */
export function setMonth(
  tree: TargetTree,
  nodeKey: string,
  metric: TargetMetric,
  month: number,
  value: number,
  history: DecomposeHistory,
): TreeResult {
  const work = new TreeWork(tree, history);
  if (!checkTarget(work, nodeKey, metric)) return work.result();
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    work.problem(nodeKey, metric, null, 'target.problem.bad_month', { month });
    return work.result();
  }
  if (!Number.isSafeInteger(value)) {
    work.problem(nodeKey, metric, month, 'target.problem.not_integer', { value });
    return work.result();
  }
  const m = month - 1;
  const cell = work.cell(nodeKey, metric);
  const current = cell.months[m] ?? 0;
  if (value === current) return work.result();
  const node = work.node(nodeKey);
  const kids = work.kids(nodeKey);
  if (kids.length > 0 && node.splitMethod === 'manual') {
    work.problem(nodeKey, metric, month, 'target.problem.manual_rollup', {});
  } else if (cell.lockedMonths[m]) {
    work.problem(nodeKey, metric, month, 'target.problem.locked_month', { month });
  } else if (value < 0 && !allowsNegative(metric)) {
    work.problem(nodeKey, metric, month, 'target.problem.negative', { value });
  } else if (kids.length > 0 && kids.every((k) => work.fixedFromAbove(k, metric, m))) {
    const fixed = sum(kids.map((k) => work.cell(k, metric).months[m] ?? 0));
    work.problem(nodeKey, metric, month, 'target.problem.children_fixed', { value, sum: fixed });
  }
  if (work.problems.length > 0) return work.result();

  const months = [...cell.months];
  months[m] = value;
  if (cell.totalLocked) {
    const total = sum(cell.months);
    const shares = monthSharesOf(nodeKey, metric, node.timeMethod, node.params, history);
    const locked = MONTHS.map((i) =>
      i === m ? value : monthFixed(work, nodeKey, metric, i) ? (months[i] ?? 0) : null,
    );
    const result = allocateLargestRemainder(total, shares.weights, {
      locked,
      allowNegative: allowsNegative(metric),
    });
    if (!result.ok) {
      const key =
        result.reason === 'no_free_part' ? 'target.problem.locked_total' : 'target.problem.locked_exceeds';
      work.problem(nodeKey, metric, month, key, { total, locked: sum(locked.map((v) => v ?? 0)) });
      return work.result();
    }
    months.splice(0, 12, ...result.parts);
    work.explain(nodeKey, metric, shares.messageKey, shares.values);
  } else {
    work.explain(nodeKey, metric, 'target.explain.month_typed', { month });
  }
  writeMonths(work, nodeKey, metric, months, false);
  return work.result();
}

/** Locks or unlocks a node's month (1–12) or year total for one metric; values do not change. */
export function setLock(
  tree: TargetTree,
  nodeKey: string,
  metric: TargetMetric,
  lock: { month?: number; total?: boolean },
  locked: boolean,
): TreeResult {
  const work = new TreeWork(tree, { monthly: () => undefined, total: () => undefined });
  if (!checkTarget(work, nodeKey, metric)) return work.result();
  const { month } = lock;
  if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) {
    work.problem(nodeKey, metric, null, 'target.problem.bad_month', { month });
    return work.result();
  }
  const cell = work.writable(nodeKey, metric);
  if (month !== undefined) cell.lockedMonths[month - 1] = locked;
  if (lock.total) cell.totalLocked = locked;
  return work.result();
}

export interface MethodChange {
  splitMethod?: SplitMethod;
  timeMethod?: TimeMethod;
  params?: MethodParams;
}

/** Changes a node's methods (values stay; call redistribute for the preview of the new methods). */
export function setMethods(tree: TargetTree, nodeKey: string, change: MethodChange): TreeResult {
  const work = new TreeWork(tree, { monthly: () => undefined, total: () => undefined });
  const node = tree.nodes.get(nodeKey);
  if (!node) {
    work.problem(nodeKey, null, null, 'target.problem.unknown_node', { node: nodeKey });
    return work.result();
  }
  const params = change.params ?? node.params;
  for (const p of monthParamsProblems(params)) work.problem(nodeKey, null, null, p.messageKey, p.values);
  for (const [type, weight] of Object.entries(params.typeWeights ?? {})) {
    if (weight === undefined || !Number.isFinite(weight) || weight < 0) {
      work.problem(nodeKey, null, null, 'target.problem.bad_type_weight', { type, weight: String(weight) });
    }
  }
  if (work.problems.length > 0) return work.result();
  const updated: TreeNode = {
    ...node,
    splitMethod: change.splitMethod ?? node.splitMethod,
    timeMethod: change.timeMethod ?? node.timeMethod,
    params,
  };
  const nodes = new Map(tree.nodes);
  nodes.set(nodeKey, updated);
  return { ok: true, tree: work.withNodes(nodes), explanations: [] };
}

/** Re-applies the methods at and below a node keeping its year total (one metric or all). */
export function redistribute(
  tree: TargetTree,
  nodeKey: string,
  metric: TargetMetric | 'all',
  history: DecomposeHistory,
): TreeResult {
  const work = new TreeWork(tree, history);
  const metrics = metric === 'all' ? tree.metrics : [metric];
  for (const m of metrics) {
    if (!checkTarget(work, nodeKey, m)) return work.result();
    applyTotal(work, nodeKey, m, sum(work.cell(nodeKey, m).months), true);
  }
  return work.result();
}

/**
 * Replaces the months of nodes at and under `rootKey` with figures typed elsewhere (the target sheet import),
 * then rolls the ancestors up as setTotal does (a locked ancestor re-balances the root's siblings). The typed
 * subtree must already be consistent (each parent the sum of its children); if it is not, every mismatch is a
 * problem. Lock flags stay as they are; the caller checks that locked cells were not changed.
 */
export function replaceSubtree(
  tree: TargetTree,
  rootKey: string,
  months: ReadonlyMap<string, ReadonlyMap<TargetMetric, readonly number[]>>,
  history: DecomposeHistory,
): TreeResult {
  const work = new TreeWork(tree, history);
  if (!tree.nodes.has(rootKey)) {
    work.problem(rootKey, null, null, 'target.problem.unknown_node', { node: rootKey });
    return work.result();
  }
  const rootBefore = new Map(tree.metrics.map((metric) => [metric, [...work.cell(rootKey, metric).months]]));
  for (const [key, byMetric] of months) {
    if (!tree.nodes.has(key)) {
      work.problem(key, null, null, 'target.problem.unknown_node', { node: key });
      continue;
    }
    for (const [metric, values] of byMetric) {
      if (!tree.metrics.includes(metric) || values.length !== 12) continue;
      const cell = work.writable(key, metric);
      cell.months.splice(0, 12, ...values);
      work.explain(key, metric, 'target.explain.typed_in_sheet', {});
    }
  }
  if (work.problems.length > 0) return work.result();
  for (const metric of tree.metrics) {
    const before = rootBefore.get(metric) ?? [];
    const after = work.cell(rootKey, metric).months;
    work.rollUpAncestors(
      rootKey,
      metric,
      MONTHS.filter((m) => before[m] !== after[m]),
    );
  }
  const result = work.result();
  if (!result.ok) return result;
  const problems = validateTree(result.tree);
  return problems.length > 0 ? { ok: false, problems } : result;
}

function checkTarget(work: TreeWork, nodeKey: string, metric: TargetMetric): boolean {
  if (!work.tree.nodes.has(nodeKey)) {
    work.problem(nodeKey, null, null, 'target.problem.unknown_node', { node: nodeKey });
    return false;
  }
  if (!work.tree.metrics.includes(metric)) {
    work.problem(nodeKey, metric, null, 'target.problem.unknown_metric', { metric });
    return false;
  }
  return true;
}

/** A month of the node itself that its own re-balance must keep: locked, or all its children fixed. */
function monthFixed(work: TreeWork, key: string, metric: TargetMetric, m: number): boolean {
  const kids = work.kids(key);
  return (
    work.cell(key, metric).lockedMonths[m] === true ||
    (kids.length > 0 && kids.every((k) => work.fixedFromAbove(k, metric, m)))
  );
}

function applyTotal(work: TreeWork, key: string, metric: TargetMetric, total: number, force: boolean): void {
  const node = work.node(key);
  const cell = work.cell(key, metric);
  const current = sum(cell.months);
  const kids = work.kids(key);
  if (kids.length > 0 && node.splitMethod === 'manual') {
    if (total !== current) work.problem(key, metric, null, 'target.problem.manual_rollup', {});
    else if (force) work.pushDown(key, metric, MONTHS, true);
    return;
  }
  if (cell.totalLocked && total !== current) {
    work.problem(key, metric, null, 'target.problem.locked_total', { total: current });
    return;
  }
  if (total < 0 && !allowsNegative(metric)) {
    work.problem(key, metric, null, 'target.problem.negative', { value: total });
    return;
  }
  if (!force && total === current) return;
  const months = work.monthsForTotal(key, metric, total, (m) => monthFixed(work, key, metric, m));
  if (months) writeMonths(work, key, metric, months, force);
}

/** Writes a node's new months, splits them down and rolls its ancestors up. */
function writeMonths(
  work: TreeWork,
  key: string,
  metric: TargetMetric,
  months: readonly number[],
  force: boolean,
) {
  const before = work.cell(key, metric).months;
  const changed = MONTHS.filter((m) => months[m] !== before[m]);
  if (changed.length > 0) {
    const cell = work.writable(key, metric);
    for (const m of changed) cell.months[m] = months[m] ?? 0;
  }
  work.pushDown(key, metric, force ? MONTHS : changed, force);
  work.rollUpAncestors(key, metric, changed);
}

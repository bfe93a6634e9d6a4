// The working copy the engine's operations change ([TGT-2], [TGT-3]): cells are copied when first written, the
// problems and explanations of one operation are collected, and the two moves every operation is made of live
// here. pushDown splits a node's changed months over its children, month by month, by the node's split method;
// children that are fixed in a month (locked month, locked total, a manual roll-up, or all their own children
// fixed) keep their value and the free ones share the rest. rollUpAncestors makes every ancestor the sum of its
// children again; an ancestor's locked month keeps its value (the changed node's siblings share the rest of
// that month) and an ancestor's locked year total keeps its value (the siblings' year totals re-balance by the
// ancestor's split method, then each sibling's months by its own time method). The shape of the year is therefore decided at the node that is edited: below
// it, each month splits by the split methods (children's own time methods apply when they are edited).
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import { type ChildWeight, childWeights } from './child-weights.ts';
import { monthSharesOf } from './month-shares.ts';
import type {
  AllocationExplanation,
  DecomposeHistory,
  TargetCell,
  TargetTree,
  TreeNode,
  TreeProblem,
  TreeResult,
} from './target-tree.ts';
import type { TargetMetric } from './target-types.ts';

/** [TGT-1] Only a gross-profit target may be negative (a unit planned at a loss); every other target is ≥ 0. */
export const allowsNegative = (metric: TargetMetric): boolean => metric === 'gross_profit';

export const MONTHS = Array.from({ length: 12 }, (_, i) => i);
const ALL_MONTHS = (1 << 12) - 1;

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export class TreeWork {
  readonly problems: TreeProblem[] = [];
  /** Explanations by metric, then node key (no per-cell key strings: an operation can touch 100k cells). */
  private readonly explained = new Map<TargetMetric, Map<string, AllocationExplanation>>();
  private readonly cells: Map<string, Map<TargetMetric, TargetCell>>;
  /** The cells this operation made (copies of the input's); identity, so a lookup builds no key. */
  private readonly copied = new Set<TargetCell>();
  private readonly fixedMemo = new Map<TargetMetric, Map<string, number>>();
  private readonly weightMemo = new Map<string, ChildWeight[]>();

  constructor(
    readonly tree: TargetTree,
    readonly history: DecomposeHistory,
  ) {
    this.cells = new Map([...tree.cells].map(([key, byMetric]) => [key, new Map(byMetric)]));
  }

  node(key: string): TreeNode {
    const node = this.tree.nodes.get(key);
    if (!node) throw new Error(`unknown node ${key}`);
    return node;
  }

  kids(key: string): readonly string[] {
    return this.tree.children.get(key) ?? [];
  }

  cell(key: string, metric: TargetMetric): TargetCell {
    const cell = this.cells.get(key)?.get(metric);
    if (!cell) throw new Error(`no ${metric} cell for ${key}`);
    return cell;
  }

  /** The cell, copied before its first change in this operation. */
  writable(key: string, metric: TargetMetric): TargetCell {
    const cell = this.cell(key, metric);
    if (this.copied.has(cell)) return cell;
    const copy = {
      months: [...cell.months],
      lockedMonths: [...cell.lockedMonths],
      totalLocked: cell.totalLocked,
    };
    this.cells.get(key)?.set(metric, copy);
    this.copied.add(copy);
    return copy;
  }

  problem(
    nodeKey: string,
    metric: TargetMetric | null,
    month: number | null,
    messageKey: string,
    values: Record<string, string | number> = {},
  ): void {
    this.problems.push({ nodeKey, metric, month, messageKey, values });
  }

  explain(
    nodeKey: string,
    metric: TargetMetric,
    messageKey: string,
    values: Record<string, string | number>,
  ): void {
    let byKey = this.explained.get(metric);
    if (!byKey) {
      byKey = new Map();
      this.explained.set(metric, byKey);
    }
    byKey.set(nodeKey, { nodeKey, metric, messageKey, values });
  }

  /** Whether a re-balance from above must keep the node's month `m` as it is. */
  fixedFromAbove(key: string, metric: TargetMetric, m: number): boolean {
    return (this.fixedMask(key, metric) & (1 << m)) !== 0;
  }

  /** The months (bit m = month m, 0-based) a re-balance from above must keep; locks never change in an operation. */
  fixedMask(key: string, metric: TargetMetric): number {
    let byMetric = this.fixedMemo.get(metric);
    if (!byMetric) {
      byMetric = new Map();
      this.fixedMemo.set(metric, byMetric);
    }
    const memo = byMetric.get(key);
    if (memo !== undefined) return memo;
    const cell = this.cell(key, metric);
    const kids = this.kids(key);
    let mask = 0;
    if (cell.totalLocked || (kids.length > 0 && this.node(key).splitMethod === 'manual')) mask = ALL_MONTHS;
    else {
      cell.lockedMonths.forEach((locked, m) => {
        if (locked) mask |= 1 << m;
      });
      if (kids.length > 0) mask |= kids.reduce((all, k) => all & this.fixedMask(k, metric), ALL_MONTHS);
    }
    byMetric.set(key, mask);
    return mask;
  }

  /** The split weights of a node's children; manual weights are the children's current values in month m. */
  weights(key: string, metric: TargetMetric, m: number): ChildWeight[] {
    const node = this.node(key);
    const manual = node.splitMethod === 'manual';
    const id = manual ? `${key}|${metric}|${m}` : `${key}|${metric}`;
    const memo = this.weightMemo.get(id);
    if (memo && !manual) return memo;
    const weights = childWeights(
      node.splitMethod,
      node.params,
      this.kids(key).map((k) => ({
        node: this.node(k),
        history: node.splitMethod === 'even' || manual ? undefined : this.history.total(k, metric),
        current: this.cell(k, metric).months[m] ?? 0,
      })),
    );
    if (!manual) this.weightMemo.set(id, weights);
    return weights;
  }

  /** Splits the node's months `months` (0-based) over its children; `force` re-applies the methods below. */
  pushDown(key: string, metric: TargetMetric, months: readonly number[], force: boolean): void {
    const kids = this.kids(key);
    if (kids.length === 0 || months.length === 0) return;
    if (this.node(key).splitMethod === 'manual') {
      if (force)
        for (const k of kids) if (!this.cell(k, metric).totalLocked) this.pushDown(k, metric, MONTHS, true);
      return;
    }
    // Changed months per child as a bit mask (bit m = month m): no Set per child and cell.
    const changed = new Array<number>(kids.length).fill(0);
    const explained = kids.map(() => false);
    const parentMonths = this.cell(key, metric).months;
    const masks = kids.map((k) => this.fixedMask(k, metric));
    const anyFixed = masks.some((mask) => mask !== 0);
    // Not manual (returned above), so the weights are the same in every month.
    const weightValues = this.weights(key, metric, 0).map((w) => w.weight);
    const allowNegative = allowsNegative(metric);
    for (const m of months) {
      const value = parentMonths[m] ?? 0;
      const bit = 1 << m;
      const locked = anyFixed
        ? kids.map((k, i) => (((masks[i] ?? 0) & bit) !== 0 ? (this.cell(k, metric).months[m] ?? 0) : null))
        : undefined;
      const result = allocateLargestRemainder(value, weightValues, { locked, allowNegative });
      if (!result.ok) {
        const fixedSum = sum((locked ?? []).map((v) => v ?? 0));
        this.problem(
          key,
          metric,
          m + 1,
          result.reason === 'no_free_part'
            ? 'target.problem.children_fixed'
            : 'target.problem.children_exceed',
          { value, sum: fixedSum },
        );
        continue;
      }
      kids.forEach((k, i) => {
        if (locked && locked[i] !== null) return;
        explained[i] = true;
        const part = result.parts[i] ?? 0;
        if (part !== this.cell(k, metric).months[m]) {
          this.writable(k, metric).months[m] = part;
          changed[i] = (changed[i] ?? 0) | bit;
        }
      });
    }
    const explainedWeights = this.weights(key, metric, 0);
    kids.forEach((k, i) => {
      const w = explainedWeights[i];
      if (explained[i] && w) this.explain(k, metric, w.messageKey, w.values);
      else if (this.cell(k, metric).totalLocked) this.explain(k, metric, 'target.explain.locked', {});
      if (force) {
        if (!this.cell(k, metric).totalLocked) this.pushDown(k, metric, MONTHS, true);
      } else {
        this.pushDown(k, metric, monthsOf(changed[i] ?? 0), false);
      }
    });
  }

  /**
   * Makes the ancestors of `key` sums of their children again after its months `months` changed. A locked month
   * of an ancestor keeps its value: the siblings share what is left of it in that month. A locked year total of
   * an ancestor keeps its value: the siblings' year totals re-balance by the ancestor's split method (each over
   * its own free months by its time method), and the ancestor's months become the new sums.
   */
  rollUpAncestors(key: string, metric: TargetMetric, months: readonly number[]): void {
    let current = key;
    let changedMonths = [...months];
    while (changedMonths.length > 0) {
      const parentKey = this.node(current).parentKey;
      if (parentKey === null) return;
      const parent = this.cell(parentKey, metric);
      const kids = this.kids(parentKey);
      const childSum = (m: number) => sum(kids.map((k) => this.cell(k, metric).months[m] ?? 0));
      const siblingChanged = kids.map(() => new Set<number>());
      const problemsBefore = this.problems.length;
      for (const m of changedMonths.filter((month) => parent.lockedMonths[month])) {
        this.keepParentMonth(parentKey, current, metric, m, siblingChanged);
      }
      const open = changedMonths.filter((m) => !parent.lockedMonths[m]);
      const delta = sum(open.map((m) => childSum(m) - (parent.months[m] ?? 0)));
      if (parent.totalLocked && delta !== 0) this.keepParentTotal(parentKey, current, metric, siblingChanged);
      if (this.problems.length > problemsBefore) return;
      kids.forEach((k, i) => {
        const changed = [...(siblingChanged[i] ?? [])].sort((a, b) => a - b);
        if (changed.length === 0) return;
        this.explain(k, metric, 'target.explain.rebalanced', { parent: this.node(parentKey).label });
        this.pushDown(k, metric, changed, false);
      });
      const next = MONTHS.filter((m) => !parent.lockedMonths[m] && childSum(m) !== parent.months[m]);
      if (next.length > 0) {
        const writable = this.writable(parentKey, metric);
        for (const m of next) writable.months[m] = childSum(m);
      }
      current = parentKey;
      changedMonths = next;
    }
  }

  /** The siblings of `current` share what is left of the parent's locked month `m`. */
  private keepParentMonth(
    parentKey: string,
    current: string,
    metric: TargetMetric,
    m: number,
    siblingChanged: Array<Set<number>>,
  ): void {
    const kids = this.kids(parentKey);
    const value = this.cell(parentKey, metric).months[m] ?? 0;
    const locked = kids.map((k) =>
      k === current || this.fixedFromAbove(k, metric, m) ? (this.cell(k, metric).months[m] ?? 0) : null,
    );
    if (sum(kids.map((k) => this.cell(k, metric).months[m] ?? 0)) === value) return;
    const result = allocateLargestRemainder(
      value,
      this.weights(parentKey, metric, m).map((w) => w.weight),
      { locked, allowNegative: allowsNegative(metric) },
    );
    if (!result.ok) {
      this.problem(
        current,
        metric,
        m + 1,
        result.reason === 'no_free_part'
          ? 'target.problem.locked_parent'
          : 'target.problem.above_locked_parent',
        { parent: this.node(parentKey).label, value, sum: sum(locked.map((v) => v ?? 0)) },
      );
      return;
    }
    kids.forEach((k, i) => {
      const part = result.parts[i] ?? 0;
      if (locked[i] === null && part !== this.cell(k, metric).months[m]) {
        this.writable(k, metric).months[m] = part;
        siblingChanged[i]?.add(m);
      }
    });
  }

  /** The siblings of `current` re-balance their year totals so the parent keeps its locked total. */
  private keepParentTotal(
    parentKey: string,
    current: string,
    metric: TargetMetric,
    siblingChanged: Array<Set<number>>,
  ): void {
    const parent = this.cell(parentKey, metric);
    const kids = this.kids(parentKey);
    const total = sum(parent.months);
    const freeMonths = kids.map((k) =>
      k === current
        ? []
        : MONTHS.filter((m) => !parent.lockedMonths[m] && !this.fixedFromAbove(k, metric, m)),
    );
    const totals = kids.map((k) => sum(this.cell(k, metric).months));
    const locked = kids.map((_, i) => ((freeMonths[i] ?? []).length === 0 ? (totals[i] ?? 0) : null));
    // A manual parent keeps the typed proportions of the year; the other methods weigh as they split.
    const weights =
      this.node(parentKey).splitMethod === 'manual'
        ? totals.map((t) => Math.max(0, t))
        : this.weights(parentKey, metric, 0).map((w) => w.weight);
    const result = allocateLargestRemainder(total, weights, {
      locked,
      allowNegative: allowsNegative(metric),
    });
    if (!result.ok) {
      this.problem(
        current,
        metric,
        null,
        result.reason === 'no_free_part'
          ? 'target.problem.locked_parent'
          : 'target.problem.above_locked_parent',
        { parent: this.node(parentKey).label, value: total, sum: sum(locked.map((v) => v ?? 0)) },
      );
      return;
    }
    kids.forEach((k, i) => {
      const newTotal = result.parts[i] ?? 0;
      if (locked[i] !== null || newTotal === totals[i]) return;
      const months = this.monthsForTotal(
        k,
        metric,
        newTotal,
        (m) => !(freeMonths[i] ?? []).includes(m),
        current,
      );
      if (!months) return;
      const cell = this.writable(k, metric);
      for (const m of MONTHS) {
        if (months[m] !== cell.months[m]) {
          cell.months[m] = months[m] ?? 0;
          siblingChanged[i]?.add(m);
        }
      }
    });
  }

  /**
   * A node's 12 months for a new year total by its time method, keeping the months `fixed` says; null (and a
   * problem named on `problemKey`) when the fixed months leave no room or a negative rest.
   */
  monthsForTotal(
    key: string,
    metric: TargetMetric,
    total: number,
    fixed: (m: number) => boolean,
    problemKey: string = key,
  ): number[] | null {
    const node = this.node(key);
    const cell = this.cell(key, metric);
    const shares = monthSharesOf(key, metric, node.timeMethod, node.params, this.history);
    const locked = MONTHS.map((m) => (fixed(m) ? (cell.months[m] ?? 0) : null));
    const result = allocateLargestRemainder(total, shares.weights, {
      locked,
      allowNegative: allowsNegative(metric),
    });
    if (!result.ok) {
      const messageKey =
        result.reason === 'no_free_part' ? 'target.problem.no_free_month' : 'target.problem.locked_exceeds';
      this.problem(problemKey, metric, null, messageKey, { total, locked: sum(locked.map((v) => v ?? 0)) });
      return null;
    }
    this.explain(key, metric, shares.messageKey, shares.values);
    return result.parts;
  }

  /** The operation's outcome: the new tree, or every problem found. */
  result(): TreeResult {
    if (this.problems.length > 0) return { ok: false, problems: dedupe(this.problems) };
    const tree: TargetTree = { ...this.tree, cells: this.cells };
    const explanations: AllocationExplanation[] = [];
    const metrics = tree.metrics.flatMap((metric) => {
      const byKey = this.explained.get(metric);
      return byKey ? [byKey] : [];
    });
    if (metrics.length > 0)
      for (const key of depthFirst(tree)) {
        for (const byKey of metrics) {
          const e = byKey.get(key);
          if (e) explanations.push(e);
        }
      }
    return { ok: true, tree, explanations };
  }

  /** A tree with new nodes (methods changed), the cells as they are now. */
  withNodes(nodes: ReadonlyMap<string, TreeNode>): TargetTree {
    return { ...this.tree, nodes, cells: this.cells };
  }
}

/** The months (0-based, ascending) whose bits are set in `mask`. */
function monthsOf(mask: number): number[] {
  const months: number[] = [];
  for (let m = 0; m < 12; m++) if ((mask & (1 << m)) !== 0) months.push(m);
  return months;
}

/** Node keys root first, each node before its children, children in display order. */
export function depthFirst(tree: TargetTree): string[] {
  const order: string[] = [];
  const stack = [tree.rootKey];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    order.push(key);
    const kids = tree.children.get(key) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as string);
  }
  return order;
}

function dedupe(problems: readonly TreeProblem[]): TreeProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.nodeKey}|${p.metric}|${p.month}|${p.messageKey}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

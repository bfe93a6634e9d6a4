// The in-memory target tree the decomposition engine works on ([TGT-2], [TGT-3], seeds 003, 004), and the
// contract of the engine's operations. The tree is plain data: the plan use cases load it from target_node /
// target_value, hand it to the engine, and save what comes back. Every operation returns a new tree in which
// every parent equals the sum of its children, for every metric and month, exactly (integer fen / counts).
import type { MethodParams, SplitMethod, TargetDimension, TargetMetric, TimeMethod } from './target-types.ts';

export interface TreeNode {
  /** Stable natural key, e.g. 'company' or 'org_unit:3/rep:17'; diffs and Excel rows match on it. */
  key: string;
  parentKey: string | null;
  dimension: TargetDimension;
  refId: number | null;
  refKey: string | null;
  label: string;
  /** Account type of a customer node ('key_account', 'distributor', …) for the customer_type method. */
  accountType: string | null;
  splitMethod: SplitMethod;
  timeMethod: TimeMethod;
  params: MethodParams;
}

/** One node's figures for one metric. */
export interface TargetCell {
  /** 12 integers, January first. */
  months: number[];
  /** 12 flags: a locked month keeps its value when the node re-balances. */
  lockedMonths: boolean[];
  /** The node's year total is kept; its months and children re-balance inside it. */
  totalLocked: boolean;
}

export interface TargetTree {
  rootKey: string;
  metrics: readonly TargetMetric[];
  /** All nodes by key. */
  nodes: ReadonlyMap<string, TreeNode>;
  /** Children keys of each node in display order (a leaf maps to []). */
  children: ReadonlyMap<string, readonly string[]>;
  /** nodeKey → metric → cell; every node has a cell for every metric of the plan. */
  cells: ReadonlyMap<string, ReadonlyMap<TargetMetric, TargetCell>>;
}

/**
 * History the methods read ([TGT-3]). Figures are for the years before the plan year; a missing node or
 * metric means "no history" and the engine falls back to an even split (and says so in the explanation).
 */
export interface DecomposeHistory {
  /** Last years' actuals of a node and metric per calendar month (12 numbers, summed over the years read). */
  monthly(nodeKey: string, metric: TargetMetric): readonly number[] | undefined;
  /** Last year's actual total of a node and metric (for history_share weights of its children). */
  total(nodeKey: string, metric: TargetMetric): number | undefined;
}

/** Why a node got what it got: shown next to every preview and stored with nothing (recomputed on demand). */
export interface AllocationExplanation {
  nodeKey: string;
  metric: TargetMetric;
  /** Message key (target-messages.ts) and its values, translated at the edge. */
  messageKey: string;
  values: Record<string, string | number>;
}

/** A problem found by an operation or by validation, named by node, metric and (when it is one) month. */
export interface TreeProblem {
  nodeKey: string;
  metric: TargetMetric | null;
  /** 1–12, or null for the year total / the node as a whole. */
  month: number | null;
  messageKey: string;
  values: Record<string, string | number>;
}

export type TreeResult =
  | { ok: true; tree: TargetTree; explanations: AllocationExplanation[] }
  | { ok: false; problems: TreeProblem[] };

/**
 * Operations of the engine (implemented in decompose-target-tree.ts):
 *
 * - `setTotal(tree, nodeKey, metric, total, history)`: set a node's year total; its unlocked months take it by
 *   the node's time method, its children by its split method (recursively down), ancestors roll up — or, when
 *   an ancestor's total is locked, the node's unlocked siblings re-balance so the ancestor keeps its total.
 * - `setMonth(tree, nodeKey, metric, month, value, history)`: the same for one month.
 * - `setLock(tree, nodeKey, metric, lock: { month?: number; total?: boolean }, locked: boolean)`.
 * - `setMethods(tree, nodeKey, { splitMethod?, timeMethod?, params? })` then `redistribute(tree, nodeKey,
 *   metric | 'all', history)`: re-apply the methods below a node keeping its total (the preview is the
 *   returned tree, compared with `diffTrees`).
 * - `rollUp(tree)`: bottom-up, every parent := sum of its children (a plan filled from the leaves).
 * - `validateTree(tree)`: every sum, lock and sign rule, as TreeProblem[] (empty = valid).
 * - `diffTrees(before, after)`: changed cells per node, metric and month, changed year totals and locks, added
 *   and removed nodes (TreeDiff below).
 * - `replaceSubtree(tree, rootKey, months, history)`: figures typed elsewhere (the target sheet) replace a
 *   consistent subtree; ancestors roll up as for setTotal.
 * As implemented: below the edited node each month splits by the split methods (the year's shape is decided
 * where the edit is made); a locked ancestor month keeps its value (siblings share the rest of that month), a
 * locked ancestor total keeps its sum (siblings' years re-balance by the ancestor's split method); a manual node
 * is never split from above and its own total cannot be typed; only gross profit may be negative.
 */

/** One month of one node and metric that differs between two trees (diffTrees). */
export interface CellChange {
  nodeKey: string;
  metric: TargetMetric;
  /** 1–12. */
  month: number;
  before: number;
  after: number;
}

/** What an operation changed: cells per month, year totals per node and metric, added and removed nodes. */
export interface TreeDiff {
  changes: CellChange[];
  totals: Array<{ nodeKey: string; metric: TargetMetric; before: number; after: number }>;
  /** Locks that were set or cleared, e.g. month 3 of revenue, or the year total (month null). */
  locks: Array<{ nodeKey: string; metric: TargetMetric; month: number | null; locked: boolean }>;
  added: string[];
  removed: string[];
}

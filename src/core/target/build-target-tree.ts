// [TGT-2] Builds the engine's in-memory tree from a flat list of nodes (as the plan use cases load them from
// target_node / target_value, or as tests write them): children in the order of the list, and a cell of 12
// unlocked zero months for every node and metric that has no stored values yet.
import type { TargetCell, TargetTree, TreeNode } from './target-tree.ts';
import type { TargetMetric } from './target-types.ts';

export interface TargetTreeInput {
  metrics: readonly TargetMetric[];
  /** Nodes in display order; exactly one has no parent (the root). */
  nodes: readonly TreeNode[];
  /** The stored cell of a node and metric, if any. */
  cell?: (nodeKey: string, metric: TargetMetric) => TargetCell | undefined;
}

/** An empty (all-zero, unlocked) cell. */
export function emptyCell(): TargetCell {
  return {
    months: Array.from({ length: 12 }, () => 0),
    lockedMonths: Array.from({ length: 12 }, () => false),
    totalLocked: false,
  };
}

/** The tree of `input`; throws when there is not exactly one root (a loader bug, not user input). */
export function buildTargetTree(input: TargetTreeInput): TargetTree {
  const roots = input.nodes.filter((n) => n.parentKey === null);
  if (roots.length !== 1) throw new Error(`a target tree needs exactly one root, got ${roots.length}`);
  const nodes = new Map(input.nodes.map((n) => [n.key, n]));
  const children = new Map<string, string[]>(input.nodes.map((n) => [n.key, []]));
  for (const n of input.nodes) if (n.parentKey !== null) children.get(n.parentKey)?.push(n.key);
  const cells = new Map(
    input.nodes.map((n) => [
      n.key,
      new Map(input.metrics.map((metric) => [metric, input.cell?.(n.key, metric) ?? emptyCell()] as const)),
    ]),
  );
  return { rootKey: (roots[0] as TreeNode).key, metrics: input.metrics, nodes, children, cells };
}

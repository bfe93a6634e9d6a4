// [TGT-2] Adding and removing nodes of a target tree (plain data, like every engine operation): a new child
// starts with zero, unlocked cells for every metric of the plan and inherits its parent's methods; removing a
// node removes its whole subtree. The plan use cases then let the engine re-split the parent (redistribute),
// so the parent keeps its total and every sum stays exact.
import type { TargetCell, TargetTree, TreeNode } from './target-tree.ts';
import { zeroCell } from './target-tree-store.ts';
import type { TargetMetric } from './target-types.ts';

/** The tree with `node` appended as the last child of its parent. */
export function withChild(tree: TargetTree, node: TreeNode): TargetTree {
  const parentKey = node.parentKey as string;
  const nodes = new Map(tree.nodes);
  nodes.set(node.key, node);
  const children = new Map(tree.children);
  children.set(parentKey, [...(tree.children.get(parentKey) ?? []), node.key]);
  children.set(node.key, []);
  const cells = new Map(tree.cells);
  cells.set(node.key, new Map(tree.metrics.map((m) => [m, zeroCell()] as [TargetMetric, TargetCell])));
  return { ...tree, nodes, children, cells };
}

/** The keys of a node and everything below it. */
export function subtreeKeys(tree: TargetTree, key: string): string[] {
  const out: string[] = [];
  const stack = [key];
  while (stack.length > 0) {
    const k = stack.pop() as string;
    out.push(k);
    stack.push(...(tree.children.get(k) ?? []));
  }
  return out;
}

/** The tree without the node and its subtree (the root cannot be removed; callers check). */
export function withoutSubtree(tree: TargetTree, key: string): TargetTree {
  const gone = new Set(subtreeKeys(tree, key));
  const parentKey = tree.nodes.get(key)?.parentKey ?? null;
  const nodes = new Map([...tree.nodes].filter(([k]) => !gone.has(k)));
  const children = new Map([...tree.children].filter(([k]) => !gone.has(k)));
  if (parentKey !== null)
    children.set(
      parentKey,
      (tree.children.get(parentKey) ?? []).filter((k) => k !== key),
    );
  const cells = new Map([...tree.cells].filter(([k]) => !gone.has(k)));
  return { ...tree, nodes, children, cells };
}

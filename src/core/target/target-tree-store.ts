// Between stored rows and the engine's tree ([TGT-2]): a plan's nodes and values become a TargetTree, and a
// changed tree is saved as the difference to the tree it came from — added nodes (parents first, with their
// scope), removed subtrees (top-most nodes only; the rest cascades), nodes whose methods or order changed, and
// only the value rows whose months or locks changed, each kind written in multi-row statements.
import type { Repositories } from '../shared/repositories.ts';
import type { NodeScope, TargetNodeRecord } from './target-plan.ts';
import type { NewTargetNode, TargetValueRow } from './target-plan-repository.ts';
import type { TargetCell, TargetTree, TreeNode } from './target-tree.ts';
import type { TargetMetric } from './target-types.ts';

export const zeroCell = (): TargetCell => ({
  months: Array.from({ length: 12 }, () => 0),
  lockedMonths: Array.from({ length: 12 }, () => false),
  totalLocked: false,
});

/** The engine's view of a stored node. */
export function treeNodeOf(record: TargetNodeRecord, accountType: string | null): TreeNode {
  return {
    key: record.key,
    parentKey: record.parentKey,
    dimension: record.dimension,
    refId: record.refId,
    refKey: record.refKey,
    label: record.label,
    accountType,
    splitMethod: record.splitMethod,
    timeMethod: record.timeMethod,
    params: record.params,
  };
}

/** The tree of stored nodes (display order: depth, then sort order) and values; missing cells are zero. */
export function toTargetTree(
  metrics: readonly TargetMetric[],
  records: readonly TargetNodeRecord[],
  values: readonly TargetValueRow[],
  customerTypes: ReadonlyMap<number, string>,
): TargetTree {
  const sorted = [...records].sort((a, b) => a.depth - b.depth || a.sortOrder - b.sortOrder);
  const root = sorted.find((n) => n.parentKey === null);
  if (!root) throw new Error('a stored target plan has no root node');
  const keyOf = new Map(records.map((n) => [n.id, n.key]));
  const stored = new Map<string, TargetCell>();
  for (const v of values) {
    const locked = new Set(v.lockedMonths);
    stored.set(`${keyOf.get(v.nodeId)}\u0000${v.metric}`, {
      months: v.months,
      lockedMonths: Array.from({ length: 12 }, (_, i) => locked.has(i + 1)),
      totalLocked: v.totalLocked,
    });
  }
  const nodes = new Map<string, TreeNode>();
  const children = new Map<string, string[]>();
  const cells = new Map<string, Map<TargetMetric, TargetCell>>();
  for (const record of sorted) {
    nodes.set(record.key, treeNodeOf(record, customerTypes.get(record.id) ?? null));
    children.set(record.key, []);
    cells.set(
      record.key,
      new Map(metrics.map((m) => [m, stored.get(`${record.key}\u0000${m}`) ?? zeroCell()] as const)),
    );
  }
  for (const record of sorted)
    if (record.parentKey !== null) children.get(record.parentKey)?.push(record.key);
  return { rootKey: root.key, metrics, nodes, children, cells };
}

const sameCell = (a: TargetCell, b: TargetCell) =>
  a.totalLocked === b.totalLocked &&
  a.months.every((v, i) => v === b.months[i]) &&
  a.lockedMonths.every((v, i) => v === b.lockedMonths[i]);

const sameMethods = (a: TreeNode, b: TreeNode) =>
  a.splitMethod === b.splitMethod &&
  a.timeMethod === b.timeMethod &&
  a.label === b.label &&
  JSON.stringify(a.params) === JSON.stringify(b.params);

export const valueRowOf = (nodeId: number, metric: TargetMetric, cell: TargetCell): TargetValueRow => ({
  nodeId,
  metric,
  months: [...cell.months],
  lockedMonths: cell.lockedMonths.flatMap((locked, i) => (locked ? [i + 1] : [])),
  totalLocked: cell.totalLocked,
});

/** Depth of every node of a tree (root 0). */
export function depthsOf(tree: TargetTree): Map<string, number> {
  const depth = new Map<string, number>([[tree.rootKey, 0]]);
  const stack = [tree.rootKey];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    for (const child of tree.children.get(key) ?? []) {
      depth.set(child, (depth.get(key) ?? 0) + 1);
      stack.push(child);
    }
  }
  return depth;
}

/**
 * Saves `after` over `before` (the tree as loaded): `ids` maps the stored nodes' keys to ids and receives the
 * ids of added nodes; `scopeOf` gives an added node's scope (own constraint plus its parent's).
 */
export async function saveTreeChanges(
  r: Repositories,
  planId: number,
  before: TargetTree,
  after: TargetTree,
  ids: Map<string, number>,
  scopeOf: (node: TreeNode, parentScope: NodeScope | undefined) => NodeScope,
  scopes: Map<string, NodeScope>,
): Promise<void> {
  const removedTop = [...before.nodes.values()].filter(
    (n) => !after.nodes.has(n.key) && (n.parentKey === null || after.nodes.has(n.parentKey)),
  );
  if (removedTop.length > 0)
    await r.targetPlans.deleteNodes(
      planId,
      removedTop.map((n) => ids.get(n.key) as number),
    );
  const depth = depthsOf(after);
  const sortOrder = new Map<string, number>();
  for (const list of after.children.values()) {
    list.forEach((key, i) => {
      sortOrder.set(key, i);
    });
  }
  const added: NewTargetNode[] = [];
  const order = [...after.nodes.values()]
    .filter((n) => !before.nodes.has(n.key))
    .sort((a, b) => (depth.get(a.key) ?? 0) - (depth.get(b.key) ?? 0));
  for (const n of order) {
    const scope = scopeOf(n, n.parentKey === null ? undefined : scopes.get(n.parentKey));
    scopes.set(n.key, scope);
    added.push({
      key: n.key,
      parentKey: n.parentKey,
      depth: depth.get(n.key) ?? 0,
      dimension: n.dimension,
      refId: n.refId,
      refKey: n.refKey,
      label: n.label,
      sortOrder: sortOrder.get(n.key) ?? 0,
      splitMethod: n.splitMethod,
      timeMethod: n.timeMethod,
      params: n.params,
      ansoffMarket: null,
      ansoffProduct: null,
      scope,
    });
  }
  if (added.length > 0)
    for (const [key, id] of await r.targetPlans.insertNodes(planId, added)) ids.set(key, id);
  const updated = [...after.nodes.values()].flatMap((n) => {
    const old = before.nodes.get(n.key);
    if (!old) return [];
    const oldOrder = before.children.get(old.parentKey ?? '')?.indexOf(n.key) ?? 0;
    if (sameMethods(old, n) && oldOrder === (sortOrder.get(n.key) ?? 0)) return [];
    return [
      {
        nodeId: ids.get(n.key) as number,
        splitMethod: n.splitMethod,
        timeMethod: n.timeMethod,
        params: n.params,
        sortOrder: sortOrder.get(n.key) ?? 0,
        label: n.label,
      },
    ];
  });
  if (updated.length > 0) await r.targetPlans.updateNodes(planId, updated);
  const rows: TargetValueRow[] = [];
  for (const [key, byMetric] of after.cells) {
    const old = before.cells.get(key);
    for (const [metric, cell] of byMetric) {
      const oldCell = old?.get(metric);
      if (oldCell && sameCell(oldCell, cell)) continue;
      rows.push(valueRowOf(ids.get(key) as number, metric, cell));
    }
  }
  if (rows.length > 0) await r.targetPlans.upsertValues(planId, rows);
}

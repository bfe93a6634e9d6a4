// Target plans as the API shows them: the caller's part of the tree in display order (a path-only ancestor
// shows its year and quarters, not its months), diffs with node labels, explanations translated.

import { notFound } from '../../core/shared/errors.ts';
import { type Lang, translate } from '../../core/shared/messages.ts';
import { ansoffStrategy } from '../../core/target/ansoff.ts';
import type { OgsmItemView } from '../../core/target/target-ogsm-service.ts';
import type { TargetPlanRecord } from '../../core/target/target-plan.ts';
import type { TargetPlanView } from '../../core/target/target-plan-service.ts';
import type { AllocationExplanation, TargetCell, TreeDiff } from '../../core/target/target-tree.ts';
import type { TargetMetric } from '../../core/target/target-types.ts';
import type { TargetDiffOut, TargetNodeOut, TargetPlanTreeOut } from './target-schemas.ts';

const MAX_DIFF_CELLS = 2000;
const MAX_EXPLANATIONS = 500;

export const planSummaryOut = (p: TargetPlanRecord) => ({ ...p });

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function cellOut(cell: TargetCell, full: boolean) {
  const quarters = [0, 1, 2, 3].map((q) => sum(cell.months.slice(q * 3, q * 3 + 3)));
  return {
    months: full ? [...cell.months] : null,
    quarters,
    total: sum(cell.months),
    lockedMonths: full ? cell.lockedMonths.flatMap((l, i) => (l ? [i + 1] : [])) : [],
    totalLocked: cell.totalLocked,
  };
}

/** The caller's part of the tree, depth first; `under` narrows it to a node (plus its path), `depth` cuts it. */
export function planTreeOut(
  view: TargetPlanView,
  query: { under?: string | undefined; depth?: number | undefined },
): TargetPlanTreeOut {
  const { tree, access } = view;
  const records = new Map(view.records.map((r) => [r.key, r]));
  const start = query.under ?? tree.rootKey;
  if (!access.has(start)) throw notFound('entity.target_node');
  const nodes: TargetNodeOut[] = [];
  const push = (key: string) => {
    const node = tree.nodes.get(key);
    const record = records.get(key);
    const level = access.get(key);
    if (!node || !record || !level) return;
    const cells: Partial<Record<TargetMetric, ReturnType<typeof cellOut>>> = {};
    for (const metric of tree.metrics) {
      const cell = tree.cells.get(key)?.get(metric);
      if (cell) cells[metric] = cellOut(cell, level === 'full');
    }
    nodes.push({
      key,
      parentKey: node.parentKey,
      depth: record.depth,
      dimension: node.dimension,
      refId: node.refId,
      refKey: node.refKey,
      label: node.label,
      accountType: node.accountType,
      sortOrder: record.sortOrder,
      splitMethod: node.splitMethod,
      timeMethod: node.timeMethod,
      params: node.params as TargetNodeOut['params'],
      ansoffMarket: record.ansoffMarket,
      ansoffProduct: record.ansoffProduct,
      ansoffStrategy:
        record.ansoffMarket && record.ansoffProduct
          ? ansoffStrategy(record.ansoffMarket, record.ansoffProduct)
          : null,
      access: level,
      editable: view.editable(key),
      childCount: (tree.children.get(key) ?? []).length,
      cells,
    });
  };
  const path: string[] = [];
  for (let k = tree.nodes.get(start)?.parentKey ?? null; k !== null; k = tree.nodes.get(k)?.parentKey ?? null)
    path.unshift(k);
  for (const key of path) push(key);
  const visit = (key: string, below: number) => {
    push(key);
    if (query.depth !== undefined && below >= query.depth) return;
    for (const child of tree.children.get(key) ?? []) if (access.has(child)) visit(child, below + 1);
  };
  visit(start, 0);
  return { plan: planSummaryOut(view.plan), permissions: view.permissions, nodes };
}

export function diffOut(diff: TreeDiff, labelOf: (key: string) => string): TargetDiffOut {
  return {
    cells: diff.changes.slice(0, MAX_DIFF_CELLS).map((c) => ({ ...c, label: labelOf(c.nodeKey) })),
    omittedCells: Math.max(0, diff.changes.length - MAX_DIFF_CELLS),
    addedNodes: diff.added.map((key) => ({ key, label: labelOf(key) })),
    removedNodes: diff.removed.map((key) => ({ key, label: labelOf(key) })),
  };
}

export function explanationsOut(explanations: readonly AllocationExplanation[], lang: Lang) {
  return explanations.slice(0, MAX_EXPLANATIONS).map((e) => ({
    nodeKey: e.nodeKey,
    metric: e.metric,
    text: translate(e.messageKey, lang, e.values),
  }));
}

export const ogsmOut = (item: OgsmItemView) => ({
  id: item.id,
  kind: item.kind,
  parentItemId: item.parentItemId,
  nodeKey: item.nodeKey,
  nodeLabel: item.nodeLabel,
  metric: item.metric,
  targetValue: item.targetValue,
  text: item.text,
  sortOrder: item.sortOrder,
});

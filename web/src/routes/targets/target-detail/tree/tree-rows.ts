// The target tree as the editor's table rows: the API's flat nodes (parents first, each naming its parent)
// nested for antd's expandable table; a method preview laid over them; and the cell addresses the keyboard
// moves between (the year total, then months 1–12).
import type { TargetMetric } from '../../../../../../src/core/target/target-types.ts';
import type { TargetCellChangeT, TargetNodeT } from '../../../../api/targets.ts';

export type TargetRow = TargetNodeT & { children?: TargetRow[] };

/** Nests nodes under their parents in the order they arrive; a node whose parent is not shown is a root. */
export function nestRows(nodes: readonly TargetNodeT[]): TargetRow[] {
  const byKey = new Map<string, TargetRow>();
  for (const node of nodes) byKey.set(node.key, { ...node });
  const roots: TargetRow[] = [];
  for (const row of byKey.values()) {
    const parent = row.parentKey === null ? undefined : byKey.get(row.parentKey);
    if (!parent) {
      roots.push(row);
      continue;
    }
    parent.children ??= [];
    parent.children.push(row);
  }
  return roots;
}

/** The plan's nodes and the opened subtrees' nodes as one list, each node once (the first copy), order kept. */
export function mergeNodes(lists: ReadonlyArray<readonly TargetNodeT[] | undefined>): TargetNodeT[] {
  const seen = new Set<string>();
  const merged: TargetNodeT[] = [];
  for (const list of lists)
    for (const node of list ?? []) {
      if (seen.has(node.key)) continue;
      seen.add(node.key);
      merged.push(node);
    }
  return merged;
}

/** A cell of the editor: a node's year total (month null) or one month. */
export interface CellRef {
  nodeKey: string;
  month: number | null;
}

export const cellId = (ref: CellRef): string => `${ref.nodeKey}|${ref.month ?? 'total'}`;

/**
 * Lays a preview's changed months of one metric over the nodes: the rows show the new figures, and the
 * returned map holds each changed cell's old value (months, and the year total and quarter of the node).
 */
export function applyPreview(
  nodes: readonly TargetNodeT[],
  changes: readonly TargetCellChangeT[],
  metric: TargetMetric,
): { nodes: TargetNodeT[]; before: Map<string, number> } {
  const before = new Map<string, number>();
  const byNode = new Map<string, TargetCellChangeT[]>();
  for (const change of changes) {
    if (change.metric !== metric) continue;
    byNode.set(change.nodeKey, [...(byNode.get(change.nodeKey) ?? []), change]);
  }
  const result = nodes.map((node) => {
    const nodeChanges = byNode.get(node.key);
    const cell = node.cells[metric];
    if (!nodeChanges || !cell) return node;
    const months = cell.months ? [...cell.months] : null;
    let delta = 0;
    const quarters = cell.quarters ? [...cell.quarters] : null;
    const quarterBefore = quarters ? [...quarters] : null;
    for (const change of nodeChanges) {
      before.set(cellId({ nodeKey: node.key, month: change.month }), change.before);
      if (months) months[change.month - 1] = change.after;
      const q = Math.floor((change.month - 1) / 3);
      if (quarters) quarters[q] = (quarters[q] ?? 0) + change.after - change.before;
      delta += change.after - change.before;
    }
    if (delta !== 0) before.set(cellId({ nodeKey: node.key, month: null }), cell.total);
    if (quarters && quarterBefore) {
      quarters.forEach((value, q) => {
        if (value !== quarterBefore[q]) before.set(`${node.key}|q${q + 1}`, quarterBefore[q] ?? 0);
      });
    }
    return {
      ...node,
      cells: { ...node.cells, [metric]: { ...cell, months, quarters, total: cell.total + delta } },
    };
  });
  return { nodes: result, before };
}

/** Editable cells in reading order (rows as displayed, then total, months 1–12) for Tab / Shift+Tab. */
export function cellOrder(
  rows: readonly TargetRow[],
  expanded: ReadonlySet<string>,
  metric: TargetMetric,
): CellRef[] {
  const order: CellRef[] = [];
  const walk = (list: readonly TargetRow[]) => {
    for (const row of list) {
      if (row.editable && row.access === 'full' && row.cells[metric]?.months) {
        order.push({ nodeKey: row.key, month: null });
        for (let month = 1; month <= 12; month += 1) order.push({ nodeKey: row.key, month });
      }
      if (row.children && expanded.has(row.key)) walk(row.children);
    }
  };
  walk(rows);
  return order;
}

/** The cell after (or before) a cell in reading order, or null at either end. */
export function neighbourCell(order: readonly CellRef[], from: CellRef, step: 1 | -1): CellRef | null {
  const at = order.findIndex((ref) => ref.nodeKey === from.nodeKey && ref.month === from.month);
  if (at < 0) return null;
  return order[at + step] ?? null;
}

/** Keys of every row that has children (the editor opens the whole tree at first). */
export function parentKeys(rows: readonly TargetRow[]): string[] {
  const keys: string[] = [];
  const walk = (list: readonly TargetRow[]) => {
    for (const row of list) {
      if (row.children?.length) {
        keys.push(row.key);
        walk(row.children);
      }
    }
  };
  walk(rows);
  return keys;
}

/**
 * The cell an API problem names: its detail path is `<nodeKey>/<metric>/<month 1–12 | total>` (node keys contain
 * '/', so the last two segments are split off). Null when the path is not a cell.
 */
export function cellOfProblemPath(path: string): (CellRef & { metric: string }) | null {
  const parts = path.split('/');
  if (parts.length < 3) return null;
  const last = parts.pop() as string;
  const metric = parts.pop() as string;
  const nodeKey = parts.join('/');
  if (last === 'total') return { nodeKey, metric, month: null };
  const month = Number(last);
  return Number.isInteger(month) && month >= 1 && month <= 12 ? { nodeKey, metric, month } : null;
}

/**
 * A refused write's problems: those naming a cell of the shown metric stay on that cell (keyed by cellId), and the
 * toast carries the server's message with the first cell problem — or, when some name no shown cell, those — so
 * the reason is read without hovering the red cell.
 */
export function placeCellProblems(
  message: string,
  details: ReadonlyArray<{ path: string; message: string }>,
  metric: string,
): { cells: Map<string, string>; text: string } {
  const cells = new Map<string, string>();
  const elsewhere: string[] = [];
  for (const detail of details) {
    const ref = cellOfProblemPath(detail.path);
    if (ref && ref.metric === metric) cells.set(cellId(ref), detail.message);
    else elsewhere.push(detail.message);
  }
  const shown = elsewhere.length > 0 ? [...new Set(elsewhere)] : [...cells.values()].slice(0, 1);
  return { cells, text: shown.length > 0 ? `${message}：${shown.join('；')}` : message };
}

// The target tree as the editor's table rows: flat nodes (each naming its parent) nested for antd's expandable
// table, and the cell addresses the keyboard moves between (the year total, then months 1–12).
import type { AnsoffStrategy, TargetDimension } from '../../../../../../src/core/target/target-types.ts';

/** One metric's figures of one node: 12 months, January first, and its locks. */
export interface RowCell {
  months: number[];
  lockedMonths: boolean[];
  totalLocked: boolean;
}

export interface TargetRow {
  key: string;
  nodeId: number;
  parentKey: string | null;
  label: string;
  dimension: TargetDimension;
  /** An ancestor the user may not see in full: shown greyed with its totals only, never edited. */
  totalsOnly: boolean;
  cell: RowCell | null;
  ansoff: AnsoffStrategy | null;
  children?: TargetRow[];
}

/** Nests rows under their parents, keeping the order they arrive in; a row whose parent is absent is a root. */
export function nestRows(rows: readonly Omit<TargetRow, 'children'>[]): TargetRow[] {
  const byKey = new Map<string, TargetRow>();
  for (const row of rows) byKey.set(row.key, { ...row });
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

/** A cell of the editor: a node's year total (month null) or one month. */
export interface CellRef {
  nodeKey: string;
  month: number | null;
}

export const cellId = (ref: CellRef): string => `${ref.nodeKey}|${ref.month ?? 'total'}`;

/** Editable cells in reading order (rows as displayed, then total, months 1–12) for Tab / Shift+Tab. */
export function cellOrder(rows: readonly TargetRow[], expanded: ReadonlySet<string>): CellRef[] {
  const order: CellRef[] = [];
  const walk = (list: readonly TargetRow[]) => {
    for (const row of list) {
      if (!row.totalsOnly && row.cell) {
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

/** [TGT-4] Ansoff: old/new market × old/new product → the growth strategy. */
export function ansoffStrategy(
  market: 'existing' | 'new' | null,
  product: 'existing' | 'new' | null,
): AnsoffStrategy | null {
  if (!market || !product) return null;
  if (market === 'existing') return product === 'existing' ? 'penetration' : 'product_development';
  return product === 'existing' ? 'market_development' : 'diversification';
}

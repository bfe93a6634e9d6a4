// [TGT-2] Importing an edited target sheet (target-sheet.ts): all or nothing. The sheet is the whole desired
// state of the exported subtree, and it is applied only when every cell passes:
// - the key, month and year-total columns of every metric are there; every row's node key is a node of the
//   subtree, once; every node of the subtree has its row (the level, name and lock columns are not read);
// - every month and total is a number: money in yuan with at most 2 decimals, counts whole; no target but
//   gross profit is negative; an empty cell is a problem, not a zero;
// - a locked month keeps its value, a locked year total its sum;
// - every year total equals the sum of its months, and every parent month equals the sum of its children's —
//   parents are not typed but summed (the exported sheet has the formulas), so a typed parent that does not
//   match names the parent's cell, and above a locked parent it says the children exceed it.
// Every problem names its cell ("D7"). When all pass, the subtree takes the typed figures and its ancestors
// roll up through the engine (replaceSubtree), keeping their locks by re-balancing the subtree's siblings.
import { cellText } from '../excel/cell-values.ts';
import type { CellValue } from '../excel/sheet.ts';
import { formatFen } from '../shared/money.ts';
import { replaceSubtree } from './decompose-target-tree.ts';
import { columnLetter, subtreeKeys, targetSheetColumns } from './target-sheet.ts';
import type { AllocationExplanation, DecomposeHistory, TargetTree } from './target-tree.ts';
import { allowsNegative, sum } from './target-tree-work.ts';
import { isMoneyMetric, type TargetMetric } from './target-types.ts';

/** A sheet as read from a workbook: row 1's headers and the data rows, cells by column (column A first). */
export interface ParsedTargetSheet {
  headers: string[];
  rows: Array<{ row: number; values: CellValue[] }>;
}

export interface SheetProblem {
  /** The cell's address ("D7"); null when there is no cell (a missing row or column). */
  cell: string | null;
  nodeKey: string | null;
  metric: TargetMetric | null;
  month: number | null;
  messageKey: string;
  values: Record<string, string | number>;
}

export type SheetApplyResult =
  | {
      ok: true;
      tree: TargetTree;
      /** Leaf months whose figure differs from the plan's (parents follow as their sums). */
      changedCells: number;
      explanations: AllocationExplanation[];
    }
  | { ok: false; problems: SheetProblem[] };

interface Column {
  index: number;
  metric: TargetMetric;
  month: number | null;
}

/** Applies an edited sheet of the subtree under `rootKey`; see the rule above. */
export function applyTargetSheet(
  tree: TargetTree,
  sheet: ParsedTargetSheet,
  history: DecomposeHistory,
  rootKey: string = tree.rootKey,
): SheetApplyResult {
  const problems: SheetProblem[] = [];
  const problem = (
    cell: string | null,
    nodeKey: string | null,
    metric: TargetMetric | null,
    month: number | null,
    messageKey: string,
    values: Record<string, string | number> = {},
  ) => problems.push({ cell, nodeKey, metric, month, messageKey, values });

  const indexOf = new Map<string, number>();
  sheet.headers.forEach((h, i) => {
    const text = h.trim();
    if (text !== '' && !indexOf.has(text)) indexOf.set(text, i);
  });
  const keyColumn = indexOf.get('节点编号');
  const columns: Column[] = [];
  for (const c of targetSheetColumns(tree.metrics)) {
    if (c.kind !== 'key' && c.kind !== 'month' && c.kind !== 'total') continue;
    const index = indexOf.get(c.header);
    if (index === undefined)
      problem(null, null, c.metric, c.month, 'target.sheet.missing_column', { header: c.header });
    else if (c.metric) columns.push({ index, metric: c.metric, month: c.month });
  }
  if (problems.length > 0 || keyColumn === undefined) return { ok: false, problems };
  const address = (index: number, row: number) => `${columnLetter(index + 1)}${row}`;

  const keys = subtreeKeys(tree, rootKey);
  const inSubtree = new Set(keys);
  const rowOf = new Map<string, { row: number; values: CellValue[] }>();
  for (const row of sheet.rows) {
    const key = cellText(row.values[keyColumn] ?? null);
    const cell = address(keyColumn, row.row);
    if (key === '') problem(cell, null, null, null, 'target.sheet.missing_key');
    else if (!inSubtree.has(key)) problem(cell, null, null, null, 'target.sheet.unknown_row', { key });
    else if (rowOf.has(key)) {
      problem(cell, key, null, null, 'target.sheet.duplicate_row', { key, first: rowOf.get(key)?.row ?? 0 });
    } else rowOf.set(key, row);
  }
  for (const key of keys) {
    if (!rowOf.has(key)) {
      problem(null, key, null, null, 'target.sheet.missing_row', {
        key,
        label: tree.nodes.get(key)?.label ?? key,
      });
    }
  }

  // Typed figures per node and metric: 12 months then the year total; null where the cell is unusable.
  const typed = new Map<string, Map<TargetMetric, Array<number | null>>>();
  for (const [key, row] of rowOf) {
    const byMetric = new Map<TargetMetric, Array<number | null>>();
    typed.set(key, byMetric);
    for (const metric of tree.metrics) {
      const figures: Array<number | null> = Array(13).fill(null);
      byMetric.set(metric, figures);
      const stored = tree.cells.get(key)?.get(metric);
      for (const column of columns.filter((c) => c.metric === metric)) {
        const cell = address(column.index, row.row);
        const parsed = parseFigure(metric, row.values[column.index] ?? null);
        if (!parsed.ok) {
          problem(cell, key, metric, column.month, parsed.messageKey, { value: parsed.text });
          continue;
        }
        const slot = column.month === null ? 12 : column.month - 1;
        figures[slot] = parsed.value;
        if (column.month !== null && stored?.lockedMonths[slot] && stored.months[slot] !== parsed.value) {
          problem(cell, key, metric, column.month, 'target.sheet.locked_cell', {
            value: show(metric, stored.months[slot] ?? 0),
          });
        }
      }
      const months = figures.slice(0, 12);
      const total = figures[12];
      if (!months.every((v): v is number => v !== null)) continue;
      const monthSum = sum(months);
      const totalColumn = columns.find((c) => c.metric === metric && c.month === null);
      const totalCell = totalColumn ? address(totalColumn.index, row.row) : null;
      if (stored?.totalLocked && sum(stored.months) !== monthSum) {
        problem(totalCell, key, metric, null, 'target.sheet.locked_total', {
          value: show(metric, sum(stored.months)),
          sum: show(metric, monthSum),
        });
      } else if (total !== null && total !== undefined && total !== monthSum) {
        problem(totalCell, key, metric, null, 'target.sheet.total_not_sum', {
          value: show(metric, total),
          sum: show(metric, monthSum),
        });
      }
    }
  }

  for (const key of keys) {
    const kids = tree.children.get(key) ?? [];
    const row = rowOf.get(key);
    if (kids.length === 0 || !row) continue;
    for (const column of columns) {
      if (column.month === null) continue;
      const m = column.month - 1;
      const value = typed.get(key)?.get(column.metric)?.[m];
      const parts = kids.map((k) => typed.get(k)?.get(column.metric)?.[m]);
      if (value === null || value === undefined || parts.some((p) => p === null || p === undefined)) continue;
      const childSum = sum(parts as number[]);
      if (childSum === value) continue;
      const locked = tree.cells.get(key)?.get(column.metric)?.lockedMonths[m] === true;
      const messageKey = !locked
        ? 'target.sheet.parent_not_sum'
        : childSum > value
          ? 'target.sheet.children_exceed_locked_parent'
          : 'target.sheet.locked_parent_not_sum';
      problem(address(column.index, row.row), key, column.metric, column.month, messageKey, {
        value: show(column.metric, value),
        sum: show(column.metric, childSum),
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const months = new Map<string, Map<TargetMetric, number[]>>();
  let changedCells = 0;
  for (const [key, byMetric] of typed) {
    const out = new Map<TargetMetric, number[]>();
    const leaf = (tree.children.get(key) ?? []).length === 0;
    for (const [metric, figures] of byMetric) {
      const values = figures.slice(0, 12) as number[];
      const stored = tree.cells.get(key)?.get(metric)?.months ?? [];
      if (leaf) changedCells += values.filter((v, m) => v !== stored[m]).length;
      out.set(metric, values);
    }
    months.set(key, out);
  }
  const result = replaceSubtree(tree, rootKey, months, history);
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems.map((p) => {
        const row = rowOf.get(p.nodeKey);
        const column = columns.find((c) => c.metric === p.metric && c.month === p.month);
        return {
          cell: row && column ? address(column.index, row.row) : null,
          nodeKey: p.nodeKey,
          metric: p.metric,
          month: p.month,
          messageKey: p.messageKey,
          values: p.values,
        };
      }),
    };
  }
  return { ok: true, tree: result.tree, changedCells, explanations: result.explanations };
}

type Figure = { ok: true; value: number } | { ok: false; messageKey: string; text: string };

/** A typed month or total as fen (money) or a count; see the rule above. */
export function parseFigure(metric: TargetMetric, value: CellValue): Figure {
  const text = cellText(value);
  if (text === '') return { ok: false, messageKey: 'target.sheet.empty_cell', text };
  let number: number;
  let decimals: number;
  if (typeof value === 'number') {
    number = value;
    decimals = Number.isInteger(value) ? 0 : Math.abs(value * 100 - Math.round(value * 100)) < 1e-6 ? 2 : 3;
  } else {
    const m = /^([-+]?)[¥￥]?(\d[\d,]*)(?:\.(\d+))?$/.exec(text.replace(/\s/g, ''));
    if (!m || typeof value !== 'string') return { ok: false, messageKey: 'target.sheet.not_a_number', text };
    decimals = (m[3] ?? '').replace(/0+$/, '').length;
    number = Number(`${m[1] === '-' ? '-' : ''}${(m[2] ?? '').replace(/,/g, '')}.${m[3] ?? '0'}`);
  }
  if (!Number.isFinite(number)) return { ok: false, messageKey: 'target.sheet.not_a_number', text };
  if (isMoneyMetric(metric) && decimals > 2)
    return { ok: false, messageKey: 'target.sheet.too_many_decimals', text };
  if (!isMoneyMetric(metric) && decimals > 0)
    return { ok: false, messageKey: 'target.sheet.not_whole', text };
  const figure = isMoneyMetric(metric) ? Math.round(number * 100) : Math.round(number);
  if (!Number.isSafeInteger(figure)) return { ok: false, messageKey: 'target.sheet.not_a_number', text };
  if (figure < 0 && !allowsNegative(metric)) return { ok: false, messageKey: 'target.sheet.negative', text };
  return { ok: true, value: figure };
}

/** A figure as messages show it: yuan with 2 decimals for money, counts as they are. */
const show = (metric: TargetMetric, value: number): string =>
  isMoneyMetric(metric) ? formatFen(value) : String(value);

// [TGT-2] The target tree (or a subtree) as a sheet people edit outside KAM Desk. One row per node, depth
// first, keyed by node_key (column A); then the level and the indented name; then, per metric of the plan,
// its 12 months, the year total and the lock marks. Money is in yuan with 2 decimals, process metrics are
// counts. A parent row's months are formulas (the sum of its children's rows) and every year total is the sum
// of its months, so the sheet stays consistent while people type into the leaves. The lock marks are for
// reading only: locks are set in the app, and the import checks every locked cell against the plan.
// Core never sees ExcelJS: src/excel/target-workbook.ts writes and reads this model.
import type { CellValue } from '../excel/sheet.ts';
import { translate } from '../shared/messages.ts';
import type { TargetCell, TargetTree } from './target-tree.ts';
import { depthFirst } from './target-tree-work.ts';
import { isMoneyMetric, type TargetMetric } from './target-types.ts';

export const TARGET_SHEET_NAME = '目标分解';

export type TargetSheetColumnKind = 'key' | 'depth' | 'label' | 'month' | 'total' | 'locks';

export interface TargetSheetColumn {
  header: string;
  kind: TargetSheetColumnKind;
  metric: TargetMetric | null;
  /** 1–12 for a month column. */
  month: number | null;
}

export interface TargetSheetRow {
  nodeKey: string;
  label: string;
  /** 0 for the sheet's top node. */
  depth: number;
  /** One value per column: yuan (2 decimals) for money, counts for process metrics. */
  values: CellValue[];
  /** Per column: a locked month, or a year total that is locked. */
  locked: boolean[];
  /** Per column: for a parent row's month and every total, the 0-based row indexes it sums (children or months). */
  sums: Array<{ rows: number[] } | { columns: number[] } | null>;
}

export interface TargetSheet {
  sheetName: string;
  columns: TargetSheetColumn[];
  rows: TargetSheetRow[];
  /** The rules shown on the 说明 sheet. */
  notes: string[];
}

const zh = (key: string) => translate(key, 'zh-CN');

/** The header of a metric's column, e.g. "销售额（元）3月", "拜访次数 全年". */
export function metricHeader(metric: TargetMetric, part: number | 'total' | 'locks'): string {
  const name = isMoneyMetric(metric)
    ? `${zh(`target.metric.${metric}`)}（元）`
    : zh(`target.metric.${metric}`);
  if (part === 'total') return `${name}全年`;
  if (part === 'locks') return `${zh(`target.metric.${metric}`)}锁定`;
  return `${name}${part}月`;
}

export const KEY_HEADER = '节点编号';
export const DEPTH_HEADER = '层级';
export const LABEL_HEADER = '名称';

/** The columns of a sheet of these metrics. */
export function targetSheetColumns(metrics: readonly TargetMetric[]): TargetSheetColumn[] {
  const columns: TargetSheetColumn[] = [
    { header: KEY_HEADER, kind: 'key', metric: null, month: null },
    { header: DEPTH_HEADER, kind: 'depth', metric: null, month: null },
    { header: LABEL_HEADER, kind: 'label', metric: null, month: null },
  ];
  for (const metric of metrics) {
    for (let month = 1; month <= 12; month++) {
      columns.push({ header: metricHeader(metric, month), kind: 'month', metric, month });
    }
    columns.push({ header: metricHeader(metric, 'total'), kind: 'total', metric, month: null });
    columns.push({ header: metricHeader(metric, 'locks'), kind: 'locks', metric, month: null });
  }
  return columns;
}

/** A figure as the sheet shows it: fen → yuan for money, counts as they are. */
export const sheetValue = (metric: TargetMetric, value: number): number =>
  isMoneyMetric(metric) ? value / 100 : value;

/** "全年、1月、3月": what is locked in a cell, for the lock column. */
export function lockMarks(cell: TargetCell): string {
  const marks = cell.totalLocked ? ['全年'] : [];
  cell.lockedMonths.forEach((locked, m) => {
    if (locked) marks.push(`${m + 1}月`);
  });
  return marks.join('、');
}

/** The sheet of the subtree under `rootKey` (the whole tree by default). */
export function targetSheet(tree: TargetTree, rootKey: string = tree.rootKey): TargetSheet {
  const columns = targetSheetColumns(tree.metrics);
  const keys = subtreeKeys(tree, rootKey);
  const rowOf = new Map(keys.map((k, i) => [k, i]));
  const depthOf = new Map<string, number>([[rootKey, 0]]);
  const rows = keys.map((key): TargetSheetRow => {
    const node = tree.nodes.get(key);
    if (!node) throw new Error(`unknown node ${key}`);
    const depth = key === rootKey ? 0 : (depthOf.get(node.parentKey ?? '') ?? 0) + 1;
    depthOf.set(key, depth);
    const kids = tree.children.get(key) ?? [];
    const values: CellValue[] = [];
    const locked: boolean[] = [];
    const sums: TargetSheetRow['sums'] = [];
    columns.forEach((column, index) => {
      const cell = column.metric ? tree.cells.get(key)?.get(column.metric) : undefined;
      if (column.kind === 'key') values.push(key);
      else if (column.kind === 'depth') values.push(depth);
      else if (column.kind === 'label') values.push(node.label);
      else if (!cell || !column.metric) values.push(null);
      else if (column.kind === 'month')
        values.push(sheetValue(column.metric, cell.months[(column.month ?? 1) - 1] ?? 0));
      else if (column.kind === 'total')
        values.push(
          sheetValue(
            column.metric,
            cell.months.reduce((a, b) => a + b, 0),
          ),
        );
      else values.push(lockMarks(cell));
      locked.push(
        column.kind === 'month'
          ? cell?.lockedMonths[(column.month ?? 1) - 1] === true
          : column.kind === 'total' && cell?.totalLocked === true,
      );
      if (column.kind === 'month' && kids.length > 0)
        sums.push({ rows: kids.map((k) => rowOf.get(k) ?? -1) });
      else if (column.kind === 'total')
        sums.push({ columns: [...Array(12).keys()].map((m) => index - 12 + m) });
      else sums.push(null);
    });
    return { nodeKey: key, label: node.label, depth, values, locked, sums };
  });
  return { sheetName: TARGET_SHEET_NAME, columns, rows, notes: TARGET_SHEET_NOTES };
}

export const TARGET_SHEET_NOTES = [
  '每行是目标树的一个节点，A 列“节点编号”用于识别节点，请勿修改、删除或新增行。',
  '请只在白色单元格中填写：最底层节点的各月目标。上级节点的各月是下级之和，全年是各月之和（公式自动计算）。',
  '金额单位为元，最多两位小数；拜访次数等过程指标为整数。除毛利外，目标不能为负数。',
  '灰色单元格已在系统中锁定，导入时其数值不得改变；锁定请在系统中设置，“锁定”列仅供参考。',
  '导入时逐格检查：任何一个问题都会列出所在单元格（如 D7），且整份表格不会被导入；全部通过才一次性生效。',
];

/** Node keys of the subtree under `rootKey`, depth first in display order. */
export function subtreeKeys(tree: TargetTree, rootKey: string): string[] {
  return depthFirst({ ...tree, rootKey });
}

/** The column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

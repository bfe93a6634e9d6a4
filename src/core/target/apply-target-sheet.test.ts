import { describe, expect, it } from 'vitest';
import type { CellValue } from '../excel/sheet.ts';
import { applyTargetSheet, type ParsedTargetSheet, parseFigure } from './apply-target-sheet.ts';
import { setLock, setTotal, validateTree } from './decompose-target-tree.ts';
import { columnLetter, type TargetSheet, targetSheet } from './target-sheet.ts';
import type { TargetTree } from './target-tree.ts';
import { monthsOf, NO_HISTORY, REGION_HISTORY, regionTree, totalOf } from './target-tree-fixtures.ts';
import type { TargetMetric } from './target-types.ts';

const must = (r: { ok: true; tree: TargetTree } | { ok: false }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.tree;
};
/** company 1,200 yuan a month: east 600 (c1 480, c2 120), west 600 (c3 300, c4 300); visits 4 a month. */
const planned = (metrics: TargetMetric[] = ['revenue', 'visits']) => {
  const tree = must(setTotal(regionTree(metrics), 'company', 'revenue', 1_440_000, REGION_HISTORY));
  return metrics.includes('visits') ? must(setTotal(tree, 'company', 'visits', 48, NO_HISTORY)) : tree;
};

/** The sheet as a workbook reader returns it: headers, and rows 2… with their values. */
const parsed = (sheet: TargetSheet): ParsedTargetSheet => ({
  headers: sheet.columns.map((c) => c.header),
  rows: sheet.rows.map((r, i) => ({ row: i + 2, values: [...r.values] })),
});

/** What Excel does after an edit: parent months and year totals are formulas (locked cells are plain values). */
function recalculate(
  sheet: TargetSheet,
  data: ParsedTargetSheet,
  typedOver: string[] = [],
): ParsedTargetSheet {
  const rows = data.rows.map((r) => ({ ...r, values: [...r.values] }));
  for (let i = sheet.rows.length - 1; i >= 0; i--) {
    const model = sheet.rows[i];
    const row = rows[i];
    if (!model || !row) continue;
    const typed = (col: number) => typedOver.includes(`${columnLetter(col + 1)}${i + 2}`);
    model.sums.forEach((s, col) => {
      if (!s || !('rows' in s) || model.locked[col] || typed(col)) return;
      row.values[col] = Math.round(s.rows.reduce((a, r) => a + num(rows[r]?.values[col]), 0) * 100) / 100;
    });
    model.sums.forEach((s, col) => {
      if (!s || !('columns' in s) || model.locked[col] || typed(col)) return;
      row.values[col] = Math.round(s.columns.reduce((a, c) => a + num(row.values[c]), 0) * 100) / 100;
    });
  }
  return { ...data, rows };
}

/** A cell as SUM() reads it: numbers and numeric text count, anything else is 0. */
function num(value: CellValue | undefined): number {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').replace(/[¥,]/g, ''));
  return Number.isFinite(n) ? n : 0;
}

/** Sets a cell by its address ("E3") in the parsed sheet. */
function put(data: ParsedTargetSheet, address: string, value: CellValue): ParsedTargetSheet {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const col = [...(m[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const rows = data.rows.map((r) => {
    if (r.row !== Number(m[2])) return r;
    const values = [...r.values];
    values[col] = value;
    return { ...r, values };
  });
  return { ...data, rows };
}

// Rows: 2 company, 3 east, 4 east/c1, 5 east/c2, 6 west, 7 west/c3, 8 west/c4.
// Columns: A key, B level, C name, D…O revenue months 1–12, P revenue year, Q revenue locks,
// R…AC visits months, AD visits year, AE visits locks.
const problemsOf = (result: ReturnType<typeof applyTargetSheet>) =>
  result.ok ? [] : result.problems.map((p) => [p.cell, p.messageKey]);

describe('[TGT-2] target sheet: export → edit → import, all or nothing', () => {
  it('the sheet lists the subtree depth first with yuan, counts, totals and lock marks', () => {
    const sheet = targetSheet(must(setLock(planned(), 'east', 'revenue', { month: 2 }, true)));
    expect(sheet.rows.map((r) => [r.nodeKey, r.depth])).toEqual([
      ['company', 0],
      ['east', 1],
      ['east/c1', 2],
      ['east/c2', 2],
      ['west', 1],
      ['west/c3', 2],
      ['west/c4', 2],
    ]);
    const header = sheet.columns.map((c) => c.header);
    expect(header.slice(0, 5)).toEqual(['节点编号', '层级', '名称', '销售额（元）1月', '销售额（元）2月']);
    expect(header[15]).toBe('销售额（元）全年');
    expect(header[16]).toBe('销售额锁定');
    expect(header[17]).toBe('拜访次数1月');
    const east = sheet.rows[1];
    expect(east?.values.slice(3, 5)).toEqual([600, 600]);
    expect(east?.values[15]).toBe(7_200);
    expect(east?.values[16]).toBe('2月');
    expect(east?.locked[4]).toBe(true);
    expect(east?.sums[3]).toEqual({ rows: [2, 3] });
  });

  it('an unchanged sheet changes nothing', () => {
    const tree = planned();
    const result = applyTargetSheet(tree, parsed(targetSheet(tree)), NO_HISTORY);
    expect(result.ok && result.changedCells).toBe(0);
    expect(result.ok && monthsOf(result.tree, 'company')).toEqual(monthsOf(tree, 'company'));
  });

  it('typed leaves are applied exactly and roll up', () => {
    const tree = planned();
    const sheet = targetSheet(tree);
    let data = put(parsed(sheet), 'F5', 123.45); // east/c2 March: 120 → 123.45
    data = put(data, 'R7', '2'); // west/c3 January visits: 1 → 2 (text)
    data = put(data, 'E8', '¥1,250.5'); // west/c4 February: 300 → 1,250.50
    const result = applyTargetSheet(tree, recalculate(sheet, data), NO_HISTORY);
    const after = must(result);
    expect(result.ok && result.changedCells).toBe(3);
    expect(monthsOf(after, 'east/c2')[2]).toBe(12_345);
    expect(monthsOf(after, 'company')[2]).toBe(120_000 + 345);
    expect(monthsOf(after, 'west/c4')[1]).toBe(125_050);
    expect(totalOf(after, 'company')).toBe(1_440_000 + 345 + 95_050);
    expect(monthsOf(after, 'west/c3', 'visits')[0]).toBe(2);
    expect(validateTree(after)).toEqual([]);
  });

  it.each<
    [string, (d: ParsedTargetSheet, s: TargetSheet) => ParsedTargetSheet, Array<[string | null, string]>]
  >([
    ['not a number', (d) => put(d, 'D4', '四百'), [['D4', 'target.sheet.not_a_number']]],
    ['more than 2 decimals', (d) => put(d, 'D4', 400.123), [['D4', 'target.sheet.too_many_decimals']]],
    [
      'more than 2 decimals as text',
      (d) => put(d, 'D4', '400.125'),
      [['D4', 'target.sheet.too_many_decimals']],
    ],
    ['a count with decimals', (d) => put(d, 'R4', 1.5), [['R4', 'target.sheet.not_whole']]],
    ['a negative revenue', (d) => put(d, 'D4', -1), [['D4', 'target.sheet.negative']]],
    ['an empty cell', (d) => put(d, 'O8', null), [['O8', 'target.sheet.empty_cell']]],
    [
      'a year total that is not the sum of its months',
      (d) => put(d, 'P4', 1),
      [['P4', 'target.sheet.total_not_sum']],
    ],
    [
      'an unknown row (and so the row of its node is missing)',
      (d) => put(d, 'A5', 'east/c9'),
      [
        ['A5', 'target.sheet.unknown_row'],
        [null, 'target.sheet.missing_row'],
      ],
    ],
    [
      'a repeated row',
      (d) => ({ ...d, rows: [...d.rows, { row: 9, values: [...(d.rows[6]?.values ?? [])] }] }),
      [['A9', 'target.sheet.duplicate_row']],
    ],
    [
      'a missing row',
      (d) => ({ ...d, rows: d.rows.filter((r) => r.row !== 8) }),
      [[null, 'target.sheet.missing_row']],
    ],
    [
      'a missing column',
      (d) => ({ ...d, headers: d.headers.map((h) => (h === '拜访次数全年' ? '' : h)) }),
      [[null, 'target.sheet.missing_column']],
    ],
  ])('refused: %s', (_, edit, expected) => {
    const tree = planned();
    const sheet = targetSheet(tree);
    const result = applyTargetSheet(tree, edit(recalculate(sheet, parsed(sheet)), sheet), NO_HISTORY);
    expect(problemsOf(result)).toEqual(expected);
  });

  it('a parent typed over its formula names the parent cell', () => {
    const tree = planned();
    const sheet = targetSheet(tree);
    const result = applyTargetSheet(
      tree,
      recalculate(sheet, put(parsed(sheet), 'D3', 700), ['D3']),
      NO_HISTORY,
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.cell, p.messageKey, p.values])).toEqual([
      ['D3', 'target.sheet.parent_not_sum', { value: '700.00', sum: '600.00' }],
    ]);
  });

  it('a locked cell cannot change; children above a locked parent name the parent cell', () => {
    let tree = must(setLock(planned(), 'east/c1', 'revenue', { month: 1 }, true));
    tree = must(setLock(tree, 'west', 'revenue', { month: 12 }, true));
    tree = must(setLock(tree, 'west/c4', 'revenue', { total: true }, true));
    const sheet = targetSheet(tree);
    let data = put(parsed(sheet), 'D4', 401); // locked month of east/c1
    data = put(data, 'O7', 350); // west/c3 December: the locked west December stays 600, children now 650
    data = put(data, 'E8', 310); // west/c4 February: its locked year total moves
    const result = applyTargetSheet(tree, recalculate(sheet, data), NO_HISTORY);
    expect(result.ok ? [] : result.problems.map((p) => [p.cell, p.messageKey, p.values])).toEqual([
      ['D4', 'target.sheet.locked_cell', { value: '480.00' }],
      ['P8', 'target.sheet.locked_total', { value: '3,600.00', sum: '3,610.00' }],
      ['O6', 'target.sheet.children_exceed_locked_parent', { value: '600.00', sum: '650.00' }],
    ]);
  });

  it('all or none: one bad cell refuses the good edits with it, and every problem is listed', () => {
    const tree = planned();
    const sheet = targetSheet(tree);
    let data = put(parsed(sheet), 'D4', 999);
    data = put(data, 'E4', 'x');
    data = put(data, 'S8', -2);
    const result = applyTargetSheet(tree, recalculate(sheet, data), NO_HISTORY);
    expect(result.ok).toBe(false);
    expect(problemsOf(result)).toEqual([
      ['E4', 'target.sheet.not_a_number'],
      ['S6', 'target.sheet.negative'], // west's February visits: the formula sums the −2
      ['S8', 'target.sheet.negative'],
    ]);
    expect(monthsOf(tree, 'east/c1')[0]).toBe(48_000);
  });

  it('a subtree sheet rolls up; a locked company total makes the other region give way', () => {
    const tree = must(setLock(planned(), 'company', 'revenue', { total: true }, true));
    const sheet = targetSheet(tree, 'east');
    expect(sheet.rows.map((r) => r.nodeKey)).toEqual(['east', 'east/c1', 'east/c2']);
    // Rows: 2 east, 3 c1, 4 c2. c1 January 480 → 1,000.
    const result = applyTargetSheet(
      tree,
      recalculate(sheet, put(parsed(sheet), 'D3', 1_000)),
      NO_HISTORY,
      'east',
    );
    const after = must(result);
    expect(totalOf(after, 'east')).toBe(720_000 + 52_000);
    expect(totalOf(after, 'company')).toBe(1_440_000);
    expect(totalOf(after, 'west')).toBe(720_000 - 52_000);
  });

  it('a subtree sheet cannot carry rows of other parts of the tree', () => {
    const tree = planned();
    const sheet = targetSheet(tree, 'east');
    const data = parsed(sheet);
    const foreign = parsed(targetSheet(tree)).rows[5]; // west/c3
    const result = applyTargetSheet(
      tree,
      { ...data, rows: [...data.rows, { row: 5, values: foreign?.values ?? [] }] },
      NO_HISTORY,
      'east',
    );
    expect(problemsOf(result)).toEqual([['A5', 'target.sheet.unknown_row']]);
  });
});

describe('[TGT-2] typed figures: yuan with at most 2 decimals, whole counts, no negatives but gross profit', () => {
  it.each<[TargetMetric, CellValue, number | string]>([
    ['revenue', 1234.56, 123_456],
    ['revenue', '1,234.5', 123_450],
    ['revenue', '￥12', 1_200],
    ['revenue', 0.1 + 0.2, 30],
    ['revenue', '1.230', 123],
    ['revenue', 1.005, 'target.sheet.too_many_decimals'],
    ['revenue', '-3', 'target.sheet.negative'],
    ['gross_profit', -12.5, -1_250],
    ['gross_profit', '-12.50', -1_250],
    ['visits', 3, 3],
    ['visits', '3.0', 3],
    ['visits', 3.5, 'target.sheet.not_whole'],
    ['revenue', true, 'target.sheet.not_a_number'],
    ['revenue', '1e5', 'target.sheet.not_a_number'],
    ['revenue', '  ', 'target.sheet.empty_cell'],
  ])('%s %j → %j', (metric, value, expected) => {
    const figure = parseFigure(metric, value);
    expect(figure.ok ? figure.value : figure.messageKey).toBe(expected);
  });
});

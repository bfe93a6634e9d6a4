import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/shared/errors.ts';
import { applyTargetSheet } from '../core/target/apply-target-sheet.ts';
import { setLock, setTotal, validateTree } from '../core/target/decompose-target-tree.ts';
import { targetSheet } from '../core/target/target-sheet.ts';
import type { TargetTree } from '../core/target/target-tree.ts';
import {
  monthsOf,
  NO_HISTORY,
  REGION_HISTORY,
  regionTree,
  totalOf,
} from '../core/target/target-tree-fixtures.ts';
import { readTargetWorkbook, writeTargetWorkbook } from './target-workbook.ts';

const must = (r: { ok: true; tree: TargetTree } | { ok: false }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.tree;
};
/** company 1,200 yuan a month: east 600 (c1 480, c2 120), west 600 (c3 300, c4 300); east January locked. */
const planned = () =>
  must(
    setLock(
      must(setTotal(regionTree(['revenue', 'visits']), 'company', 'revenue', 1_440_000, REGION_HISTORY)),
      'east',
      'revenue',
      { month: 1 },
      true,
    ),
  );

async function load(data: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(data).buffer);
  return workbook;
}

/**
 * Edits cells and saves the file the way a tool that does not calculate does: the typed cells change and every
 * formula loses its stored result, so the reader has to compute the sums itself.
 */
async function edit(data: Uint8Array, typed: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
  const workbook = await load(data);
  const sheet = workbook.getWorksheet('目标分解');
  if (!sheet) throw new Error('no sheet');
  for (const [address, value] of Object.entries(typed)) sheet.getCell(address).value = value;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v)
        cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

describe('[TGT-2] target workbook: write, edit in Excel, read back, apply', () => {
  it('writes a frozen, grouped, protected sheet with formulas, shaded locks and a 说明 sheet', async () => {
    const tree = planned();
    const workbook = await load(await writeTargetWorkbook(targetSheet(tree), '2027 年目标'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['目标分解', '说明']);
    const sheet = workbook.getWorksheet('目标分解') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(sheet.getRow(4).outlineLevel).toBe(2); // east/c1
    expect(sheet.getCell('C4').alignment).toMatchObject({ indent: 2 });
    expect(sheet.getCell('E3').value).toEqual({ formula: 'SUM(E4,E5)', result: 600 }); // east February
    expect(sheet.getCell('D3').value).toBe(600); // east January is locked: a value, shaded, protected
    expect(sheet.getCell('D3').fill).toMatchObject({ fgColor: { argb: 'FFD9D9D9' } });
    expect(sheet.getCell('P4').value).toEqual({ formula: 'SUM(D4:O4)', result: 5_760 });
    expect(sheet.getCell('D4').protection).toMatchObject({ locked: false }); // a leaf month is open
    expect(sheet.getCell('E3').protection?.locked).not.toBe(false); // locked is the default
    expect((sheet.model as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(sheet.getCell('Q3').value).toBe('1月');
    expect(sheet.getCell('D4').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('R4').numFmt).toBe('#,##0');
  });

  it('round trip: unchanged → nothing changes; edited leaves → the tree takes them exactly', async () => {
    const tree = planned();
    const file = await writeTargetWorkbook(targetSheet(tree), '2027 年目标');
    const unchanged = applyTargetSheet(tree, await readTargetWorkbook(file), NO_HISTORY);
    expect(unchanged.ok && unchanged.changedCells).toBe(0);

    // west/c3 (row 7) March 300 → 412.34; east/c2 (row 5) December 120 → 99.99; c4 visits January 7
    const edited = await edit(file, { F7: 412.34, O5: 99.99, R8: 7 });
    const result = applyTargetSheet(tree, await readTargetWorkbook(edited), NO_HISTORY);
    const after = must(result);
    expect(result.ok && result.changedCells).toBe(3);
    expect(monthsOf(after, 'west/c3')[2]).toBe(41_234);
    expect(monthsOf(after, 'east/c2')[11]).toBe(9_999);
    expect(monthsOf(after, 'west/c4', 'visits')[0]).toBe(7);
    expect(totalOf(after, 'company')).toBe(1_440_000 + 11_234 - 2_001);
    expect(validateTree(after)).toEqual([]);
  });

  it('every bad cell is named, and nothing is applied', async () => {
    const tree = planned();
    const file = await writeTargetWorkbook(targetSheet(tree), '2027 年目标');
    // D4: east/c1 January under the locked east January; G7: 3 decimals; A8: an unknown node; S5: not a number
    const edited = await edit(file, { D4: 500, G7: 1.234, A8: 'west/c9', S5: '三' });
    const result = applyTargetSheet(tree, await readTargetWorkbook(edited), NO_HISTORY);
    expect(result.ok ? [] : result.problems.map((p) => [p.cell, p.messageKey])).toEqual([
      ['A8', 'target.sheet.unknown_row'],
      [null, 'target.sheet.missing_row'],
      ['S5', 'target.sheet.not_a_number'],
      ['G7', 'target.sheet.too_many_decimals'],
      ['D3', 'target.sheet.children_exceed_locked_parent'],
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readTargetWorkbook(new TextEncoder().encode('节点编号,名称\n'))).rejects.toBeInstanceOf(
      DomainError,
    );
  });
});

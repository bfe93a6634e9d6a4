// The target tree as a workbook people edit ([TGT-2], core/target/target-sheet.ts): the 目标分解 sheet with a
// frozen header and name columns, rows grouped and indented by level, money in yuan (#,##0.00), parent months as
// SUM formulas of their children and year totals as SUM of their months (with the current results, so a reader
// that does not recalculate sees the same figures), locked cells shaded grey and every cell but the leaves'
// open months protected (no password: protection guides, the import checks everything); and the 说明 sheet.
// readTargetWorkbook turns an uploaded file back into the positional rows applyTargetSheet checks.
import ExcelJS from 'exceljs';
import { cellText } from '../core/excel/cell-values.ts';
import { type CellValue, HELP_SHEET_NAME, MAX_IMPORT_ROWS } from '../core/excel/sheet.ts';
import { DomainError } from '../core/shared/errors.ts';
import type { ParsedTargetSheet } from '../core/target/apply-target-sheet.ts';
import { columnLetter, TARGET_SHEET_NAME, type TargetSheet } from '../core/target/target-sheet.ts';
import { isMoneyMetric } from '../core/target/target-types.ts';
import { plainValue } from './read-workbook.ts';

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = fill('FFD9E1F2');
const LOCKED_FILL = fill('FFD9D9D9');
const SUM_FILL = fill('FFF2F6FC');
const YUAN_FORMAT = '#,##0.00';
const COUNT_FORMAT = '#,##0';

/** Writes the sheet model (target-sheet.ts) as an .xlsx file with its 说明 sheet. */
export async function writeTargetWorkbook(
  model: TargetSheet,
  title: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KAM Desk';
  const sheet = workbook.addWorksheet(model.sheetName, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }],
    properties: {
      outlineProperties: { summaryBelow: false, summaryRight: false },
    } as ExcelJS.WorksheetProperties,
  });
  sheet.columns = model.columns.map((c) => ({
    header: c.header,
    width:
      c.kind === 'key' ? 22 : c.kind === 'depth' ? 6 : c.kind === 'label' ? 28 : c.kind === 'locks' ? 14 : 13,
    // Month cells are open by default (the leaves' months, most of the sheet); sums and locked cells are closed
    // one by one below, which keeps a large sheet to few cell styles.
    style:
      c.kind === 'month' || c.kind === 'total'
        ? {
            numFmt: c.metric && isMoneyMetric(c.metric) ? YUAN_FORMAT : COUNT_FORMAT,
            ...(c.kind === 'month' ? { protection: { locked: false } } : {}),
          }
        : c.kind === 'key'
          ? { font: { color: { argb: 'FF808080' } } }
          : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });

  model.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 2);
    excelRow.outlineLevel = Math.min(row.depth, 7);
    model.columns.forEach((column, c) => {
      const cell = excelRow.getCell(c + 1);
      const value = row.values[c] ?? null;
      const sums = row.sums[c];
      const locked = row.locked[c] === true;
      if (sums && !locked && typeof value === 'number') {
        const refs =
          'rows' in sums
            ? sums.rows.map((i) => `${columnLetter(c + 1)}${i + 2}`).join(',')
            : `${columnLetter((sums.columns[0] ?? 0) + 1)}${r + 2}:${columnLetter((sums.columns.at(-1) ?? 0) + 1)}${r + 2}`;
        cell.value = { formula: `SUM(${refs})`, result: value };
        cell.fill = SUM_FILL;
      } else {
        cell.value = value;
      }
      if (locked) cell.fill = LOCKED_FILL;
      if (column.kind === 'month' && (sums || locked)) cell.protection = { locked: true };
      if (column.kind === 'label' && row.depth > 0) cell.alignment = { indent: row.depth };
    });
  });
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  addHelp(workbook, model, title);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addHelp(workbook: ExcelJS.Workbook, model: TargetSheet, title: string): void {
  const help = workbook.addWorksheet(HELP_SHEET_NAME);
  help.columns = [{ width: 24 }, { width: 90 }];
  help.addRow([`${title} 填写说明`]).font = { bold: true };
  for (const note of model.notes) help.addRow(['', note]);
  help.addRow([]);
  help.addRow(['单元格颜色', '含义']).font = { bold: true };
  const legend: Array<[ExcelJS.Fill | null, string, string]> = [
    [null, '白色', '可填写：最底层节点未锁定的月份'],
    [SUM_FILL, '浅蓝', '公式：上级为下级之和，全年为各月之和，请勿改写'],
    [LOCKED_FILL, '灰色', '已在系统中锁定：导入时数值不得改变'],
  ];
  for (const [color, name, meaning] of legend) {
    const row = help.addRow([name, meaning]);
    if (color) row.getCell(1).fill = color;
  }
  help.addRow([]);
  help.addRow(['列', '说明']).font = { bold: true };
  help.addRow(['节点编号', '识别节点，不可修改；导入时按它找到目标树中的节点']);
  help.addRow(['层级、名称', '仅供阅读，导入时不读取']);
  help.addRow(['“指标”1月…12月', '该节点该月的目标：金额单位为元（最多两位小数），过程指标为整数']);
  help.addRow(['“指标”全年', '各月之和（公式）']);
  help.addRow(['“指标”锁定', '在系统中锁定的月份或全年合计，仅供参考']);
}

/**
 * A cell's value; a SUM formula saved without its result (ExcelJS leaves out zero results, and some tools never
 * calculate) is calculated here as Excel would: the numbers of the cells it names, text and blanks ignored.
 */
function cellValue(
  sheet: ExcelJS.Worksheet,
  address: string,
  seen: Set<string>,
  memo: Map<string, CellValue>,
): CellValue {
  const value = sheet.getCell(address).value;
  if (!value || typeof value !== 'object' || !('formula' in value) || value.result !== undefined) {
    return plainValue(value);
  }
  const known = memo.get(address);
  if (known !== undefined) return known;
  const args = /^SUM\(([^()]*)\)$/i.exec((value.formula ?? '').trim())?.[1];
  if (args === undefined || seen.has(address)) return null;
  seen.add(address);
  let total = 0;
  for (const arg of args.split(',')) {
    const [from, to] = arg.trim().split(':') as [string, string | undefined];
    const first = sheet.getCell(from);
    const last = sheet.getCell(to ?? from);
    const [r1, r2] = [Number(first.row), Number(last.row)].sort((x, y) => x - y) as [number, number];
    const [c1, c2] = [Number(first.col), Number(last.col)].sort((x, y) => x - y) as [number, number];
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const part = cellValue(sheet, sheet.getRow(r).getCell(c).address, seen, memo);
        if (typeof part === 'number') total += part;
      }
    }
  }
  seen.delete(address);
  const result = Math.round(total * 100) / 100;
  memo.set(address, result);
  return result;
}

const notXlsx = () =>
  new DomainError('validation', 'import.not_xlsx', [{ path: 'file', message: 'import.not_xlsx' }]);

/** The 目标分解 sheet of an uploaded .xlsx (or its first sheet that is not 说明) as positional rows. */
export async function readTargetWorkbook(data: Uint8Array): Promise<ParsedTargetSheet> {
  const zip = data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
  if (!zip) throw notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    throw notXlsx();
  }
  const sheet =
    workbook.worksheets.find((s) => s.name.trim() === TARGET_SHEET_NAME) ??
    workbook.worksheets.find((s) => s.name.trim() !== HELP_SHEET_NAME);
  if (!sheet) throw notXlsx();
  const dataRows = Math.max(0, sheet.actualRowCount - 1);
  if (dataRows > MAX_IMPORT_ROWS) {
    throw new DomainError('too_large', 'import.too_many_rows', [], {
      limit: MAX_IMPORT_ROWS,
      count: dataRows,
    });
  }
  const width = sheet.columnCount;
  const memo = new Map<string, CellValue>();
  const read = (row: ExcelJS.Row): CellValue[] =>
    Array.from({ length: width }, (_, i) => cellValue(sheet, row.getCell(i + 1).address, new Set(), memo));
  const headers = read(sheet.getRow(1)).map((v) => cellText(v));
  const rows: ParsedTargetSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = read(row);
    if (values.some((v) => cellText(v) !== '')) rows.push({ row: rowNumber, values });
  });
  return { headers, rows };
}

// Reads an uploaded .xlsx into plain rows for core: the first data sheet (never the 说明 help sheet), header
// row 1, values of formulas, rich text and hyperlinks as plain values, empty rows left out. Refuses what is
// not an xlsx workbook and sheets over the row limit before converting any row.
import ExcelJS from 'exceljs';
import { cellText } from '../core/excel/cell-values.ts';
import {
  type CellValue,
  HELP_SHEET_NAME,
  MAX_IMPORT_ROWS,
  type SheetData,
  type SheetRow,
} from '../core/excel/sheet.ts';
import { DomainError } from '../core/shared/errors.ts';

const notXlsx = () =>
  new DomainError('validation', 'import.not_xlsx', [{ path: 'file', message: 'import.not_xlsx' }]);

/** xlsx files are ZIP archives: local file header PK\x03\x04. */
function looksLikeZip(data: Uint8Array): boolean {
  return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** A cell's value as core sees it. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result ?? null);
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

/** The first data sheet of an .xlsx file as headers and non-empty rows. */
export async function readWorkbook(data: Uint8Array): Promise<SheetData> {
  if (!looksLikeZip(data)) throw notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    const copy = new Uint8Array(data);
    await workbook.xlsx.load(copy.buffer);
  } catch {
    throw notXlsx();
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw notXlsx();
  const sheet = sheets.find((s) => s.name.trim() !== HELP_SHEET_NAME) ?? sheets[0]!;

  const dataRows = Math.max(0, sheet.actualRowCount - 1);
  if (dataRows > MAX_IMPORT_ROWS)
    throw new DomainError('too_large', 'import.too_many_rows', [], {
      limit: MAX_IMPORT_ROWS,
      count: dataRows,
    });

  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  const columns: Array<{ col: number; header: string }> = [];
  const seen = new Set<string>();
  for (let col = 1; col <= headerRow.cellCount; col++) {
    const header = cellText(plainValue(headerRow.getCell(col).value));
    if (header === '') continue;
    headers.push(header);
    if (seen.has(header)) continue;
    seen.add(header);
    columns.push({ col, header });
  }

  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, CellValue> = {};
    let filled = false;
    for (const { col, header } of columns) {
      const value = plainValue(row.getCell(col).value);
      cells[header] = value;
      if (value !== null && cellText(value) !== '') filled = true;
    }
    if (filled) rows.push({ row: rowNumber, cells });
  });
  return { headers, rows };
}

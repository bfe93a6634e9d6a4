// Writes templates and exports: the data sheet with the Chinese headers (required ones marked *), text
// format on text columns so codes and phone numbers stay as typed, a drop-down for enumerated columns, and
// the 说明 sheet explaining every column, the allowed values and an example row.
import ExcelJS from 'exceljs';
import { type CellValue, HELP_SHEET_NAME, MAX_IMPORT_ROWS, type SheetSpec } from '../core/excel/sheet.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

/** ExcelJS 4 supports range data validations but its typings omit the property. */
interface WithDataValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** The header text written for a column: required columns end with '*'. */
export const headerText = (column: { header: string; required: boolean }) =>
  column.required ? `${column.header}*` : column.header;

/** A workbook with the data sheet (rows may be empty: a template) and the 说明 sheet. */
export async function writeWorkbook<K extends string>(
  spec: SheetSpec<K>,
  rows: ReadonlyArray<Readonly<Record<K, CellValue>>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KAM Desk';
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({
    header: headerText(c),
    key: c.key,
    width: c.width,
    style: { numFmt: c.format === 'date' ? 'yyyy-mm-dd' : '@' },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  spec.columns.forEach((c, i) => {
    header.getCell(i + 1).fill = c.required ? REQUIRED_FILL : HEADER_FILL;
  });
  for (const row of rows) sheet.addRow(row);

  for (const choice of spec.choices) {
    const index = spec.columns.findIndex((c) => c.header === choice.header);
    if (index < 0) continue;
    const letter = sheet.getColumn(index + 1).letter;
    (sheet as unknown as WithDataValidations).dataValidations.add(
      `${letter}2:${letter}${MAX_IMPORT_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        showErrorMessage: false,
        formulae: [`"${choice.values.map(([label]) => label).join(',')}"`],
      },
    );
  }

  addHelpSheet(workbook, spec);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addHelpSheet<K extends string>(workbook: ExcelJS.Workbook, spec: SheetSpec<K>): void {
  const help = workbook.addWorksheet(HELP_SHEET_NAME);
  help.columns = [{ width: 18 }, { width: 10 }, { width: 70 }, { width: 10 }, { width: 30 }];
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  bold(help.addRow([`${spec.sheetName}导入说明`]));
  for (const note of spec.notes) help.addRow([note]);
  help.addRow([]);
  bold(help.addRow(['列名', '是否必填', '填写说明', '最大长度', '示例']));
  for (const c of spec.columns)
    help.addRow([c.header, c.required ? '必填' : '选填', c.help, c.maxLength ?? '', spec.example[c.key]]);
  for (const choice of spec.choices) {
    help.addRow([]);
    bold(help.addRow([`${choice.header}可选值`, '英文标识', '含义']));
    for (const [label, value, meaning] of choice.values) help.addRow([label, value, meaning]);
  }
  help.addRow([]);
  bold(help.addRow(['示例行（请在第一个工作表中填写，本表不会被导入）']));
  bold(help.addRow(spec.columns.map(headerText)));
  help.addRow(spec.columns.map((c) => spec.example[c.key]));
}

/** Content-Disposition for a download with a Chinese file name (RFC 6266 / RFC 5987) and an ASCII fallback. */
export function attachment(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

// [TGT-5] the monthly checking sheet 月度计划完成情况 as .xlsx: one worksheet per money metric, one row per target
// node (indented by depth, parents before children), and per month the target, the actual and the attainment,
// then the year to date, the year and the run-rate projection. Money is shown in yuan (fen ÷ 100, two
// decimals), attainment as a percentage; an empty attainment cell means "no target".
import ExcelJS from 'exceljs';

export interface CompletionCell {
  target: number;
  actual: number;
  /** Exact 4-decimal ratio, or null without a target. */
  attainment: string | null;
}

export interface CompletionSheetInput {
  title: string;
  /** Column texts, already translated. */
  labels: {
    node: string;
    target: string;
    actual: string;
    attainment: string;
    month(m: number): string;
    ytd: string;
    year: string;
    projection: string;
  };
  sheets: Array<{
    name: string;
    rows: Array<{
      label: string;
      depth: number;
      months: CompletionCell[];
      ytd: CompletionCell;
      year: CompletionCell;
      projection: number | null;
    }>;
  }>;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const MONEY = '#,##0.00';
const PERCENT = '0.00%';

export async function writeCompletionWorkbook(input: CompletionSheetInput): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KAM Desk';
  for (const spec of input.sheets) {
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31), {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }],
    });
    sheet.getCell(1, 1).value = `${input.title} — ${spec.name}`;
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    const groups = [
      ...Array.from({ length: 12 }, (_, i) => input.labels.month(i + 1)),
      input.labels.ytd,
      input.labels.year,
    ];
    const group = sheet.getRow(2);
    const sub = sheet.getRow(3);
    group.getCell(1).value = input.labels.node;
    sheet.mergeCells(2, 1, 3, 1);
    groups.forEach((g, i) => {
      const col = 2 + i * 3;
      group.getCell(col).value = g;
      sheet.mergeCells(2, col, 2, col + 2);
      sub.getCell(col).value = input.labels.target;
      sub.getCell(col + 1).value = input.labels.actual;
      sub.getCell(col + 2).value = input.labels.attainment;
    });
    const last = 2 + groups.length * 3;
    group.getCell(last).value = input.labels.projection;
    sheet.mergeCells(2, last, 3, last);
    for (const row of [group, sub]) {
      row.font = { bold: true };
      row.alignment = { horizontal: 'center', vertical: 'middle' };
      for (let c = 1; c <= last; c++) row.getCell(c).fill = HEADER_FILL;
    }
    sheet.getColumn(1).width = 28;
    for (let c = 2; c <= last; c++) sheet.getColumn(c).width = (c - 2) % 3 === 2 ? 9 : 13;
    for (const r of spec.rows) {
      const cells = [...r.months, r.ytd, r.year];
      const values: Array<string | number | null> = [r.label];
      for (const cell of cells)
        values.push(
          cell.target / 100,
          cell.actual / 100,
          cell.attainment === null ? null : Number(cell.attainment),
        );
      values.push(r.projection === null ? null : r.projection / 100);
      const row = sheet.addRow(values);
      row.getCell(1).alignment = { indent: r.depth };
      if (r.depth === 0) row.font = { bold: true };
      for (let c = 2; c <= last; c++) row.getCell(c).numFmt = c < last && (c - 2) % 3 === 2 ? PERCENT : MONEY;
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

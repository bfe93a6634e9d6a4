// [VAL-3] the whitespace grid as a workbook for account planning meetings: sheet 白地分析 has the account's
// divisions as rows and our product lines as columns, each cell the status and its amounts, totals below;
// sheet 明细 lists every cell with amounts as numbers (yuan) for filtering and sums. Chinese headers.
import ExcelJS from 'exceljs';
import { translate } from '../core/shared/messages.ts';
import {
  type WhitespaceCell,
  type WhitespaceTotals,
  whitespaceStatusLabelKey,
} from '../core/value/whitespace-grid.ts';
import type { ProductLineRef } from '../core/value/whitespace-repository.ts';

export const WHITESPACE_SHEET = '白地分析';
export const WHITESPACE_DETAIL_SHEET = '明细';

export interface WhitespaceWorkbookInput {
  account: { code: string; name: string };
  divisions: readonly string[];
  productLines: readonly ProductLineRef[];
  cells: readonly WhitespaceCell[];
  totals: WhitespaceTotals;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const STATUS_FILL: Record<WhitespaceCell['status'], string> = {
  none: 'FFF2F2F2',
  potential: 'FFFFF2CC',
  current: 'FFE2EFDA',
  won: 'FFC6E0B4',
  competitor: 'FFFCE4D6',
};
const YUAN_FORMAT = '#,##0.00';

const yuan = (fen: number) => fen / 100;
const yuanText = (fen: number) =>
  `¥${yuan(fen).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const statusLabel = (status: WhitespaceCell['status']) =>
  translate(whitespaceStatusLabelKey(status), 'zh-CN');
const lineHeader = (line: ProductLineRef) => `${line.name}（${line.code}）`;

/** The text of one grid cell: status, then the amounts and competitor that were entered. */
export function cellText(cell: WhitespaceCell): string {
  const parts = [statusLabel(cell.status)];
  if (cell.potentialFen !== null) parts.push(`潜力 ${yuanText(cell.potentialFen)}`);
  if (cell.currentFen !== null) parts.push(`当前 ${yuanText(cell.currentFen)}`);
  if (cell.competitor) parts.push(`竞争对手：${cell.competitor}`);
  return parts.join('\n');
}

export async function writeWhitespaceWorkbook(
  input: WhitespaceWorkbookInput,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KAM Desk';
  addGridSheet(workbook, input);
  addDetailSheet(workbook, input);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addGridSheet(workbook: ExcelJS.Workbook, input: WhitespaceWorkbookInput): void {
  const sheet = workbook.addWorksheet(WHITESPACE_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.columns = [{ width: 22 }, ...input.productLines.map(() => ({ width: 24 }))];
  const header = sheet.addRow(['部门 \\ 产品线', ...input.productLines.map(lineHeader)]);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
  });
  const byKey = new Map(input.cells.map((c) => [`${c.division}\u0000${c.productLineId}`, c]));
  for (const division of input.divisions) {
    const cells = input.productLines.map((line) => byKey.get(`${division}\u0000${line.id}`));
    const row = sheet.addRow([division, ...cells.map((c) => (c ? cellText(c) : ''))]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).font = { bold: true };
    cells.forEach((c, i) => {
      if (c)
        row.getCell(i + 2).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: STATUS_FILL[c.status] },
        };
    });
  }
  sheet.addRow([]);
  const totals: Array<[string, number]> = [
    ['潜力合计（元）', input.totals.potentialFen],
    ['当前合计（元）', input.totals.currentFen],
    ['未开发潜力合计（元）', input.totals.openPotentialFen],
  ];
  for (const [label, fen] of totals) {
    const row = sheet.addRow([label, yuan(fen)]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).numFmt = YUAN_FORMAT;
  }
  sheet.addRow([`客户：${input.account.name}（${input.account.code}）`]);
}

function addDetailSheet(workbook: ExcelJS.Workbook, input: WhitespaceWorkbookInput): void {
  const sheet = workbook.addWorksheet(WHITESPACE_DETAIL_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '部门', width: 20 },
    { header: '产品线编码', width: 14 },
    { header: '产品线', width: 20 },
    { header: '状态', width: 14 },
    { header: '潜力金额（元）', width: 16, style: { numFmt: YUAN_FORMAT } },
    { header: '当前金额（元）', width: 16, style: { numFmt: YUAN_FORMAT } },
    { header: '竞争对手', width: 20 },
    { header: '备注', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((c) => {
    c.fill = HEADER_FILL;
  });
  const lines = new Map(input.productLines.map((l) => [l.id, l]));
  for (const cell of input.cells) {
    const line = lines.get(cell.productLineId);
    sheet.addRow([
      cell.division,
      line?.code ?? '',
      line?.name ?? '',
      statusLabel(cell.status),
      cell.potentialFen === null ? null : yuan(cell.potentialFen),
      cell.currentFen === null ? null : yuan(cell.currentFen),
      cell.competitor ?? '',
      cell.notes ?? '',
    ]);
  }
}

// [TGT-5] Reading one row of an order-line import into a line with resolved ids, or the problems of its cells:
// unknown customer code (or one the importer cannot see), unknown product line (code or name), a date that is
// not a real day or lies in the future, numbers that are not numbers, negative, or have more than 2 decimals,
// a missing amount (give 金额, or 数量 and 单价). Runs a million times per big import: no allocation beyond the
// result, no regex backtracking.
import { cellDate, cellText } from '../excel/cell-values.ts';
import type { ImportProblem } from '../excel/import-outcome.ts';
import type { CellValue } from '../excel/sheet.ts';
import { checkFactDate, MAX_FEN, MAX_QUANTITY } from './check-fact-values.ts';
import type { StagedOrderLine } from './fact-repository.ts';
import type { OrderLineColumnKey } from './order-line-sheet.ts';
import { ORDER_LINE_COLUMNS } from './order-line-sheet.ts';

export interface OrderLineLookups {
  /** Customer code → account id, visible accounts only. */
  accounts: ReadonlyMap<string, number>;
  /** Lower-cased product line code or name → id. */
  productLines: ReadonlyMap<string, number>;
  today: string;
}

/** Cell position of each column in a record (−1 when the file has no such column). */
export type ColumnPositions = Record<OrderLineColumnKey, number>;

const HEADER_OF = Object.fromEntries(ORDER_LINE_COLUMNS.map((c) => [c.key, c.header])) as Record<
  OrderLineColumnKey,
  string
>;
const DECIMAL = /^(-)?(\d{1,15})(?:\.(\d+))?$/;
const MAX_ORDER_NO = 64;

type Num =
  | { ok: true; hundredths: number | null }
  | { ok: false; message: string; params?: Record<string, string> };

/** A number with at most 2 decimals as an integer count of hundredths (fen for yuan); null when blank. */
export function parseHundredths(value: CellValue | undefined): Num {
  if (value === null || value === undefined) return { ok: true, hundredths: null };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, message: 'field.invalid' };
    const h = Math.round(value * 100);
    if (Math.abs(value * 100 - h) > 1e-6) return { ok: false, message: 'facts.too_many_decimals' };
    if (h < 0) return { ok: false, message: 'facts.negative' };
    return { ok: true, hundredths: h };
  }
  const text = typeof value === 'string' ? value.replace(/[,¥，\s]/g, '') : cellText(value);
  if (text === '') return { ok: true, hundredths: null };
  const m = DECIMAL.exec(text);
  if (!m) return { ok: false, message: 'facts.not_a_number', params: { value: text.slice(0, 40) } };
  const fraction = m[3] ?? '';
  if (fraction.length > 2 && !/^0+$/.test(fraction.slice(2)))
    return { ok: false, message: 'facts.too_many_decimals' };
  if (m[1]) return { ok: false, message: 'facts.negative' };
  const h = Number(m[2]) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  return { ok: true, hundredths: h };
}

/** round(quantity × unit price) in fen, half away from zero, exact for any quantity and price in range. */
export function amountOf(quantityHundredths: number, priceFen: number): number {
  const product = quantityHundredths * priceFen;
  if (Number.isSafeInteger(product)) return Math.floor((product + 50) / 100);
  return Number((BigInt(quantityHundredths) * BigInt(priceFen) + 50n) / 100n);
}

/** The row as a line to write, or its problems (added to `problems`). */
export function parseOrderLineRow(
  row: number,
  cells: readonly CellValue[],
  at: ColumnPositions,
  lookups: OrderLineLookups,
  problems: ImportProblem[],
): StagedOrderLine | null {
  const before = problems.length;
  const cell = (key: OrderLineColumnKey): CellValue => (at[key] < 0 ? null : (cells[at[key]] ?? null));
  const fail = (key: OrderLineColumnKey, message: string, params?: Record<string, string | number>) => {
    problems.push({ row, column: HEADER_OF[key], message, params });
  };
  const required = (key: OrderLineColumnKey): string | null => {
    const text = cellText(cell(key));
    if (text === '') fail(key, 'field.required');
    return text === '' ? null : text;
  };
  const money = (key: OrderLineColumnKey, max: number): number | null => {
    const n = parseHundredths(cell(key));
    if (!n.ok) {
      fail(key, n.message, n.params);
      return null;
    }
    if (n.hundredths !== null && n.hundredths >= max) {
      fail(key, 'facts.amount_too_big');
      return null;
    }
    return n.hundredths;
  };

  const orderNo = required('orderNo');
  if (orderNo !== null && orderNo.length > MAX_ORDER_NO)
    fail('orderNo', 'field.too_long', { maximum: MAX_ORDER_NO });
  const lineText = required('lineNo');
  const lineNo = lineText === null ? null : Number(lineText);
  if (lineNo !== null && !(Number.isInteger(lineNo) && lineNo >= 1 && lineNo <= 2_147_483_647))
    fail('lineNo', 'facts.bad_line_no');

  const code = required('accountCode');
  const accountId = code === null ? undefined : lookups.accounts.get(code);
  if (code !== null && accountId === undefined) fail('accountCode', 'import.unknown_account_code', { code });

  let orderDate: string | null = null;
  const dateCell = cell('date');
  if (cellText(dateCell) === '') fail('date', 'field.required');
  else {
    const parsed = cellDate(dateCell);
    const problem =
      parsed.ok && parsed.value ? checkFactDate(parsed.value, lookups.today) : 'field.invalid_date';
    if (problem) fail('date', problem);
    else if (parsed.ok) orderDate = parsed.value;
  }

  const lineKey = required('productLine');
  const productLineId = lineKey === null ? undefined : lookups.productLines.get(lineKey.toLowerCase());
  if (lineKey !== null && productLineId === undefined)
    fail('productLine', 'facts.unknown_product_line_key', { value: lineKey });

  const quantity = money('quantity', MAX_QUANTITY * 100);
  if (quantity === null && cellText(cell('quantity')) === '') fail('quantity', 'field.required');
  const price = money('unitPrice', MAX_FEN);
  let amount = money('amount', MAX_FEN);
  const cost = money('cost', MAX_FEN);
  if (cost === null && cellText(cell('cost')) === '') fail('cost', 'field.required');
  if (amount === null && cellText(cell('amount')) === '') {
    if (price !== null && quantity !== null) amount = amountOf(quantity, price);
    else if (cellText(cell('unitPrice')) === '') fail('amount', 'facts.amount_or_price_required');
  }

  if (problems.length > before) return null;
  return {
    row,
    orderNo: orderNo as string,
    lineNo: lineNo as number,
    orderDate: orderDate as string,
    accountId: accountId as number,
    productLineId: productLineId as number,
    quantity: (quantity as number) / 100,
    amountFen: amount as number,
    costFen: cost as number,
  };
}

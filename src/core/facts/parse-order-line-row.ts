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
  if (typeof value === 'string') {
    const fast = plainDecimal(value);
    if (fast >= 0) return { ok: true, hundredths: fast };
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

/**
 * The common case without regex or copies: digits with an optional point and 1–2 decimals ("12", "12.5",
 * "12.50") as hundredths; −1 for anything else (left to the full rules).
 */
function plainDecimal(text: string): number {
  const n = text.length;
  if (n === 0 || n > 18) return -1;
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) break;
    if (c < 48 || c > 57) return -1;
    whole = whole * 10 + (c - 48);
  }
  if (i === 0) return -1;
  if (i === n) return whole * 100;
  const decimals = n - i - 1;
  if (decimals < 1 || decimals > 2) return -1;
  const d1 = text.charCodeAt(i + 1) - 48;
  if (d1 < 0 || d1 > 9) return -1;
  if (decimals === 1) return whole * 100 + d1 * 10;
  const d2 = text.charCodeAt(i + 2) - 48;
  if (d2 < 0 || d2 > 9) return -1;
  return whole * 100 + d1 * 10 + d2;
}

/** A file has a few hundred distinct date texts over a million rows: each is checked once (per business day). */
const DATE_MEMO = new Map<string, { iso: string | null; problem: string | null }>();
const DATE_MEMO_LIMIT = 100_000;
let dateMemoDay = '';

function dateOf(value: CellValue, today: string): { iso: string | null; problem: string | null } {
  if (dateMemoDay !== today) {
    DATE_MEMO.clear();
    dateMemoDay = today;
  }
  const key = typeof value === 'string' ? value : null;
  const known = key === null ? undefined : DATE_MEMO.get(key);
  if (known) return known;
  const parsed = cellDate(value);
  const problem = parsed.ok && parsed.value ? checkFactDate(parsed.value, today) : 'field.invalid_date';
  const result = { iso: problem ? null : parsed.ok ? parsed.value : null, problem };
  if (key !== null) {
    if (DATE_MEMO.size >= DATE_MEMO_LIMIT) DATE_MEMO.clear();
    DATE_MEMO.set(key, result);
  }
  return result;
}

/** round(quantity × unit price) in fen, half away from zero, exact for any quantity and price in range. */
export function amountOf(quantityHundredths: number, priceFen: number): number {
  const product = quantityHundredths * priceFen;
  if (Number.isSafeInteger(product)) return Math.floor((product + 50) / 100);
  return Number((BigInt(quantityHundredths) * BigInt(priceFen) + 50n) / 100n);
}

// The helpers below are module functions, not closures in parseOrderLineRow: a closure is created on every
// call (and tsx wraps each in a naming helper), which cost more than the parsing itself at a million rows.

function cellAt(cells: readonly CellValue[], at: ColumnPositions, key: OrderLineColumnKey): CellValue {
  const i = at[key];
  return i < 0 ? null : (cells[i] ?? null);
}

function fail(
  problems: ImportProblem[],
  row: number,
  key: OrderLineColumnKey,
  message: string,
  params?: Record<string, string | number>,
): void {
  problems.push({ row, column: HEADER_OF[key], message, params });
}

function requiredText(
  cells: readonly CellValue[],
  at: ColumnPositions,
  key: OrderLineColumnKey,
  row: number,
  problems: ImportProblem[],
): string | null {
  const value = cellAt(cells, at, key);
  const text = typeof value === 'string' ? value.trim() : cellText(value);
  if (text === '') {
    fail(problems, row, key, 'field.required');
    return null;
  }
  return text;
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' ? value.trim() === '' : cellText(value) === '');
}

/** Hundredths of a money or quantity cell; null when blank or bad (bad adds a problem). */
function hundredthsAt(
  cells: readonly CellValue[],
  at: ColumnPositions,
  key: OrderLineColumnKey,
  max: number,
  row: number,
  problems: ImportProblem[],
): number | null {
  const n = parseHundredths(cellAt(cells, at, key));
  if (!n.ok) {
    fail(problems, row, key, n.message, n.params);
    return null;
  }
  if (n.hundredths !== null && n.hundredths >= max) {
    fail(problems, row, key, 'facts.amount_too_big');
    return null;
  }
  return n.hundredths;
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

  const orderNo = requiredText(cells, at, 'orderNo', row, problems);
  if (orderNo !== null && orderNo.length > MAX_ORDER_NO)
    fail(problems, row, 'orderNo', 'field.too_long', { maximum: MAX_ORDER_NO });
  const lineText = requiredText(cells, at, 'lineNo', row, problems);
  const lineNo = lineText === null ? null : Number(lineText);
  if (lineNo !== null && !(Number.isInteger(lineNo) && lineNo >= 1 && lineNo <= 2_147_483_647))
    fail(problems, row, 'lineNo', 'facts.bad_line_no');

  const code = requiredText(cells, at, 'accountCode', row, problems);
  const accountId = code === null ? undefined : lookups.accounts.get(code);
  if (code !== null && accountId === undefined)
    fail(problems, row, 'accountCode', 'import.unknown_account_code', { code });

  let orderDate: string | null = null;
  const dateCell = cellAt(cells, at, 'date');
  if (isBlank(dateCell)) fail(problems, row, 'date', 'field.required');
  else {
    const date = dateOf(dateCell, lookups.today);
    if (date.problem) fail(problems, row, 'date', date.problem);
    else orderDate = date.iso;
  }

  const lineKey = requiredText(cells, at, 'productLine', row, problems);
  const productLineId = lineKey === null ? undefined : lookups.productLines.get(lineKey.toLowerCase());
  if (lineKey !== null && productLineId === undefined)
    fail(problems, row, 'productLine', 'facts.unknown_product_line_key', { value: lineKey });

  const quantity = hundredthsAt(cells, at, 'quantity', MAX_QUANTITY * 100, row, problems);
  if (quantity === null && isBlank(cellAt(cells, at, 'quantity')))
    fail(problems, row, 'quantity', 'field.required');
  const price = hundredthsAt(cells, at, 'unitPrice', MAX_FEN, row, problems);
  let amount = hundredthsAt(cells, at, 'amount', MAX_FEN, row, problems);
  const cost = hundredthsAt(cells, at, 'cost', MAX_FEN, row, problems);
  if (cost === null && isBlank(cellAt(cells, at, 'cost'))) fail(problems, row, 'cost', 'field.required');
  if (amount === null && isBlank(cellAt(cells, at, 'amount'))) {
    if (price !== null && quantity !== null) amount = amountOf(quantity, price);
    else if (isBlank(cellAt(cells, at, 'unitPrice')))
      fail(problems, row, 'amount', 'facts.amount_or_price_required');
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

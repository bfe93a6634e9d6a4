// Form values ↔ API bodies of the 新增/编辑订单行 dialog ([TGT-5]): the date is a day picker ('YYYY-MM-DD' on the
// wire), amount and cost are typed as 元 text and sent as integer fen, quantity is typed text with at most 2
// decimals (order_line.quantity is numeric(14, 2)). The dialog has no product picker (the API lists no products),
// so a correction keeps the line's product — unless the product line changes, when the product (which belongs to
// the old line) is cleared instead of being refused as a mismatch. Order and line numbers are left as they are.
import dayjs, { type Dayjs } from 'dayjs';
import type { OrderLineInputT, OrderLinePatchT, OrderLineT } from '../../api/order-lines.ts';
import { parseYuanText, readDecimalText, yuanInputText } from '../../lib/money.ts';

export interface OrderLineFormValues {
  accountId?: number | undefined;
  orderDate?: Dayjs | null | undefined;
  productLineId?: number | undefined;
  quantity?: string | undefined;
  amountFen?: string | undefined;
  costFen?: string | undefined;
}

/** The fields of the dialog in tab order; server details are matched to these names. */
export const ORDER_LINE_FIELDS = [
  'accountId',
  'orderDate',
  'productLineId',
  'quantity',
  'amountFen',
  'costFen',
] as const;

export type QuantityProblem = 'invalid' | 'negative' | 'decimals';
export type ParsedQuantity = { ok: true; quantity: number } | { ok: false; problem: QuantityProblem };

/** Parses a typed quantity ("1,200", "2.5"); a third decimal is refused, not rounded. */
export function parseQuantityText(text: string): ParsedQuantity {
  const digits = readDecimalText(text);
  if (!digits.ok) return digits;
  if (digits.fraction.length > 2) return { ok: false, problem: 'decimals' };
  return { ok: true, quantity: Number(`${digits.whole}.${digits.fraction || '0'}`) };
}

/** Amount − cost in fen, or null while either is not a valid 元 text (the dialog then shows a dash). */
export function grossProfitFenOf(values: Pick<OrderLineFormValues, 'amountFen' | 'costFen'>): number | null {
  const amount = parseYuanText(values.amountFen ?? '');
  const cost = parseYuanText(values.costFen ?? '');
  return amount.ok && cost.ok ? amount.fen - cost.fen : null;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : '');
/** Invalid text never gets here (the fields refuse it); -1 lets the server name the field if it does. */
const fen = (text: string | undefined) => {
  const parsed = parseYuanText(text ?? '');
  return parsed.ok ? parsed.fen : -1;
};
const quantityOf = (text: string | undefined) => {
  const parsed = parseQuantityText(text ?? '');
  return parsed.ok ? parsed.quantity : -1;
};

/** The body of POST /api/order-lines. */
export function orderLineInputOf(values: OrderLineFormValues): OrderLineInputT {
  return {
    accountId: values.accountId ?? 0,
    orderDate: day(values.orderDate),
    productLineId: values.productLineId ?? 0,
    quantity: quantityOf(values.quantity),
    amountFen: fen(values.amountFen),
    costFen: fen(values.costFen),
  };
}

/** The body of PATCH /api/order-lines/{id}: every field of the dialog; productId null when the line moves. */
export function orderLinePatchOf(values: OrderLineFormValues, row: OrderLineT): OrderLinePatchT {
  const patch: OrderLinePatchT = orderLineInputOf(values);
  if (row.productId !== null && patch.productLineId !== row.productLineId) patch.productId = null;
  return patch;
}

/** A row as the dialog shows it; a new line starts today with quantity 1, on the filtered account/line if any. */
export function orderLineFormValuesOf(
  row: OrderLineT | undefined,
  today: Dayjs,
  filters: { accountId?: number | undefined; productLineId?: number | undefined } = {},
): OrderLineFormValues {
  if (!row)
    return {
      accountId: filters.accountId,
      orderDate: today,
      productLineId: filters.productLineId,
      quantity: '1',
      amountFen: '',
      costFen: '',
    };
  return {
    accountId: row.accountId,
    orderDate: dayjs(row.orderDate),
    productLineId: row.productLineId,
    quantity: String(row.quantity),
    amountFen: yuanInputText(row.amountFen),
    costFen: yuanInputText(row.costFen),
  };
}

// [TGT-5] The order-line import file (CSV or .xlsx): Chinese headers as ERP exports and people write them, the
// English keys accepted as aliases (resolve-columns.ts). Amounts are in yuan with at most 2 decimals; the amount
// is 金额, or 数量 × 单价 when 金额 is blank. (订单号, 行号) identifies a line: importing it again corrects it.
import type { SheetColumn } from '../excel/sheet.ts';

export type OrderLineColumnKey =
  | 'orderNo'
  | 'lineNo'
  | 'accountCode'
  | 'date'
  | 'productLine'
  | 'quantity'
  | 'unitPrice'
  | 'amount'
  | 'cost';

const column = (
  key: OrderLineColumnKey,
  header: string,
  required: boolean,
  help: string,
  width = 14,
): SheetColumn<OrderLineColumnKey> => ({
  key,
  header,
  required,
  format: key === 'date' ? 'date' : 'text',
  width,
  help,
});

export const ORDER_LINE_COLUMNS: readonly SheetColumn<OrderLineColumnKey>[] = [
  column('orderNo', '订单号', true, 'ERP 订单号，最多 64 个字符'),
  column('lineNo', '行号', true, '订单内的行号，正整数；订单号 + 行号已存在时为更正'),
  column('accountCode', '客户编码', true, '客户编码，须是您可查看的客户'),
  column('date', '日期', true, '订单日期 YYYY-MM-DD，不晚于今天'),
  column('productLine', '产品线', true, '产品线编码或名称'),
  column('quantity', '数量', true, '不能为负，最多 2 位小数'),
  column('unitPrice', '单价', false, '元，最多 2 位小数；金额为空时 金额 = 数量 × 单价'),
  column('amount', '金额', false, '元（含税销售额），最多 2 位小数'),
  column('cost', '成本', true, '元，最多 2 位小数'),
];

/** The header row of a template or a generated file, in column order. */
export const ORDER_LINE_HEADERS = ORDER_LINE_COLUMNS.map((c) => c.header);

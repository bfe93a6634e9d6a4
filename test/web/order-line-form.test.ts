// [TGT-5] the 新增/编辑订单行 dialog: form values become the API body (date 'YYYY-MM-DD', 元 text → fen, quantity
// with at most 2 decimals), a stored line comes back as the same values, and a correction that moves the line to
// another product line clears its product (which belongs to the old line) instead of being refused.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { OrderLineT } from '../../web/src/api/order-lines.ts';
import {
  grossProfitFenOf,
  orderLineFormValuesOf,
  orderLineInputOf,
  orderLinePatchOf,
  parseQuantityText,
} from '../../web/src/routes/facts/order-line-form.ts';

const today = dayjs('2026-12-07');

const row: OrderLineT = {
  id: 5,
  accountId: 42,
  accountCode: 'C042',
  accountName: '华东商贸',
  orderDate: '2026-10-15',
  productLineId: 3,
  productLineCode: 'PL03',
  productLineName: '工业胶粘剂',
  productId: 17,
  quantity: 12.5,
  amountFen: 1_000_005,
  costFen: 700_000,
  orderNo: 'SO-1',
  lineNo: 2,
  updatedAt: '2026-10-15T08:00:00Z',
};

describe('order-line dialog: form → request', () => {
  it('sends the day, the quantity and both amounts in fen', () => {
    expect(
      orderLineInputOf({
        accountId: 42,
        orderDate: dayjs('2026-11-30'),
        productLineId: 3,
        quantity: '1,200.5',
        amountFen: '¥12,345.6',
        costFen: '9000',
      }),
    ).toEqual({
      accountId: 42,
      orderDate: '2026-11-30',
      productLineId: 3,
      quantity: 1200.5,
      amountFen: 1_234_560,
      costFen: 900_000,
    });
  });

  it('a value the fields would refuse reaches the server as -1, so the server names the field', () => {
    const input = orderLineInputOf({ quantity: '1.234', amountFen: '1.234', costFen: 'x' });
    expect(input).toMatchObject({ accountId: 0, orderDate: '', productLineId: 0, quantity: -1 });
    expect([input.amountFen, input.costFen]).toEqual([-1, -1]);
  });

  it('a new line starts today with quantity 1 on the filtered account and product line', () => {
    const values = orderLineFormValuesOf(undefined, today, { accountId: 7, productLineId: 2 });
    expect(values.orderDate?.format('YYYY-MM-DD')).toBe('2026-12-07');
    expect(values).toMatchObject({
      accountId: 7,
      productLineId: 2,
      quantity: '1',
      amountFen: '',
      costFen: '',
    });
  });

  it('a stored line round-trips through the form and keeps its product, order and line number', () => {
    const patch = orderLinePatchOf(orderLineFormValuesOf(row, today), row);
    expect(patch).toEqual({
      accountId: 42,
      orderDate: '2026-10-15',
      productLineId: 3,
      quantity: 12.5,
      amountFen: 1_000_005,
      costFen: 700_000,
    });
  });

  it('moving a line with a product to another product line clears the product', () => {
    const values = { ...orderLineFormValuesOf(row, today), productLineId: 4 };
    expect(orderLinePatchOf(values, row)).toMatchObject({ productLineId: 4, productId: null });
    expect(orderLinePatchOf(values, { ...row, productId: null })).not.toHaveProperty('productId');
  });
});

describe('quantity text', () => {
  it.each([
    ['3', { ok: true, quantity: 3 }],
    ['0', { ok: true, quantity: 0 }],
    ['2.25', { ok: true, quantity: 2.25 }],
    ['1,000.5', { ok: true, quantity: 1000.5 }],
    ['2.255', { ok: false, problem: 'decimals' }],
    ['-1', { ok: false, problem: 'negative' }],
    ['abc', { ok: false, problem: 'invalid' }],
    ['', { ok: false, problem: 'invalid' }],
  ])('%s', (text, expected) => {
    expect(parseQuantityText(text)).toEqual(expected);
  });
});

describe('gross profit shown in the dialog', () => {
  it('is amount − cost in fen, negative for a loss, and unknown while either is not valid', () => {
    expect(grossProfitFenOf({ amountFen: '100', costFen: '60.5' })).toBe(3_950);
    expect(grossProfitFenOf({ amountFen: '100', costFen: '120' })).toBe(-2_000);
    expect(grossProfitFenOf({ amountFen: '100', costFen: '' })).toBeNull();
    expect(grossProfitFenOf({ amountFen: '1.234', costFen: '1' })).toBeNull();
  });
});

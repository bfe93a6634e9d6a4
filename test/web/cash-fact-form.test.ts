// [TGT-1] the 回款 and 费用 dialogs: form values become the API body (dates 'YYYY-MM-DD', 元 text → fen, blank
// optional texts → null), and a stored row comes back as the same form values.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { CollectionT, ExpenseT } from '../../web/src/api/cash-facts.ts';
import {
  collectionFormValuesOf,
  collectionInputOf,
  expenseFormValuesOf,
  expenseInputOf,
} from '../../web/src/routes/facts/cash-fact-form.ts';

const today = dayjs('2026-12-07');

describe('collection dialog', () => {
  it('sends fen, the day and null for a blank reference', () => {
    expect(
      collectionInputOf({
        accountId: 42,
        collectedOn: dayjs('2026-11-30'),
        amountFen: '¥12,345.6',
        reference: '   ',
      }),
    ).toEqual({ accountId: 42, collectedOn: '2026-11-30', amountFen: 1_234_560, reference: null });
  });

  it('a new collection starts today on the filtered account, empty otherwise', () => {
    const values = collectionFormValuesOf(undefined, today, 7);
    expect(values.accountId).toBe(7);
    expect(values.collectedOn?.format('YYYY-MM-DD')).toBe('2026-12-07');
    expect(values.amountFen).toBe('');
  });

  it('a stored collection round-trips through the form', () => {
    const row: CollectionT = {
      id: 1,
      accountId: 42,
      accountCode: 'C042',
      accountName: '华东商贸',
      collectedOn: '2026-10-15',
      amountFen: 1_000_005,
      reference: 'BANK-1',
      updatedAt: '2026-10-15T08:00:00Z',
    };
    expect(collectionInputOf(collectionFormValuesOf(row, today))).toEqual({
      accountId: 42,
      collectedOn: '2026-10-15',
      amountFen: 1_000_005,
      reference: 'BANK-1',
    });
  });
});

describe('expense dialog', () => {
  it('trims the category and sends a blank note as null', () => {
    expect(
      expenseInputOf({
        accountId: 3,
        spentOn: dayjs('2026-12-01'),
        category: ' 差旅 ',
        amountFen: '880',
        note: '',
      }),
    ).toEqual({ accountId: 3, spentOn: '2026-12-01', category: '差旅', amountFen: 88_000, note: null });
  });

  it('a stored expense round-trips through the form', () => {
    const row: ExpenseT = {
      id: 9,
      accountId: 3,
      accountCode: 'C003',
      accountName: '西部连锁',
      spentOn: '2026-09-09',
      category: '招待',
      amountFen: 12_340,
      note: '客户答谢',
      updatedAt: '2026-09-09T08:00:00Z',
    };
    expect(expenseInputOf(expenseFormValuesOf(row, today))).toEqual({
      accountId: 3,
      spentOn: '2026-09-09',
      category: '招待',
      amountFen: 12_340,
      note: '客户答谢',
    });
  });
});

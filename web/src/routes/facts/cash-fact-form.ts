// Form values ↔ API bodies of the 回款 and 费用 dialogs ([TGT-1]): dates are day pickers ('YYYY-MM-DD' on the
// wire), money is typed as 元 text and sent as integer fen, blank optional texts are sent as null (cleared).
import dayjs, { type Dayjs } from 'dayjs';
import type { CollectionInputT, CollectionT, ExpenseInputT, ExpenseT } from '../../api/cash-facts.ts';
import { parseYuanText, yuanInputText } from '../../lib/money.ts';

export interface CollectionFormValues {
  accountId?: number | undefined;
  collectedOn?: Dayjs | null | undefined;
  amountFen?: string | undefined;
  reference?: string | undefined;
}

export interface ExpenseFormValues {
  accountId?: number | undefined;
  spentOn?: Dayjs | null | undefined;
  category?: string | undefined;
  amountFen?: string | undefined;
  note?: string | undefined;
}

/** The fields of each dialog in tab order; server details are matched to these names. */
export const COLLECTION_FIELDS = ['accountId', 'collectedOn', 'amountFen', 'reference'] as const;
export const EXPENSE_FIELDS = ['accountId', 'spentOn', 'category', 'amountFen', 'note'] as const;

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : '');
/** Invalid text never gets here (the field refuses it); -1 lets the server name the field if it does. */
const fen = (text: string | undefined) => {
  const parsed = parseYuanText(text ?? '');
  return parsed.ok ? parsed.fen : -1;
};
const optionalText = (text: string | undefined) => text?.trim() || null;

export function collectionInputOf(values: CollectionFormValues): CollectionInputT {
  return {
    accountId: values.accountId ?? 0,
    collectedOn: day(values.collectedOn),
    amountFen: fen(values.amountFen),
    reference: optionalText(values.reference),
  };
}

export function expenseInputOf(values: ExpenseFormValues): ExpenseInputT {
  return {
    accountId: values.accountId ?? 0,
    spentOn: day(values.spentOn),
    category: values.category?.trim() ?? '',
    amountFen: fen(values.amountFen),
    note: optionalText(values.note),
  };
}

/** A row as the dialog shows it; a new row starts today (and on the filtered account, if any). */
export function collectionFormValuesOf(
  row: CollectionT | undefined,
  today: Dayjs,
  accountId?: number,
): CollectionFormValues {
  if (!row) return { accountId, collectedOn: today, amountFen: '', reference: '' };
  return {
    accountId: row.accountId,
    collectedOn: dayjs(row.collectedOn),
    amountFen: yuanInputText(row.amountFen),
    reference: row.reference ?? '',
  };
}

export function expenseFormValuesOf(
  row: ExpenseT | undefined,
  today: Dayjs,
  accountId?: number,
): ExpenseFormValues {
  if (!row) return { accountId, spentOn: today, category: '', amountFen: '', note: '' };
  return {
    accountId: row.accountId,
    spentOn: dayjs(row.spentOn),
    category: row.category,
    amountFen: yuanInputText(row.amountFen),
    note: row.note ?? '',
  };
}

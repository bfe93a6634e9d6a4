// Incremental maintenance of the monthly facts ([TGT-5]: actuals stay correct when order lines, collections and
// expenses are inserted, corrected or deleted). A write changes the facts by its rows' contributions: the old
// row's contribution comes out, the new row's goes in, and changes of the same account, month and product line
// are summed; a change that sums to nothing is dropped. The full recompute in tests proves the sums.
import type { FactDelta } from './fact-delta.ts';
import type { CollectionFields, ExpenseFields, FactChange, OrderLineFields } from './fact-types.ts';

/** 'YYYY-MM-01' of a 'YYYY-MM-DD' date. */
export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

const ZERO = {
  revenueFen: 0,
  costFen: 0,
  lineCount: 0,
  collectionFen: 0,
  collectionCount: 0,
  expenseFen: 0,
  expenseCount: 0,
};

/** +1 for a row that comes in, −1 for one that goes out. */
export type Sign = 1 | -1;

export function orderLineChange(
  line: Pick<OrderLineFields, 'accountId' | 'orderDate' | 'productLineId' | 'amountFen' | 'costFen'>,
  sign: Sign,
): FactChange {
  return {
    ...ZERO,
    accountId: line.accountId,
    month: monthOf(line.orderDate),
    productLineId: line.productLineId,
    revenueFen: sign * line.amountFen,
    costFen: sign * line.costFen,
    lineCount: sign,
  };
}

export function collectionChange(
  c: Pick<CollectionFields, 'accountId' | 'collectedOn' | 'amountFen'>,
  sign: Sign,
): FactChange {
  return {
    ...ZERO,
    accountId: c.accountId,
    month: monthOf(c.collectedOn),
    productLineId: null,
    collectionFen: sign * c.amountFen,
    collectionCount: sign,
  };
}

export function expenseChange(
  e: Pick<ExpenseFields, 'accountId' | 'spentOn' | 'amountFen'>,
  sign: Sign,
): FactChange {
  return {
    ...ZERO,
    accountId: e.accountId,
    month: monthOf(e.spentOn),
    productLineId: null,
    expenseFen: sign * e.amountFen,
    expenseCount: sign,
  };
}

const isZero = (c: FactChange) =>
  c.revenueFen === 0 &&
  c.costFen === 0 &&
  c.lineCount === 0 &&
  c.collectionFen === 0 &&
  c.collectionCount === 0 &&
  c.expenseFen === 0 &&
  c.expenseCount === 0;

/** Sums changes per account, month and product line, dropping those that cancel out. */
export function sumFactChanges(changes: readonly FactChange[]): FactChange[] {
  const byKey = new Map<string, FactChange>();
  for (const c of changes) {
    const key = `${c.accountId}|${c.month}|${c.productLineId ?? ''}`;
    const sum = byKey.get(key);
    if (!sum) {
      byKey.set(key, { ...c });
      continue;
    }
    sum.revenueFen += c.revenueFen;
    sum.costFen += c.costFen;
    sum.lineCount += c.lineCount;
    sum.collectionFen += c.collectionFen;
    sum.collectionCount += c.collectionCount;
    sum.expenseFen += c.expenseFen;
    sum.expenseCount += c.expenseCount;
  }
  return [...byKey.values()].filter((c) => !isZero(c));
}

/** The hook's view of the changes (tracking needs money and line counts, not cash row counts). */
export function toFactDeltas(changes: readonly FactChange[]): FactDelta[] {
  return changes.map((c) => ({
    accountId: c.accountId,
    month: c.month,
    productLineId: c.productLineId,
    revenueFen: c.revenueFen,
    costFen: c.costFen,
    lineCount: c.lineCount,
    collectionFen: c.collectionFen,
    expenseFen: c.expenseFen,
  }));
}

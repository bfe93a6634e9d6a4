// The actuals that tracking reads ([TGT-1], [TGT-5]): order lines (revenue, cost → gross profit), collections
// 回款 and expenses 费用, as use cases see them. Money is integer fen; dates are 'YYYY-MM-DD'.

/** What a person enters for one order line. */
export interface OrderLineFields {
  accountId: number;
  orderDate: string;
  productLineId: number;
  /** Optional product; when given, its product line must be productLineId. */
  productId: number | null;
  /** Up to 2 decimals, ≥ 0 (numeric(14, 2)). */
  quantity: number;
  amountFen: number;
  costFen: number;
  /** The ERP's order number and line number; together unique, so a re-import corrects the line. */
  orderNo: string | null;
  lineNo: number | null;
}

export interface OrderLine extends OrderLineFields {
  id: number;
  accountCode: string;
  accountName: string;
  productLineCode: string;
  productLineName: string;
  updatedAt: string;
}

export interface CollectionFields {
  accountId: number;
  collectedOn: string;
  amountFen: number;
  reference: string | null;
}

export interface Collection extends CollectionFields {
  id: number;
  accountCode: string;
  accountName: string;
  updatedAt: string;
}

export interface ExpenseFields {
  accountId: number;
  spentOn: string;
  category: string;
  amountFen: number;
  note: string | null;
}

export interface Expense extends ExpenseFields {
  id: number;
  accountCode: string;
  accountName: string;
  updatedAt: string;
}

/** Filters of the order-line, collection and expense lists (month 'YYYY-MM'). */
export interface FactListFilter {
  accountId?: number | undefined;
  month?: string | undefined;
  productLineId?: number | undefined;
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * The change of one fact row. Product-line rows (productLineId set) change account_month_fact; cash rows
 * (productLineId null) change account_month_cash_fact. Counts let a fact row disappear when its last line goes.
 */
export interface FactChange {
  accountId: number;
  month: string;
  productLineId: number | null;
  revenueFen: number;
  costFen: number;
  lineCount: number;
  collectionFen: number;
  collectionCount: number;
  expenseFen: number;
  expenseCount: number;
}

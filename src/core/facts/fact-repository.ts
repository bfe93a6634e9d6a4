// Port: what the actuals use cases need from storage — the raw rows (order_line, collection, expense), the
// monthly facts they maintain (account_month_fact, account_month_cash_fact) and the staging of a bulk import.
// Implemented in db/repositories/fact-repository.ts.
import type { Scope } from '../org/actor.ts';
import type {
  Collection,
  CollectionFields,
  Expense,
  ExpenseFields,
  FactChange,
  FactListFilter,
  OrderLine,
  OrderLineFields,
  Page,
} from './fact-types.ts';

/** One validated row of an order-line import with ids resolved, written in batches. */
export interface StagedOrderLine {
  row: number;
  orderNo: string;
  lineNo: number;
  orderDate: string;
  accountId: number;
  productLineId: number;
  quantity: number;
  amountFen: number;
  costFen: number;
}

export interface FactRepository {
  listOrderLines(scope: Scope, filter: FactListFilter): Promise<Page<OrderLine>>;
  /** Undefined when missing or on an account outside the scope; lock holds the row until commit (writes). */
  findOrderLine(scope: Scope, id: number, lock?: boolean): Promise<OrderLine | undefined>;
  /** The stored line with that order and line number, if any (re-entry corrects it). */
  findOrderLineIdByNumber(orderNo: string, lineNo: number): Promise<number | undefined>;
  insertOrderLine(fields: OrderLineFields): Promise<number>;
  updateOrderLine(id: number, fields: OrderLineFields): Promise<void>;
  deleteOrderLine(id: number): Promise<void>;

  listCollections(scope: Scope, filter: FactListFilter): Promise<Page<Collection>>;
  findCollection(scope: Scope, id: number, lock?: boolean): Promise<Collection | undefined>;
  insertCollection(fields: CollectionFields): Promise<number>;
  updateCollection(id: number, fields: CollectionFields): Promise<void>;
  deleteCollection(id: number): Promise<void>;

  listExpenses(scope: Scope, filter: FactListFilter): Promise<Page<Expense>>;
  findExpense(scope: Scope, id: number, lock?: boolean): Promise<Expense | undefined>;
  insertExpense(fields: ExpenseFields): Promise<number>;
  updateExpense(id: number, fields: ExpenseFields): Promise<void>;
  deleteExpense(id: number): Promise<void>;

  /** Product line id and product line of a product, if the product exists. */
  productLineOfProduct(productId: number): Promise<number | undefined>;
  productLineExists(productLineId: number): Promise<boolean>;
  /** Every product line, by code (for filters and pickers). */
  listProductLines(): Promise<Array<{ id: number; code: string; name: string }>>;

  /** Adds summed changes to both fact tables; fact rows left with no line, collection or expense go away. */
  applyFactChanges(
    changes: readonly FactChange[],
    options?: { bypassForeignKeyTriggers?: boolean | undefined },
  ): Promise<void>;

  /** Import lookups, loaded once per import: account code → id of the visible accounts, product line code/name → id. */
  visibleAccountCodes(scope: Scope): Promise<Map<string, number>>;
  productLineKeys(): Promise<Map<string, number>>;
  /**
   * Whether this transaction may write order lines without the per-row foreign-key triggers (a superuser
   * role, always on PGlite); mergeStagedOrderLines then locks the referenced accounts and product lines itself.
   */
  mayBypassForeignKeyTriggers(): Promise<boolean>;
  /** Removes account_month_fact rows of these keys that no longer count any line. */
  removeEmptyLineFacts(
    keys: readonly Pick<FactChange, 'accountId' | 'month' | 'productLineId'>[],
  ): Promise<void>;
  /**
   * Adds validated import lines to this transaction's staging table (made on first use, unindexed, dropped at
   * commit or rollback), streamed by COPY; lines with a new (订单号, 行号) are copied into order_line at once.
   * Returns how many were new.
   */
  stageOrderLines(
    rows: readonly StagedOrderLine[],
    options: { bypassForeignKeyTriggers: boolean },
  ): Promise<{ created: number }>;
  /**
   * Finishes the staged lines in set-based statements: known order numbers corrected
   * (unchanged ones left alone), account_month_fact moved by the changes grouped by account × month × product
   * line (new values in, the corrected lines' old values out) and fact rows emptied by corrections removed.
   * Returns the counts, the number of fact rows moved and, when asked, those changes (for the hooks).
   */
  mergeStagedOrderLines(options: { bypassForeignKeyTriggers: boolean; withChanges: boolean }): Promise<{
    updated: number;
    factRows: number;
    changes: FactChange[];
  }>;
}

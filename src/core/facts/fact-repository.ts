// Port: what the actuals use cases need from storage — the raw rows (order_line, collection, expense), the
// monthly facts they maintain (account_month_fact, account_month_cash_fact) and the staging of a bulk import.
// Implemented in db/repositories/fact-repository.ts.
import type { Scope } from '../org/actor.ts';
import type { StagedFactDeltas } from './fact-delta.ts';
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
import type { LineFactSums } from './line-fact-sums.ts';

/** One validated row of an order-line import with ids resolved. */
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

/** The batches of one import, written while the file is still read. */
export interface OrderLineImportWriter {
  /** Adds a line to the current batch (kept as the text the database takes, not as the object). */
  add(line: StagedOrderLine): void;
  /** Lines in the current batch. */
  readonly pending: number;
  /** Takes the current batch at once and writes it; resolves with how many of its lines were new. */
  flush(): Promise<number>;
  /** Drops the current batch (the import found a problem and will roll back). */
  discard(): void;
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
   * role, always on PGlite); stageOrderLines then locks the referenced accounts and product lines itself.
   */
  mayBypassForeignKeyTriggers(): Promise<boolean>;
  /** Removes account_month_fact rows of these keys that no longer count any line. */
  removeEmptyLineFacts(
    keys: readonly Pick<FactChange, 'accountId' | 'month' | 'productLineId'>[],
  ): Promise<void>;
  /**
   * Starts writing an import's validated lines in this transaction, batch by batch: lines with a new
   * (订单号, 行号) go into order_line at once (COPY), stored ones are staged as corrections (a temporary table,
   * dropped at commit or rollback).
   */
  orderLineImportWriter(options: { bypassForeignKeyTriggers: boolean }): OrderLineImportWriter;
  /**
   * Finishes the import in set-based statements: the staged corrections update order_line (unchanged lines left
   * alone), account_month_fact moves by the new lines' sums minus the corrected lines' old values per account ×
   * month × product line, and fact rows emptied by corrections go away. Returns the counts and the deltas,
   * staged in the transaction for the hooks.
   */
  mergeStagedOrderLines(options: { bypassForeignKeyTriggers: boolean; sums: LineFactSums }): Promise<{
    updated: number;
    factRows: number;
    deltas: StagedFactDeltas;
  }>;
}

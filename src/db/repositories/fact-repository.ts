// Kysely implementation of the actuals port: order lines, collections and expenses (visible when their account
// is), the incremental maintenance of account_month_fact and account_month_cash_fact by summed changes, and the
// bulk import's staging (order-line-import-staging.ts). Set-based statements over unnest() arrays run the same on
// PGlite and PostgreSQL.
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { FactRepository } from '../../core/facts/fact-repository.ts';
import type { FactChange, FactListFilter } from '../../core/facts/fact-types.ts';
import type { Scope } from '../../core/org/actor.ts';
import type { DB } from '../schema.ts';
import { createOrderLineImportStaging } from './order-line-import-staging.ts';
import { accountVisible } from './visibility.ts';

/** 'YYYY-MM' → the first day of that month and of the next. */
function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return [`${month}-01`, next];
}

/**
 * One page of a fact list, newest first (`date` desc, then `id` desc), and the count of the whole filtered list;
 * the same query answers both.
 */
async function newestFirstPage<D, TB extends keyof D, O>(
  q: SelectQueryBuilder<D, TB, O>,
  date: string,
  id: string,
  page: { limit: number; offset: number },
): Promise<{ rows: O[]; total: number }> {
  const [rows, total] = await Promise.all([
    q
      .orderBy(sql.ref(date), 'desc')
      .orderBy(sql.ref(id), 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows, total: Number((total as { n?: number } | undefined)?.n ?? 0) };
}

const FACT_CHUNK = 20_000;

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : String(d));

export function createFactRepository(db: Kysely<DB>): FactRepository {
  const removeEmptyLineFacts: FactRepository['removeEmptyLineFacts'] = async (keys) => {
    for (let at = 0; at < keys.length; at += FACT_CHUNK) {
      const chunk = keys.slice(at, at + FACT_CHUNK);
      await sql`
        DELETE FROM account_month_fact f
         USING unnest(${chunk.map((k) => k.accountId)}::bigint[], ${chunk.map((k) => k.month)}::date[],
                      ${chunk.map((k) => k.productLineId as number)}::bigint[]) AS k(account_id, month, product_line_id)
         WHERE f.account_id = k.account_id AND f.month = k.month AND f.product_line_id = k.product_line_id
           AND f.line_count = 0`.execute(db);
    }
  };
  const orderLines = () =>
    db
      .selectFrom('order_line as ol')
      .innerJoin('account as a', 'a.account_id', 'ol.account_id')
      .innerJoin('product_line as pl', 'pl.product_line_id', 'ol.product_line_id')
      .select([
        'ol.order_line_id as id',
        'ol.account_id as accountId',
        'a.code as accountCode',
        'a.name as accountName',
        'ol.order_date as orderDate',
        'ol.product_line_id as productLineId',
        'pl.code as productLineCode',
        'pl.name as productLineName',
        'ol.product_id as productId',
        'ol.quantity',
        'ol.amount_fen as amountFen',
        'ol.cost_fen as costFen',
        'ol.order_no as orderNo',
        'ol.line_no as lineNo',
        'ol.updated_at as updatedAt',
      ]);
  const collections = () =>
    db
      .selectFrom('collection as c')
      .innerJoin('account as a', 'a.account_id', 'c.account_id')
      .select([
        'c.collection_id as id',
        'c.account_id as accountId',
        'a.code as accountCode',
        'a.name as accountName',
        'c.collected_on as collectedOn',
        'c.amount_fen as amountFen',
        'c.reference',
        'c.updated_at as updatedAt',
      ]);
  const expenses = () =>
    db
      .selectFrom('expense as e')
      .innerJoin('account as a', 'a.account_id', 'e.account_id')
      .select([
        'e.expense_id as id',
        'e.account_id as accountId',
        'a.code as accountCode',
        'a.name as accountName',
        'e.spent_on as spentOn',
        'e.category',
        'e.amount_fen as amountFen',
        'e.note',
        'e.updated_at as updatedAt',
      ]);
  const withIso = <R extends { updatedAt: Date | string }>(row: R) => ({
    ...row,
    updatedAt: iso(row.updatedAt),
  });

  return {
    async listOrderLines(scope: Scope, f: FactListFilter) {
      let q = orderLines().where(accountVisible(db, scope, 'ol.account_id'));
      if (f.accountId !== undefined) q = q.where('ol.account_id', '=', f.accountId);
      if (f.productLineId !== undefined) q = q.where('ol.product_line_id', '=', f.productLineId);
      if (f.month !== undefined) {
        const [from, to] = monthRange(f.month);
        q = q.where('ol.order_date', '>=', from).where('ol.order_date', '<', to);
      }
      const { rows, total } = await newestFirstPage(q, 'ol.order_date', 'ol.order_line_id', f);
      return { items: rows.map(withIso), total };
    },
    async findOrderLine(scope, id, lock = false) {
      let q = orderLines()
        .where('ol.order_line_id', '=', id)
        .where(accountVisible(db, scope, 'ol.account_id'));
      if (lock) q = q.forUpdate('ol');
      const row = await q.executeTakeFirst();
      return row && withIso(row);
    },
    async findOrderLineIdByNumber(orderNo, lineNo) {
      const row = await db
        .selectFrom('order_line')
        .select('order_line_id')
        .where('order_no', '=', orderNo)
        .where('line_no', '=', lineNo)
        .executeTakeFirst();
      return row?.order_line_id;
    },
    async insertOrderLine(f) {
      const row = await db
        .insertInto('order_line')
        .values({
          account_id: f.accountId,
          order_date: f.orderDate,
          product_line_id: f.productLineId,
          product_id: f.productId,
          quantity: f.quantity,
          amount_fen: f.amountFen,
          cost_fen: f.costFen,
          order_no: f.orderNo,
          line_no: f.lineNo,
        })
        .returning('order_line_id')
        .executeTakeFirstOrThrow();
      return row.order_line_id;
    },
    async updateOrderLine(id, f) {
      await db
        .updateTable('order_line')
        .set({
          account_id: f.accountId,
          order_date: f.orderDate,
          product_line_id: f.productLineId,
          product_id: f.productId,
          quantity: f.quantity,
          amount_fen: f.amountFen,
          cost_fen: f.costFen,
          order_no: f.orderNo,
          line_no: f.lineNo,
          updated_at: sql`now()`,
        })
        .where('order_line_id', '=', id)
        .execute();
    },
    async deleteOrderLine(id) {
      await db.deleteFrom('order_line').where('order_line_id', '=', id).execute();
    },

    async listCollections(scope, f) {
      let q = collections().where(accountVisible(db, scope, 'c.account_id'));
      if (f.accountId !== undefined) q = q.where('c.account_id', '=', f.accountId);
      if (f.month !== undefined) {
        const [from, to] = monthRange(f.month);
        q = q.where('c.collected_on', '>=', from).where('c.collected_on', '<', to);
      }
      const { rows, total } = await newestFirstPage(q, 'c.collected_on', 'c.collection_id', f);
      return { items: rows.map(withIso), total };
    },
    async findCollection(scope, id, lock = false) {
      let q = collections()
        .where('c.collection_id', '=', id)
        .where(accountVisible(db, scope, 'c.account_id'));
      if (lock) q = q.forUpdate('c');
      const row = await q.executeTakeFirst();
      return row && withIso(row);
    },
    async insertCollection(f) {
      const row = await db
        .insertInto('collection')
        .values({
          account_id: f.accountId,
          collected_on: f.collectedOn,
          amount_fen: f.amountFen,
          reference: f.reference,
        })
        .returning('collection_id')
        .executeTakeFirstOrThrow();
      return row.collection_id;
    },
    async updateCollection(id, f) {
      await db
        .updateTable('collection')
        .set({
          account_id: f.accountId,
          collected_on: f.collectedOn,
          amount_fen: f.amountFen,
          reference: f.reference,
          updated_at: sql`now()`,
        })
        .where('collection_id', '=', id)
        .execute();
    },
    async deleteCollection(id) {
      await db.deleteFrom('collection').where('collection_id', '=', id).execute();
    },

    async listExpenses(scope, f) {
      let q = expenses().where(accountVisible(db, scope, 'e.account_id'));
      if (f.accountId !== undefined) q = q.where('e.account_id', '=', f.accountId);
      if (f.month !== undefined) {
        const [from, to] = monthRange(f.month);
        q = q.where('e.spent_on', '>=', from).where('e.spent_on', '<', to);
      }
      const { rows, total } = await newestFirstPage(q, 'e.spent_on', 'e.expense_id', f);
      return { items: rows.map(withIso), total };
    },
    async findExpense(scope, id, lock = false) {
      let q = expenses()
        .where('e.expense_id', '=', id)
        .where(accountVisible(db, scope, 'e.account_id'));
      if (lock) q = q.forUpdate('e');
      const row = await q.executeTakeFirst();
      return row && withIso(row);
    },
    async insertExpense(f) {
      const row = await db
        .insertInto('expense')
        .values({
          account_id: f.accountId,
          spent_on: f.spentOn,
          category: f.category,
          amount_fen: f.amountFen,
          note: f.note,
        })
        .returning('expense_id')
        .executeTakeFirstOrThrow();
      return row.expense_id;
    },
    async updateExpense(id, f) {
      await db
        .updateTable('expense')
        .set({
          account_id: f.accountId,
          spent_on: f.spentOn,
          category: f.category,
          amount_fen: f.amountFen,
          note: f.note,
          updated_at: sql`now()`,
        })
        .where('expense_id', '=', id)
        .execute();
    },
    async deleteExpense(id) {
      await db.deleteFrom('expense').where('expense_id', '=', id).execute();
    },

    async productLineOfProduct(productId) {
      const row = await db
        .selectFrom('product')
        .select('product_line_id')
        .where('product_id', '=', productId)
        .executeTakeFirst();
      return row?.product_line_id;
    },
    async productLineExists(productLineId) {
      const row = await db
        .selectFrom('product_line')
        .select('product_line_id')
        .where('product_line_id', '=', productLineId)
        .executeTakeFirst();
      return row !== undefined;
    },

    listProductLines() {
      return db
        .selectFrom('product_line')
        .select(['product_line_id as id', 'code', 'name'])
        .orderBy('code')
        .execute();
    },

    removeEmptyLineFacts,

    async applyFactChanges(changes, options = {}) {
      // Sorted keys: two writers touching the same fact rows lock them in the same order (no deadlock).
      // (Plain comparisons: localeCompare made sorting an 800,000-row import's changes take most of a minute.)
      const sorted = [...changes].sort(
        (a, b) =>
          a.accountId - b.accountId ||
          (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) ||
          (a.productLineId ?? 0) - (b.productLineId ?? 0),
      );
      const lines = sorted.filter((c) => c.productLineId !== null);
      const cash = sorted.filter((c) => c.productLineId === null);
      // Bulk imports (which locked every referenced account and product line) skip the per-row FK triggers.
      if (options.bypassForeignKeyTriggers)
        await sql`SET LOCAL session_replication_role = replica`.execute(db);
      try {
        // Statements of at most FACT_CHUNK rows: a bulk import's hundreds of thousands of changes in one
        // statement would hold arrays of that size in memory on both sides.
        for (let at = 0; at < lines.length; at += FACT_CHUNK)
          await applyLineChanges(db, lines.slice(at, at + FACT_CHUNK));
        for (let at = 0; at < cash.length; at += FACT_CHUNK)
          await applyCashChanges(db, cash.slice(at, at + FACT_CHUNK));
      } finally {
        if (options.bypassForeignKeyTriggers)
          await sql`SET LOCAL session_replication_role = origin`.execute(db);
      }
    },

    async visibleAccountCodes(scope) {
      const rows = await db
        .selectFrom('account as a')
        .select(['a.code', 'a.account_id'])
        .where(accountVisible(db, scope, 'a.account_id'))
        .execute();
      return new Map(rows.map((r) => [r.code, r.account_id] as const));
    },
    async productLineKeys() {
      const rows = await db.selectFrom('product_line').select(['product_line_id', 'code', 'name']).execute();
      const keys = new Map<string, number>();
      // Codes win over names when a name happens to equal another line's code.
      for (const r of rows) keys.set(r.name.trim().toLowerCase(), r.product_line_id);
      for (const r of rows) keys.set(r.code.trim().toLowerCase(), r.product_line_id);
      return keys;
    },
    ...createOrderLineImportStaging(db),
  };
}

async function applyLineChanges(db: Kysely<DB>, changes: readonly FactChange[]): Promise<void> {
  const accounts = changes.map((c) => c.accountId);
  const months = changes.map((c) => c.month);
  const lines = changes.map((c) => c.productLineId as number);
  await sql`
    INSERT INTO account_month_fact AS f (account_id, month, product_line_id, revenue_fen, cost_fen, line_count)
    SELECT * FROM unnest(${accounts}::bigint[], ${months}::date[], ${lines}::bigint[],
                         ${changes.map((c) => c.revenueFen)}::bigint[], ${changes.map((c) => c.costFen)}::bigint[],
                         ${changes.map((c) => c.lineCount)}::int[])
    ON CONFLICT (account_id, month, product_line_id) DO UPDATE SET
      revenue_fen = f.revenue_fen + excluded.revenue_fen,
      cost_fen = f.cost_fen + excluded.cost_fen,
      line_count = f.line_count + excluded.line_count`.execute(db);
  if (changes.some((c) => c.lineCount < 0))
    await sql`
      DELETE FROM account_month_fact f
       USING unnest(${accounts}::bigint[], ${months}::date[], ${lines}::bigint[]) AS k(account_id, month, product_line_id)
       WHERE f.account_id = k.account_id AND f.month = k.month AND f.product_line_id = k.product_line_id
         AND f.line_count = 0`.execute(db);
}

async function applyCashChanges(db: Kysely<DB>, changes: readonly FactChange[]): Promise<void> {
  const accounts = changes.map((c) => c.accountId);
  const months = changes.map((c) => c.month);
  await sql`
    INSERT INTO account_month_cash_fact AS f (account_id, month, collection_fen, collection_count, expense_fen, expense_count)
    SELECT * FROM unnest(${accounts}::bigint[], ${months}::date[],
                         ${changes.map((c) => c.collectionFen)}::bigint[], ${changes.map((c) => c.collectionCount)}::int[],
                         ${changes.map((c) => c.expenseFen)}::bigint[], ${changes.map((c) => c.expenseCount)}::int[])
    ON CONFLICT (account_id, month) DO UPDATE SET
      collection_fen = f.collection_fen + excluded.collection_fen,
      collection_count = f.collection_count + excluded.collection_count,
      expense_fen = f.expense_fen + excluded.expense_fen,
      expense_count = f.expense_count + excluded.expense_count`.execute(db);
  if (changes.some((c) => c.collectionCount < 0 || c.expenseCount < 0))
    await sql`
      DELETE FROM account_month_cash_fact f
       USING unnest(${accounts}::bigint[], ${months}::date[]) AS k(account_id, month)
       WHERE f.account_id = k.account_id AND f.month = k.month
         AND f.collection_count = 0 AND f.expense_count = 0`.execute(db);
}

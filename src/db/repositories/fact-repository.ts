// Kysely implementation of the actuals port: order lines, collections and expenses (visible when their account
// is), the incremental maintenance of account_month_fact and account_month_cash_fact by summed changes, and the
// batch upsert of imported order lines. Set-based statements over unnest() arrays run the same on PGlite and
// PostgreSQL.
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { FactRepository, StagedOrderLine } from '../../core/facts/fact-repository.ts';
import type { FactChange, FactListFilter } from '../../core/facts/fact-types.ts';
import type { Scope } from '../../core/org/actor.ts';
import type { DB } from '../schema.ts';
import { accountVisible } from './visibility.ts';

/** 'YYYY-MM' → the first day of that month and of the next. */
function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return [`${month}-01`, next];
}

const FACT_CHUNK = 20_000;

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : String(d));

export function createFactRepository(db: Kysely<DB>): FactRepository {
  // Whether this transaction created the import staging table (the repository lives as long as the
  // transaction it was made for; the table as long as the transaction).
  let staged = false;
  // Accounts and product lines this transaction has locked FOR KEY SHARE, so each batch locks only new ones.
  const lockedAccounts = new Set<number>();
  const lockedProductLines = new Set<number>();
  /** What the foreign-key triggers would do row by row, once per referenced row: it exists and stays until commit. */
  const lockReferences = async (rows: readonly StagedOrderLine[]) => {
    const accountIds: number[] = [];
    const productLineIds: number[] = [];
    for (const r of rows) {
      if (!lockedAccounts.has(r.accountId)) {
        lockedAccounts.add(r.accountId);
        accountIds.push(r.accountId);
      }
      if (!lockedProductLines.has(r.productLineId)) {
        lockedProductLines.add(r.productLineId);
        productLineIds.push(r.productLineId);
      }
    }
    if (accountIds.length === 0 && productLineIds.length === 0) return;
    const locked = await sql<{ a: number; p: number }>`
      SELECT (SELECT count(*) FROM (SELECT 1 FROM account WHERE account_id = ANY(${accountIds}::bigint[])
                                     FOR KEY SHARE) x)::int AS a,
             (SELECT count(*) FROM (SELECT 1 FROM product_line
                                     WHERE product_line_id = ANY(${productLineIds}::bigint[]) FOR KEY SHARE) y)::int AS p`.execute(
      db,
    );
    if (locked.rows[0]?.a !== accountIds.length || locked.rows[0]?.p !== productLineIds.length)
      throw new Error('an account or product line of the import disappeared while importing');
  };
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
      const [items, total] = await Promise.all([
        q
          .orderBy('ol.order_date', 'desc')
          .orderBy('ol.order_line_id', 'desc')
          .limit(f.limit)
          .offset(f.offset)
          .execute(),
        q
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst(),
      ]);
      return { items: items.map(withIso), total: Number(total?.n ?? 0) };
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
      const [items, total] = await Promise.all([
        q
          .orderBy('c.collected_on', 'desc')
          .orderBy('c.collection_id', 'desc')
          .limit(f.limit)
          .offset(f.offset)
          .execute(),
        q
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst(),
      ]);
      return { items: items.map(withIso), total: Number(total?.n ?? 0) };
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
      const [items, total] = await Promise.all([
        q
          .orderBy('e.spent_on', 'desc')
          .orderBy('e.expense_id', 'desc')
          .limit(f.limit)
          .offset(f.offset)
          .execute(),
        q
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst(),
      ]);
      return { items: items.map(withIso), total: Number(total?.n ?? 0) };
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
    async mayBypassForeignKeyTriggers() {
      await sql`SAVEPOINT fk_bypass_probe`.execute(db);
      try {
        await sql`SET LOCAL session_replication_role = replica`.execute(db);
        await sql`SET LOCAL session_replication_role = origin`.execute(db);
        await sql`RELEASE SAVEPOINT fk_bypass_probe`.execute(db);
        return true;
      } catch {
        await sql`ROLLBACK TO SAVEPOINT fk_bypass_probe`.execute(db);
        return false;
      }
    },
    async stageOrderLines(rows: readonly StagedOrderLine[], { bypassForeignKeyTriggers }) {
      if (!staged) {
        // Unindexed and temporary (no WAL), gone at commit or rollback: a dry run leaves nothing behind.
        await sql`
          CREATE TEMP TABLE order_line_import (
            order_no text NOT NULL, line_no int NOT NULL, order_date date NOT NULL, account_id bigint NOT NULL,
            product_line_id bigint NOT NULL, quantity numeric NOT NULL, amount_fen bigint NOT NULL,
            cost_fen bigint NOT NULL, known boolean NOT NULL
          ) ON COMMIT DROP`.execute(db);
        staged = true;
      }
      if (rows.length === 0) return { created: 0 };
      // Lines whose (订单号, 行号) is already stored are corrected by mergeStagedOrderLines; the others are new and
      // go straight into order_line by COPY (a concurrent import of the same new numbers fails on the unique index).
      const existing = await sql<{ order_no: string; line_no: number }>`
        SELECT o.order_no, o.line_no FROM order_line o
          JOIN unnest(${rows.map((r) => r.orderNo)}::text[], ${rows.map((r) => r.lineNo)}::int[]) AS k(order_no, line_no)
            ON o.order_no = k.order_no AND o.line_no = k.line_no`.execute(db);
      const known = new Set(existing.rows.map((k) => `${k.order_no}\u0001${k.line_no}`));
      const fresh = known.size === 0 ? rows : rows.filter((r) => !known.has(`${r.orderNo}\u0001${r.lineNo}`));
      if (bypassForeignKeyTriggers) await lockReferences(rows);
      if (bypassForeignKeyTriggers) await sql`SET LOCAL session_replication_role = replica`.execute(db);
      try {
        if (fresh.length > 0)
          await db.executeQuery(
            CompiledQuery.raw(
              'COPY order_line (order_no, line_no, order_date, account_id, product_line_id, quantity, amount_fen, cost_fen) FROM STDIN',
              [copyText(fresh, null)],
            ),
          );
        await db.executeQuery(
          CompiledQuery.raw(
            'COPY order_line_import (order_no, line_no, order_date, account_id, product_line_id, quantity, amount_fen, cost_fen, known) FROM STDIN',
            [copyText(rows, known)],
          ),
        );
      } finally {
        if (bypassForeignKeyTriggers) await sql`SET LOCAL session_replication_role = origin`.execute(db);
      }
      return { created: fresh.length };
    },
    async mergeStagedOrderLines({ bypassForeignKeyTriggers, withChanges }) {
      if (!staged) return { updated: 0, factRows: 0, changes: [] };
      // Temporary tables are never analyzed by autovacuum; the joins below need its size and spread.
      await sql`ANALYZE order_line_import`.execute(db);
      if (bypassForeignKeyTriggers) {
        await sql`SET LOCAL session_replication_role = replica`.execute(db);
      }
      try {
        const result = await sql<{
          updated: number;
          fact_rows: number;
          replaced: string | null;
          changes: string | null;
        }>`
          WITH old AS (
            -- The corrected lines' values before this statement: every CTE reads the same snapshot.
            SELECT o.account_id, date_trunc('month', o.order_date)::date AS month, o.product_line_id,
                   sum(o.amount_fen)::bigint AS r, sum(o.cost_fen)::bigint AS c, count(*)::int AS n
              FROM order_line o JOIN order_line_import i ON i.known AND o.order_no = i.order_no AND o.line_no = i.line_no
             GROUP BY 1, 2, 3
          ), written AS (
            UPDATE order_line o SET
              order_date = i.order_date, account_id = i.account_id, product_line_id = i.product_line_id,
              product_id = CASE WHEN o.product_line_id = i.product_line_id THEN o.product_id END,
              quantity = i.quantity, amount_fen = i.amount_fen, cost_fen = i.cost_fen, updated_at = now()
              FROM order_line_import i
             WHERE i.known AND o.order_no = i.order_no AND o.line_no = i.line_no
               AND (o.order_date, o.account_id, o.product_line_id, o.quantity, o.amount_fen, o.cost_fen)
                   IS DISTINCT FROM (i.order_date, i.account_id, i.product_line_id, i.quantity, i.amount_fen, i.cost_fen)
            RETURNING 1
          ), delta AS (
            SELECT account_id, month, product_line_id, sum(r)::bigint AS r, sum(c)::bigint AS c, sum(n)::int AS n
              FROM (SELECT account_id, date_trunc('month', order_date)::date AS month, product_line_id,
                           sum(amount_fen) AS r, sum(cost_fen) AS c, count(*) AS n
                      FROM order_line_import GROUP BY 1, 2, 3
                    UNION ALL
                    SELECT account_id, month, product_line_id, -r, -c, -n FROM old) d
             GROUP BY 1, 2, 3
            HAVING sum(r) <> 0 OR sum(c) <> 0 OR sum(n) <> 0
          ), facts AS (
            -- Sorted keys: two writers touching the same fact rows lock them in the same order (no deadlock).
            INSERT INTO account_month_fact AS f (account_id, month, product_line_id, revenue_fen, cost_fen, line_count)
            SELECT account_id, month, product_line_id, r, c, n FROM delta ORDER BY 1, 2, 3
            ON CONFLICT (account_id, month, product_line_id) DO UPDATE SET
              revenue_fen = f.revenue_fen + excluded.revenue_fen,
              cost_fen = f.cost_fen + excluded.cost_fen,
              line_count = f.line_count + excluded.line_count
            RETURNING 1
          )
          SELECT (SELECT count(*) FROM facts)::int AS fact_rows,
                 (SELECT count(*) FROM written)::int AS updated,
                 (SELECT json_agg(json_build_array(account_id, month, product_line_id)) FROM old)::text AS replaced,
                 CASE WHEN ${withChanges}::boolean
                      THEN (SELECT json_agg(json_build_array(account_id, month, product_line_id, r, c, n)
                                          ORDER BY account_id, month, product_line_id) FROM delta)::text
                 END AS changes`.execute(db);
        const row = result.rows[0];
        const replaced = JSON.parse(row?.replaced ?? '[]') as Array<[number, string, number]>;
        // Corrections may have emptied the fact rows their lines left.
        if (replaced.length > 0)
          await removeEmptyLineFacts(
            replaced.map(([accountId, month, productLineId]) => ({ accountId, month, productLineId })),
          );
        const changes = JSON.parse(row?.changes ?? '[]') as Array<
          [number, string, number, number, number, number]
        >;
        return {
          updated: row?.updated ?? 0,
          factRows: row?.fact_rows ?? 0,
          changes: changes.map(([accountId, month, productLineId, revenueFen, costFen, lineCount]) => ({
            accountId,
            month,
            productLineId,
            revenueFen,
            costFen,
            lineCount,
            collectionFen: 0,
            collectionCount: 0,
            expenseFen: 0,
            expenseCount: 0,
          })),
        };
      } finally {
        if (bypassForeignKeyTriggers) await sql`SET LOCAL session_replication_role = origin`.execute(db);
      }
    },
  };
}

/** COPY text format of staged lines: tab-separated, the order number escaped (the only free text). */
function copyText(rows: readonly StagedOrderLine[], known: ReadonlySet<string> | null): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const r of rows) {
    const orderNo = /[\\\t\n\r]/.test(r.orderNo)
      ? r.orderNo.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] as string)
      : r.orderNo;
    chunk += `${orderNo}\t${r.lineNo}\t${r.orderDate}\t${r.accountId}\t${r.productLineId}\t${r.quantity}\t${r.amountFen}\t${r.costFen}`;
    chunk +=
      known === null
        ? '\n'
        : known.size > 0 && known.has(`${r.orderNo}\u0001${r.lineNo}`)
          ? '\tt\n'
          : '\tf\n';
    if (chunk.length >= 1 << 20) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

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

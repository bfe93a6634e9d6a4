// The monthly facts recomputed in full from the raw rows (order_line, collection, expense): what the
// incrementally maintained account_month_fact and account_month_cash_fact must equal. Used by the tests that
// prove the incremental maintenance and by `kamdesk facts rebuild`, never by a request.
import { type Kysely, sql } from 'kysely';
import type { RawSession } from '../connect.ts';
import type { DB } from '../schema.ts';
import { refreshAccountMonthFacts } from './account-month-fact-repository.ts';

export interface FactRow {
  accountId: number;
  month: string;
  /** null for a cash row. */
  productLineId: number | null;
  revenueFen: number;
  costFen: number;
  lineCount: number;
  collectionFen: number;
  collectionCount: number;
  expenseFen: number;
  expenseCount: number;
}

const RECOMPUTED = `
  SELECT account_id, date_trunc('month', order_date)::date AS month, product_line_id,
         sum(amount_fen) AS revenue_fen, sum(cost_fen) AS cost_fen, count(*) AS line_count,
         0 AS collection_fen, 0 AS collection_count, 0 AS expense_fen, 0 AS expense_count
    FROM order_line GROUP BY 1, 2, 3
  UNION ALL
  SELECT account_id, month, NULL, 0, 0, 0, sum(cf), sum(cc), sum(ef), sum(ec)
    FROM (SELECT account_id, date_trunc('month', collected_on)::date AS month, amount_fen AS cf, 1 AS cc, 0 AS ef, 0 AS ec
            FROM collection
          UNION ALL
          SELECT account_id, date_trunc('month', spent_on)::date, 0, 0, amount_fen, 1 FROM expense) cash
   GROUP BY 1, 2`;

const STORED = `
  SELECT account_id, month, product_line_id, revenue_fen, cost_fen, line_count,
         0 AS collection_fen, 0 AS collection_count, 0 AS expense_fen, 0 AS expense_count
    FROM account_month_fact
  UNION ALL
  SELECT account_id, month, NULL, 0, 0, 0, collection_fen, collection_count, expense_fen, expense_count
    FROM account_month_cash_fact`;

const AS_ROWS = (from: string) => `
  SELECT account_id::int AS "accountId", to_char(month, 'YYYY-MM-DD') AS month, product_line_id::int AS "productLineId",
         revenue_fen::bigint AS "revenueFen", cost_fen::bigint AS "costFen", line_count::int AS "lineCount",
         collection_fen::bigint AS "collectionFen", collection_count::int AS "collectionCount",
         expense_fen::bigint AS "expenseFen", expense_count::int AS "expenseCount"
    FROM (${from}) f
   ORDER BY 1, 2, 3 NULLS FIRST`;

/** Every fact row as a full recompute from the raw rows gives it, sorted by account, month, product line. */
export async function recomputedFacts(db: Kysely<DB>): Promise<FactRow[]> {
  return (await sql<FactRow>`${sql.raw(AS_ROWS(RECOMPUTED))}`.execute(db)).rows;
}

/** Every stored fact row, in the same shape and order. */
export async function storedFacts(db: Kysely<DB>): Promise<FactRow[]> {
  return (await sql<FactRow>`${sql.raw(AS_ROWS(STORED))}`.execute(db)).rows;
}

/** Fact rows that differ between the stored facts and the recompute (missing on either side counts). */
export async function factDrift(db: Kysely<DB>): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (
      (SELECT * FROM (${sql.raw(RECOMPUTED)}) r EXCEPT ALL SELECT * FROM (${sql.raw(STORED)}) s)
      UNION ALL
      (SELECT * FROM (${sql.raw(STORED)}) s EXCEPT ALL SELECT * FROM (${sql.raw(RECOMPUTED)}) r)) d`.execute(
    db,
  );
  return result.rows[0]?.n ?? 0;
}

/** Rebuilds both fact tables from the raw rows in one transaction; returns the rows written per table. */
export async function rebuildFacts(db: Kysely<DB>): Promise<{ lineFacts: number; cashFacts: number }> {
  return db.transaction().execute(async (trx) => {
    const lineFacts = await refreshAccountMonthFacts(trx);
    await sql`DELETE FROM account_month_cash_fact`.execute(trx);
    const cash = await sql<{ n: number }>`
      WITH inserted AS (
        INSERT INTO account_month_cash_fact (account_id, month, collection_fen, collection_count, expense_fen, expense_count)
        SELECT account_id, month, sum(collection_fen), sum(collection_count), sum(expense_fen), sum(expense_count)
          FROM (${sql.raw(RECOMPUTED)}) f WHERE product_line_id IS NULL GROUP BY 1, 2
        RETURNING 1)
      SELECT count(*)::int AS n FROM inserted`.execute(trx);
    return { lineFacts, cashFacts: cash.rows[0]?.n ?? 0 };
  });
}

const INSERT_CASH_FACTS = `
  INSERT INTO account_month_cash_fact (account_id, month, collection_fen, collection_count, expense_fen, expense_count)
  SELECT account_id, month, sum(cf), sum(cc), sum(ef), sum(ec)
    FROM (SELECT account_id, date_trunc('month', collected_on)::date AS month, amount_fen AS cf, 1 AS cc, 0 AS ef, 0 AS ec
            FROM collection
          UNION ALL
          SELECT account_id, date_trunc('month', spent_on)::date, 0, 0, amount_fen, 1 FROM expense) cash
   GROUP BY 1, 2`;

/** Rebuilds account_month_cash_fact on a raw session that already holds a transaction (bulk loaders). */
export async function refreshAllCashFactsInSession(session: RawSession): Promise<number> {
  await session.exec('DELETE FROM account_month_cash_fact');
  const rows = await session.query<{ n: number }>(
    `WITH inserted AS (${INSERT_CASH_FACTS} RETURNING 1) SELECT count(*)::int AS n FROM inserted`,
  );
  return rows[0]?.n ?? 0;
}

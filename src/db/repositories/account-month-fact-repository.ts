// Pre-aggregated monthly facts per account and product line (account_month_fact). Reports and
// dashboards read these instead of scanning order_line; whoever writes order lines refreshes them.
import { type Kysely, sql } from 'kysely';
import type { Database, RawSession } from '../connect.ts';
import type { DB } from '../schema.ts';

const SELECT_FACTS = `
  SELECT ol.account_id, date_trunc('month', ol.order_date)::date, ol.product_line_id,
         sum(ol.amount_fen), sum(ol.cost_fen), count(*)
    FROM order_line ol`;
const INSERT_FACTS = `INSERT INTO account_month_fact (account_id, month, product_line_id, revenue_fen, cost_fen, line_count)`;
const GROUP_BY = 'GROUP BY 1, 2, 3';

/**
 * Rebuilds the facts of the given accounts (all accounts when omitted) from their order lines, in one
 * transaction; returns the number of fact rows written. Pass a Kysely transaction to join the caller's.
 */
export async function refreshAccountMonthFacts(
  database: Database | Kysely<DB>,
  accountIds?: readonly number[],
): Promise<number> {
  if (accountIds && accountIds.length === 0) return 0;
  const db = 'withSession' in database ? database.db : database;
  const run = async (trx: Kysely<DB>): Promise<number> => {
    if (!accountIds) {
      await sql`DELETE FROM account_month_fact`.execute(trx);
      const result = await sql<{ n: number }>`
        WITH inserted AS (${sql.raw(INSERT_FACTS)} ${sql.raw(SELECT_FACTS)} ${sql.raw(GROUP_BY)} RETURNING 1)
        SELECT count(*)::int AS n FROM inserted`.execute(trx);
      return result.rows[0]?.n ?? 0;
    }
    const ids = [...accountIds];
    await sql`DELETE FROM account_month_fact WHERE account_id = ANY(${ids}::bigint[])`.execute(trx);
    const result = await sql<{ n: number }>`
      WITH inserted AS (
        ${sql.raw(INSERT_FACTS)} ${sql.raw(SELECT_FACTS)}
        WHERE ol.account_id = ANY(${ids}::bigint[]) ${sql.raw(GROUP_BY)} RETURNING 1)
      SELECT count(*)::int AS n FROM inserted`.execute(trx);
    return result.rows[0]?.n ?? 0;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** The same rebuild of all facts on a raw session that already holds a transaction (bulk loaders). */
export async function refreshAllAccountMonthFactsInSession(session: RawSession): Promise<number> {
  await session.exec('DELETE FROM account_month_fact');
  const rows = await session.query<{ n: number }>(
    `WITH inserted AS (${INSERT_FACTS} ${SELECT_FACTS} ${GROUP_BY} RETURNING 1) SELECT count(*)::int AS n FROM inserted`,
  );
  return rows[0]?.n ?? 0;
}

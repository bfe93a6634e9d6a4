// Test helpers for account value: product lines and monthly facts written straight into the tables the
// value features read (account_month_fact is normally refreshed from order lines).
import type { Database } from '../src/db/connect.ts';

export async function addProductLine(database: Database, code: string, name: string): Promise<number> {
  const row = await database.db
    .insertInto('product_line')
    .values({ code, name, category: name })
    .returning('product_line_id')
    .executeTakeFirstOrThrow();
  return Number(row.product_line_id);
}

export interface FactRow {
  accountId: number;
  month: string;
  productLineId: number;
  revenueFen: number;
  costFen: number;
}

export async function addFacts(database: Database, rows: readonly FactRow[]): Promise<void> {
  if (rows.length === 0) return;
  await database.db
    .insertInto('account_month_fact')
    .values(
      rows.map((r) => ({
        account_id: r.accountId,
        month: r.month,
        product_line_id: r.productLineId,
        revenue_fen: r.revenueFen,
        cost_fen: r.costFen,
        line_count: 1,
      })),
    )
    .execute();
}

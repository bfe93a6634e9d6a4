// Monthly facts for the classification tests: one product line and, per fixture account, a revenue per
// month written straight into account_month_fact (what the engines read), with 40% cost.
import type { Database } from '../src/db/connect.ts';
import type { Fixture } from './fixtures.ts';

/** Months before the fixture clock's period (2026-11): 2025-11 … 2026-10. */
export const FACT_MONTHS = Array.from({ length: 12 }, (_, i) => {
  const index = 2025 * 12 + 10 + i;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
});

/** Monthly revenue (fen) per fixture account: a clear ranking for the percentile and Pareto rules. */
export const MONTHLY_REVENUE: Record<keyof Fixture['accounts'], number> = {
  eastGroup: 10_000_000,
  west: 2_000_000,
  eastSub: 500_000,
  eastOther: 100_000,
  westShared: 0,
};

export async function insertSegmentationFacts(database: Database, fixture: Fixture): Promise<void> {
  const line = await database.db
    .insertInto('product_line')
    .values({ code: 'PL-T', name: '测试产品线', category: 'test' })
    .returning('product_line_id')
    .executeTakeFirstOrThrow();
  const rows = Object.entries(MONTHLY_REVENUE).flatMap(([key, revenue]) =>
    revenue > 0
      ? FACT_MONTHS.map((month) => ({
          account_id: fixture.accounts[key as keyof Fixture['accounts']],
          month,
          product_line_id: line.product_line_id,
          revenue_fen: revenue,
          cost_fen: Math.round(revenue * 0.4),
          line_count: 3,
        }))
      : [],
  );
  await database.db.insertInto('account_month_fact').values(rows).execute();
}

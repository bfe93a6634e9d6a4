// One account's monthly facts by product line for the BCG view ([SEG-8]), read from account_month_fact
// (never order_line), plus product line names.
import { type Kysely, sql } from 'kysely';
import type { ProductLineFactsRepository } from '../../core/segmentation/product-line-facts-repository.ts';
import type { MonthFact } from '../../core/segmentation/segmentation-types.ts';
import type { DB } from '../schema.ts';

interface Month extends MonthFact {
  byProductLine: Array<{ productLineId: number; revenueFen: number; costFen: number }>;
}

export function createProductLineFactsRepository(db: Kysely<DB>): ProductLineFactsRepository {
  return {
    async monthlyByProductLine(accountId, fromMonth, toMonth) {
      const rows = await db
        .selectFrom('account_month_fact')
        .select([
          sql<string>`to_char(month, 'YYYY-MM-DD')`.as('month'),
          'product_line_id',
          sql<string>`revenue_fen::text`.as('revenue_fen'),
          sql<string>`cost_fen::text`.as('cost_fen'),
        ])
        .where('account_id', '=', accountId)
        .where(sql<boolean>`month BETWEEN ${fromMonth}::date AND ${toMonth}::date`)
        .orderBy('month')
        .orderBy('product_line_id')
        .execute();
      const months = new Map<string, Month>();
      for (const row of rows) {
        const revenueFen = Number(row.revenue_fen);
        const costFen = Number(row.cost_fen);
        let month = months.get(row.month);
        if (!month) {
          month = { month: row.month, revenueFen: 0, costFen: 0, byProductLine: [] };
          months.set(row.month, month);
        }
        month.revenueFen += revenueFen;
        month.costFen += costFen;
        month.byProductLine.push({ productLineId: Number(row.product_line_id), revenueFen, costFen });
      }
      return [...months.values()];
    },

    async productLineNames(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('product_line')
        .select(['product_line_id', 'name'])
        .where('product_line_id', 'in', [...ids])
        .execute();
      return rows.map((r) => ({ productLineId: Number(r.product_line_id), name: r.name }));
    },
  };
}

// Kysely implementation of the account value port ([VAL-1], [VAL-2]): revenue from the pre-aggregated
// account_month_fact (never order_line), the assessment JSON and the segmentation config in force.
import { type Kysely, sql } from 'kysely';
import type { AccountValueRepository } from '../../core/value/account-value-repository.ts';
import type { DB } from '../schema.ts';

export function createAccountValueRepository(db: Kysely<DB>): AccountValueRepository {
  return {
    async members(accountIds) {
      if (accountIds.length === 0) return [];
      return db
        .selectFrom('account')
        .select(['account_id as id', 'name', 'parent_account_id as parentId'])
        .where('account_id', 'in', [...accountIds])
        .execute();
    },

    async revenueByAccount(accountIds, fromMonth, toMonth) {
      if (accountIds.length === 0) return [];
      const rows = await db
        .selectFrom('account_month_fact')
        .select((eb) => [
          'account_id as accountId',
          eb.fn.sum<number>('revenue_fen').as('revenueFen'),
          eb.fn.sum<number>('cost_fen').as('costFen'),
        ])
        .where('account_id', 'in', [...accountIds])
        .where('month', '>=', fromMonth)
        .where('month', '<=', toMonth)
        .groupBy('account_id')
        .execute();
      return rows.map((r) => ({
        accountId: Number(r.accountId),
        revenueFen: Number(r.revenueFen),
        costFen: Number(r.costFen),
      }));
    },

    async assessments(accountIds) {
      if (accountIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('account_assessment')
        .select(['account_id', 'assessment'])
        .where('account_id', 'in', [...accountIds])
        .execute();
      return new Map(rows.map((r) => [Number(r.account_id), r.assessment as unknown]));
    },

    async currentSegmentationConfig() {
      const row = await db
        .selectFrom('segmentation_config')
        .select('config')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? (row.config as unknown) : null;
    },

    async mergeCostDrivers(accountId, costDrivers, top, userId) {
      const drivers = JSON.stringify(costDrivers);
      const rest = JSON.stringify(top);
      await sql`
        INSERT INTO account_assessment (account_id, assessment, updated_by, updated_at)
        VALUES (${accountId}, jsonb_build_object('costDrivers', ${drivers}::jsonb) || ${rest}::jsonb, ${userId}, now())
        ON CONFLICT (account_id) DO UPDATE SET
          assessment = jsonb_set(
            account_assessment.assessment,
            '{costDrivers}',
            CASE jsonb_typeof(account_assessment.assessment -> 'costDrivers')
              WHEN 'object' THEN account_assessment.assessment -> 'costDrivers'
              ELSE '{}'::jsonb
            END || ${drivers}::jsonb
          ) || ${rest}::jsonb,
          updated_by = excluded.updated_by,
          updated_at = now()`.execute(db);
    },
  };
}

// Kysely implementation of the background port ([ACC-3]): one account_background row per account.
import { type Kysely, sql } from 'kysely';
import type { BackgroundRepository } from '../../core/value/background-repository.ts';
import type { DB } from '../schema.ts';

export function createBackgroundRepository(db: Kysely<DB>): BackgroundRepository {
  return {
    async find(accountId) {
      const row = await db
        .selectFrom('account_background as b')
        .leftJoin('app_user as u', 'u.app_user_id', 'b.updated_by')
        .select(['b.sections', 'b.updated_at as updatedAt', 'u.display_name as updatedBy'])
        .where('b.account_id', '=', accountId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        sections: row.sections as Record<string, string>,
        updatedAt: row.updatedAt.toISOString(),
        updatedBy: row.updatedBy,
      };
    },

    async save(accountId, sections, userId) {
      const json = JSON.stringify(sections);
      await db
        .insertInto('account_background')
        .values({ account_id: accountId, sections: json, updated_by: userId })
        .onConflict((oc) =>
          oc.column('account_id').doUpdateSet({ sections: json, updated_by: userId, updated_at: sql`now()` }),
        )
        .execute();
    },
  };
}

// The export half of the Excel repository: account and contact rows with references by code, user name,
// region name and manager name, read in chunks and returned in the order asked for.
import type { Kysely } from 'kysely';
import type { AccountType } from '../../core/account/account-types.ts';
import type { ProfileBlock } from '../../core/contact/contact.ts';
import type { ExcelRepository } from '../../core/excel/excel-repository.ts';
import type { DB } from '../schema.ts';
import { accountFieldColumns, chunks, LOOKUP_CHUNK } from './excel-query-parts.ts';

function byIdOrder<R extends { id: number }>(ids: readonly number[], rows: R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function createExcelExportQueries(
  db: Kysely<DB>,
): Pick<ExcelRepository, 'exportAccounts' | 'exportContacts'> {
  return {
    async exportAccounts(ids) {
      const out = [];
      for (const chunk of chunks(ids, LOOKUP_CHUNK)) {
        const rows = await db
          .selectFrom('account as a')
          .innerJoin('app_user as o', 'o.app_user_id', 'a.owner_user_id')
          .leftJoin('account as p', 'p.account_id', 'a.parent_account_id')
          .leftJoin('org_unit as r', 'r.org_unit_id', 'a.region_unit_id')
          .select([
            'a.account_id as id',
            'p.code as parentCode',
            'o.username as ownerUsername',
            'r.name as regionName',
            ...accountFieldColumns,
          ])
          .where('a.account_id', 'in', chunk)
          .execute();
        for (const { ownerId: _o, regionId: _r, ...row } of rows)
          out.push({ ...row, type: row.type as AccountType });
      }
      return byIdOrder(ids, out);
    },

    async exportContacts(ids) {
      const out = [];
      for (const chunk of chunks(ids, LOOKUP_CHUNK)) {
        const rows = await db
          .selectFrom('contact as c')
          .innerJoin('account as a', 'a.account_id', 'c.account_id')
          .leftJoin('contact as m', 'm.contact_id', 'c.reports_to_contact_id')
          .select([
            'c.contact_id as id',
            'a.code as accountCode',
            'c.name',
            'c.title',
            'c.department',
            'm.name as managerName',
            'c.phone',
            'c.email',
            'c.wechat',
            'c.last_verified_on as lastVerifiedOn',
            'c.profile_personal as profilePersonal',
            'c.profile_interpersonal as profileInterpersonal',
            'c.profile_work as profileWork',
          ])
          .where('c.contact_id', 'in', chunk)
          .execute();
        for (const row of rows)
          out.push({
            ...row,
            profilePersonal: row.profilePersonal as ProfileBlock,
            profileInterpersonal: row.profileInterpersonal as ProfileBlock,
            profileWork: row.profileWork as ProfileBlock,
          });
      }
      return byIdOrder(ids, out);
    },
  };
}

// Kysely implementation of the contact port; a contact is visible when its account is.
import { type Kysely, sql } from 'kysely';
import type {
  ContactDetail,
  ContactFields,
  ContactSummary,
  ProfileBlock,
} from '../../core/contact/contact.ts';
import { isStale, profileCompleteness, staleCutoff } from '../../core/contact/contact-profile.ts';
import type { ContactRepository } from '../../core/contact/contact-repository.ts';
import type { DB } from '../schema.ts';
import { accountVisible, escapeLike } from './visibility.ts';

const SORTS: Record<string, [string, 'asc' | 'desc']> = {
  name: ['c.name', 'asc'],
  '-name': ['c.name', 'desc'],
  account: ['a.name', 'asc'],
  '-account': ['a.name', 'desc'],
  lastVerifiedOn: ['c.last_verified_on', 'asc'],
  '-lastVerifiedOn': ['c.last_verified_on', 'desc'],
};

const COLUMN_OF: Record<keyof ContactFields, string> = {
  accountId: 'account_id',
  name: 'name',
  title: 'title',
  department: 'department',
  reportsToId: 'reports_to_contact_id',
  phone: 'phone',
  email: 'email',
  wechat: 'wechat',
  profilePersonal: 'profile_personal',
  profileInterpersonal: 'profile_interpersonal',
  profileWork: 'profile_work',
  lastVerifiedOn: 'last_verified_on',
};
const JSON_FIELDS = new Set(['profilePersonal', 'profileInterpersonal', 'profileWork']);

export function createContactRepository(db: Kysely<DB>): ContactRepository {
  const summaryQuery = () =>
    db
      .selectFrom('contact as c')
      .innerJoin('account as a', 'a.account_id', 'c.account_id')
      .leftJoin('contact as m', 'm.contact_id', 'c.reports_to_contact_id')
      .select([
        'c.contact_id as id',
        'c.account_id as accountId',
        'a.name as accountName',
        'c.name',
        'c.title',
        'c.department',
        'c.phone',
        'c.email',
        'c.reports_to_contact_id as reportsToId',
        'm.name as reportsToName',
        'c.last_verified_on as lastVerifiedOn',
        'c.status',
      ]);

  const toSummary = <R extends { lastVerifiedOn: string | null; status: string }>(row: R, today: string) => ({
    ...row,
    status: row.status as ContactSummary['status'],
    stale: isStale(row.lastVerifiedOn, today),
  });

  return {
    async list(scope, filter, today) {
      let base = db
        .selectFrom('contact as c')
        .innerJoin('account as a', 'a.account_id', 'c.account_id')
        .where(accountVisible(db, scope, 'c.account_id'));
      if (filter.status !== 'all') base = base.where('c.status', '=', filter.status);
      if (filter.accountId) base = base.where('c.account_id', '=', filter.accountId);
      if (filter.q) {
        const pattern = `%${escapeLike(filter.q)}%`;
        base = base.where((eb) =>
          eb.or([
            eb('c.name', 'ilike', pattern),
            eb('c.title', 'ilike', pattern),
            eb('a.name', 'ilike', pattern),
          ]),
        );
      }
      if (filter.stale !== undefined) {
        const cutoff = staleCutoff(today);
        base = filter.stale
          ? base.where((eb) =>
              eb.or([eb('c.last_verified_on', 'is', null), eb('c.last_verified_on', '<', cutoff)]),
            )
          : base.where('c.last_verified_on', '>=', cutoff);
      }
      const [sortColumn, direction] = SORTS[filter.sort] ?? ['c.name', 'asc'];
      const page = base
        .select('c.contact_id')
        .orderBy(sql.ref(sortColumn), direction)
        .orderBy('c.contact_id')
        .limit(filter.limit)
        .offset(filter.offset);
      const [rows, count] = await Promise.all([
        summaryQuery()
          .innerJoin(page.as('page'), 'page.contact_id', 'c.contact_id')
          .orderBy(sql.ref(sortColumn), direction)
          .orderBy('c.contact_id')
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map((r) => toSummary(r, today)), total: Number(count.n) };
    },

    async findVisible(scope, id, today, questions = []) {
      const row = await summaryQuery()
        .select([
          'c.wechat',
          'c.profile_personal as profilePersonal',
          'c.profile_interpersonal as profileInterpersonal',
          'c.profile_work as profileWork',
          'c.created_at as createdAt',
          'c.updated_at as updatedAt',
        ])
        .where('c.contact_id', '=', id)
        .where(accountVisible(db, scope, 'c.account_id'))
        .executeTakeFirst();
      if (!row) return undefined;
      const reports = await db
        .selectFrom('contact')
        .select(['contact_id as id', 'name', 'title'])
        .where('reports_to_contact_id', '=', id)
        .where('status', '=', 'active')
        .orderBy('name')
        .execute();
      const blocks = {
        profilePersonal: row.profilePersonal as ProfileBlock,
        profileInterpersonal: row.profileInterpersonal as ProfileBlock,
        profileWork: row.profileWork as ProfileBlock,
      };
      const detail: ContactDetail = {
        ...toSummary(row, today),
        ...blocks,
        profileCompleteness: profileCompleteness(blocks, questions),
        directReports: reports,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      };
      return detail;
    },

    async findFieldsById(id) {
      const row = await db
        .selectFrom('contact')
        .select([
          'contact_id as id',
          'status',
          'account_id as accountId',
          'name',
          'title',
          'department',
          'reports_to_contact_id as reportsToId',
          'phone',
          'email',
          'wechat',
          'profile_personal as profilePersonal',
          'profile_interpersonal as profileInterpersonal',
          'profile_work as profileWork',
          'last_verified_on as lastVerifiedOn',
        ])
        .where('contact_id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        ...row,
        profilePersonal: row.profilePersonal as ProfileBlock,
        profileInterpersonal: row.profileInterpersonal as ProfileBlock,
        profileWork: row.profileWork as ProfileBlock,
      };
    },

    async findIdByName(accountId, name) {
      const row = await db
        .selectFrom('contact')
        .select('contact_id')
        .where('account_id', '=', accountId)
        .where('name', '=', name)
        .executeTakeFirst();
      return row?.contact_id;
    },

    async managerChain(id) {
      const result = await sql<{ id: number }>`
        WITH RECURSIVE up AS (
          SELECT reports_to_contact_id AS id, 1 AS depth FROM contact WHERE contact_id = ${id}
          UNION ALL
          SELECT c.reports_to_contact_id, up.depth + 1 FROM contact c JOIN up ON c.contact_id = up.id WHERE up.depth < 50
        )
        SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth`.execute(db);
      return result.rows.map((r) => r.id);
    },

    async insert(fields) {
      const row = await db
        .insertInto('contact')
        .values({
          account_id: fields.accountId,
          name: fields.name,
          title: fields.title,
          department: fields.department,
          reports_to_contact_id: fields.reportsToId,
          phone: fields.phone,
          email: fields.email,
          wechat: fields.wechat,
          profile_personal: JSON.stringify(fields.profilePersonal),
          profile_interpersonal: JSON.stringify(fields.profileInterpersonal),
          profile_work: JSON.stringify(fields.profileWork),
          last_verified_on: fields.lastVerifiedOn,
        })
        .returning('contact_id')
        .executeTakeFirstOrThrow();
      return row.contact_id;
    },

    async update(id, fields) {
      const values: Record<string, unknown> = { updated_at: sql`now()` };
      for (const [key, value] of Object.entries(fields))
        values[COLUMN_OF[key as keyof ContactFields]] = JSON_FIELDS.has(key) ? JSON.stringify(value) : value;
      await db.updateTable('contact').set(values).where('contact_id', '=', id).execute();
    },

    async setStatus(id, status) {
      await db
        .updateTable('contact')
        .set({ status, updated_at: sql`now()` })
        .where('contact_id', '=', id)
        .execute();
    },
  };
}

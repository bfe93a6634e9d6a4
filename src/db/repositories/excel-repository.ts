// Kysely implementation of the Excel port: batched lookups (chunked IN lists) and multi-row inserts, so an
// import of 10,000 rows runs a few dozen statements. Lookups by code apply the same visibility as lists.
import { type Kysely, sql } from 'kysely';
import type { AccountType } from '../../core/account/account-types.ts';
import type { ProfileBlock } from '../../core/contact/contact.ts';
import type { ExcelRepository, ExcelTransaction } from '../../core/excel/excel-repository.ts';
import { DomainError } from '../../core/shared/errors.ts';
import type { DB } from '../schema.ts';
import { createRepositories } from './create-repositories.ts';
import { createExcelExportQueries } from './excel-export-queries.ts';
import { accountFieldColumns, chunks, INSERT_CHUNK, LOOKUP_CHUNK } from './excel-query-parts.ts';
import { accountVisible } from './visibility.ts';

const CODE_PREFIX: Record<AccountType, string> = {
  key_account: 'KA',
  distributor: 'DS',
  agent: 'AG',
  retail: 'RT',
};

/** Unique violations of a bulk insert become the same conflict a single create reports. */
async function conflictOnDuplicate<T>(work: () => Promise<T>, message: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: unknown }).code === '23505') throw new DomainError('conflict', message);
    throw error;
  }
}

/**
 * The wanted codes as a joined VALUES list. A join (unlike `code IN (…)`) cannot be answered from the
 * trigram index on account.code, which PostgreSQL otherwise picks for long IN lists and which then takes
 * seconds; the join uses the unique index or a hash join.
 */
function wantedCodes(codes: readonly string[]) {
  const rows = sql.join(codes.map((c) => sql`(${c}::text)`));
  return sql<{ code: string }>`(SELECT column1 AS code FROM (VALUES ${rows}) AS v)`.as('w');
}

export function createExcelRepository(db: Kysely<DB>): ExcelRepository {
  return {
    async usersByUsername(usernames) {
      const out = [];
      for (const chunk of chunks([...new Set(usernames)], LOOKUP_CHUNK)) {
        const rows = await db
          .selectFrom('app_user as u')
          .innerJoin('org_unit as o', 'o.org_unit_id', 'u.org_unit_id')
          .select([
            'u.app_user_id as id',
            'u.username',
            'u.active',
            'o.path as orgUnitPath',
            sql<number | null>`(SELECT r.org_unit_id FROM org_unit r
              WHERE r.kind = 'region' AND o.path LIKE r.path || '%' ORDER BY length(r.path) LIMIT 1)`.as(
              'regionId',
            ),
          ])
          .where('u.username', 'in', chunk)
          .execute();
        out.push(...rows);
      }
      return out;
    },

    async accountsByCode(scope, codes) {
      const out = [];
      for (const chunk of chunks([...new Set(codes)], LOOKUP_CHUNK)) {
        const rows = await db
          .selectFrom('account as a')
          .innerJoin(wantedCodes(chunk), 'w.code', 'a.code')
          .leftJoin('account as p', 'p.account_id', 'a.parent_account_id')
          .select([
            'a.account_id as id',
            'a.parent_account_id as parentId',
            'p.code as parentCode',
            ...accountFieldColumns,
            sql<boolean>`${accountVisible(db, scope, 'a.account_id')}`.as('visible'),
          ])
          .execute();
        for (const { id, parentCode, visible, ...fields } of rows)
          out.push({
            id,
            code: fields.code,
            visible: Boolean(visible),
            parentCode,
            fields: { ...fields, type: fields.type as AccountType },
          });
      }
      return out;
    },

    async ancestry(codes) {
      const out: Array<{ code: string; parentCode: string | null }> = [];
      for (const chunk of chunks([...new Set(codes)], LOOKUP_CHUNK)) {
        const result = await sql<{ code: string; parentCode: string | null }>`
          WITH RECURSIVE up AS (
            SELECT a.account_id, a.parent_account_id, 0 AS depth
            FROM account a JOIN ${wantedCodes(chunk)} ON w.code = a.code
            UNION ALL
            SELECT a.account_id, a.parent_account_id, up.depth + 1 FROM account a
            JOIN up ON a.account_id = up.parent_account_id WHERE up.depth < 100
          )
          SELECT DISTINCT a.code, p.code AS "parentCode" FROM up
          JOIN account a ON a.account_id = up.account_id
          LEFT JOIN account p ON p.account_id = up.parent_account_id`.execute(db);
        out.push(...result.rows);
      }
      return out;
    },

    async contactsOfAccounts(accountIds) {
      const out = [];
      for (const chunk of chunks([...new Set(accountIds)], LOOKUP_CHUNK)) {
        const rows = await db
          .selectFrom('contact')
          .select([
            'contact_id as id',
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
          .where('account_id', 'in', chunk)
          .execute();
        for (const { id, ...fields } of rows)
          out.push({
            id,
            fields: {
              ...fields,
              profilePersonal: fields.profilePersonal as ProfileBlock,
              profileInterpersonal: fields.profileInterpersonal as ProfileBlock,
              profileWork: fields.profileWork as ProfileBlock,
            },
          });
      }
      return out;
    },

    async nextCodes(types) {
      if (types.length === 0) return [];
      const result = await sql<{ n: number }>`
        SELECT nextval('account_code_seq') AS n FROM generate_series(1, ${types.length})`.execute(db);
      return types.map((type, i) => `${CODE_PREFIX[type] ?? 'AC'}-${Number(result.rows[i]!.n)}`);
    },

    async insertAccounts(rows) {
      const idByCode = new Map<string, number>();
      for (const chunk of chunks(rows, INSERT_CHUNK)) {
        const inserted = await conflictOnDuplicate(
          () =>
            db
              .insertInto('account')
              .values(
                chunk.map((f) => ({
                  code: f.code,
                  name: f.name,
                  type: f.type,
                  parent_account_id: f.parentId,
                  owner_user_id: f.ownerId,
                  region_unit_id: f.regionId,
                  industry: f.industry,
                  province: f.province,
                  city: f.city,
                  address: f.address,
                  phone: f.phone,
                  website: f.website,
                  notes: f.notes,
                })),
              )
              .returning(['account_id', 'code'])
              .execute(),
          'error.conflict',
        );
        for (const r of inserted) idByCode.set(r.code, r.account_id);
      }
      return rows.map((r) => idByCode.get(r.code)!);
    },

    async addTeamLeads(rows) {
      for (const chunk of chunks(rows, INSERT_CHUNK))
        await db
          .insertInto('account_team_member')
          .values(chunk.map((r) => ({ account_id: r.accountId, app_user_id: r.userId, team_role: 'lead' })))
          .onConflict((oc) => oc.doNothing())
          .execute();
    },

    async insertContacts(rows) {
      const key = (accountId: number, name: string) => `${accountId}\u0000${name}`;
      const idByKey = new Map<string, number>();
      for (const chunk of chunks(rows, INSERT_CHUNK)) {
        const inserted = await conflictOnDuplicate(
          () =>
            db
              .insertInto('contact')
              .values(
                chunk.map((f) => ({
                  account_id: f.accountId,
                  name: f.name,
                  title: f.title,
                  department: f.department,
                  reports_to_contact_id: f.reportsToId,
                  phone: f.phone,
                  email: f.email,
                  wechat: f.wechat,
                  profile_personal: JSON.stringify(f.profilePersonal),
                  profile_interpersonal: JSON.stringify(f.profileInterpersonal),
                  profile_work: JSON.stringify(f.profileWork),
                  last_verified_on: f.lastVerifiedOn,
                })),
              )
              .returning(['contact_id', 'account_id', 'name'])
              .execute(),
          'error.conflict',
        );
        for (const r of inserted) idByKey.set(key(r.account_id, r.name), r.contact_id);
      }
      return rows.map((r) => idByKey.get(key(r.accountId, r.name))!);
    },

    async recordAudit(entries) {
      const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
      for (const chunk of chunks(entries, INSERT_CHUNK))
        await db
          .insertInto('audit_log')
          .values(
            chunk.map((e) => ({
              app_user_id: e.userId,
              action: e.action,
              entity: e.entity,
              entity_id: e.entityId,
              before: json(e.before),
              after: json(e.after),
              request_id: e.requestId,
            })),
          )
          .execute();
    },

    ...createExcelExportQueries(db),
  };
}

/** One transaction with the standard repositories and the Excel repository bound to it. */
export function createExcelTransaction(db: Kysely<DB>): ExcelTransaction {
  return (work) =>
    db.transaction().execute((trx) => work(createRepositories(trx), createExcelRepository(trx)));
}

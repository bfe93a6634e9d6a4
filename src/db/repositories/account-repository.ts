// Kysely implementation of the account port. Lists read one page plus a count, with visibility applied.
import { type Kysely, sql } from 'kysely';
import type { AccountDetail, AccountFields, AccountSummary } from '../../core/account/account.ts';
import type { AccountRepository } from '../../core/account/account-repository.ts';
import type { AccountType, TeamRole } from '../../core/account/account-types.ts';
import type { DB } from '../schema.ts';
import { compiledOnce } from './compiled-once.ts';
import { accountVisible, escapeLike } from './visibility.ts';

const SORTS: Record<string, [string, 'asc' | 'desc']> = {
  name: ['a.name', 'asc'],
  '-name': ['a.name', 'desc'],
  code: ['a.code', 'asc'],
  '-code': ['a.code', 'desc'],
  updatedAt: ['a.updated_at', 'asc'],
  '-updatedAt': ['a.updated_at', 'desc'],
  type: ['a.type', 'asc'],
  '-type': ['a.type', 'desc'],
};

const COLUMN_OF: Record<keyof AccountFields, string> = {
  code: 'code',
  name: 'name',
  type: 'type',
  parentId: 'parent_account_id',
  ownerId: 'owner_user_id',
  regionId: 'region_unit_id',
  industry: 'industry',
  province: 'province',
  city: 'city',
  address: 'address',
  phone: 'phone',
  website: 'website',
  notes: 'notes',
};

export function createAccountRepository(db: Kysely<DB>): AccountRepository {
  const summaryQuery = () =>
    db
      .selectFrom('account as a')
      .innerJoin('app_user as o', 'o.app_user_id', 'a.owner_user_id')
      .leftJoin('org_unit as r', 'r.org_unit_id', 'a.region_unit_id')
      .leftJoin('account as p', 'p.account_id', 'a.parent_account_id')
      .select([
        'a.account_id as id',
        'a.code',
        'a.name',
        'a.type',
        'a.status',
        'a.industry',
        'a.province',
        'a.city',
        'a.region_unit_id as regionId',
        'r.name as regionName',
        'a.owner_user_id as ownerId',
        'o.display_name as ownerName',
        'a.parent_account_id as parentId',
        'p.name as parentName',
        'a.updated_at as updatedAt',
      ]);

  type SummaryRow = Omit<AccountSummary, 'updatedAt' | 'type' | 'status'> & {
    updatedAt: Date;
    type: string;
    status: string;
  };
  const toSummary = (row: SummaryRow): AccountSummary => ({
    ...row,
    type: row.type as AccountType,
    status: row.status as AccountSummary['status'],
    updatedAt: row.updatedAt.toISOString(),
  });

  /**
   * A rep's list by name, searched by name or code: one range of account_access's (user, name) index, filtered
   * on its tuples and counted in the same pass; only the page's rows are then read from account. Compiled once
   * per shape (status filter or not, search operator, direction); updatedAt comes as ISO text from SQL.
   */
  type OwnParams = { userId: number; status: string; pattern: string; limit: number; offset: number };
  type OwnShape = { status: boolean; op: 'like' | 'ilike' | undefined; direction: 'asc' | 'desc' };
  const ownVisible = (p: OwnParams, shape: Omit<OwnShape, 'direction'>) => {
    let visible = db.selectFrom('account_access as x').where('x.app_user_id', '=', p.userId);
    if (shape.status) visible = visible.where('x.status', '=', p.status);
    const op = shape.op;
    if (op)
      visible = visible.where((eb) => eb.or([eb('x.name', op, p.pattern), eb('x.code', op, p.pattern)]));
    return visible;
  };
  const buildOwnPage = (p: OwnParams, shape: OwnShape) => {
    const inOrder = sql`x.name ${sql.raw(shape.direction)}, x.account_id`;
    const page = ownVisible(p, shape)
      .select(['x.account_id', 'x.name', sql<number>`count(*) OVER ()`.as('total')])
      .orderBy(inOrder)
      .limit(p.limit)
      .offset(p.offset);
    // Plain joins for the page's 50 rows: with the statement prepared once, they run in two thirds of the
    // time of correlated subqueries per row (pgbench, 100,000 accounts).
    return db
      .selectFrom(page.as('x'))
      .innerJoin('account as a', 'a.account_id', 'x.account_id')
      .innerJoin('app_user as o', 'o.app_user_id', 'a.owner_user_id')
      .leftJoin('org_unit as r', 'r.org_unit_id', 'a.region_unit_id')
      .leftJoin('account as p', 'p.account_id', 'a.parent_account_id')
      .select([
        'a.account_id as id',
        'a.code',
        'a.name',
        'a.type',
        'a.status',
        'a.industry',
        'a.province',
        'a.city',
        'a.region_unit_id as regionId',
        'r.name as regionName',
        'a.owner_user_id as ownerId',
        'o.display_name as ownerName',
        'a.parent_account_id as parentId',
        'p.name as parentName',
        // What Date#toISOString gives, without parsing a Date per row.
        sql<string>`to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as(
          'updatedAt',
        ),
        'x.total',
      ])
      .orderBy(inOrder);
  };
  type OwnRow = Awaited<ReturnType<ReturnType<typeof buildOwnPage>['execute']>>[number];
  const ownPages = new Map<string, (p: OwnParams) => Promise<OwnRow[]>>();
  const ownPage = (shape: OwnShape) => {
    const key = `${shape.status}|${shape.op}|${shape.direction}`;
    let run = ownPages.get(key);
    if (!run) {
      run = compiledOnce(db, (p: OwnParams) => buildOwnPage(p, shape));
      ownPages.set(key, run);
    }
    return run;
  };
  const listOwnByName = async (
    userId: number,
    filter: Parameters<AccountRepository['list']>[1],
    direction: 'asc' | 'desc',
  ) => {
    // Chinese terms have no letter case: LIKE finds the same rows as ILIKE without lower-casing each name.
    const op = !filter.q ? undefined : filter.q.toLowerCase() === filter.q.toUpperCase() ? 'like' : 'ilike';
    const shape = { status: filter.status !== 'all', op, direction } as const;
    const params: OwnParams = {
      userId,
      status: filter.status,
      pattern: `%${escapeLike(filter.q ?? '')}%`,
      limit: filter.limit,
      offset: filter.offset,
    };
    const rows = await ownPage(shape)(params);
    const total =
      rows[0]?.total ??
      (filter.offset > 0
        ? (
            await ownVisible(params, shape)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n
        : 0);
    return {
      items: rows.map(({ total: _, ...row }) => ({
        ...row,
        type: row.type as AccountType,
        status: row.status as AccountSummary['status'],
      })),
      total: Number(total),
    };
  };

  return {
    async list(scope, filter) {
      // Decided before any query is built: the rep's search is the hot path.
      const [sortColumn, direction] = SORTS[filter.sort] ?? ['a.name', 'asc'];
      if (
        scope.kind === 'own' &&
        sortColumn === 'a.name' &&
        !filter.type &&
        !filter.regionId &&
        !filter.ownerId &&
        !filter.parentId &&
        !filter.industry
      )
        return listOwnByName(scope.userId, filter, direction);
      let base = db.selectFrom('account as a').where(accountVisible(db, scope, 'a.account_id'));
      if (filter.status !== 'all') base = base.where('a.status', '=', filter.status);
      if (filter.type) base = base.where('a.type', '=', filter.type);
      if (filter.regionId) base = base.where('a.region_unit_id', '=', filter.regionId);
      if (filter.ownerId) base = base.where('a.owner_user_id', '=', filter.ownerId);
      if (filter.parentId) base = base.where('a.parent_account_id', '=', filter.parentId);
      if (filter.industry) base = base.where('a.industry', '=', filter.industry);
      if (filter.q) {
        const pattern = `%${escapeLike(filter.q)}%`;
        // Chinese terms have no letter case: LIKE finds the same rows as ILIKE without lower-casing each name.
        const op = filter.q.toLowerCase() === filter.q.toUpperCase() ? 'like' : 'ilike';
        base = base.where((eb) => eb.or([eb('a.name', op, pattern), eb('a.code', op, pattern)]));
      }
      const inOrder = sql`${sql.ref(sortColumn)} ${sql.raw(direction)}, a.account_id`;
      const counted = base.select((eb) => eb.fn.countAll<number>().as('n'));
      if (scope.kind === 'own') {
        // A rep sees a few hundred accounts, all read anyway to sort them, so one pass also counts them.
        // Region and parent names come from subqueries run for the page's rows only: planning a four-way
        // join took longer than running this whole query.
        const rows = await base
          .innerJoin('app_user as o', 'o.app_user_id', 'a.owner_user_id')
          .select((eb) => [
            'a.account_id as id',
            'a.code',
            'a.name',
            'a.type',
            'a.status',
            'a.industry',
            'a.province',
            'a.city',
            'a.region_unit_id as regionId',
            eb
              .selectFrom('org_unit as r')
              .select('r.name')
              .whereRef('r.org_unit_id', '=', 'a.region_unit_id')
              .as('regionName'),
            'a.owner_user_id as ownerId',
            'o.display_name as ownerName',
            'a.parent_account_id as parentId',
            eb
              .selectFrom('account as p')
              .select('p.name')
              .whereRef('p.account_id', '=', 'a.parent_account_id')
              .as('parentName'),
            'a.updated_at as updatedAt',
            sql<number>`count(*) OVER ()`.as('total'),
          ])
          .orderBy(inOrder)
          .limit(filter.limit)
          .offset(filter.offset)
          .execute();
        const total = rows[0]?.total ?? (filter.offset > 0 ? (await counted.executeTakeFirstOrThrow()).n : 0);
        return { items: rows.map(({ total: _, ...row }) => toSummary(row)), total: Number(total) };
      }
      // Wider scopes: the page can come from the sort column's index and stop after `limit` rows.
      const page = base.select('a.account_id').orderBy(inOrder).limit(filter.limit).offset(filter.offset);
      const [rows, count] = await Promise.all([
        summaryQuery()
          .innerJoin(page.as('page'), 'page.account_id', 'a.account_id')
          .orderBy(inOrder)
          .execute(),
        counted.executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toSummary), total: Number(count.n) };
    },

    async findVisible(scope, id) {
      const row = await summaryQuery()
        .select(['a.address', 'a.phone', 'a.website', 'a.notes', 'a.created_at as createdAt'])
        .where('a.account_id', '=', id)
        .where(accountVisible(db, scope, 'a.account_id'))
        .executeTakeFirst();
      if (!row) return undefined;
      const [ancestorRows, children, team, contacts] = await Promise.all([
        sql<{ id: number; name: string; depth: number }>`
          WITH RECURSIVE up AS (
            SELECT parent_account_id AS id, 1 AS depth FROM account WHERE account_id = ${id}
            UNION ALL
            SELECT a.parent_account_id, up.depth + 1 FROM account a JOIN up ON a.account_id = up.id
            WHERE up.depth < 20
          )
          SELECT a.account_id AS id, a.name, up.depth FROM up JOIN account a ON a.account_id = up.id
          ORDER BY up.depth DESC`.execute(db),
        db
          .selectFrom('account')
          .select(['account_id as id', 'code', 'name', 'type'])
          .where('parent_account_id', '=', id)
          .orderBy('name')
          .execute(),
        db
          .selectFrom('account_team_member as t')
          .innerJoin('app_user as u', 'u.app_user_id', 't.app_user_id')
          .select([
            't.app_user_id as userId',
            'u.display_name as displayName',
            'u.username',
            't.team_role as teamRole',
          ])
          .where('t.account_id', '=', id)
          .orderBy('t.created_at')
          .execute(),
        db
          .selectFrom('contact')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('account_id', '=', id)
          .where('status', '=', 'active')
          .executeTakeFirstOrThrow(),
      ]);
      const { createdAt, address, phone, website, notes, ...rest } = row;
      const detail: AccountDetail = {
        ...toSummary(rest),
        address,
        phone,
        website,
        notes,
        createdAt: createdAt.toISOString(),
        ancestors: ancestorRows.rows.map(({ id: aid, name }) => ({ id: aid, name })),
        children: children.map((c) => ({ ...c, type: c.type as AccountType })),
        team: team.map((m) => ({ ...m, teamRole: m.teamRole as TeamRole })),
        contactCount: Number(contacts.n),
      };
      return detail;
    },

    async isVisible(scope, id) {
      const row = await db
        .selectFrom('account as a')
        .select('a.account_id')
        .where('a.account_id', '=', id)
        .where(accountVisible(db, scope, 'a.account_id'))
        .executeTakeFirst();
      return row !== undefined;
    },

    async findFieldsById(id) {
      const row = await db
        .selectFrom('account')
        .select([
          'account_id as id',
          'status',
          'code',
          'name',
          'type',
          'parent_account_id as parentId',
          'owner_user_id as ownerId',
          'region_unit_id as regionId',
          'industry',
          'province',
          'city',
          'address',
          'phone',
          'website',
          'notes',
        ])
        .where('account_id', '=', id)
        .executeTakeFirst();
      return row ? { ...row, type: row.type as AccountType } : undefined;
    },

    async findIdByCode(code) {
      const row = await db
        .selectFrom('account')
        .select('account_id')
        .where('code', '=', code)
        .executeTakeFirst();
      return row?.account_id;
    },

    async ancestorIds(id) {
      const result = await sql<{ id: number }>`
        WITH RECURSIVE up AS (
          SELECT parent_account_id AS id, 1 AS depth FROM account WHERE account_id = ${id}
          UNION ALL
          SELECT a.parent_account_id, up.depth + 1 FROM account a JOIN up ON a.account_id = up.id WHERE up.depth < 50
        )
        SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth`.execute(db);
      return result.rows.map((r) => r.id);
    },

    async groupIds(id) {
      const result = await sql<{ id: number }>`
        WITH RECURSIVE down AS (
          SELECT account_id AS id, 0 AS depth FROM account WHERE account_id = ${id}
          UNION ALL
          SELECT a.account_id, down.depth + 1 FROM account a JOIN down ON a.parent_account_id = down.id
          WHERE down.depth < 50
        )
        SELECT id FROM down`.execute(db);
      return result.rows.map((r) => r.id);
    },

    async nextCode(type) {
      const prefix = { key_account: 'KA', distributor: 'DS', agent: 'AG', retail: 'RT' }[type] ?? 'AC';
      const result = await sql<{ n: number }>`SELECT nextval('account_code_seq') AS n`.execute(db);
      return `${prefix}-${result.rows[0]!.n}`;
    },

    async insert(fields) {
      const row = await db
        .insertInto('account')
        .values({
          code: fields.code,
          name: fields.name,
          type: fields.type,
          parent_account_id: fields.parentId,
          owner_user_id: fields.ownerId,
          region_unit_id: fields.regionId,
          industry: fields.industry,
          province: fields.province,
          city: fields.city,
          address: fields.address,
          phone: fields.phone,
          website: fields.website,
          notes: fields.notes,
        })
        .returning('account_id')
        .executeTakeFirstOrThrow();
      return row.account_id;
    },

    async update(id, fields) {
      const values: Record<string, unknown> = { updated_at: sql`now()` };
      for (const [key, value] of Object.entries(fields))
        values[COLUMN_OF[key as keyof AccountFields]] = value;
      await db.updateTable('account').set(values).where('account_id', '=', id).execute();
    },

    async setStatus(id, status) {
      await db
        .updateTable('account')
        .set({ status, updated_at: sql`now()` })
        .where('account_id', '=', id)
        .execute();
    },

    async replaceTeam(id, members) {
      await db.deleteFrom('account_team_member').where('account_id', '=', id).execute();
      if (members.length)
        await db
          .insertInto('account_team_member')
          .values(members.map((m) => ({ account_id: id, app_user_id: m.userId, team_role: m.teamRole })))
          .execute();
    },

    async industries(scope) {
      const rows = await db
        .selectFrom('account as a')
        .select('a.industry')
        .distinct()
        .where('a.industry', 'is not', null)
        .where(accountVisible(db, scope, 'a.account_id'))
        .orderBy('a.industry')
        .limit(500)
        .execute();
      return rows.map((r) => r.industry!).filter(Boolean);
    },

    async monthlyRevenue(accountIds, fromMonth, toMonth) {
      if (accountIds.length === 0) return [];
      const rows = await db
        .selectFrom('account_month_fact')
        .select((eb) => [
          'month',
          eb.fn.sum<number>('revenue_fen').as('revenueFen'),
          eb.fn.sum<number>('cost_fen').as('costFen'),
        ])
        .where('account_id', 'in', accountIds)
        .where('month', '>=', fromMonth)
        .where('month', '<=', toMonth)
        .groupBy('month')
        .orderBy('month')
        .execute();
      return rows.map((r) => ({
        month: r.month,
        revenueFen: Number(r.revenueFen),
        costFen: Number(r.costFen),
      }));
    },
  };
}

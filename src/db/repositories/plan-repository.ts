// Kysely implementation of the plan port ([PLAN-1], [PLAN-8]): plans, workflow comments, approved versions and
// the versioned plan config. A plan is visible when its account is (visibility.ts).
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../../core/org/actor.ts';
import type { PlanComment, PlanHeaderFields, PlanRecord } from '../../core/plan/plan.ts';
import type { PlanRepository, PlanSort } from '../../core/plan/plan-repository.ts';
import type { PlanSnapshot } from '../../core/plan/plan-snapshot.ts';
import type { PlanStatus } from '../../core/plan/plan-types.ts';
import type { DB } from '../schema.ts';
import { accountVisible, escapeLike } from './visibility.ts';

const HEADER_COLUMN: Record<keyof PlanHeaderFields, string> = {
  supportRequested: 'support_requested',
  executiveView: 'executive_view',
  firstVisitOutcome: 'first_visit_outcome',
  selfAssessmentNote: 'self_assessment_note',
};

const PLAN_SORT_COLUMNS: Record<PlanSort, [string, 'asc' | 'desc']> = {
  '-planYear': ['p.plan_year', 'desc'],
  planYear: ['p.plan_year', 'asc'],
  accountName: ['a.name', 'asc'],
  '-accountName': ['a.name', 'desc'],
  '-updatedAt': ['p.updated_at', 'desc'],
  updatedAt: ['p.updated_at', 'asc'],
};

export function createPlanRepository(db: Kysely<DB>): PlanRepository {
  const base = (scope: Scope) =>
    db
      .selectFrom('account_plan as p')
      .innerJoin('account as a', 'a.account_id', 'p.account_id')
      .innerJoin('app_user as o', 'o.app_user_id', 'a.owner_user_id')
      .innerJoin('org_unit as ou', 'ou.org_unit_id', 'o.org_unit_id')
      .leftJoin('app_user as e', 'e.app_user_id', 'p.updated_by')
      .select([
        'p.account_plan_id as id',
        'p.account_id as accountId',
        'a.code as accountCode',
        'a.name as accountName',
        'a.owner_user_id as ownerUserId',
        'o.display_name as ownerName',
        'ou.path as ownerUnitPath',
        'p.plan_year as planYear',
        'p.status',
        'p.support_requested as supportRequested',
        'p.executive_view as executiveView',
        'p.first_visit_outcome as firstVisitOutcome',
        'p.self_assessment_note as selfAssessmentNote',
        'p.created_at as createdAt',
        'p.updated_at as updatedAt',
        'e.display_name as updatedBy',
      ])
      .where(accountVisible(db, scope, 'p.account_id'));
  type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
  const toRecord = (row: Row): PlanRecord => ({
    ...row,
    status: row.status as PlanStatus,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });

  return {
    async findVisible(scope, id) {
      const row = await base(scope).where('p.account_plan_id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },

    async list(scope, filter) {
      let q = base(scope);
      if (filter.accountId !== undefined) q = q.where('p.account_id', '=', filter.accountId);
      if (filter.planYear !== undefined) q = q.where('p.plan_year', '=', filter.planYear);
      if (filter.status !== undefined) q = q.where('p.status', '=', filter.status);
      if (filter.q) {
        const pattern = `%${escapeLike(filter.q)}%`;
        q = q.where((eb) => eb.or([eb('a.name', 'ilike', pattern), eb('a.code', 'ilike', pattern)]));
      }
      const [column, direction] = PLAN_SORT_COLUMNS[filter.sort];
      const [rows, count] = await Promise.all([
        q
          .orderBy(sql.ref(column), direction)
          .orderBy('p.account_plan_id', direction)
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        q
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toRecord), total: Number(count.n) };
    },

    async findIdByAccountYear(accountId, planYear) {
      const row = await db
        .selectFrom('account_plan')
        .select('account_plan_id')
        .where('account_id', '=', accountId)
        .where('plan_year', '=', planYear)
        .executeTakeFirst();
      return row?.account_plan_id;
    },

    async insert(accountId, planYear, userId) {
      // ON CONFLICT: two servers creating the same account's plan for the same year at once; the loser gets
      // undefined and answers a conflict instead of a unique-violation 500.
      const row = await db
        .insertInto('account_plan')
        .values({ account_id: accountId, plan_year: planYear, created_by: userId, updated_by: userId })
        .onConflict((oc) => oc.columns(['account_id', 'plan_year']).doNothing())
        .returning('account_plan_id')
        .executeTakeFirst();
      return row?.account_plan_id;
    },

    async updateHeader(id, fields, userId) {
      const values: Record<string, unknown> = { updated_by: userId, updated_at: sql`now()` };
      for (const [key, value] of Object.entries(fields))
        if (value !== undefined) values[HEADER_COLUMN[key as keyof PlanHeaderFields]] = value;
      await db.updateTable('account_plan').set(values).where('account_plan_id', '=', id).execute();
    },

    async lockStatus(id) {
      const row = await db
        .selectFrom('account_plan')
        .select('status')
        .where('account_plan_id', '=', id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      return row.status as PlanStatus;
    },

    async setStatus(id, status, userId) {
      await db
        .updateTable('account_plan')
        .set({ status, updated_by: userId, updated_at: sql`now()` })
        .where('account_plan_id', '=', id)
        .execute();
    },

    async addComment(id, userId, action, body) {
      await db
        .insertInto('plan_comment')
        .values({ account_plan_id: id, app_user_id: userId, action, body })
        .execute();
    },

    async comments(id) {
      const rows = await db
        .selectFrom('plan_comment as c')
        .leftJoin('app_user as u', 'u.app_user_id', 'c.app_user_id')
        .select([
          'c.plan_comment_id as id',
          'c.action',
          'c.body',
          'u.display_name as userName',
          'c.created_at as createdAt',
        ])
        .where('c.account_plan_id', '=', id)
        .orderBy('c.plan_comment_id')
        .execute();
      return rows.map((r) => ({
        ...r,
        action: r.action as PlanComment['action'],
        createdAt: r.createdAt.toISOString(),
      }));
    },

    async insertVersion(id, snapshot, userId) {
      // The plan row is locked by the approving transaction's status update, so max + 1 cannot race.
      const row = await db
        .insertInto('plan_version')
        .columns(['account_plan_id', 'version', 'snapshot', 'approved_by'])
        .expression(
          db
            .selectFrom('account_plan as p')
            .select([
              'p.account_plan_id',
              sql<number>`coalesce((SELECT max(v.version) FROM plan_version v WHERE v.account_plan_id = p.account_plan_id), 0) + 1`.as(
                'version',
              ),
              sql<string>`${JSON.stringify(snapshot)}::jsonb`.as('snapshot'),
              sql<number>`${userId}::bigint`.as('approved_by'),
            ])
            .where('p.account_plan_id', '=', id),
        )
        .returning('version')
        .executeTakeFirstOrThrow();
      return row.version;
    },

    async latestVersion(id) {
      const row = await db
        .selectFrom('plan_version as v')
        .leftJoin('app_user as u', 'u.app_user_id', 'v.approved_by')
        .select(['v.version', 'v.snapshot', 'v.approved_at', 'u.display_name'])
        .where('v.account_plan_id', '=', id)
        .orderBy('v.version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        version: row.version,
        snapshot: row.snapshot as unknown as PlanSnapshot,
        approvedAt: row.approved_at.toISOString(),
        approvedBy: row.display_name,
      };
    },

    async versions(id) {
      const rows = await db
        .selectFrom('plan_version as v')
        .leftJoin('app_user as u', 'u.app_user_id', 'v.approved_by')
        .select(['v.version', 'v.approved_at', 'u.display_name'])
        .where('v.account_plan_id', '=', id)
        .orderBy('v.version', 'desc')
        .execute();
      return rows.map((r) => ({
        version: r.version,
        approvedAt: r.approved_at.toISOString(),
        approvedBy: r.display_name,
      }));
    },

    async currentConfig() {
      const row = await db
        .selectFrom('plan_config as c')
        .leftJoin('app_user as u', 'u.app_user_id', 'c.created_by')
        .select(['c.version', 'c.config', 'c.created_at', 'u.display_name'])
        .orderBy('c.version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        version: row.version,
        config: row.config,
        createdAt: row.created_at.toISOString(),
        createdBy: row.display_name,
      };
    },

    async insertConfig(config, userId) {
      // The lock serialises concurrent saves so two admins never get the same version number.
      const run = async (trx: Kysely<DB>) => {
        await sql`LOCK TABLE plan_config IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
        const row = await trx
          .insertInto('plan_config')
          .columns(['version', 'config', 'created_by'])
          .expression(
            trx
              .selectFrom('plan_config')
              .select([
                sql<number>`coalesce(max(version), 0) + 1`.as('version'),
                sql<string>`${JSON.stringify(config)}::jsonb`.as('config'),
                sql<number>`${userId}::bigint`.as('created_by'),
              ]),
          )
          .returning('version')
          .executeTakeFirstOrThrow();
        return row.version;
      };
      return db.isTransaction ? run(db) : db.transaction().execute(run);
    },
  };
}

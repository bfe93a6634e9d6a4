// Kysely implementation of the target plan port ([TGT-1]…[TGT-4]): plans, nodes with their scope columns,
// 12-month values (jsonb) with locks, and the OGSM board. Batches are multi-row statements of at most CHUNK
// rows; value writes are `INSERT … ON CONFLICT DO UPDATE` of the changed rows only.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { TargetNodeRecord, TargetPlanRecord } from '../../core/target/target-plan.ts';
import type {
  NewTargetNode,
  TargetPlanRepository,
  TargetValueRow,
} from '../../core/target/target-plan-repository.ts';
import {
  type MethodParams,
  TARGET_METRICS,
  type TargetMetric,
  type TargetPlanStatus,
} from '../../core/target/target-types.ts';
import type { TargetView } from '../../core/target/target-visibility.ts';
import type { DB } from '../schema.ts';
import { escapeLike } from './visibility.ts';

const CHUNK = 1000;

function chunks<T>(rows: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const metricOrder = (metrics: readonly string[]): TargetMetric[] =>
  TARGET_METRICS.filter((m) => metrics.includes(m));

export function createTargetPlanRepository(db: Kysely<DB>): TargetPlanRepository {
  const planBase = () =>
    db
      .selectFrom('target_plan as p')
      .leftJoin('app_user as c', 'c.app_user_id', 'p.created_by')
      .leftJoin('app_user as pb', 'pb.app_user_id', 'p.published_by')
      .select([
        'p.target_plan_id as id',
        'p.year',
        'p.version',
        'p.name',
        'p.status',
        'p.based_on_plan_id as basedOnPlanId',
        'p.note',
        'c.display_name as createdBy',
        'p.created_at as createdAt',
        'p.updated_at as updatedAt',
        'pb.display_name as publishedBy',
        'p.published_at as publishedAt',
        sql<string[] | null>`(
          SELECT json_agg(v.metric) FROM target_value v
          JOIN target_node r ON r.target_node_id = v.target_node_id
          WHERE v.target_plan_id = p.target_plan_id AND r.target_plan_id = p.target_plan_id
            AND r.parent_node_id IS NULL
        )`.as('metrics'),
      ]);
  type PlanRow = Awaited<ReturnType<ReturnType<typeof planBase>['executeTakeFirstOrThrow']>>;
  const toPlan = (row: PlanRow): TargetPlanRecord => ({
    ...row,
    status: row.status as TargetPlanStatus,
    metrics: metricOrder(row.metrics ?? []),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
  });

  /** SQL condition: the plan has a node in the view's part (target-visibility.ts, same rule in SQL). */
  const hasPart = (view: TargetView) => {
    if (view.kind === 'all') return sql<boolean>`true`;
    if (view.kind === 'own')
      return sql<boolean>`EXISTS (SELECT 1 FROM target_node n WHERE n.target_plan_id = p.target_plan_id
        AND n.scope_owner_user_id = ${view.userId})`;
    const pattern = `${escapeLike(view.unitPath)}%`;
    return sql<boolean>`EXISTS (SELECT 1 FROM target_node n
      LEFT JOIN org_unit su ON su.org_unit_id = n.scope_org_unit_id
      LEFT JOIN app_user so ON so.app_user_id = n.scope_owner_user_id
      LEFT JOIN org_unit sou ON sou.org_unit_id = so.org_unit_id
      WHERE n.target_plan_id = p.target_plan_id AND (su.path LIKE ${pattern} OR sou.path LIKE ${pattern}))`;
  };

  /** The plan's node records in display order; `only` narrows them (a condition on n). */
  const nodeRecords = async (planId: number, only?: RawBuilder<boolean>): Promise<TargetNodeRecord[]> => {
    const rows = await db
      .selectFrom('target_node as n')
      .leftJoin('target_node as parent', 'parent.target_node_id', 'n.parent_node_id')
      .leftJoin('org_unit as su', 'su.org_unit_id', 'n.scope_org_unit_id')
      .leftJoin('app_user as so', 'so.app_user_id', 'n.scope_owner_user_id')
      .leftJoin('org_unit as sou', 'sou.org_unit_id', 'so.org_unit_id')
      .select([
        'n.target_node_id as id',
        'n.node_key as key',
        'parent.node_key as parentKey',
        'n.depth',
        'n.dimension',
        'n.ref_id as refId',
        'n.ref_key as refKey',
        'n.label',
        'n.sort_order as sortOrder',
        'n.split_method as splitMethod',
        'n.time_method as timeMethod',
        'n.method_params as params',
        'n.ansoff_market as ansoffMarket',
        'n.ansoff_product as ansoffProduct',
        'n.scope_org_unit_id as orgUnitId',
        'n.scope_owner_user_id as ownerUserId',
        'n.scope_industry as industry',
        'n.scope_account_type as accountType',
        'n.scope_account_id as accountId',
        'n.scope_product_line_id as productLineId',
        'su.path as scopeUnitPath',
        'sou.path as scopeOwnerUnitPath',
      ])
      .where('n.target_plan_id', '=', planId)
      .$if(only !== undefined, (q) => q.where(only as RawBuilder<boolean>))
      .orderBy('n.depth')
      .orderBy('n.sort_order')
      .orderBy('n.node_key')
      .execute();
    return rows.map(
      (r): TargetNodeRecord => ({
        id: r.id,
        key: r.key,
        parentKey: r.parentKey,
        depth: r.depth,
        dimension: r.dimension,
        refId: r.refId,
        refKey: r.refKey,
        label: r.label,
        sortOrder: r.sortOrder,
        splitMethod: r.splitMethod,
        timeMethod: r.timeMethod,
        params: r.params as MethodParams,
        ansoffMarket: r.ansoffMarket,
        ansoffProduct: r.ansoffProduct,
        scope: {
          orgUnitId: r.orgUnitId,
          ownerUserId: r.ownerUserId,
          industry: r.industry,
          accountType: r.accountType,
          accountId: r.accountId,
          productLineId: r.productLineId,
        },
        scopeUnitPath: r.scopeUnitPath,
        scopeOwnerUnitPath: r.scopeOwnerUnitPath,
      }),
    );
  };

  return {
    async list(view, filter) {
      let q = planBase().where(hasPart(view));
      if (filter.year !== undefined) q = q.where('p.year', '=', filter.year);
      if (filter.status !== undefined) q = q.where('p.status', '=', filter.status);
      const rows = await q.orderBy('p.year', 'desc').orderBy('p.version', 'desc').execute();
      return rows.map(toPlan);
    },

    async find(planId) {
      const row = await planBase().where('p.target_plan_id', '=', planId).executeTakeFirst();
      return row && toPlan(row);
    },

    async lockStatus(planId) {
      const row = await db
        .selectFrom('target_plan')
        .select('status')
        .where('target_plan_id', '=', planId)
        .forUpdate()
        .executeTakeFirst();
      return row?.status as TargetPlanStatus | undefined;
    },

    async versionsOfYear(year) {
      const rows = await planBase().where('p.year', '=', year).orderBy('p.version', 'desc').execute();
      return rows.map(toPlan);
    },

    async nextVersion(year) {
      const row = await db
        .selectFrom('target_plan')
        .select(sql<number>`coalesce(max(version), 0) + 1`.as('next'))
        .where('year', '=', year)
        .executeTakeFirstOrThrow();
      return Number(row.next);
    },

    async insertPlan(plan) {
      const row = await db
        .insertInto('target_plan')
        .values({
          year: plan.year,
          version: plan.version,
          name: plan.name,
          note: plan.note,
          based_on_plan_id: plan.basedOnPlanId,
          created_by: plan.createdBy,
        })
        .returning('target_plan_id')
        .executeTakeFirstOrThrow();
      return row.target_plan_id;
    },

    async updatePlan(planId, patch) {
      await db
        .updateTable('target_plan')
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.note !== undefined ? { note: patch.note } : {}),
          updated_at: sql`now()`,
        })
        .where('target_plan_id', '=', planId)
        .execute();
    },

    async setStatus(planId, status, userId) {
      await db
        .updateTable('target_plan')
        .set({
          status,
          updated_at: sql`now()`,
          ...(status === 'published' ? { published_by: userId, published_at: sql`now()` } : {}),
        })
        .where('target_plan_id', '=', planId)
        .execute();
    },

    async publishedOfYear(year) {
      const row = await db
        .selectFrom('target_plan')
        .select('target_plan_id')
        .where('year', '=', year)
        .where('status', '=', 'published')
        .executeTakeFirst();
      return row?.target_plan_id;
    },

    nodes: (planId) => nodeRecords(planId),

    nodesAround(planId, key, { subtreeOfParent }) {
      // The node, its ancestors (up), its subtree (down) and every child of an ancestor, by parent_node_id. The
      // LATERAL … OFFSET 0 keeps each step an index lookup per node (a hash join would scan every plan's nodes).
      return nodeRecords(
        planId,
        sql<boolean>`n.target_node_id = ANY(ARRAY(
          WITH RECURSIVE up AS (
            SELECT target_node_id, parent_node_id FROM target_node
             WHERE target_plan_id = ${planId} AND node_key = ${key}
            UNION ALL
            SELECT p.target_node_id, p.parent_node_id FROM up JOIN target_node p ON p.target_node_id = up.parent_node_id
          ),
          down AS (
            SELECT ${subtreeOfParent ? sql`parent_node_id` : sql`target_node_id`} AS target_node_id FROM target_node
             WHERE target_plan_id = ${planId} AND node_key = ${key}
            UNION ALL
            SELECT c.target_node_id FROM down,
              LATERAL (SELECT target_node_id FROM target_node c WHERE c.parent_node_id = down.target_node_id OFFSET 0) c
          )
          SELECT target_node_id FROM up
          UNION SELECT c.target_node_id FROM up,
            LATERAL (SELECT target_node_id FROM target_node c WHERE c.parent_node_id = up.target_node_id OFFSET 0) c
          UNION SELECT target_node_id FROM down
        ))`,
      );
    },

    async historyYears(planId) {
      const row = await sql<{ years: number | null }>`
        SELECT max((method_params->>'historyYears')::float8) AS years FROM target_node
         WHERE target_plan_id = ${planId} AND jsonb_typeof(method_params->'historyYears') = 'number'`.execute(
        db,
      );
      return Number(row.rows[0]?.years ?? 0);
    },

    async customerTypes(planId, nodeIds) {
      const rows = await db
        .selectFrom('target_node as n')
        .innerJoin('account as a', 'a.account_id', 'n.ref_id')
        .select(['n.target_node_id as id', 'a.type'])
        .where('n.target_plan_id', '=', planId)
        .where('n.dimension', '=', 'customer')
        .$if(nodeIds !== undefined, (q) => q.where(sql<boolean>`n.target_node_id = ANY(${nodeIds})`))
        .execute();
      return new Map(rows.map((r) => [r.id, r.type]));
    },

    async values(planId, nodeIds) {
      const rows = await db
        .selectFrom('target_value')
        .select(['target_node_id', 'metric', 'months', 'locked_months', 'total_locked'])
        .where('target_plan_id', '=', planId)
        .$if(nodeIds !== undefined, (q) => q.where(sql<boolean>`target_node_id = ANY(${nodeIds})`))
        .execute();
      return rows.map((r) => ({
        nodeId: r.target_node_id,
        metric: r.metric as TargetMetric,
        months: r.months.map(Number),
        lockedMonths: r.locked_months.map(Number),
        totalLocked: r.total_locked,
      }));
    },

    async insertNodes(planId, nodes) {
      const ids = new Map<string, number>();
      const parentKeys = [...new Set(nodes.map((n) => n.parentKey).filter((k): k is string => k !== null))];
      const inBatch = new Set(nodes.map((n) => n.key));
      const outside = parentKeys.filter((k) => !inBatch.has(k));
      for (const keys of chunks(outside)) {
        const rows = await db
          .selectFrom('target_node')
          .select(['target_node_id', 'node_key'])
          .where('target_plan_id', '=', planId)
          .where('node_key', 'in', keys)
          .execute();
        for (const r of rows) ids.set(r.node_key, r.target_node_id);
      }
      // Parents first: one batch per depth.
      const byDepth = new Map<number, NewTargetNode[]>();
      for (const n of nodes) byDepth.set(n.depth, [...(byDepth.get(n.depth) ?? []), n]);
      for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
        for (const batch of chunks(byDepth.get(depth) ?? [])) {
          const rows = await db
            .insertInto('target_node')
            .values(
              batch.map((n) => ({
                target_plan_id: planId,
                parent_node_id: n.parentKey === null ? null : (ids.get(n.parentKey) ?? null),
                node_key: n.key,
                depth: n.depth,
                dimension: n.dimension,
                ref_id: n.refId,
                ref_key: n.refKey,
                label: n.label,
                sort_order: n.sortOrder,
                split_method: n.splitMethod,
                time_method: n.timeMethod,
                method_params: JSON.stringify(n.params),
                ansoff_market: n.ansoffMarket,
                ansoff_product: n.ansoffProduct,
                scope_org_unit_id: n.scope.orgUnitId,
                scope_owner_user_id: n.scope.ownerUserId,
                scope_industry: n.scope.industry,
                scope_account_type: n.scope.accountType,
                scope_account_id: n.scope.accountId,
                scope_product_line_id: n.scope.productLineId,
              })),
            )
            .returning(['target_node_id', 'node_key'])
            .execute();
          for (const r of rows) ids.set(r.node_key, r.target_node_id);
        }
      }
      return new Map(nodes.map((n) => [n.key, ids.get(n.key) as number]));
    },

    async deleteNodes(planId, nodeIds) {
      for (const batch of chunks(nodeIds)) {
        await db
          .deleteFrom('target_node')
          .where('target_plan_id', '=', planId)
          .where('target_node_id', 'in', batch)
          .execute();
      }
    },

    async updateNodes(planId, updates) {
      for (const batch of chunks(updates, 500)) {
        const rows = sql.join(
          batch.map(
            (u) =>
              sql`(${u.nodeId}::bigint, ${u.splitMethod}::text, ${u.timeMethod}::text, ${JSON.stringify(u.params)}::jsonb, ${u.sortOrder}::integer, ${u.label}::text)`,
          ),
        );
        await sql`UPDATE target_node n SET split_method = u.split_method, time_method = u.time_method,
            method_params = u.params, sort_order = u.sort_order, label = u.label
          FROM (VALUES ${rows}) AS u (id, split_method, time_method, params, sort_order, label)
          WHERE n.target_node_id = u.id AND n.target_plan_id = ${planId}`.execute(db);
      }
    },

    async setAnsoff(nodeId, market, product) {
      await db
        .updateTable('target_node')
        .set({ ansoff_market: market, ansoff_product: product })
        .where('target_node_id', '=', nodeId)
        .execute();
    },

    async upsertValues(planId, rows: readonly TargetValueRow[]) {
      for (const batch of chunks(rows)) {
        await db
          .insertInto('target_value')
          .values(
            batch.map((r) => ({
              target_plan_id: planId,
              target_node_id: r.nodeId,
              metric: r.metric,
              months: JSON.stringify(r.months),
              locked_months: JSON.stringify(r.lockedMonths),
              total_locked: r.totalLocked,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['target_plan_id', 'target_node_id', 'metric']).doUpdateSet({
              months: (eb) => eb.ref('excluded.months'),
              locked_months: (eb) => eb.ref('excluded.locked_months'),
              total_locked: (eb) => eb.ref('excluded.total_locked'),
            }),
          )
          .execute();
      }
    },

    async copyTree(fromPlanId, toPlanId) {
      // Node ids of the copy are mapped by node_key, which is unique per plan.
      const inserted = await sql<{ n: number }>`
        WITH copied AS (
          INSERT INTO target_node (target_plan_id, parent_node_id, node_key, depth, dimension, ref_id, ref_key,
            label, sort_order, split_method, time_method, method_params, ansoff_market, ansoff_product,
            scope_org_unit_id, scope_owner_user_id, scope_industry, scope_account_type, scope_account_id,
            scope_product_line_id)
          SELECT ${toPlanId}, NULL, node_key, depth, dimension, ref_id, ref_key, label, sort_order, split_method,
            time_method, method_params, ansoff_market, ansoff_product, scope_org_unit_id, scope_owner_user_id,
            scope_industry, scope_account_type, scope_account_id, scope_product_line_id
          FROM target_node WHERE target_plan_id = ${fromPlanId}
          RETURNING 1
        ) SELECT count(*)::integer AS n FROM copied`.execute(db);
      await sql`UPDATE target_node c SET parent_node_id = cp.target_node_id
        FROM target_node o
        JOIN target_node op ON op.target_node_id = o.parent_node_id
        JOIN target_node cp ON cp.target_plan_id = ${toPlanId} AND cp.node_key = op.node_key
        WHERE c.target_plan_id = ${toPlanId} AND o.target_plan_id = ${fromPlanId} AND o.node_key = c.node_key`.execute(
        db,
      );
      await sql`INSERT INTO target_value (target_plan_id, target_node_id, metric, months, locked_months, total_locked)
        SELECT ${toPlanId}, c.target_node_id, v.metric, v.months, v.locked_months, v.total_locked
        FROM target_value v
        JOIN target_node o ON o.target_node_id = v.target_node_id
        JOIN target_node c ON c.target_plan_id = ${toPlanId} AND c.node_key = o.node_key
        WHERE v.target_plan_id = ${fromPlanId}`.execute(db);
      return Number(inserted.rows[0]?.n ?? 0);
    },

    async ogsmItems(planId) {
      const rows = await ogsmBase().where('i.target_plan_id', '=', planId).execute();
      return rows.map(toOgsm);
    },

    async findOgsmItem(planId, itemId) {
      const row = await ogsmBase()
        .where('i.target_plan_id', '=', planId)
        .where('i.target_ogsm_item_id', '=', itemId)
        .executeTakeFirst();
      return row && toOgsm(row);
    },

    async insertOgsmItem(planId, item) {
      const row = await db
        .insertInto('target_ogsm_item')
        .values({
          target_plan_id: planId,
          kind: item.kind,
          parent_item_id: item.parentItemId,
          target_node_id: item.nodeId,
          metric: item.metric,
          text: item.text,
          sort_order: item.sortOrder,
        })
        .returning('target_ogsm_item_id')
        .executeTakeFirstOrThrow();
      return row.target_ogsm_item_id;
    },

    async updateOgsmItem(itemId, patch) {
      await db
        .updateTable('target_ogsm_item')
        .set({
          ...(patch.parentItemId !== undefined ? { parent_item_id: patch.parentItemId } : {}),
          ...(patch.nodeId !== undefined ? { target_node_id: patch.nodeId } : {}),
          ...(patch.metric !== undefined ? { metric: patch.metric } : {}),
          ...(patch.text !== undefined ? { text: patch.text } : {}),
          ...(patch.sortOrder !== undefined ? { sort_order: patch.sortOrder } : {}),
          updated_at: sql`now()`,
        })
        .where('target_ogsm_item_id', '=', itemId)
        .execute();
    },

    async deleteOgsmItem(itemId) {
      await db.deleteFrom('target_ogsm_item').where('target_ogsm_item_id', '=', itemId).execute();
    },

    async skeletonAccounts(fromMonth, toMonth, sinceDate) {
      const rows = await accountBase()
        .where('a.status', '=', 'active')
        .where((eb) =>
          eb.or([
            eb('a.created_at', '>=', sql<Date>`${sinceDate}::date`),
            eb.exists(
              eb
                .selectFrom('account_month_fact as f')
                .select(sql`1`.as('one'))
                .whereRef('f.account_id', '=', 'a.account_id')
                .where('f.month', '>=', fromMonth)
                .where('f.month', '<=', toMonth),
            ),
          ]),
        )
        .orderBy('a.account_id')
        .execute();
      return rows;
    },

    async accountProductLines(accountIds, fromMonth, toMonth) {
      const out = new Map<number, number[]>();
      for (const batch of chunks(accountIds, 5000)) {
        const rows = await db
          .selectFrom('account_month_fact')
          .select(['account_id', 'product_line_id'])
          .distinct()
          .where('account_id', 'in', batch)
          .where('month', '>=', fromMonth)
          .where('month', '<=', toMonth)
          .orderBy('account_id')
          .orderBy('product_line_id')
          .execute();
        for (const r of rows) out.set(r.account_id, [...(out.get(r.account_id) ?? []), r.product_line_id]);
      }
      return out;
    },

    async productLines() {
      const rows = await db
        .selectFrom('product_line')
        .select(['product_line_id as id', 'name'])
        .orderBy('code')
        .execute();
      return rows;
    },

    async findAccount(accountId) {
      return accountBase().where('a.account_id', '=', accountId).executeTakeFirst();
    },
  };

  function accountBase() {
    return db
      .selectFrom('account as a')
      .innerJoin('app_user as o', 'o.app_user_id', 'a.owner_user_id')
      .innerJoin('org_unit as ou', 'ou.org_unit_id', 'o.org_unit_id')
      .select([
        'a.account_id as accountId',
        'a.name',
        'a.type',
        'a.industry',
        'a.owner_user_id as ownerUserId',
        'o.display_name as ownerName',
        'o.org_unit_id as ownerUnitId',
        'ou.path as ownerUnitPath',
      ]);
  }

  function ogsmBase() {
    return db
      .selectFrom('target_ogsm_item as i')
      .leftJoin('target_node as n', 'n.target_node_id', 'i.target_node_id')
      .select([
        'i.target_ogsm_item_id as id',
        'i.kind',
        'i.parent_item_id as parentItemId',
        'i.target_node_id as nodeId',
        'n.node_key as nodeKey',
        'n.label as nodeLabel',
        'i.metric',
        'i.text',
        'i.sort_order as sortOrder',
      ])
      .orderBy('i.sort_order')
      .orderBy('i.target_ogsm_item_id');
  }
  type OgsmRow = Awaited<ReturnType<ReturnType<typeof ogsmBase>['executeTakeFirstOrThrow']>>;
  function toOgsm(r: OgsmRow) {
    return { ...r, metric: r.metric as TargetMetric | null };
  }
}

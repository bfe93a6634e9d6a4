// Reads of tracking ([TGT-5]): a plan's nodes with the unit paths visibility needs, their targets
// (target_value) and actuals (target_node_actual), the customer-growth sums of one node over the monthly
// facts, and the order lines behind a node (drill-down, paginated, filtered by account visibility).
import { type Kysely, sql } from 'kysely';
import type { CustomerPeriodSums } from '../../core/target/customer-growth.ts';
import type {
  NodeActualRow,
  NodeOrderLine,
  TargetTrackingRepository,
  TrackedNode,
  TrackedPlan,
} from '../../core/target/target-tracking-repository.ts';
import type { TargetMetric } from '../../core/target/target-types.ts';
import type { DB } from '../schema.ts';
import { ACCOUNTS_WITH_OWNER_PATH, NODE_MATCHES_ACCOUNT, nodesWithUnitPath } from './target-scope-sql.ts';
import { accountVisible } from './visibility.ts';

interface PlanRow {
  target_plan_id: number;
  year: number;
  version: number;
  name: string;
  status: TrackedPlan['status'];
}

const planOf = (r: PlanRow): TrackedPlan => ({
  id: r.target_plan_id,
  year: r.year,
  version: r.version,
  name: r.name,
  status: r.status,
});

interface NodeRow {
  target_node_id: number;
  parent_node_id: number | null;
  node_key: string;
  depth: number;
  dimension: TrackedNode['dimension'];
  ref_id: number | null;
  ref_key: string | null;
  label: string;
  sort_order: number;
  scope_org_unit_id: number | null;
  scope_owner_user_id: number | null;
  scope_industry: string | null;
  scope_account_type: string | null;
  scope_account_id: number | null;
  scope_product_line_id: number | null;
  scope_unit_path: string | null;
  owner_unit_path: string | null;
}

const toNode = (r: NodeRow): TrackedNode => ({
  id: r.target_node_id,
  parentId: r.parent_node_id,
  key: r.node_key,
  depth: r.depth,
  dimension: r.dimension,
  refId: r.ref_id,
  refKey: r.ref_key,
  label: r.label,
  sortOrder: r.sort_order,
  scope: {
    orgUnitId: r.scope_org_unit_id,
    ownerUserId: r.scope_owner_user_id,
    industry: r.scope_industry,
    accountType: r.scope_account_type,
    accountId: r.scope_account_id,
    productLineId: r.scope_product_line_id,
  },
  scopeUnitPath: r.scope_unit_path,
  ownerUnitPath: r.owner_unit_path,
});

export function createTargetTrackingRepository(db: Kysely<DB>): TargetTrackingRepository {
  async function nodes(planId: number, nodeIds: readonly number[] | undefined): Promise<TrackedNode[]> {
    let query = db
      .selectFrom('target_node as n')
      .leftJoin('org_unit as su', 'su.org_unit_id', 'n.scope_org_unit_id')
      .leftJoin('app_user as ou', 'ou.app_user_id', 'n.scope_owner_user_id')
      .leftJoin('org_unit as oup', 'oup.org_unit_id', 'ou.org_unit_id')
      .select([
        'n.target_node_id',
        'n.parent_node_id',
        'n.node_key',
        'n.depth',
        'n.dimension',
        'n.ref_id',
        'n.ref_key',
        'n.label',
        'n.sort_order',
        'n.scope_org_unit_id',
        'n.scope_owner_user_id',
        'n.scope_industry',
        'n.scope_account_type',
        'n.scope_account_id',
        'n.scope_product_line_id',
        'su.path as scope_unit_path',
        'oup.path as owner_unit_path',
      ])
      .where('n.target_plan_id', '=', planId);
    if (nodeIds !== undefined) query = query.where('n.target_node_id', 'in', [...nodeIds]);
    const rows = await query.orderBy('n.depth').orderBy('n.sort_order').orderBy('n.target_node_id').execute();
    return rows.map(toNode);
  }

  const plans = () =>
    db.selectFrom('target_plan').select(['target_plan_id', 'year', 'version', 'name', 'status']);
  return {
    async findPlan(planId) {
      const row = await plans().where('target_plan_id', '=', planId).executeTakeFirst();
      return row ? planOf(row as PlanRow) : undefined;
    },

    async listPlans() {
      const rows = await plans().orderBy('year', 'desc').orderBy('version', 'desc').execute();
      return rows.map((r) => planOf(r as PlanRow));
    },

    async openPlanIds() {
      const rows = await db
        .selectFrom('target_plan')
        .select('target_plan_id')
        .where('status', 'in', ['draft', 'published'])
        .orderBy('target_plan_id')
        .execute();
      return rows.map((r) => r.target_plan_id);
    },

    nodes: (planId, nodeId) => nodes(planId, nodeId === undefined ? undefined : [nodeId]),
    async nodeIds(planId, keys) {
      if (keys.length === 0) return new Map();
      const rows = await db
        .selectFrom('target_node')
        .select(['target_node_id', 'node_key'])
        .where('target_plan_id', '=', planId)
        .where('node_key', 'in', [...keys])
        .execute();
      return new Map(rows.map((r) => [r.node_key, r.target_node_id]));
    },

    async ancestors(planId, nodeId) {
      const ids = await sql<{ id: number }>`
        WITH RECURSIVE up AS (
          SELECT target_node_id, parent_node_id FROM target_node
           WHERE target_plan_id = ${planId} AND target_node_id = ${nodeId}
          UNION ALL
          SELECT n.target_node_id, n.parent_node_id FROM target_node n JOIN up ON n.target_node_id = up.parent_node_id
        )
        SELECT target_node_id AS id FROM up`.execute(db);
      if (ids.rows.length === 0) return [];
      return nodes(
        planId,
        ids.rows.map((r) => r.id),
      );
    },

    async nodeReading(planId, nodeId) {
      const result = await sql<{
        plan: PlanRow | null;
        nodes: NodeRow[] | null;
        targets: Array<{ metric: TargetMetric; months: number[] }> | null;
        actuals: Array<{
          month: string;
          revenue_fen: number;
          cost_fen: number;
          collection_fen: number;
          expense_fen: number;
          line_count: number;
        }> | null;
      }>`
        WITH RECURSIVE up AS (
          SELECT target_node_id, parent_node_id FROM target_node
           WHERE target_plan_id = ${planId} AND target_node_id = ${nodeId}
          UNION ALL
          SELECT n.target_node_id, n.parent_node_id FROM target_node n JOIN up ON n.target_node_id = up.parent_node_id
        ),
        p AS (SELECT target_plan_id, year, version, name, status FROM target_plan WHERE target_plan_id = ${planId})
        SELECT
          (SELECT row_to_json(p) FROM p) AS plan,
          (SELECT json_agg(json_build_object(
                    'target_node_id', n.target_node_id, 'parent_node_id', n.parent_node_id, 'node_key', n.node_key,
                    'depth', n.depth, 'dimension', n.dimension, 'ref_id', n.ref_id, 'ref_key', n.ref_key,
                    'label', n.label, 'sort_order', n.sort_order, 'scope_org_unit_id', n.scope_org_unit_id,
                    'scope_owner_user_id', n.scope_owner_user_id, 'scope_industry', n.scope_industry,
                    'scope_account_type', n.scope_account_type, 'scope_account_id', n.scope_account_id,
                    'scope_product_line_id', n.scope_product_line_id, 'scope_unit_path', su.path,
                    'owner_unit_path', oup.path))
             FROM up
             JOIN target_node n ON n.target_node_id = up.target_node_id
             LEFT JOIN org_unit su ON su.org_unit_id = n.scope_org_unit_id
             LEFT JOIN app_user ou ON ou.app_user_id = n.scope_owner_user_id
             LEFT JOIN org_unit oup ON oup.org_unit_id = ou.org_unit_id) AS nodes,
          (SELECT json_agg(json_build_object('metric', v.metric, 'months', v.months))
             FROM target_value v WHERE v.target_plan_id = ${planId} AND v.target_node_id = ${nodeId}) AS targets,
          (SELECT json_agg(json_build_object(
                    'month', a.month::text, 'revenue_fen', a.revenue_fen, 'cost_fen', a.cost_fen,
                    'collection_fen', a.collection_fen, 'expense_fen', a.expense_fen, 'line_count', a.line_count))
             FROM target_node_actual a CROSS JOIN p
            WHERE a.target_plan_id = ${planId} AND a.target_node_id = ${nodeId}
              AND a.month BETWEEN make_date(p.year - 1, 1, 1) AND make_date(p.year, 12, 1)) AS actuals`.execute(
        db,
      );
      const r = result.rows[0];
      if (!r?.plan) return undefined;
      return {
        plan: planOf(r.plan),
        line: (r.nodes ?? []).map(toNode),
        targets: (r.targets ?? []).map((t) => ({ nodeId, metric: t.metric, months: t.months })),
        actuals: (r.actuals ?? []).map((a) => ({
          nodeId,
          month: a.month,
          revenueFen: Number(a.revenue_fen),
          costFen: Number(a.cost_fen),
          collectionFen: Number(a.collection_fen),
          expenseFen: Number(a.expense_fen),
          lineCount: Number(a.line_count),
        })),
      };
    },

    async targets(planId, nodeIds) {
      if (nodeIds.length === 0) return [];
      const rows = await db
        .selectFrom('target_value')
        .select(['target_node_id', 'metric', 'months'])
        .where('target_plan_id', '=', planId)
        .where('target_node_id', 'in', [...nodeIds])
        .execute();
      return rows.map((r) => ({
        nodeId: r.target_node_id,
        metric: r.metric as TargetMetric,
        months: (typeof r.months === 'string' ? JSON.parse(r.months) : r.months) as number[],
      }));
    },

    async actuals(planId, nodeIds, fromMonth, toMonth) {
      if (nodeIds && nodeIds.length === 0) return [];
      let query = db
        .selectFrom('target_node_actual')
        .select([
          'target_node_id',
          sql<string>`month::text`.as('month'),
          'revenue_fen',
          'cost_fen',
          'collection_fen',
          'expense_fen',
          'line_count',
        ])
        .where('target_plan_id', '=', planId)
        .where('month', '>=', fromMonth)
        .where('month', '<=', toMonth);
      if (nodeIds) query = query.where('target_node_id', 'in', [...nodeIds]);
      const rows = await query.orderBy('target_node_id').orderBy('month').execute();
      return rows.map(
        (r): NodeActualRow => ({
          nodeId: r.target_node_id,
          month: r.month,
          revenueFen: r.revenue_fen,
          costFen: r.cost_fen,
          collectionFen: r.collection_fen,
          expenseFen: r.expense_fen,
          lineCount: r.line_count,
        }),
      );
    },

    async customerPeriodSums(planId, nodeId, p) {
      const result = await sql<Record<keyof CustomerPeriodSums, number>>`
        WITH n AS (${nodesWithUnitPath(planId)} AND n.target_node_id = ${nodeId}),
        a AS (${ACCOUNTS_WITH_OWNER_PATH}),
        per AS (
          SELECT f.account_id,
                 coalesce(sum(f.revenue_fen) FILTER (WHERE f.month BETWEEN ${p.nowFrom}::date AND ${p.nowTo}::date), 0) AS now_fen,
                 coalesce(sum(f.revenue_fen) FILTER (WHERE f.month BETWEEN ${p.thenFrom}::date AND ${p.thenTo}::date), 0) AS then_fen
            FROM n
            JOIN a ON ${NODE_MATCHES_ACCOUNT}
            JOIN account_month_fact f ON f.account_id = a.account_id
             AND (n.scope_product_line_id IS NULL OR f.product_line_id = n.scope_product_line_id)
           WHERE f.month BETWEEN ${p.nowFrom}::date AND ${p.nowTo}::date
              OR f.month BETWEEN ${p.thenFrom}::date AND ${p.thenTo}::date
           GROUP BY f.account_id
        )
        SELECT count(*) FILTER (WHERE then_fen > 0)::int AS "existingCount",
               coalesce(sum(now_fen) FILTER (WHERE then_fen > 0), 0) AS "existingNowFen",
               coalesce(sum(then_fen) FILTER (WHERE then_fen > 0), 0) AS "existingThenFen",
               count(*) FILTER (WHERE then_fen <= 0 AND now_fen > 0)::int AS "newCount",
               coalesce(sum(now_fen) FILTER (WHERE then_fen <= 0 AND now_fen > 0), 0) AS "newNowFen",
               count(*) FILTER (WHERE then_fen > 0 AND now_fen <= 0)::int AS "lostCount"
          FROM per`.execute(db);
      const r = result.rows[0];
      return {
        existingCount: Number(r?.existingCount ?? 0),
        existingNowFen: Number(r?.existingNowFen ?? 0),
        existingThenFen: Number(r?.existingThenFen ?? 0),
        newCount: Number(r?.newCount ?? 0),
        newNowFen: Number(r?.newNowFen ?? 0),
        lostCount: Number(r?.lostCount ?? 0),
      };
    },

    async orderLines(planId, nodeId, scope, q) {
      const result = await sql<{
        order_line_id: number;
        order_date: string;
        order_no: string | null;
        line_no: number | null;
        account_id: number;
        account_name: string;
        sku: string | null;
        product_name: string | null;
        product_line_name: string;
        quantity: number;
        amount_fen: number;
        cost_fen: number;
        total: number;
      }>`
        WITH n AS (${nodesWithUnitPath(planId)} AND n.target_node_id = ${nodeId}),
        a AS (${ACCOUNTS_WITH_OWNER_PATH}),
        na AS (
          SELECT a.account_id, n.scope_product_line_id FROM n JOIN a ON ${NODE_MATCHES_ACCOUNT}
           WHERE ${accountVisible(db, scope, 'a.account_id')}
        )
        SELECT ol.order_line_id, ol.order_date::text AS order_date, ol.order_no, ol.line_no, ac.account_id,
               ac.name AS account_name, p.sku, p.name AS product_name, pl.name AS product_line_name,
               ol.quantity, ol.amount_fen, ol.cost_fen, count(*) OVER () AS total
          FROM na
          JOIN order_line ol ON ol.account_id = na.account_id
           AND ol.order_date BETWEEN ${q.from}::date AND ${q.to}::date
          LEFT JOIN product p ON p.product_id = ol.product_id
          JOIN product_line pl ON pl.product_line_id = ol.product_line_id
          JOIN account ac ON ac.account_id = ol.account_id
         WHERE na.scope_product_line_id IS NULL OR ol.product_line_id = na.scope_product_line_id
         ORDER BY ol.order_date DESC, ol.order_line_id DESC
         LIMIT ${q.limit} OFFSET ${q.offset}`.execute(db);
      let total = Number(result.rows[0]?.total ?? 0);
      if (result.rows.length === 0 && q.offset > 0) {
        const count = await sql<{ n: number }>`
          WITH n AS (${nodesWithUnitPath(planId)} AND n.target_node_id = ${nodeId}),
          a AS (${ACCOUNTS_WITH_OWNER_PATH}),
          na AS (
            SELECT a.account_id, n.scope_product_line_id FROM n JOIN a ON ${NODE_MATCHES_ACCOUNT}
             WHERE ${accountVisible(db, scope, 'a.account_id')}
          )
          SELECT count(*)::int AS n FROM na
            JOIN order_line ol ON ol.account_id = na.account_id
             AND ol.order_date BETWEEN ${q.from}::date AND ${q.to}::date
            JOIN product p ON p.product_id = ol.product_id
             AND (na.scope_product_line_id IS NULL OR p.product_line_id = na.scope_product_line_id)`.execute(
          db,
        );
        total = count.rows[0]?.n ?? 0;
      }
      return {
        total,
        items: result.rows.map(
          (r): NodeOrderLine => ({
            orderLineId: r.order_line_id,
            orderDate: r.order_date,
            orderNo: r.order_no,
            lineNo: r.line_no,
            accountId: r.account_id,
            accountName: r.account_name,
            productSku: r.sku,
            productName: r.product_name ?? r.product_line_name,
            productLineName: r.product_line_name,
            quantity: Number(r.quantity),
            amountFen: r.amount_fen,
            costFen: r.cost_fen,
          }),
        ),
      };
    },
  };
}

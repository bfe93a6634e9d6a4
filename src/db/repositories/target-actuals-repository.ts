// [TGT-5] target_node_actual: per plan, node and month (the plan year and the two years before) the revenue,
// cost and line count of account_month_fact and the collections and expenses of account_month_cash_fact over
// the node's scope. A full rebuild is one INSERT … SELECT per plan (nodes × matching accounts × their facts);
// fact deltas are added set-based to every draft/published plan in one upsert. Rows whose figures are all 0
// are never kept, so the incremental and the rebuilt table are equal row for row. A node's rows depend only on
// its own scope, so after nodes are added only theirs are built (rebuildNodes; its ancestors' scopes, hence rows,
// are unchanged) and a removed node's rows go with it (ON DELETE CASCADE).
// Product-line nodes: collections and expenses are booked per account, not per product line, so under a node
// with a product-line scope they are 0 (not applicable) — only revenue, cost and line count are tracked there.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { factDeltaCount } from '../../core/facts/fact-delta.ts';
import type { TargetActualsRepository } from '../../core/target/target-tracking-repository.ts';
import type { DB } from '../schema.ts';
import { IMPORT_DELTA_TABLE, IMPORT_MONTH_DELTA_TABLE } from './order-line-import-staging.ts';
import { ACCOUNTS_WITH_OWNER_PATH, nodeAccountPairs, nodesWithUnitPath } from './target-scope-sql.ts';

const NOT_EMPTY = sql`(revenue_fen <> 0 OR cost_fen <> 0 OR collection_fen <> 0 OR expense_fen <> 0 OR line_count <> 0)`;

export function createTargetActualsRepository(db: Kysely<DB>): TargetActualsRepository {
  /** Rebuilds the rows of the plan's nodes `nodeIds` (all nodes when omitted) from the facts. */
  const rebuild = async (planId: number, nodeIds?: readonly number[]): Promise<number> => {
    const only = nodeIds === undefined ? sql`` : sql` AND target_node_id = ANY(${nodeIds})`;
    await sql`DELETE FROM target_node_actual WHERE target_plan_id = ${planId}${only}`.execute(db);
    const nodes =
      nodeIds === undefined
        ? nodesWithUnitPath(planId)
        : sql`SELECT * FROM (${nodesWithUnitPath(planId)}) n WHERE n.target_node_id = ANY(${nodeIds})`;
    const result = await sql<{ n: number }>`
      WITH p AS (
        SELECT make_date(year - 2, 1, 1) AS first_month, make_date(year, 12, 1) AS last_month
          FROM target_plan WHERE target_plan_id = ${planId}
      ),
      n AS (${nodes}),
      a AS (${ACCOUNTS_WITH_OWNER_PATH}),
      na AS (${nodeAccountPairs(sql`n.target_node_id, n.scope_product_line_id, a.account_id`)}),
      -- Facts and cash per account and month, summed over product lines once: most nodes have no
      -- product-line scope, so they join this (one row per account-month) instead of the product-line facts.
      am AS (
        SELECT coalesce(f.account_id, c.account_id) AS account_id, coalesce(f.month, c.month) AS month,
               coalesce(f.revenue_fen, 0) AS revenue_fen, coalesce(f.cost_fen, 0) AS cost_fen,
               coalesce(f.line_count, 0) AS line_count, coalesce(c.collection_fen, 0) AS collection_fen,
               coalesce(c.expense_fen, 0) AS expense_fen
          FROM (
            SELECT f.account_id, f.month, sum(f.revenue_fen) AS revenue_fen, sum(f.cost_fen) AS cost_fen,
                   sum(f.line_count) AS line_count
              FROM account_month_fact f CROSS JOIN p
             WHERE f.month BETWEEN p.first_month AND p.last_month
             GROUP BY 1, 2
          ) f
          FULL JOIN (
            SELECT c.account_id, c.month, c.collection_fen, c.expense_fen
              FROM account_month_cash_fact c CROSS JOIN p
             WHERE c.month BETWEEN p.first_month AND p.last_month
          ) c ON c.account_id = f.account_id AND c.month = f.month
      ),
      rows AS (
        SELECT na.target_node_id, am.month, sum(am.revenue_fen) AS revenue_fen, sum(am.cost_fen) AS cost_fen,
               sum(am.collection_fen) AS collection_fen, sum(am.expense_fen) AS expense_fen,
               sum(am.line_count) AS line_count
          FROM na JOIN am ON am.account_id = na.account_id
         WHERE na.scope_product_line_id IS NULL
         GROUP BY 1, 2
        UNION ALL
        -- Product-line nodes: revenue, cost and lines of their product line; no collections or expenses.
        SELECT na.target_node_id, f.month, sum(f.revenue_fen), sum(f.cost_fen), 0, 0, sum(f.line_count)
          FROM na
          JOIN account_month_fact f ON f.account_id = na.account_id AND f.product_line_id = na.scope_product_line_id
          CROSS JOIN p
         WHERE f.month BETWEEN p.first_month AND p.last_month
         GROUP BY 1, 2
      ),
      inserted AS (
        INSERT INTO target_node_actual
               (target_plan_id, target_node_id, month, revenue_fen, cost_fen, collection_fen, expense_fen, line_count)
        SELECT ${planId}, target_node_id, month, revenue_fen, cost_fen, collection_fen, expense_fen, line_count
          FROM rows WHERE ${NOT_EMPTY}
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM inserted`.execute(db);
    return result.rows[0]?.n ?? 0;
  };

  return {
    rebuildPlan: (planId) => rebuild(planId),

    rebuildNodes: (planId, nodeIds) => (nodeIds.length === 0 ? Promise.resolve(0) : rebuild(planId, nodeIds)),

    async applyDeltas(deltas) {
      if (factDeltaCount(deltas) === 0) return 0;
      if ('staged' in deltas) {
        // An import without open plans (the common case for a history load) skips reading its deltas.
        const open = await sql<{ open: boolean; product_lines: boolean }>`
          SELECT EXISTS (SELECT 1 FROM target_plan WHERE status IN ('draft', 'published')) AS open,
                 EXISTS (SELECT 1 FROM target_plan p JOIN target_node n ON n.target_plan_id = p.target_plan_id
                          WHERE p.status IN ('draft', 'published') AND n.scope_product_line_id IS NOT NULL)
                   AS product_lines`.execute(db);
        if (!open.rows[0]?.open) return 0;
        // An import's deltas are read where the fact repository staged them. Nodes without a product line read
        // the sums per account × month; the per-product-line deltas are staged and read only for product-line
        // nodes, or when the import has no month sums (corrections).
        const months = await deltas.stageAccountMonths();
        const full = open.rows[0]?.product_lines === true || !months;
        if (full) await deltas.stageAll();
        return upsertDeltas(
          db,
          sql`SELECT account_id, month, product_line_id, revenue_fen, cost_fen, line_count,
                     0::bigint AS collection_fen, 0::bigint AS expense_fen
                FROM ${sql.table(IMPORT_DELTA_TABLE)} WHERE ${sql.lit(full)}`,
          months
            ? sql`SELECT account_id, month, revenue_fen, cost_fen, 0::bigint AS collection_fen,
                         0::bigint AS expense_fen, line_count
                    FROM ${sql.table(IMPORT_MONTH_DELTA_TABLE)}`
            : undefined,
        );
      }
      // A single write's deltas come as JSON.
      const doc = JSON.stringify(
        deltas.map((d) => ({
          account_id: d.accountId,
          month: d.month,
          product_line_id: d.productLineId,
          revenue_fen: d.revenueFen,
          cost_fen: d.costFen,
          line_count: d.lineCount,
          collection_fen: d.collectionFen,
          expense_fen: d.expenseFen,
        })),
      );
      return upsertDeltas(
        db,
        sql`SELECT * FROM jsonb_to_recordset(${doc}::jsonb) AS d(
              account_id bigint, month date, product_line_id bigint, revenue_fen bigint, cost_fen bigint,
              line_count integer, collection_fen bigint, expense_fen bigint)`,
      );
    },

    async lockAccounts(accountIds) {
      if (accountIds.length === 0) return;
      // FOR NO KEY UPDATE conflicts with the FOR SHARE every delta upsert takes on its accounts.
      await sql`
        SELECT account_id FROM account WHERE account_id = ANY(${[...accountIds]}::bigint[])
         ORDER BY account_id FOR NO KEY UPDATE`.execute(db);
    },

    // An account's owner (so its owner's unit), industry or type changes: its facts out of the nodes before the
    // change (−1), into the nodes after it (+1), in the same transaction.
    async applyAccountFacts(accountIds, sign) {
      if (accountIds.length === 0) return 0;
      const ids = sql`ANY(${[...accountIds]}::bigint[])`;
      const s = sql.raw(sign === 1 ? '1' : '-1');
      // Only the months some open plan tracks (its year and the two before).
      const first = sql`(SELECT min(make_date(year - 2, 1, 1)) FROM target_plan WHERE status IN ('draft', 'published'))`;
      return upsertDeltas(
        db,
        sql`SELECT f.account_id, f.month, f.product_line_id, ${s} * f.revenue_fen AS revenue_fen,
                   ${s} * f.cost_fen AS cost_fen, ${s} * f.line_count AS line_count,
                   0::bigint AS collection_fen, 0::bigint AS expense_fen
              FROM account_month_fact f
             WHERE f.account_id = ${ids} AND f.month >= ${first}
            UNION ALL
            SELECT c.account_id, c.month, NULL::bigint, 0::bigint, 0::bigint, 0,
                   ${s} * c.collection_fen, ${s} * c.expense_fen
              FROM account_month_cash_fact c
             WHERE c.account_id = ${ids} AND c.month >= ${first}`,
      );
    },
  };
}

/**
 * Adds the fact deltas `d` (account_id, month, product_line_id, revenue_fen, cost_fen, line_count,
 * collection_fen, expense_fen; product_line_id null for cash) to every draft/published plan's matching nodes in
 * one upsert, attributed as the accounts are now, then drops the rows that became all 0. Nodes without a product
 * line read `dm`, the same deltas summed per account and month (by default summed here from `d`; a caller that
 * has them already passes them, and then `d` needs to hold only what product-line nodes read). The accounts are
 * locked FOR SHARE until the transaction ends, so an owner/industry/type change (lockAccounts) waits for the
 * write, or the write for it, and never splits a delta between the old and the new attribution.
 */
async function upsertDeltas(
  db: Kysely<DB>,
  d: RawBuilder<unknown>,
  dm?: RawBuilder<unknown>,
): Promise<number> {
  const touched = await sql<{
    target_plan_id: number;
    target_node_id: number;
    month: string;
    empty: boolean;
  }>`
    WITH d AS (${d}),
    -- The deltas per account and month, over product lines: what nodes without a product line add up.
    dm AS (${
      dm ??
      sql`SELECT account_id, month, sum(revenue_fen) AS revenue_fen, sum(cost_fen) AS cost_fen,
                 sum(collection_fen) AS collection_fen, sum(expense_fen) AS expense_fen, sum(line_count) AS line_count
            FROM d GROUP BY 1, 2`
    }),
    a AS (${ACCOUNTS_WITH_OWNER_PATH} WHERE a.account_id IN (SELECT account_id FROM dm) FOR SHARE OF a),
    n AS (
      SELECT n.target_node_id, n.target_plan_id, n.scope_owner_user_id, n.scope_industry,
             n.scope_account_type, n.scope_account_id, n.scope_product_line_id, su.path AS unit_path,
             make_date(p.year - 2, 1, 1) AS first_month, make_date(p.year, 12, 1) AS last_month
        FROM target_plan p
        JOIN target_node n ON n.target_plan_id = p.target_plan_id
        LEFT JOIN org_unit su ON su.org_unit_id = n.scope_org_unit_id
       WHERE p.status IN ('draft', 'published')
    ),
    na AS (${nodeAccountPairs(
      sql`n.target_plan_id, n.target_node_id, n.scope_product_line_id, n.first_month, n.last_month, a.account_id`,
    )}),
    hits AS (
      SELECT na.target_plan_id, na.target_node_id, dm.month, sum(dm.revenue_fen) AS revenue_fen,
             sum(dm.cost_fen) AS cost_fen, sum(dm.collection_fen) AS collection_fen,
             sum(dm.expense_fen) AS expense_fen, sum(dm.line_count) AS line_count
        FROM na JOIN dm ON dm.account_id = na.account_id AND dm.month BETWEEN na.first_month AND na.last_month
       WHERE na.scope_product_line_id IS NULL
       GROUP BY 1, 2, 3
      UNION ALL
      -- Product-line nodes: revenue, cost and lines of their product line; no collections or expenses.
      SELECT na.target_plan_id, na.target_node_id, d.month, sum(d.revenue_fen), sum(d.cost_fen), 0, 0,
             sum(d.line_count)
        FROM na
        JOIN d ON d.account_id = na.account_id AND d.product_line_id = na.scope_product_line_id
              AND d.month BETWEEN na.first_month AND na.last_month
       GROUP BY 1, 2, 3
    )
    INSERT INTO target_node_actual AS t
           (target_plan_id, target_node_id, month, revenue_fen, cost_fen, collection_fen, expense_fen, line_count)
    SELECT target_plan_id, target_node_id, month, revenue_fen, cost_fen, collection_fen, expense_fen, line_count
      FROM hits
    ON CONFLICT (target_plan_id, target_node_id, month) DO UPDATE SET
      revenue_fen = t.revenue_fen + EXCLUDED.revenue_fen,
      cost_fen = t.cost_fen + EXCLUDED.cost_fen,
      collection_fen = t.collection_fen + EXCLUDED.collection_fen,
      expense_fen = t.expense_fen + EXCLUDED.expense_fen,
      line_count = t.line_count + EXCLUDED.line_count
    RETURNING t.target_plan_id, t.target_node_id, t.month::text AS month, NOT ${NOT_EMPTY} AS empty`.execute(
    db,
  );
  const empty = touched.rows.filter((r) => r.empty);
  if (empty.length > 0)
    await sql`
      DELETE FROM target_node_actual t
       USING unnest(${empty.map((r) => r.target_plan_id)}::bigint[], ${empty.map((r) => r.target_node_id)}::bigint[],
                    ${empty.map((r) => r.month)}::date[]) AS e(plan_id, node_id, month)
       WHERE t.target_plan_id = e.plan_id AND t.target_node_id = e.node_id AND t.month = e.month
         AND NOT ${NOT_EMPTY}`.execute(db);
  return touched.rows.length;
}

// Data of the target-attainment benchmark, generated on the database server (INSERT … SELECT over
// generate_series, never row by row from node): a company of 4 regions × 3 teams × 5 reps, one account per
// 500 order lines, 6 product lines × 10 products, `lines` order lines over 2024-01-01 … 2026-12-31, monthly
// collections and expenses per account, the monthly facts refreshed from them, and a published 2026 target
// plan: company → region → team → rep → top-5 customers → 2 product lines, plus 6 industry cuts per team.
// Targets are last year's node actuals + 10 % per month. Runs unchanged on PostgreSQL and PGlite.
import type { Database } from '../../src/db/connect.ts';
import { refreshAllAccountMonthFactsInSession } from '../../src/db/repositories/account-month-fact-repository.ts';

export const BENCH_PLAN_YEAR = 2026;
export const INDUSTRIES = ['食品', '饮料', '医药', '日化', '家电', '汽配'];
const REPS = 60;

export interface TargetBenchSummary {
  [key: string]: unknown;
  orderLines: number;
  accounts: number;
  nodes: number;
  actualRows: number;
  planId: number;
  adminUserId: number;
  seconds: Record<string, number>;
}

export async function loadTargetBenchData(
  database: Database,
  lines: number,
  log: (line: string) => void,
): Promise<TargetBenchSummary> {
  const accounts = Math.max(100, Math.round(lines / 500));
  const seconds: Record<string, number> = {};
  const phase = async (name: string, run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    seconds[name] = (performance.now() - started) / 1000;
    log(`  ${name}: ${seconds[name].toFixed(1)} s`);
  };
  await phase('master data', () =>
    database.exec(`
      INSERT INTO org_unit (org_unit_id, parent_id, name, kind, path) VALUES (1, NULL, '总公司', 'company', '/1/');
      INSERT INTO org_unit (org_unit_id, parent_id, name, kind, path)
        SELECT 1 + r, 1, '大区' || r, 'region', '/1/' || (1 + r) || '/' FROM generate_series(1, 4) r;
      INSERT INTO org_unit (org_unit_id, parent_id, name, kind, path)
        SELECT 5 + t, 2 + (t - 1) / 3, '团队' || t, 'team', '/1/' || (2 + (t - 1) / 3) || '/' || (5 + t) || '/'
          FROM generate_series(1, 12) t;
      INSERT INTO app_user (app_user_id, username, display_name, org_unit_id, role)
        VALUES (1, 'admin', '管理员', 1, 'admin');
      INSERT INTO app_user (app_user_id, username, display_name, org_unit_id, role)
        SELECT 1 + k, 'rep' || k, '销售' || k, 6 + (k - 1) % 12, 'rep' FROM generate_series(1, ${REPS}) k;
      INSERT INTO product_line (product_line_id, code, name, category)
        SELECT l, 'PL' || l, '产品线' || l, '品类' || (1 + l % 3) FROM generate_series(1, 6) l;
      INSERT INTO product (product_id, product_line_id, sku, name, list_price_fen, unit_cost_fen)
        SELECT p, 1 + (p - 1) / 10, 'SKU-' || p, '产品' || p, 10000, 6000 FROM generate_series(1, 60) p;
      INSERT INTO account (account_id, code, name, type, owner_user_id, region_unit_id, industry)
        SELECT i, 'BA-' || i, '客户' || i,
               (ARRAY['key_account', 'distributor', 'agent', 'retail'])[1 + i % 4],
               2 + i % ${REPS}, 2 + ((i % ${REPS}) % 12) / 3,
               (ARRAY['${INDUSTRIES.join("', '")}'])[1 + (i / 7) % 6]
          FROM generate_series(1, ${accounts}) i;
      SELECT setval(pg_get_serial_sequence('org_unit', 'org_unit_id'), 1000);
      SELECT setval(pg_get_serial_sequence('app_user', 'app_user_id'), 1000);
      SELECT setval(pg_get_serial_sequence('product_line', 'product_line_id'), 1000);
      SELECT setval(pg_get_serial_sequence('product', 'product_id'), 1000);
      SELECT setval(pg_get_serial_sequence('account', 'account_id'), ${accounts + 1000});`),
  );

  // The (account, date) index is built once after the load instead of maintained per row.
  await database.exec('DROP INDEX IF EXISTS order_line_account_date_idx');
  const chunk = 1_000_000;
  await phase('order lines', async () => {
    for (let from = 1; from <= lines; from += chunk) {
      const to = Math.min(lines, from + chunk - 1);
      await database.exec(`
        INSERT INTO order_line (order_date, account_id, product_id, product_line_id, quantity, amount_fen, cost_fen)
        SELECT DATE '2024-01-01' + ((i * 7 + i / 1000) % 1096)::int,
               1 + (i * 7919) % ${accounts},
               1 + (i * 31 + i / 97) % 60,
               1 + ((i * 31 + i / 97) % 60) / 10,
               1 + i % 5,
               1000 + (i * 104729) % 99000,
               (1000 + (i * 104729) % 99000) * (50 + i % 30) / 100
          FROM generate_series(${from}::bigint, ${to}::bigint) i`);
      log(`    ${to.toLocaleString('en-US')} / ${lines.toLocaleString('en-US')} lines`);
    }
  });
  await phase('order line index', () =>
    database.exec('CREATE INDEX order_line_account_date_idx ON order_line (account_id, order_date)'),
  );
  await phase('collections and expenses', () =>
    database.exec(`
      INSERT INTO collection (account_id, collected_on, amount_fen)
        SELECT a, (DATE '2024-01-15' + m * interval '1 month')::date, 50000 + (a * 131 + m * 17) % 900000
          FROM generate_series(1, ${accounts}) a, generate_series(0, 35) m WHERE (a + m) % 3 <> 0;
      INSERT INTO expense (account_id, spent_on, category, amount_fen)
        SELECT a, (DATE '2024-01-20' + m * interval '1 month')::date, 'travel', 1000 + (a * 71 + m * 13) % 50000
          FROM generate_series(1, ${accounts}) a, generate_series(0, 35) m WHERE (a + m) % 2 = 0;`),
  );
  await phase('monthly facts', async () => {
    await database.withSession(async (s) => {
      await s.exec('BEGIN');
      await refreshAllAccountMonthFactsInSession(s);
      await s.exec('COMMIT');
    });
    await database.exec(`
      INSERT INTO account_month_cash_fact (account_id, month, collection_fen, expense_fen, collection_count, expense_count)
      SELECT account_id, month, sum(c), sum(e), sum(cc)::int, sum(ec)::int FROM (
        SELECT account_id, date_trunc('month', collected_on)::date AS month, amount_fen AS c, 0 AS e, 1 AS cc, 0 AS ec
          FROM collection
        UNION ALL
        SELECT account_id, date_trunc('month', spent_on)::date, 0, amount_fen, 0, 1 FROM expense
      ) x GROUP BY 1, 2;`);
  });
  await phase('target plan', () =>
    database.exec(`
      INSERT INTO target_plan (target_plan_id, year, version, name, status)
        VALUES (1, ${BENCH_PLAN_YEAR}, 1, '${BENCH_PLAN_YEAR} 年度目标', 'published');
      INSERT INTO target_node (target_node_id, target_plan_id, parent_node_id, node_key, depth, dimension, label)
        VALUES (1, 1, NULL, 'company', 0, 'company', '全公司');
      INSERT INTO target_node (target_node_id, target_plan_id, parent_node_id, node_key, depth, dimension, ref_id,
                               label, sort_order, scope_org_unit_id)
        SELECT u.org_unit_id, 1, CASE WHEN u.kind = 'region' THEN 1 ELSE u.parent_id END,
               CASE WHEN u.kind = 'region' THEN 'org_unit:' || u.org_unit_id
                    ELSE 'org_unit:' || u.parent_id || '/org_unit:' || u.org_unit_id END,
               CASE WHEN u.kind = 'region' THEN 1 ELSE 2 END, 'org_unit', u.org_unit_id, u.name, u.org_unit_id,
               u.org_unit_id
          FROM org_unit u WHERE u.kind IN ('region', 'team');
      INSERT INTO target_node (target_node_id, target_plan_id, parent_node_id, node_key, depth, dimension, ref_id,
                               label, sort_order, scope_org_unit_id, scope_owner_user_id)
        SELECT 100 + u.app_user_id, 1, u.org_unit_id, t.node_key || '/rep:' || u.app_user_id, 3, 'rep',
               u.app_user_id, u.display_name, u.app_user_id, u.org_unit_id, u.app_user_id
          FROM app_user u JOIN target_node t ON t.target_plan_id = 1 AND t.target_node_id = u.org_unit_id
         WHERE u.role = 'rep';
      INSERT INTO target_node (target_node_id, target_plan_id, parent_node_id, node_key, depth, dimension, ref_key,
                               label, sort_order, scope_org_unit_id, scope_industry)
        SELECT 300 + (t.target_node_id - 6) * 6 + j, 1, t.target_node_id,
               t.node_key || '/industry:' || (ARRAY['${INDUSTRIES.join("', '")}'])[j], 3, 'industry',
               (ARRAY['${INDUSTRIES.join("', '")}'])[j], (ARRAY['${INDUSTRIES.join("', '")}'])[j], 1000 + j,
               t.scope_org_unit_id, (ARRAY['${INDUSTRIES.join("', '")}'])[j]
          FROM target_node t, generate_series(1, 6) j
         WHERE t.target_plan_id = 1 AND t.depth = 2;
      INSERT INTO target_node (target_node_id, target_plan_id, parent_node_id, node_key, depth, dimension, ref_id,
                               label, sort_order, scope_org_unit_id, scope_owner_user_id, scope_account_id)
        SELECT 1000 + row_number() OVER (ORDER BY r.target_node_id, x.rank), 1, r.target_node_id,
               r.node_key || '/customer:' || x.account_id, 4, 'customer', x.account_id, x.name, x.rank,
               r.scope_org_unit_id, r.scope_owner_user_id, x.account_id
          FROM target_node r
          JOIN LATERAL (
            SELECT a.account_id, a.name, row_number() OVER (ORDER BY sum(f.revenue_fen) DESC, a.account_id) AS rank
              FROM account a JOIN account_month_fact f ON f.account_id = a.account_id
             WHERE a.owner_user_id = r.scope_owner_user_id AND f.month BETWEEN '2025-01-01' AND '2025-12-01'
             GROUP BY a.account_id, a.name
             ORDER BY sum(f.revenue_fen) DESC, a.account_id LIMIT 5
          ) x ON true
         WHERE r.target_plan_id = 1 AND r.dimension = 'rep';
      INSERT INTO target_node (target_node_id, target_plan_id, parent_node_id, node_key, depth, dimension, ref_id,
                               label, sort_order, scope_org_unit_id, scope_owner_user_id, scope_account_id,
                               scope_product_line_id)
        SELECT 10000 + c.target_node_id * 2 + l, 1, c.target_node_id, c.node_key || '/product_line:' || l, 5,
               'product_line', l, '产品线' || l, l, c.scope_org_unit_id, c.scope_owner_user_id, c.scope_account_id, l
          FROM target_node c, generate_series(1, 2) l
         WHERE c.target_plan_id = 1 AND c.dimension = 'customer';`),
  );
  let actualRows = 0;
  await phase('node actuals (full rebuild)', async () => {
    const { createTargetActualsRepository } = await import(
      '../../src/db/repositories/target-actuals-repository.ts'
    );
    actualRows = await createTargetActualsRepository(database.db).rebuildPlan(1);
  });
  await phase('targets', () =>
    database.exec(`
      INSERT INTO target_value (target_plan_id, target_node_id, metric, months)
      SELECT 1, n.target_node_id, m.metric,
             jsonb_agg(round(coalesce(CASE m.metric
                 WHEN 'revenue' THEN a.revenue_fen
                 WHEN 'collections' THEN a.collection_fen
                 WHEN 'gross_profit' THEN a.revenue_fen - a.cost_fen
                 ELSE a.expense_fen END, 0) * 1.1)::bigint ORDER BY mo)
        FROM target_node n
       CROSS JOIN (VALUES ('revenue'), ('collections'), ('gross_profit'), ('expense')) m(metric)
       CROSS JOIN generate_series(1, 12) mo
        LEFT JOIN target_node_actual a ON a.target_plan_id = 1 AND a.target_node_id = n.target_node_id
             AND a.month = make_date(${BENCH_PLAN_YEAR - 1}, mo, 1)
       WHERE n.target_plan_id = 1
       GROUP BY n.target_node_id, m.metric;`),
  );
  const nodes = await database.withSession((s) =>
    s.query<{ n: number }>('SELECT count(*)::int AS n FROM target_node WHERE target_plan_id = 1'),
  );
  return {
    orderLines: lines,
    accounts,
    nodes: nodes[0]?.n ?? 0,
    actualRows,
    planId: 1,
    adminUserId: 1,
    seconds,
  };
}

// [TGT-5] attainment of a target node (12 months × 4 money metrics: target, actual, attainment, gap, YoY,
// run-rate) read the product's way — the tracking service over target_value and the pre-aggregated
// target_node_actual — for 200 random nodes of a published plan, against the plain alternative: for the same
// nodes, one GROUP BY over the raw order lines, collections and expenses of the node's scope (two years, the
// plan year and last year for YoY), turned into the same figures by the same rule. Both answers must be equal.
// Scale = order lines (default 10,000,000), loaded on the server by generate_series. Goals: service p95 ≤ 20 ms,
// plain ÷ service ≥ 50×, 0 differing answers. PostgreSQL by default; BENCH_ENGINE=pglite runs on in-memory PGlite.
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'kysely';
import type { Actor } from '../../src/core/org/actor.ts';
import { type ActualMonth, nodeAttainment, ZERO_MONTH } from '../../src/core/target/node-attainment.ts';
import type { TrackedNode } from '../../src/core/target/target-tracking-repository.ts';
import { MONEY_METRICS, type MoneyMetric } from '../../src/core/target/target-types.ts';
import { createServices } from '../../src/create-services.ts';
import { connectDatabase, type Database } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createRepositories } from '../../src/db/repositories/create-repositories.ts';
import { dropBenchDatabase, prepareBenchDatabase } from '../lib/bench-database.ts';
import type { BenchContext, Benchmark, BenchOutcome } from '../lib/benchmark.ts';
import { figure } from '../lib/benchmark.ts';
import { BENCH_PLAN_YEAR, loadTargetBenchData } from '../lib/target-bench-data.ts';

/** Bump when the generated data changes, so kept databases are rebuilt. */
const DATA_VERSION = 1;
const NODES = 200;
const WARMUP = 20;
/** Months elapsed in the measured answers (a mid-year view). */
const THROUGH = 6;
const GOAL_P95_MS = 20;
const GOAL_RATIO = 50;

export const targetAttainment: Benchmark = {
  name: 'target-attainment',
  description:
    'attainment of 200 random target nodes (12 months × 4 metrics) from target_node_actual vs a plain GROUP BY over order lines, collections and expenses',
  defaultScale: 10_000_000,
  scaleUnit: 'order lines',
  run,
};

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  const pglite = process.env.BENCH_ENGINE === 'pglite';
  const name = `kamdesk_bench_target_${ctx.scale}`;
  let database: Database;
  let loadSeconds: number;
  let reused = false;
  let summary: Record<string, unknown>;
  if (pglite) {
    ctx.log(`Loading ${ctx.scale.toLocaleString('en-US')} order lines into in-memory PGlite…`);
    const started = performance.now();
    database = await connectDatabase({});
    await migrate(database);
    summary = await loadTargetBenchData(database, ctx.scale, ctx.log);
    loadSeconds = (performance.now() - started) / 1000;
  } else {
    ctx.log(`Preparing PostgreSQL database ${name}…`);
    const prepared = await prepareBenchDatabase({
      adminUrl: ctx.databaseUrl,
      name,
      dataVersion: DATA_VERSION,
      fresh: ctx.fresh,
      log: ctx.log,
      load: (db) => loadTargetBenchData(db, ctx.scale, ctx.log),
    });
    if (!ctx.keep) ctx.onCleanup(() => dropBenchDatabase(ctx.databaseUrl, name));
    reused = prepared.reused;
    loadSeconds = prepared.loadSeconds;
    summary = prepared.summary;
    database = await connectDatabase({ databaseUrl: prepared.url, poolSize: 4 });
  }
  ctx.onCleanup(() => database.close());
  ctx.log(`${reused ? 'Reused' : 'Loaded'} in ${loadSeconds.toFixed(1)} s: ${JSON.stringify(summary)}`);

  const services = createServices(database, {
    clock: { now: () => new Date(`${BENCH_PLAN_YEAR}-07-15T04:00:00Z`) },
  });
  const actor: Actor = {
    userId: 1,
    username: 'admin',
    displayName: '管理员',
    role: 'admin',
    orgUnitId: 1,
    orgUnitName: '总公司',
    orgUnitPath: '/1/',
  };
  const repos = createRepositories(database.db);
  const planId = 1;
  // The full rebuild (kamdesk targets refresh-actuals) on this run's code; the answers below read its rows.
  ctx.log('Full rebuild of the plan actuals (one INSERT … SELECT)…');
  const rebuildStarted = performance.now();
  const rebuiltRows = await repos.targetActuals.rebuildPlan(planId);
  const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
  ctx.log(`  ${rebuiltRows.toLocaleString('en-US')} rows in ${rebuildSeconds.toFixed(1)} s`);
  const nodes = await repos.targetTracking.nodes(planId);
  const picked = pick(nodes, NODES + WARMUP, 42);
  const measured = picked.slice(WARMUP);
  ctx.log(`${nodes.length} nodes in the plan; measuring ${measured.length} random nodes (${WARMUP} warm-up)`);

  for (const n of picked.slice(0, WARMUP))
    await services.targetTracking.attainment(actor, planId, n.id, THROUGH);
  const serviceMs: number[] = [];
  const serviceAnswers = new Map<number, unknown>();
  for (const n of measured) {
    const started = performance.now();
    const view = await services.targetTracking.attainment(actor, planId, n.id, THROUGH);
    serviceMs.push(performance.now() - started);
    serviceAnswers.set(n.id, view.metrics);
  }
  const s = stats(serviceMs);
  ctx.log(`  service: p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms, mean ${s.mean.toFixed(2)} ms`);

  ctx.log('Plain GROUP BY over order_line + collection + expense for the same nodes…');
  const plainMs: number[] = [];
  let differing = 0;
  for (const [i, n] of measured.entries()) {
    const started = performance.now();
    const metrics = await plainAttainment(database, planId, n);
    plainMs.push(performance.now() - started);
    if (!isDeepStrictEqual(metrics, serviceAnswers.get(n.id))) {
      differing++;
      if (differing <= 3) ctx.log(`  DIFFERENT answer for node ${n.id} (${n.key})`);
    }
    if ((i + 1) % 50 === 0) ctx.log(`  ${i + 1} / ${measured.length} nodes`);
  }
  const p = stats(plainMs);
  const ratio = p.mean / s.mean;
  ctx.log(
    `  plain: p50 ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms, mean ${p.mean.toFixed(1)} ms; ratio ${ratio.toFixed(0)}×`,
  );

  const engine = pglite ? 'PGlite' : 'PostgreSQL';
  const service = `attainment via target_node_actual (${engine})`;
  const plain = `plain GROUP BY over raw lines (${engine})`;
  return {
    figures: [
      figure(service, 'p50', s.p50, 'ms'),
      figure(service, 'p95', s.p95, 'ms', { op: '<=', threshold: GOAL_P95_MS }),
      figure(service, 'mean', s.mean, 'ms'),
      figure(plain, 'p50', p.p50, 'ms'),
      figure(plain, 'p95', p.p95, 'ms'),
      figure(plain, 'mean', p.mean, 'ms'),
      figure('plain ÷ service', 'mean time ratio', ratio, '×', { op: '>=', threshold: GOAL_RATIO }),
      figure('answers', 'differing nodes', differing, '', { op: '<=', threshold: 0 }),
      figure('data set', reused ? 'load time (earlier run)' : 'load time', loadSeconds, 's'),
      figure(
        'target_node_actual',
        `full rebuild (${rebuiltRows.toLocaleString('en-US')} rows)`,
        rebuildSeconds,
        's',
      ),
    ],
    details: {
      engine,
      database: pglite ? 'in-memory' : name,
      reused,
      summary,
      nodes: nodes.length,
      through: THROUGH,
    },
  };
}

/** The same 12 × 4 figures from the raw tables: one GROUP BY per node over its scope's lines, cash and costs. */
async function plainAttainment(database: Database, planId: number, node: TrackedNode) {
  const q = (v: string) => `'${v.replace(/'/g, "''")}'`;
  const where: string[] = [];
  if (node.scopeUnitPath !== null) where.push(`op.path LIKE ${q(`${node.scopeUnitPath}%`)}`);
  if (node.scope.ownerUserId !== null) where.push(`a.owner_user_id = ${node.scope.ownerUserId}`);
  if (node.scope.industry !== null) where.push(`a.industry = ${q(node.scope.industry)}`);
  if (node.scope.accountType !== null) where.push(`a.type = ${q(node.scope.accountType)}`);
  if (node.scope.accountId !== null) where.push(`a.account_id = ${node.scope.accountId}`);
  const accounts = `SELECT a.account_id FROM account a JOIN app_user u ON u.app_user_id = a.owner_user_id
                      JOIN org_unit op ON op.org_unit_id = u.org_unit_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const from = `${BENCH_PLAN_YEAR - 1}-01-01`;
  const to = `${BENCH_PLAN_YEAR}-12-31`;
  const productLine = node.scope.productLineId;
  const text = `
    WITH acc AS (${accounts})
    SELECT 'lines' AS kind, date_trunc('month', ol.order_date)::date::text AS month,
           sum(ol.amount_fen) AS a, sum(ol.cost_fen) AS b
      FROM order_line ol JOIN acc ON acc.account_id = ol.account_id
     WHERE ol.order_date BETWEEN '${from}' AND '${to}'
       ${productLine === null ? '' : `AND ol.product_line_id = ${productLine}`} GROUP BY 2
    ${
      productLine !== null
        ? ''
        : `UNION ALL
    SELECT 'collections', date_trunc('month', c.collected_on)::date::text, sum(c.amount_fen), 0
      FROM collection c JOIN acc ON acc.account_id = c.account_id
     WHERE c.collected_on BETWEEN '${from}' AND '${to}' GROUP BY 2
    UNION ALL
    SELECT 'expense', date_trunc('month', e.spent_on)::date::text, sum(e.amount_fen), 0
      FROM expense e JOIN acc ON acc.account_id = e.account_id
     WHERE e.spent_on BETWEEN '${from}' AND '${to}' GROUP BY 2`
    }`;
  const [rows, targets] = await Promise.all([
    sql.raw<{ kind: string; month: string; a: number; b: number }>(text).execute(database.db),
    sql<{ metric: string; months: number[] | string }>`
      SELECT metric, months FROM target_value WHERE target_plan_id = ${planId} AND target_node_id = ${node.id}`.execute(
      database.db,
    ),
  ]);
  const months = () => Array.from({ length: 12 }, (): ActualMonth => ({ ...ZERO_MONTH }));
  const actuals = months();
  const lastYear = months();
  for (const r of rows.rows) {
    const into = (Number(r.month.slice(0, 4)) === BENCH_PLAN_YEAR ? actuals : lastYear)[
      Number(r.month.slice(5, 7)) - 1
    ];
    if (!into) continue;
    if (r.kind === 'lines') {
      into.revenueFen += Number(r.a);
      into.costFen += Number(r.b);
    } else if (r.kind === 'collections') into.collectionFen += Number(r.a);
    else into.expenseFen += Number(r.a);
  }
  const t: Partial<Record<MoneyMetric, number[]>> = {};
  for (const r of targets.rows)
    if ((MONEY_METRICS as readonly string[]).includes(r.metric))
      t[r.metric as MoneyMetric] = typeof r.months === 'string' ? JSON.parse(r.months) : r.months;
  return nodeAttainment({ targets: t, actuals, lastYear, throughMonth: THROUGH });
}

/** A repeatable random sample (xorshift) of n nodes. */
function pick<T>(items: readonly T[], n: number, seed: number): T[] {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, Math.min(n, copy.length));
}

function stats(ms: readonly number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), mean: ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length) };
}

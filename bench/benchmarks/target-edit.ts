// Editing a big target plan through the use cases ([TGT-2], [TGT-3]): the demo company at --scale accounts
// (default 1,000), a draft plan region → rep → customer → product line (four money metrics, history share and
// seasonality) created by the wizard, then timed: the create itself, reading the whole tree, a year total typed
// on random leaves (product-line nodes) and on the root (every node re-split). Each edit is one transaction:
// open the plan, read the history the methods need, run the engine, save the changed cells, audit.
// Goals at 1,000 accounts: leaf edit p50 < 300 ms, root edit p50 < 1.5 s. PostgreSQL by default;
// BENCH_ENGINE=pglite runs on in-memory PGlite.
import type { Actor } from '../../src/core/org/actor.ts';
import { toActor } from '../../src/core/org/org-repository.ts';
import { createServices } from '../../src/create-services.ts';
import { connectDatabase, type Database } from '../../src/db/connect.ts';
import { loadDemoCompany } from '../../src/db/demo/load-demo-company.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createRepositories } from '../../src/db/repositories/create-repositories.ts';
import { dropBenchDatabase, prepareBenchDatabase } from '../lib/bench-database.ts';
import type { BenchContext, Benchmark, BenchOutcome } from '../lib/benchmark.ts';
import { figure } from '../lib/benchmark.ts';

/** Bump when the loaded data changes, so kept databases are rebuilt. */
const DATA_VERSION = 1;
const TODAY = '2026-11-25';
const YEAR = 2026;
const LEAF_EDITS = 20;
const ROOT_EDITS = 5;
const READS = 5;
const GOAL_LEAF_MS = 300;
const GOAL_ROOT_MS = 1_500;
const CTX = { requestId: null };

export const targetEdit: Benchmark = {
  name: 'target-edit',
  description:
    'target plan use cases on the demo company: create region → rep → customer → product line, read the tree, edit a leaf total, edit the root total',
  defaultScale: 1_000,
  scaleUnit: 'accounts',
  run,
};

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  const pglite = process.env.BENCH_ENGINE === 'pglite';
  const name = `kamdesk_bench_target_edit_${ctx.scale}`;
  const load = (db: Database) =>
    loadDemoCompany(db, {
      accounts: ctx.scale,
      linesPerAccountMonth: 1,
      today: TODAY,
      password: 'bench',
    }).then((s) => ({ ...s }));
  let database: Database;
  let reused = false;
  if (pglite) {
    ctx.log(`Loading the demo company at ${ctx.scale.toLocaleString('en-US')} accounts into PGlite…`);
    database = await connectDatabase({});
    await migrate(database);
    await load(database);
  } else {
    const prepared = await prepareBenchDatabase({
      adminUrl: ctx.databaseUrl,
      name,
      dataVersion: DATA_VERSION,
      fresh: ctx.fresh,
      log: ctx.log,
      load,
    });
    if (!ctx.keep) ctx.onCleanup(() => dropBenchDatabase(ctx.databaseUrl, name));
    reused = prepared.reused;
    database = await connectDatabase({ databaseUrl: prepared.url, poolSize: 4 });
  }
  ctx.onCleanup(() => database.close());
  const services = createServices(database, { clock: { now: () => new Date(`${TODAY}T04:00:00Z`) } });
  const user = await createRepositories(database.db).users.findByUsername('director');
  if (!user) throw new Error('the demo user director is missing');
  const actor: Actor = toActor(user);

  ctx.log('Creating the plan (region → rep → customer → product line)…');
  const createStarted = performance.now();
  const created = await services.targetPlans.create(
    actor,
    {
      name: `bench ${Date.now()}`,
      year: YEAR,
      metrics: ['revenue', 'collections', 'gross_profit', 'expense'],
      levels: [
        { dimension: 'org_unit', orgUnitKind: 'region' },
        { dimension: 'rep' },
        { dimension: 'customer' },
        { dimension: 'product_line' },
      ],
      totals: {},
      splitMethod: 'history_share',
      timeMethod: 'seasonality',
      growthPercent: 10,
      note: null,
    },
    CTX,
  );
  const createMs = performance.now() - createStarted;
  const planId = created.plan.id;
  ctx.onCleanup(async () => {
    if (!ctx.keep) return;
    await database.db.deleteFrom('target_plan').where('target_plan_id', '=', planId).execute();
  });

  const readMs: number[] = [];
  let tree = created.tree;
  for (let i = 0; i < READS; i++) {
    const started = performance.now();
    tree = (await services.targetPlans.get(actor, planId)).tree;
    readMs.push(performance.now() - started);
  }
  const leaves = [...tree.nodes.keys()].filter((k) => (tree.children.get(k) ?? []).length === 0);
  ctx.log(
    `${tree.nodes.size.toLocaleString('en-US')} nodes, ${leaves.length} leaves, ${tree.metrics.length} metrics`,
  );
  const yearOf = (key: string) =>
    (tree.cells.get(key)?.get('revenue')?.months ?? []).reduce((a, b) => a + b, 0);

  const leafMs: number[] = [];
  let seed = 42;
  for (let i = 0; i < LEAF_EDITS; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const key = leaves[seed % leaves.length] as string;
    const started = performance.now();
    await services.targetPlanEdits.setCell(
      actor,
      planId,
      { nodeKey: key, metric: 'revenue', value: yearOf(key) + 100_00 * (i + 1) },
      CTX,
    );
    leafMs.push(performance.now() - started);
  }
  ctx.log(`  leaf edits: p50 ${pct(leafMs, 50).toFixed(0)} ms, p95 ${pct(leafMs, 95).toFixed(0)} ms`);
  const rootMs: number[] = [];
  const root = yearOf(tree.rootKey);
  for (let i = 0; i < ROOT_EDITS; i++) {
    const started = performance.now();
    await services.targetPlanEdits.setCell(
      actor,
      planId,
      { nodeKey: tree.rootKey, metric: 'revenue', value: root + 1_000_00 * (i + 1) },
      CTX,
    );
    rootMs.push(performance.now() - started);
  }
  ctx.log(`  root edits: p50 ${pct(rootMs, 50).toFixed(0)} ms, p95 ${pct(rootMs, 95).toFixed(0)} ms`);

  const engine = pglite ? 'PGlite' : 'PostgreSQL';
  const at = `${tree.nodes.size.toLocaleString('en-US')} nodes, ${engine}`;
  return {
    figures: [
      figure(`create plan (${at})`, 'time', createMs, 'ms'),
      figure(`read tree (${at})`, 'p50', pct(readMs, 50), 'ms'),
      figure(`edit a leaf total (${at})`, 'p50', pct(leafMs, 50), 'ms', { op: '<', threshold: GOAL_LEAF_MS }),
      figure(`edit a leaf total (${at})`, 'p95', pct(leafMs, 95), 'ms'),
      figure(`edit the root total (${at})`, 'p50', pct(rootMs, 50), 'ms', {
        op: '<',
        threshold: GOAL_ROOT_MS,
      }),
      figure(`edit the root total (${at})`, 'p95', pct(rootMs, 95), 'ms'),
    ],
    details: {
      engine,
      database: pglite ? 'in-memory' : name,
      reused,
      nodes: tree.nodes.size,
      leaves: leaves.length,
      runs: { leaf: LEAF_EDITS, root: ROOT_EDITS, read: READS },
    },
  };
}

function pct(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

// Bulk import of order lines ([TGT-5]): a CSV of --scale order lines (订单号, 行号, 客户编码, 日期, 产品线, 数量,
// 单价, 金额, 成本) imported through the order-line import use case (streamed parse, every cell validated against
// the preloaded code maps, each batch COPYed straight into order_line under a savepoint while the next is parsed,
// the facts summed in memory per account × month × product line and moved by one upsert at the end, one
// transaction), measured side by side with a raw PostgreSQL `\copy` of the same lines (ids instead of codes, fen
// instead of yuan) by psql into a scratch table `LIKE order_line INCLUDING ALL` (its columns, defaults, checks
// and all its indexes; no foreign keys, whose per-row triggers the import skips as well after locking the
// referenced rows once). Goal from the issue: ours ≥ 60% of raw COPY's lines per second; and the facts after the
// import equal a full recompute. The details split our time into reading + writing lines (parse, validate, COPY)
// and the facts (the upsert). The data is sparse (5,000 accounts × 24 months × 10 product lines, so nearly every
// line makes a new fact row): the hardest case for the facts. A CHECKPOINT before each timed step keeps the
// WAL and dirty pages of one step (the raw copy writes as much as the import) from landing on the other.
// PostgreSQL by default; BENCH_ENGINE=pglite loads the same demo company into in-memory PGlite (BENCH_ENGINE=
// pglite-dir: into PGlite on a temporary data folder, the embedded default's storage) and compares our import with
// a raw COPY of the same lines on that instance (COPY … FROM STDIN, which PGlite reads from a blob — the way the
// import writes — since psql cannot reach an in-process PGlite). In-memory PGlite is slower and bigger at 1M lines:
// its file system copies a whole relation file each time PostgreSQL extends it (fallocate → ftruncate → new array).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { loadDemoTargetPlan } from '../../src/core/demo/load-demo-target-plan.ts';
import { toActor } from '../../src/core/org/org-repository.ts';
import { createServices } from '../../src/create-services.ts';
import { connectDatabase, type Database } from '../../src/db/connect.ts';
import { loadDemoCompany } from '../../src/db/demo/load-demo-company.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createRepositories } from '../../src/db/repositories/create-repositories.ts';
import { factDrift, rebuildFacts } from '../../src/db/repositories/fact-rebuild.ts';
import { orderLineSourceOfStream } from '../../src/excel/order-line-file.ts';
import { dropBenchDatabase, prepareBenchDatabase } from '../lib/bench-database.ts';
import type { BenchContext, Benchmark, BenchOutcome } from '../lib/benchmark.ts';
import { figure } from '../lib/benchmark.ts';

const DATA_VERSION = 1;
const DEMO_TODAY = '2025-07-01';
const DEMO_ACCOUNTS = 5_000;
const GOAL_RATIO = 0.6;
/** BENCH_OPEN_PLAN=1: a published target plan is open during the import, so its node actuals follow the lines. */
const OPEN_PLAN = process.env.BENCH_OPEN_PLAN === '1';
const SCRATCH = 'order_line_copy_bench';
const COPY_COLUMNS =
  'order_no, line_no, order_date, account_id, product_line_id, quantity, amount_fen, cost_fen';

export const orderLineImport: Benchmark = {
  name: 'order-line-import',
  description:
    'kamdesk order-line import of a CSV (validation on, facts maintained) vs raw psql \\copy of the same lines, PostgreSQL (BENCH_ENGINE=pglite: in-memory PGlite, pglite-dir: PGlite on a data folder; raw COPY from a blob)',
  defaultScale: 1_000_000,
  scaleUnit: 'order lines',
  run,
};

/** A small deterministic PRNG (mulberry32), so every run imports the same file. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** Writes the import CSV and the COPY-shaped CSV of the same lines; returns the number of lines. */
export async function writeFiles(
  lines: number,
  accounts: ReadonlyArray<{ id: number; code: string }>,
  productLines: ReadonlyArray<{ id: number; code: string }>,
  importFile: string,
  copyFile: string,
): Promise<void> {
  const random = prng(20_261_207);
  const ours = createWriteStream(importFile);
  const raw = createWriteStream(copyFile);
  ours.write('订单号,行号,客户编码,日期,产品线,数量,单价,金额,成本\n');
  raw.write('order_no,line_no,order_date,account_id,product_line_id,quantity,amount_fen,cost_fen\n');
  let order = 0;
  let lineNo = 0;
  let linesInOrder = 0;
  let account = accounts[0]!;
  let date = '';
  let oursChunk = '';
  let rawChunk = '';
  const start = Date.UTC(2023, 6, 1);
  for (let i = 0; i < lines; i++) {
    if (lineNo >= linesInOrder) {
      order++;
      lineNo = 0;
      linesInOrder = 1 + Math.floor(random() * 6);
      account = accounts[Math.floor(random() * accounts.length)]!;
      date = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    }
    lineNo++;
    const productLine = productLines[Math.floor(random() * productLines.length)]!;
    const quantity = 1 + Math.floor(random() * 200);
    const priceFen = 100 + Math.floor(random() * 50_000);
    const amountFen = quantity * priceFen;
    const costFen = Math.floor(amountFen * (0.5 + random() * 0.3));
    const orderNo = `BO-${order}`;
    oursChunk += `${orderNo},${lineNo},${account.code},${date},${productLine.code},${quantity},${yuan(priceFen)},${yuan(amountFen)},${yuan(costFen)}\n`;
    rawChunk += `${orderNo},${lineNo},${date},${account.id},${productLine.id},${quantity},${amountFen},${costFen}\n`;
    if (oursChunk.length > 1 << 20) {
      if (!ours.write(oursChunk)) await once(ours, 'drain');
      if (!raw.write(rawChunk)) await once(raw, 'drain');
      oursChunk = '';
      rawChunk = '';
    }
  }
  ours.end(oursChunk);
  raw.end(rawChunk);
  await Promise.all([once(ours, 'finish'), once(raw, 'finish')]);
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs psql with one command; resolves with the wall seconds. */
async function psql(url: string, command: string): Promise<number> {
  const started = performance.now();
  const child = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (d) => {
    errors += String(d);
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`psql failed (${code}): ${errors}`);
  return (performance.now() - started) / 1000;
}

/** Removes the benchmark's imported lines (and the scratch table) so that every run imports into the same state. */
async function reset(url: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
    const { rowCount } = await client.query("DELETE FROM order_line WHERE order_no LIKE 'BO-%'");
    if ((rowCount ?? 0) > 0) await client.query('VACUUM ANALYZE order_line');
  });
}

/** Where the benchmark runs: the loaded demo company and the engine's own raw COPY. */
interface Engine {
  name: 'PostgreSQL' | 'PGlite' | 'PGlite (data folder)';
  database: Database;
  /** The PostgreSQL database's name, the PGlite data folder or 'in-memory'. */
  where: string;
  reused: boolean;
  loadSeconds: number;
  /** Figure label of the raw COPY. */
  copyLabel: string;
  /** COPYs the COPY-shaped file into the scratch table (created before, dropped after); the seconds it took. */
  rawCopy(copyFile: string): Promise<number>;
  /** Back to the loaded state after the import (PostgreSQL keeps its database for the next run). */
  restore(): Promise<void>;
}

const loadDemo = (database: Database) =>
  loadDemoCompany(database, {
    accounts: DEMO_ACCOUNTS,
    linesPerAccountMonth: 0.5,
    today: DEMO_TODAY,
    password: 'kamdesk',
  });

async function openPostgres(ctx: BenchContext): Promise<Engine> {
  const name = `kamdesk_bench_order_import`;
  ctx.log(
    `Preparing PostgreSQL database ${name} (demo company, ${DEMO_ACCOUNTS.toLocaleString('en-US')} accounts)…`,
  );
  const prepared = await prepareBenchDatabase({
    adminUrl: ctx.databaseUrl,
    name,
    dataVersion: DATA_VERSION,
    fresh: ctx.fresh,
    log: ctx.log,
    load: async (database) => ({ ...(await loadDemo(database)) }),
  });
  if (!ctx.keep) ctx.onCleanup(() => dropBenchDatabase(ctx.databaseUrl, name));
  await reset(prepared.url);
  const database = await connectDatabase({ databaseUrl: prepared.url, poolSize: 2 });
  ctx.onCleanup(() => database.close());
  // Facts left by an interrupted earlier run would be off by its lines: start from a recompute.
  await rebuildFacts(database.db);
  return {
    name: 'PostgreSQL',
    database,
    where: name,
    reused: prepared.reused,
    loadSeconds: prepared.loadSeconds,
    copyLabel: 'psql \\copy (raw, no validation, PostgreSQL)',
    rawCopy: (copyFile) =>
      psql(
        prepared.url,
        `\\copy ${SCRATCH} (${COPY_COLUMNS}) FROM '${copyFile}' WITH (FORMAT csv, HEADER true)`,
      ),
    async restore() {
      await reset(prepared.url);
      await rebuildFacts(database.db);
    },
  };
}

async function openPglite(ctx: BenchContext, onDisk: boolean): Promise<Engine> {
  const dataDir = onDisk ? mkdtempSync(join(tmpdir(), 'kamdesk-bench-pglite-')) : undefined;
  if (dataDir) ctx.onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  ctx.log(
    `Loading the demo company (${DEMO_ACCOUNTS.toLocaleString('en-US')} accounts) into PGlite ${dataDir ?? 'in memory'}…`,
  );
  const started = performance.now();
  const database = await connectDatabase({ dataDir });
  ctx.onCleanup(() => database.close());
  await migrate(database);
  await loadDemo(database);
  const loadSeconds = (performance.now() - started) / 1000;
  const name = dataDir ? 'PGlite (data folder)' : 'PGlite';
  return {
    name,
    database,
    where: dataDir ?? 'in-memory',
    reused: false,
    loadSeconds,
    copyLabel: `COPY from a blob (raw, no validation, ${name})`,
    // Database does not hand out the PGlite instance, so the raw COPY takes the path the import's own COPYs take:
    // COPY … FROM STDIN, which connect.ts runs as COPY … FROM '/dev/blob' with the rows as the query's blob. That
    // is the text format, so the file's header goes and its commas become tabs (no quoting in it) before the clock.
    async rawCopy(copyFile) {
      const bytes = readFileSync(copyFile);
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x2c) bytes[i] = 0x09;
      const rows = bytes.subarray(bytes.indexOf(0x0a) + 1);
      const copyStarted = performance.now();
      await database.db.executeQuery(
        CompiledQuery.raw(`COPY ${SCRATCH} (${COPY_COLUMNS}) FROM STDIN`, [[rows]]),
      );
      return (performance.now() - copyStarted) / 1000;
    },
    async restore() {},
  };
}

/** The process's peak resident memory so far, as the kernel counts it (PGlite's memory is this process's). */
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  const choice = process.env.BENCH_ENGINE;
  const engine =
    choice === 'pglite' || choice === 'pglite-dir'
      ? await openPglite(ctx, choice === 'pglite-dir')
      : await openPostgres(ctx);
  const { database } = engine;
  ctx.log(
    `${engine.reused ? 'Reused (loaded earlier' : 'Loaded'} in ${engine.loadSeconds.toFixed(1)} s${engine.reused ? ')' : ''}; peak RSS so far ${peakRssMiB()} MiB`,
  );

  // No plan but the one this run may open: the import's cost depends on whether a plan keeps actuals.
  await sql`DELETE FROM target_plan`.execute(database.db);
  let planId: number | undefined;
  if (OPEN_PLAN) {
    ctx.log(
      'Creating and publishing the demo target plan (region → rep → customer), open during the import…',
    );
    const planStarted = performance.now();
    const director = (await createRepositories(database.db).users.findByUsername('director'))!;
    planId = await loadDemoTargetPlan(
      createServices(database),
      toActor(director),
      Number(DEMO_TODAY.slice(0, 4)),
    );
    const nodes = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM target_node WHERE target_plan_id = ${planId}`.execute(database.db);
    ctx.log(
      `  ${((performance.now() - planStarted) / 1000).toFixed(1)} s, ${nodes.rows[0]?.n.toLocaleString('en-US')} nodes`,
    );
  }

  const dir = mkdtempSync(join(tmpdir(), 'kamdesk-bench-import-'));
  ctx.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const importFile = join(dir, 'order-lines.csv');
  const copyFile = join(dir, 'order-lines-copy.csv');
  const idsAndCodes = (table: 'account' | 'product_line') =>
    sql<{
      id: number;
      code: string;
    }>`SELECT ${sql.ref(`${table}_id`)}::int AS id, code FROM ${sql.table(table)} ORDER BY 1`
      .execute(database.db)
      .then((r) => r.rows);
  const accounts = await idsAndCodes('account');
  const productLines = await idsAndCodes('product_line');
  const before = Number(
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM order_line`.execute(database.db)).rows[0]?.n ??
      0,
  );
  ctx.log(`Writing ${ctx.scale.toLocaleString('en-US')} lines to ${importFile} (and the COPY-shaped copy)…`);
  await writeFiles(ctx.scale, accounts, productLines, importFile, copyFile);

  // (a) raw COPY of the same lines into a table of order_line's shape.
  await sql.raw(`CREATE TABLE ${SCRATCH} (LIKE order_line INCLUDING ALL)`).execute(database.db);
  // Each timed step starts with no dirty pages left by the step before (loading, the reset, the other COPY),
  // so neither pays for a checkpoint the other caused.
  await sql`CHECKPOINT`.execute(database.db);
  ctx.log(`Raw COPY (${engine.name}) into a scratch table like order_line…`);
  const copySeconds = await engine.rawCopy(copyFile);
  await sql.raw(`DROP TABLE ${SCRATCH}`).execute(database.db);
  await sql`CHECKPOINT`.execute(database.db);
  const copyRate = ctx.scale / copySeconds;
  ctx.log(
    `  ${copySeconds.toFixed(2)} s, ${Math.round(copyRate).toLocaleString('en-US')} lines/s; peak RSS so far ${peakRssMiB()} MiB`,
  );

  // (b) our import, in this process, as the demo admin.
  const services = createServices(database);
  const admin = toActor((await createRepositories(database.db).users.findByUsername('admin'))!);
  ctx.log(`Our import (${engine.name}): order-line import use case, validation on…`);
  const started = performance.now();
  let lastLog = started;
  let writingAt = 0;
  const outcome = await services.orderLineImport.importOrderLines(
    admin,
    orderLineSourceOfStream('csv', createReadStream(importFile, { highWaterMark: 1 << 20 }), ctx.scale),
    {
      onProgress: (p) => {
        const now = performance.now();
        if (p.phase === 'writing' && writingAt === 0) {
          writingAt = now;
          ctx.log(`  read and staged in ${((now - started) / 1000).toFixed(2)} s; writing…`);
        }
        if (now - lastLog > 5_000) {
          lastLog = now;
          ctx.log(`  ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')}`);
        }
      },
    },
    { requestId: 'bench' },
  );
  const importSeconds = (performance.now() - started) / 1000;
  const importRate = ctx.scale / importSeconds;
  ctx.log(
    `  ${importSeconds.toFixed(2)} s, ${Math.round(importRate).toLocaleString('en-US')} lines/s; created ${outcome.created}, problems ${outcome.problemCount}, ${outcome.factRows} fact rows moved; peak RSS so far ${peakRssMiB()} MiB`,
  );
  if (!outcome.applied) throw new Error(`import refused: ${JSON.stringify(outcome.problems.slice(0, 5))}`);
  ctx.log('Checking the facts against a full recompute…');
  const drift = await factDrift(database.db);
  let planDrift: number | undefined;
  if (planId !== undefined) {
    ctx.log("Checking the plan's node actuals against a rebuild…");
    planDrift = await planActualsDrift(database, planId);
    await sql`DELETE FROM target_plan WHERE target_plan_id = ${planId}`.execute(database.db);
  }
  await engine.restore();
  const peakRss = peakRssMiB();

  const ratio = importRate / copyRate;
  return {
    figures: [
      figure(engine.copyLabel, 'throughput', Math.round(copyRate), 'lines/s'),
      figure(
        `order-line import (validated, facts, ${engine.name}${OPEN_PLAN ? ', a plan open' : ''})`,
        'throughput',
        Math.round(importRate),
        'lines/s',
      ),
      figure('import ÷ raw COPY', 'ratio', Math.round(ratio * 1000) / 1000, '×', {
        op: '>=',
        threshold: GOAL_RATIO,
      }),
      figure('facts vs full recompute', 'differing rows', drift, 'rows', { op: '<=', threshold: 0 }),
      figure('imported lines', 'created', outcome.created, 'lines', { op: '>=', threshold: ctx.scale }),
      ...(planDrift === undefined
        ? []
        : [
            figure('open plan: node actuals vs rebuild', 'differing rows', planDrift, 'rows', {
              op: '<=',
              threshold: 0,
            }),
          ]),
      figure('data set', engine.reused ? 'load time (earlier run)' : 'load time', engine.loadSeconds, 's'),
      figure(
        `bench process (${engine.name === 'PostgreSQL' ? 'client only' : `${engine.name} in it`})`,
        'peak RSS',
        peakRss,
        'MiB',
      ),
    ],
    details: {
      engine: engine.name,
      openPlan: OPEN_PLAN,
      database: engine.where,
      reused: engine.reused,
      loadSeconds: engine.loadSeconds,
      linesBefore: before,
      copySeconds,
      importSeconds,
      readAndStageSeconds: (writingAt - started) / 1000,
      mergeSeconds: importSeconds - (writingAt - started) / 1000,
      accounts: accounts.length,
      productLines: productLines.length,
      factRowsMoved: outcome.factRows,
      peakRssMiB: peakRss,
    },
  };
}

/** Rows of the plan's node actuals that differ from a rebuild from the facts (kept incrementally by the import). */
async function planActualsDrift(database: Database, planId: number): Promise<number> {
  const columns = sql.raw(
    'target_node_id, month, revenue_fen, cost_fen, collection_fen, expense_fen, line_count',
  );
  const kept = sql.raw('bench_kept_actuals');
  await sql`DROP TABLE IF EXISTS ${kept}`.execute(database.db);
  await sql`CREATE TABLE ${kept} AS SELECT ${columns} FROM target_node_actual WHERE target_plan_id = ${planId}`.execute(
    database.db,
  );
  await createRepositories(database.db).targetActuals.rebuildPlan(planId);
  const differing = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (
      (SELECT ${columns} FROM target_node_actual WHERE target_plan_id = ${planId} EXCEPT SELECT * FROM ${kept})
      UNION ALL
      (SELECT * FROM ${kept} EXCEPT SELECT ${columns} FROM target_node_actual WHERE target_plan_id = ${planId})
    ) d`.execute(database.db);
  await sql`DROP TABLE ${kept}`.execute(database.db);
  return differing.rows[0]?.n ?? -1;
}

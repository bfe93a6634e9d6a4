// Batch classification: `kamdesk classify` (every active account, every engine, one period) as a child
// process against the demo company at --scale accounts with about 100 order lines per account (10,000,000
// at the default scale) on PostgreSQL. The job reads the pre-aggregated account_month_fact, never
// order_line; beside it, the naive alternative is timed on a random sample of accounts — one query per
// account summing its raw order lines by month and product line over the same 36 months — and
// extrapolated to every account (a lower bound: it reads the inputs only, nothing is classified or written).
// Goals: the whole command < 60 s, its peak RSS < 1 GiB, the result count exactly accounts × models, and
// the facts path faster than the naive one (ratio naive ÷ actual > 1).
import pg from 'pg';
import { factsWindow, storagePeriod } from '../../src/core/segmentation/classification-period.ts';
import { ACCOUNT_MODEL_KEYS } from '../../src/core/segmentation/segmentation-types.ts';
import { loadDemoCompany } from '../../src/db/demo/load-demo-company.ts';
import { dropBenchDatabase, prepareBenchDatabase } from '../lib/bench-database.ts';
import type { BenchContext, Benchmark, BenchOutcome, Figure } from '../lib/benchmark.ts';
import { figure } from '../lib/benchmark.ts';
import { runCliCommand } from '../lib/child-command.ts';
import { createPhaseProgress } from '../lib/phase-progress.ts';

/** Bump when the loaded data changes (loader options below, generator output) to rebuild kept databases. */
const DATA_VERSION = 1;
/** Fixed so that a kept database and a fresh one hold the same data. */
const DEMO_TODAY = '2025-07-01';
/** The demo's current month: what `kamdesk classify` would default to on DEMO_TODAY. */
const PERIOD = '2025-07';
/** 10,000,000 lines at 100,000 accounts (countOrderLines: 3,216,440 lines per 1.0 at that scale). */
const LINES_PER_ACCOUNT_MONTH = 3.11;
const DEMO_PASSWORD = 'kamdesk';
const NAIVE_SAMPLE = 500;
const NAIVE_WARMUP = 20;

const GOAL_SECONDS = 60;
const GOAL_PEAK_MIB = 1024;

export const reclassifyAccounts: Benchmark = {
  name: 'reclassify-accounts',
  description: `kamdesk classify --period ${PERIOD} (all accounts, all engines) from the monthly facts vs per-account order_line scans, PostgreSQL`,
  defaultScale: 100_000,
  scaleUnit: 'accounts',
  run,
};

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  const name = `kamdesk_bench_reclassify_${ctx.scale}`;
  ctx.log(
    `Preparing PostgreSQL database ${name} (demo company, ${ctx.scale.toLocaleString('en-US')} accounts, ${LINES_PER_ACCOUNT_MONTH} lines per account-month)…`,
  );
  const prepared = await prepareBenchDatabase({
    adminUrl: ctx.databaseUrl,
    name,
    dataVersion: DATA_VERSION,
    fresh: ctx.fresh,
    log: ctx.log,
    load: async (database) => {
      const progress = createPhaseProgress(ctx.log);
      try {
        const summary = await loadDemoCompany(database, {
          accounts: ctx.scale,
          linesPerAccountMonth: LINES_PER_ACCOUNT_MONTH,
          today: DEMO_TODAY,
          password: DEMO_PASSWORD,
          onProgress: (phase, done, total) => progress.update(phase, done, total),
        });
        return { ...summary };
      } finally {
        progress.stop();
      }
    },
  });
  if (!prepared.reused) ctx.log(`Loaded in ${prepared.loadSeconds.toFixed(1)} s`);
  if (prepared.migrationsApplied.length > 0 && prepared.reused)
    ctx.log(`Applied new migrations ${prepared.migrationsApplied.join(', ')}`);
  if (!ctx.keep) ctx.onCleanup(() => dropBenchDatabase(ctx.databaseUrl, name));

  const period = storagePeriod(PERIOD);
  const { accounts, orderLines, facts } = await withClient(prepared.url, async (client) => {
    // Every run classifies from scratch: the job skips rows equal to the stored ones, so a second run
    // over kept results would measure reads only. A job left behind by an interrupted run would be followed
    // instead of started.
    await client.query('TRUNCATE account_classification');
    await client.query("DELETE FROM background_job WHERE kind = 'classification.recompute_all'");
    await client.query('VACUUM ANALYZE account_classification');
    const row = await client.query<{ accounts: number; lines: string; facts: string }>(
      `SELECT (SELECT count(*)::int FROM account WHERE status = 'active') AS accounts,
              (SELECT reltuples::bigint FROM pg_class WHERE relname = 'order_line') AS lines,
              (SELECT count(*) FROM account_month_fact) AS facts`,
    );
    const r = row.rows[0];
    return { accounts: r?.accounts ?? 0, orderLines: Number(r?.lines ?? 0), facts: Number(r?.facts ?? 0) };
  });
  ctx.log(
    `${accounts.toLocaleString('en-US')} active accounts, ≈${orderLines.toLocaleString('en-US')} order lines, ${facts.toLocaleString('en-US')} fact rows`,
  );

  ctx.log(`Running node --import tsx src/cli/main.ts classify --period ${PERIOD} (child process)…`);
  const job = await runCliCommand({
    args: ['classify', '--period', PERIOD],
    env: { DATABASE_URL: prepared.url, LOG_LEVEL: 'warn', KAMDESK_LANG: 'en' },
    onLine: (line) => ctx.log(`  | ${line}`),
    onCleanup: (stop) => ctx.onCleanup(stop),
  });
  if (job.exitCode !== 0)
    throw new Error(
      `kamdesk classify exited with ${job.exitCode ?? job.signal}\n${job.output.slice(-10).join('\n')}`,
    );
  // The command's own timing (after start-up and migrations), from its last line.
  const own = /Recomputed ([\d,]+) accounts in ([\d.]+) s/.exec(job.output.join('\n'));
  const jobSeconds = own ? Number(own[2]) : undefined;

  const stored = await withClient(prepared.url, async (client) => {
    const result = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM account_classification WHERE period = $1',
      [period],
    );
    return result.rows[0]?.n ?? 0;
  });
  const expected = accounts * ACCOUNT_MODEL_KEYS.length;
  ctx.log(
    `  ${job.wallSeconds.toFixed(1)} s wall, peak RSS ${job.peakRssMiB?.toFixed(0) ?? '?'} MiB; ${stored.toLocaleString('en-US')} results stored (expected ${expected.toLocaleString('en-US')})`,
  );

  ctx.log(
    `Naive: one order_line aggregate per account for ${NAIVE_SAMPLE} random accounts (after ${NAIVE_WARMUP} warm-up)…`,
  );
  const naive = await perAccountQueries(prepared.url, period, NAIVE_QUERY);
  // The same per-account loop over the facts: how much of the difference is pre-aggregation, how much batching.
  const perAccountFacts = await perAccountQueries(prepared.url, period, FACTS_QUERY);
  const naiveAllSeconds = (naive.msPerAccount * accounts) / 1000;
  const ratio = naiveAllSeconds / job.wallSeconds;
  ctx.log(
    `  ${naive.msPerAccount.toFixed(2)} ms per account (p50 ${naive.p50Ms.toFixed(2)}, p99 ${naive.p99Ms.toFixed(2)}, ${naive.rowsPerAccount.toFixed(0)} rows out of ≈${naive.linesPerAccount.toFixed(0)} lines): ≈${naiveAllSeconds.toFixed(0)} s for every account`,
  );
  ctx.log(
    `  the same loop over account_month_fact: ${perAccountFacts.msPerAccount.toFixed(2)} ms per account (p99 ${perAccountFacts.p99Ms.toFixed(2)}, ${perAccountFacts.rowsPerAccount.toFixed(0)} rows)`,
  );

  const target = 'kamdesk classify';
  const figures: Figure[] = [
    figure(target, 'wall time', job.wallSeconds, 's', { op: '<', threshold: GOAL_SECONDS }),
    ...(jobSeconds === undefined ? [] : [figure(target, 'job time (own report)', jobSeconds, 's')]),
    figure(target, 'accounts/s', Math.round(accounts / job.wallSeconds), '/s'),
    figure(target, 'peak RSS', Math.round(job.peakRssMiB ?? Number.NaN), 'MiB', {
      op: '<',
      threshold: GOAL_PEAK_MIB,
    }),
    figure(target, 'results − accounts × models', stored - expected, '', { op: '<=', threshold: 0 }),
    figure('naive order_line scan', 'per account', naive.msPerAccount, 'ms'),
    figure('naive order_line scan', 'extrapolated, all accounts', naiveAllSeconds, 's'),
    figure('per-account fact query', 'per account', perAccountFacts.msPerAccount, 'ms'),
    figure('naive ÷ facts', 'time ratio', ratio, '×', { op: '>', threshold: 1 }),
    figure('data set', prepared.reused ? 'load time (earlier run)' : 'load time', prepared.loadSeconds, 's'),
  ];
  // A missing result count must not pass as "0 ≤ 0": fewer rows than expected is a failure too.
  const countFigure = figures.find((f) => f.metric === 'results − accounts × models');
  if (countFigure) countFigure.pass = stored === expected;
  const rssFigure = figures.find((f) => f.metric === 'peak RSS');
  if (rssFigure && job.peakRssMiB === undefined) rssFigure.pass = false;

  return {
    figures,
    details: {
      database: {
        name,
        reused: prepared.reused,
        loadedAt: prepared.loadedAt,
        loadSeconds: prepared.loadSeconds,
        linesPerAccountMonth: LINES_PER_ACCOUNT_MONTH,
        demoToday: DEMO_TODAY,
        dataVersion: DATA_VERSION,
        summary: prepared.summary,
      },
      period: PERIOD,
      activeAccounts: accounts,
      orderLinesEstimate: orderLines,
      factRows: facts,
      models: ACCOUNT_MODEL_KEYS.length,
      job: {
        command: `node --import tsx src/cli/main.ts classify --period ${PERIOD}`,
        wallSeconds: job.wallSeconds,
        ownSeconds: jobSeconds ?? null,
        peakRssMiB: job.peakRssMiB ?? null,
        storedResults: stored,
        expectedResults: expected,
        lastOutput: job.output.slice(-5),
      },
      naive: { ...naive, extrapolatedSeconds: naiveAllSeconds, ratio },
      perAccountFacts: {
        ...perAccountFacts,
        extrapolatedSeconds: (perAccountFacts.msPerAccount * accounts) / 1000,
      },
    },
  };
}

interface PerAccountTiming {
  sample: number;
  msPerAccount: number;
  p50Ms: number;
  p99Ms: number;
  /** Output rows (month × product line) and order lines behind them, per account on average. */
  rowsPerAccount: number;
  linesPerAccount: number;
  query: string;
}

/** What the job would do without facts: per account, its 36 months of raw order lines summed by month and line. */
const NAIVE_QUERY = `
  SELECT date_trunc('month', ol.order_date)::date AS month, p.product_line_id,
         sum(ol.amount_fen) AS revenue_fen, sum(ol.cost_fen) AS cost_fen, count(*)::int AS lines
    FROM order_line ol
    JOIN product p ON p.product_id = ol.product_id
   WHERE ol.account_id = $1 AND ol.order_date >= $2::date AND ol.order_date < ($3::date + interval '1 month')
   GROUP BY 1, 2`;

/** The same rows read from the pre-aggregated facts, one account at a time. */
const FACTS_QUERY = `
  SELECT month, product_line_id, revenue_fen, cost_fen, line_count AS lines
    FROM account_month_fact
   WHERE account_id = $1 AND month BETWEEN $2::date AND $3::date`;

/** Times one query per account, one after another on one connection, for a repeatable random sample. */
async function perAccountQueries(url: string, period: string, text: string): Promise<PerAccountTiming> {
  const window = factsWindow(period);
  return withClient(url, async (client) => {
    // A repeatable random sample (setseed makes random() deterministic for this session).
    await client.query('SELECT setseed(0.42)');
    const picked = await client.query<{ account_id: string }>(
      "SELECT account_id FROM account WHERE status = 'active' ORDER BY random() LIMIT $1",
      [NAIVE_SAMPLE + NAIVE_WARMUP],
    );
    const ids = picked.rows.map((r) => Number(r.account_id));
    const query = (id: number) =>
      client.query<{ lines: number | string }>({
        name: 'per_account',
        text,
        values: [id, window.fromMonth, window.toMonth],
      });
    for (const id of ids.slice(0, NAIVE_WARMUP)) await query(id);
    const times: number[] = [];
    let rows = 0;
    let lines = 0;
    for (const id of ids.slice(NAIVE_WARMUP)) {
      const started = performance.now();
      const result = await query(id);
      times.push(performance.now() - started);
      rows += result.rows.length;
      for (const r of result.rows) lines += Number(r.lines);
    }
    const n = Math.max(1, times.length);
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return {
      sample: times.length,
      msPerAccount: times.reduce((a, b) => a + b, 0) / n,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      rowsPerAccount: rows / n,
      linesPerAccount: lines / n,
      query: text.replace(/\s+/g, ' ').trim(),
    };
  });
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

// `npm run bench`: runs the benchmarks in bench/benchmarks/index.ts, prints one table of figures with their
// goals and writes every figure to a JSON file on request. Exits 1 when a goal is missed or a benchmark fails.
//   npm run bench                                  all benchmarks at their default scale
//   npm run bench -- --only api-account-list --scale 10000 --duration 5 --json bench-results/run.json
import { Command, InvalidArgumentError, Option } from 'commander';
import { BENCHMARKS } from './benchmarks/index.ts';
import type { BenchContext } from './lib/benchmark.ts';
import { cleanUpOnSignals, createCleanup } from './lib/cleanup.ts';
import { machineInfo } from './lib/machine.ts';
import { type BenchmarkReport, type RunReport, renderTable, writeJson } from './lib/report.ts';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

interface Options {
  only?: string;
  scale?: number;
  json?: string;
  duration: number;
  databaseUrl: string;
  fresh: boolean;
  keep: boolean;
  list: boolean;
}

const positiveInteger = (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

const program = new Command('bench')
  .description('KAM Desk benchmarks: prints a table of figures and goals (exit code 1 when a goal is missed)')
  .option('--only <name>', `run one benchmark: ${BENCHMARKS.map((b) => b.name).join(', ')}`)
  .option('--scale <n>', "data size; each benchmark's own default and meaning (see --list)", positiveInteger)
  .option('--json <file>', 'also write every figure, machine info and timestamps to this file')
  .option('--duration <seconds>', 'measuring time per target, after a short warm-up', positiveInteger, 10)
  .addOption(
    new Option('--database-url <url>', 'PostgreSQL server the benchmarks create their databases on')
      .env('BENCH_DATABASE_URL')
      .default(DEFAULT_DATABASE_URL),
  )
  .option('--fresh', "rebuild a benchmark's database even when a loaded copy exists", false)
  .option(
    '--no-keep',
    "drop a benchmark's database afterwards (default: keep it, so the next run skips loading)",
  )
  .option('--list', 'list the benchmarks and exit', false)
  .action(main);

async function main(options: Options): Promise<void> {
  if (options.list) {
    for (const b of BENCHMARKS)
      console.log(`${b.name}  (default --scale ${b.defaultScale} ${b.scaleUnit})\n  ${b.description}`);
    return;
  }
  const selected = options.only ? BENCHMARKS.filter((b) => b.name === options.only) : BENCHMARKS;
  if (selected.length === 0) {
    console.error(`No benchmark named ${options.only}. Known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    process.exit(2);
  }
  const log = (line: string) => console.log(line);
  const cleanup = createCleanup(log);
  cleanUpOnSignals(cleanup, log);

  const startedAt = new Date();
  const machine = await machineInfo(options.databaseUrl);
  log(
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres ?? 'unreachable'}`,
  );
  const reports: BenchmarkReport[] = [];
  for (const benchmark of selected) {
    const scale = options.scale ?? benchmark.defaultScale;
    log(
      `\n▶ ${benchmark.name} — ${benchmark.description} (scale ${scale.toLocaleString('en-US')} ${benchmark.scaleUnit})`,
    );
    const ctx: BenchContext = {
      scale,
      durationSeconds: options.duration,
      databaseUrl: options.databaseUrl,
      fresh: options.fresh,
      keep: options.keep,
      log,
      onCleanup: (step) => cleanup.add(step),
    };
    const began = new Date();
    const report: BenchmarkReport = {
      name: benchmark.name,
      description: benchmark.description,
      scale,
      scaleUnit: benchmark.scaleUnit,
      startedAt: began.toISOString(),
      finishedAt: '',
      seconds: 0,
      figures: [],
      details: {},
    };
    try {
      const outcome = await benchmark.run(ctx);
      report.figures = outcome.figures;
      report.details = outcome.details;
    } catch (error) {
      report.error = error instanceof Error ? error.message : String(error);
      log(`✘ ${benchmark.name} failed: ${report.error}`);
    } finally {
      await cleanup.run();
    }
    const finished = new Date();
    report.finishedAt = finished.toISOString();
    report.seconds = Math.round((finished.getTime() - began.getTime()) / 100) / 10;
    reports.push(report);
  }

  const pass = reports.every((r) => !r.error && r.figures.every((f) => f.pass !== false));
  log(`\n${renderTable(reports)}\n`);
  if (options.json) {
    const run: RunReport = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine,
      options: {
        durationSeconds: options.duration,
        only: options.only ?? null,
        scale: options.scale ?? null,
        fresh: options.fresh,
        keep: options.keep,
      },
      pass,
      benchmarks: reports,
    };
    writeJson(options.json, run);
    log(`Wrote ${options.json}`);
  }
  log(pass ? 'All goals met.' : 'Some goals were missed (✘).');
  process.exitCode = pass ? 0 : 1;
}

await program.parseAsync(process.argv);

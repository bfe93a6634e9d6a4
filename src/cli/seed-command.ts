// `kamdesk seed --demo [--scale N] [--lines-per-month N] [--seed N]`: loads the deterministic demo company
// into an empty database, with a progress bar per phase, and prints the demo logins.
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.ts';
import {
  DEFAULT_DEMO_ACCOUNTS,
  DEFAULT_DEMO_SEED,
  MIN_DEMO_ACCOUNTS,
} from '../core/demo/generate-demo-company.ts';
import { DEFAULT_LINES_PER_ACCOUNT_MONTH } from '../core/demo/generate-order-lines.ts';
import { DomainError } from '../core/shared/errors.ts';
import type { Database } from '../db/connect.ts';
import type { DemoLoadPhase } from '../db/demo/load-demo-company.ts';
import { loadDemo, printDemoLogins } from './demo.ts';
import { failAndExit } from './exit-codes.ts';
import { describeDatabase, openDatabase } from './open-database.ts';

interface SeedOptions {
  demo?: boolean;
  scale: number;
  linesPerMonth: number;
  seed: number;
}

const PHASE_LABEL: Record<DemoLoadPhase, string> = {
  master: '主数据 master data',
  orders: '订单行 order lines',
  facts: '月度汇总 monthly facts',
  cash: '回款与费用 collections and expenses',
};

function integerAtLeast(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}`);
    return n;
  };
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/** The `seed` command; only --demo exists so far. */
export function seedCommand(): Command {
  return new Command('seed')
    .description('Load the demo company into an empty database')
    .option('--demo', 'load the deterministic demo company 瑞禾达食品')
    .option(
      '--scale <accounts>',
      'number of accounts; everything else scales with it',
      integerAtLeast(MIN_DEMO_ACCOUNTS),
      DEFAULT_DEMO_ACCOUNTS,
    )
    .option(
      '--lines-per-month <n>',
      'average order lines per account and month',
      positiveNumber,
      DEFAULT_LINES_PER_ACCOUNT_MONTH,
    )
    .option(
      '--seed <n>',
      'random seed; the same seed gives the same company',
      integerAtLeast(0),
      DEFAULT_DEMO_SEED,
    )
    .action(async (opts: SeedOptions) => {
      let database: Database | undefined;
      const progress = createProgress();
      try {
        if (!opts.demo)
          throw new DomainError('validation', 'Nothing to seed: pass --demo to load the demo company');
        const config = loadConfig();
        database = (await openDatabase(config)).database;
        console.log(
          `Loading the demo company (${opts.scale} accounts, seed ${opts.seed}) into ${describeDatabase(config)}`,
        );
        const started = performance.now();
        const summary = await loadDemo(database, new Date(), {
          accounts: opts.scale,
          linesPerAccountMonth: opts.linesPerMonth,
          seed: opts.seed,
          onProgress: progress.update,
          onClassify: (period, done, total) =>
            progress.update(`客户分级 classification ${period.slice(0, 7)}`, done, total),
        });
        progress.stop();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const n = (x: number) => x.toLocaleString('en-US');
        console.log(
          `Loaded ${n(summary.accounts)} accounts, ${n(summary.contacts)} contacts, ${n(summary.users)} users, ` +
            `${n(summary.products)} products, ${n(summary.orderLines)} order lines, ${n(summary.facts)} monthly facts in ${seconds} s`,
        );
        printDemoLogins((line) => console.log(line));
        await database.close();
      } catch (error) {
        progress.stop();
        await database?.close().catch(() => undefined);
        failAndExit(error);
      }
    });
}

/** One bar per phase on a terminal; elsewhere (CI, a pipe) one line when each phase completes. */
function createProgress(): {
  update: (phase: DemoLoadPhase | string, done: number, total: number) => void;
  stop: () => void;
} {
  const label = (phase: string) => PHASE_LABEL[phase as DemoLoadPhase] ?? phase;
  if (!process.stderr.isTTY) {
    const finished = new Set<string>();
    return {
      update(phase, done, total) {
        if (done < total || finished.has(phase)) return;
        finished.add(phase);
        console.error(`  ${label(phase)}: ${total.toLocaleString('en-US')} ✓`);
      },
      stop() {},
    };
  }
  const multi = new cliProgress.MultiBar(
    {
      format: '  {phase} |{bar}| {percentage}% · {value}/{total}',
      hideCursor: true,
      barsize: 30,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  let stopped = false;
  return {
    update(phase, done, total) {
      let bar = bars.get(phase);
      if (!bar) {
        bar = multi.create(total, 0, { phase: label(phase).padEnd(14) });
        bars.set(phase, bar);
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.stop();
    },
  };
}

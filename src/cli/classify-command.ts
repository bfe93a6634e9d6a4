// `kamdesk classify [--account ID] [--period YYYY-MM]`: recomputes the classifications ([SEG], [ACC-5]) of
// one account, or of every account with a progress bar (the same job the web starts, run in this process).
// When another server is already running that job, follows its progress instead of starting a second one.
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.ts';
import type { JobRecord } from '../core/job/job-repository.ts';
import { apiPeriod, storagePeriod } from '../core/segmentation/classification-period.ts';
import { valueLabel } from '../core/segmentation/segmentation-math.ts';
import type { ModelKey } from '../core/segmentation/segmentation-types.ts';
import { type Lang, pickLang, translate } from '../core/shared/messages.ts';
import { createServices } from '../create-services.ts';
import type { Database } from '../db/connect.ts';
import { failAndExit } from './exit-codes.ts';
import { openDatabase } from './open-database.ts';

const cliLang = (): Lang => pickLang(process.env.KAMDESK_LANG ?? process.env.LANG?.replace('_', '-'));

function period(value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new InvalidArgumentError('expected YYYY-MM');
  return value;
}

function accountId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected an account id');
  return n;
}

/** A bar on a terminal; elsewhere a line every 10%. */
function progressBar(lang: Lang) {
  const label = lang === 'zh-CN' ? '客户分级' : 'Classifying';
  if (!process.stderr.isTTY) {
    let shown = -1;
    return {
      update(done: number, total: number) {
        const tenth = total > 0 ? Math.floor((done * 10) / total) : 10;
        if (tenth > shown) {
          shown = tenth;
          console.error(`  ${label}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `  ${label} |{bar}| {percentage}% · {value}/{total} · {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function classifyCommand(): Command {
  return new Command('classify')
    .description('Recompute account classifications (one account, or all of them with progress)')
    .option('--account <id>', 'recompute only this account', accountId)
    .option('--period <YYYY-MM>', 'the month to classify (default: this month)', period)
    .action(async (opts: { account?: number; period?: string }) => {
      let database: Database | undefined;
      const lang = cliLang();
      const bar = progressBar(lang);
      try {
        database = (await openDatabase(loadConfig())).database;
        const services = createServices(database);
        const month = opts.period === undefined ? undefined : storagePeriod(opts.period);
        if (opts.account !== undefined) {
          const view = await services.classification.recomputeAccountAsSystem(opts.account, month);
          console.log(`#${view.accountId} · ${apiPeriod(view.period)}`);
          for (const r of view.results)
            console.log(
              `  ${translate(`segmentation.model.${r.model}`, lang)}: ${translate(valueLabel(r.model as ModelKey, r.value), lang)}`,
            );
        } else {
          const started = performance.now();
          const { job, created } = await services.classification.recomputeAllInline(month, (done, total) =>
            bar.update(done, total),
          );
          const final = created ? job : await follow(services.classification.findJob, job, bar);
          bar.stop();
          const seconds = (performance.now() - started) / 1000;
          if (final.status !== 'done') throw new Error(final.error ?? `job ${final.id} ${final.status}`);
          const rate = seconds > 0 ? Math.round(final.done / seconds) : final.done;
          console.log(
            lang === 'zh-CN'
              ? `✔ 已重新计算 ${final.done.toLocaleString('en-US')} 个客户，用时 ${seconds.toFixed(1)} 秒（${rate.toLocaleString('en-US')} 个/秒）`
              : `✔ Recomputed ${final.done.toLocaleString('en-US')} accounts in ${seconds.toFixed(1)} s (${rate.toLocaleString('en-US')}/s)`,
          );
        }
        await database.close();
      } catch (error) {
        bar.stop();
        await database?.close().catch(() => undefined);
        failAndExit(error);
      }
    });
}

/** Polls a job another process runs until it ends. */
async function follow(
  read: (id: number) => Promise<JobRecord | undefined>,
  job: JobRecord,
  bar: { update(done: number, total: number): void },
): Promise<JobRecord> {
  let current = job;
  while (current.status === 'queued' || current.status === 'running') {
    bar.update(current.done, Math.max(current.total, current.done));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    current = (await read(current.id)) ?? { ...current, status: 'failed', error: 'job disappeared' };
  }
  bar.update(current.done, Math.max(current.total, current.done));
  return current;
}

// `kamdesk targets refresh-actuals [--plan ID]`: rebuilds target_node_actual ([TGT-5]) of one plan, or of every
// draft and published plan, from the monthly facts — a repair (fact writes and account owner, industry or type
// changes keep them current in their transaction), or to check the incremental figures. One INSERT … SELECT per
// plan; progress per plan.
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.ts';
import { notFound } from '../core/shared/errors.ts';
import { type Lang, pickLang } from '../core/shared/messages.ts';
import type { Database } from '../db/connect.ts';
import { createRepositories, createTransaction } from '../db/repositories/create-repositories.ts';
import { failAndExit } from './exit-codes.ts';
import { openDatabase } from './open-database.ts';

const cliLang = (): Lang => pickLang(process.env.KAMDESK_LANG ?? process.env.LANG?.replace('_', '-'));

function planId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a target plan id');
  return n;
}

export function targetsCommand(): Command {
  const targets = new Command('targets').description('Target decomposition and tracking ([TGT])');
  targets
    .command('refresh-actuals')
    .description('Rebuild the per-node actuals of one target plan, or of every draft and published plan')
    .option('--plan <id>', 'only this plan', planId)
    .action(async (opts: { plan?: number }) => {
      let database: Database | undefined;
      const lang = cliLang();
      const zh = lang === 'zh-CN';
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar(
            {
              format: `  ${zh ? '目标实绩' : 'Target actuals'} |{bar}| {value}/{total} · {plan}`,
              stream: process.stderr,
              hideCursor: true,
              barsize: 30,
            },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      try {
        database = (await openDatabase(loadConfig())).database;
        const repos = createRepositories(database.db);
        const transaction = createTransaction(database.db);
        const started = performance.now();
        if (opts.plan !== undefined && !(await repos.targetTracking.findPlan(opts.plan)))
          throw notFound('entity.target_plan');
        const plans = opts.plan === undefined ? await repos.targetTracking.openPlanIds() : [opts.plan];
        bar?.start(plans.length, 0, { plan: '' });
        let rows = 0;
        for (const [i, id] of plans.entries()) {
          const t0 = performance.now();
          const n = await transaction((repos) => repos.targetActuals.rebuildPlan(id));
          rows += n;
          const line = `#${id}: ${n.toLocaleString('en-US')} ${zh ? '行' : 'rows'}, ${((performance.now() - t0) / 1000).toFixed(1)} s`;
          if (bar) bar.update(i + 1, { plan: line });
          else console.error(`  ${i + 1}/${plans.length} ${line}`);
        }
        bar?.stop();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          zh
            ? `✔ 已重算 ${plans.length} 个目标方案的实绩，共 ${rows.toLocaleString('en-US')} 行，用时 ${seconds} 秒`
            : `✔ Rebuilt the actuals of ${plans.length} target plans: ${rows.toLocaleString('en-US')} rows in ${seconds} s`,
        );
        await database.close();
      } catch (error) {
        bar?.stop();
        await database?.close().catch(() => undefined);
        failAndExit(error);
      }
    });
  return targets;
}

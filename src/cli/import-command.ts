// `kamdesk import accounts|contacts FILE --as USERNAME [--valid-only]`: the same import as the web app, acting
// as a user (visibility, permissions, audit). Shows progress, prints every problem with row and column, and
// exits non-zero when nothing was written.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { Argument, Command } from 'commander';
import { loadConfig } from '../config.ts';
import { type ImportOutcome, type ImportProgress, listedProblems } from '../core/excel/import-outcome.ts';
import { DomainError } from '../core/shared/errors.ts';
import { type Lang, pickLang, translate } from '../core/shared/messages.ts';
import { createServices } from '../create-services.ts';
import { readWorkbook } from '../excel/read-workbook.ts';
import { EXIT_CODE_OF, failAndExit } from './exit-codes.ts';
import { importOrderLinesFile } from './import-order-lines.ts';
import { openDatabase } from './open-database.ts';

const cliLang = (): Lang => pickLang(process.env.KAMDESK_LANG ?? process.env.LANG?.replace('_', '-'));

/** Summary and problem lines of an import, in the user's language. */
export function formatOutcome(outcome: ImportOutcome, lang: Lang): string[] {
  const zh = lang === 'zh-CN';
  const lines = [
    zh
      ? `${outcome.applied ? '✔ 已导入' : '✖ 未写入任何数据'}：共 ${outcome.totalRows} 行，新建 ${outcome.created}，更新 ${outcome.updated}，跳过 ${outcome.skipped}，有误 ${outcome.problems.length} 处`
      : `${outcome.applied ? '✔ Imported' : '✖ Nothing written'}: ${outcome.totalRows} rows, ${outcome.created} created, ${outcome.updated} updated, ${outcome.skipped} skipped, ${outcome.problems.length} problems`,
  ];
  for (const p of listedProblems(outcome.problems)) {
    const where = zh ? `第 ${p.row} 行` : `row ${p.row}`;
    lines.push(
      `  ${where}${p.column ? ` · ${p.column}` : ''}: ${translate(p.message, lang, p.params ?? {})}`,
    );
  }
  return lines;
}

/** A progress bar on stderr that restarts for each phase (checking rows, then writing). */
function progressBar(lang: Lang) {
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const label = (phase: ImportProgress['phase']) =>
    lang === 'zh-CN'
      ? phase === 'validate'
        ? '校验'
        : '写入'
      : phase === 'validate'
        ? 'Checking'
        : 'Writing ';
  let current: ImportProgress['phase'] | undefined;
  return {
    update(p: ImportProgress) {
      if (p.phase !== current) {
        if (current) bar.stop();
        current = p.phase;
        bar.start(p.total, p.done, { phase: label(p.phase) });
      } else bar.update(p.done);
    },
    stop() {
      if (current) bar.stop();
    },
  };
}

export function importCommand(): Command {
  return new Command('import')
    .description(
      'Import accounts or contacts from an .xlsx file, or order lines from a .csv/.xlsx file (every row is checked before anything is written)',
    )
    .addArgument(
      new Argument('<entity>', 'what the file holds').choices(['accounts', 'contacts', 'order-lines']),
    )
    .argument('<file>', '.xlsx file (first sheet: header row, then one row per record); .csv for order lines')
    .requiredOption(
      '--as <username>',
      'act as this user: their visibility, permissions and name in the audit log',
    )
    .option(
      '--valid-only',
      'write the valid rows and report the bad ones (default: nothing is written if any row is bad)',
    )
    .option('--dry-run', 'order lines: check and count everything, then roll back (nothing is written)')
    .action(
      async (
        entity: 'accounts' | 'contacts' | 'order-lines',
        file: string,
        opts: { as: string; validOnly?: boolean; dryRun?: boolean },
      ) => {
        if (entity === 'order-lines') return importOrderLinesFile(file, opts);
        try {
          const config = loadConfig();
          const lang = cliLang();
          const { database } = await openDatabase(config);
          const services = createServices(database);
          const actor = await services.actingUser(opts.as);
          const importer = entity === 'accounts' ? services.accountImport : services.contactImport;
          importer.assertCanImport(actor);
          const data = await readFile(file);
          if (data.length > config.maxUploadBytes)
            throw new DomainError('too_large', 'error.too_large', [], {
              limit: `${Math.round(config.maxUploadBytes / 1024 / 1024)} MB`,
            });
          const sheet = await readWorkbook(new Uint8Array(data));
          const bar = progressBar(lang);
          const outcome = await importer
            .importSheet(
              actor,
              sheet,
              { mode: opts.validOnly ? 'valid' : 'all', onProgress: (p) => bar.update(p) },
              { requestId: `cli-${randomUUID()}` },
            )
            .finally(() => bar.stop());
          await database.close();
          for (const line of formatOutcome(outcome, lang))
            (outcome.applied ? console.log : console.error)(line);
          if (!outcome.applied) process.exit(EXIT_CODE_OF.validation);
        } catch (error) {
          failAndExit(error);
        }
      },
    );
}

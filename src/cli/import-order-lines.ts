// `kamdesk import order-lines FILE --as USERNAME [--dry-run]`: streams a .csv or .xlsx file of order lines into
// the same import as the web app (all or none, every problem with row and column), with a progress bar.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import type { OrderLineImportOutcome } from '../core/facts/order-line-import-service.ts';
import { type Lang, pickLang, translate } from '../core/shared/messages.ts';
import { createServices } from '../create-services.ts';
import { orderLineFileKind, orderLineSourceOfStream } from '../excel/order-line-file.ts';
import { EXIT_CODE_OF, failAndExit } from './exit-codes.ts';
import { openDatabase } from './open-database.ts';

const cliLang = (): Lang => pickLang(process.env.KAMDESK_LANG ?? process.env.LANG?.replace('_', '-'));

/** Summary and problem lines of an order-line import, in the user's language. */
export function formatOrderLineOutcome(o: OrderLineImportOutcome, lang: Lang): string[] {
  const zh = lang === 'zh-CN';
  const head = o.applied
    ? zh
      ? '✔ 已导入'
      : '✔ Imported'
    : o.dryRun && o.problemCount === 0
      ? zh
        ? '✔ 试导入通过（未写入）'
        : '✔ Dry run passed (nothing written)'
      : zh
        ? '✖ 未写入任何数据'
        : '✖ Nothing written';
  const lines = [
    zh
      ? `${head}：共 ${o.totalRows} 行，新建 ${o.created}，更正 ${o.updated}，未变 ${o.unchanged}，月度事实 ${o.factRows} 行，有误 ${o.problemCount} 处`
      : `${head}: ${o.totalRows} rows, ${o.created} created, ${o.updated} corrected, ${o.unchanged} unchanged, ${o.factRows} monthly facts, ${o.problemCount} problems`,
  ];
  for (const p of o.problems) {
    const where = zh ? `第 ${p.row} 行` : `row ${p.row}`;
    lines.push(
      `  ${where}${p.column ? ` · ${p.column}` : ''}: ${translate(p.message, lang, p.params ?? {})}`,
    );
  }
  return lines;
}

/** Newlines in the file: the row count for the progress bar (a fast byte scan, no parsing). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let at = chunk.indexOf(10);
    while (at >= 0) {
      lines++;
      at = chunk.indexOf(10, at + 1);
    }
  }
  return lines;
}

export async function importOrderLinesFile(
  file: string,
  opts: { as: string; dryRun?: boolean },
): Promise<void> {
  try {
    const config = loadConfig();
    const lang = cliLang();
    const { database } = await openDatabase(config);
    const services = createServices(database);
    const actor = await services.actingUser(opts.as);
    services.orderLineImport.assertCanImport(actor);
    const handle = await open(file);
    const head = new Uint8Array(8);
    await handle.read(head, 0, 8, 0);
    await handle.close();
    const kind = orderLineFileKind(file, head);
    const estimated = kind === 'csv' ? Math.max(0, (await countLines(file)) - 1) : 0;
    const bar = new cliProgress.SingleBar(
      {
        format: `${lang === 'zh-CN' ? '导入' : 'Import'} [{bar}] {value}/{total} {rate}`,
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(estimated, 0, { rate: '' });
    const outcome = await services.orderLineImport
      .importOrderLines(
        actor,
        orderLineSourceOfStream(kind, createReadStream(file, { highWaterMark: 1 << 20 }), estimated),
        {
          dryRun: opts.dryRun ?? false,
          onProgress: (p) => {
            const seconds = (Date.now() - started) / 1000;
            if (p.total > bar.getTotal()) bar.setTotal(p.total);
            const writing = p.phase === 'writing' ? (lang === 'zh-CN' ? '写入中…' : 'writing…') : '';
            bar.update(p.done, { rate: writing || (seconds > 0 ? `${Math.round(p.done / seconds)}/s` : '') });
          },
        },
        { requestId: `cli-${randomUUID()}` },
      )
      .finally(() => bar.stop());
    await database.close();
    for (const line of formatOrderLineOutcome(outcome, lang))
      (outcome.applied ? console.log : console.error)(line);
    if (outcome.problemCount > 0) process.exit(EXIT_CODE_OF.validation);
  } catch (error) {
    failAndExit(error);
  }
}

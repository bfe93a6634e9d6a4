// [TGT-5] Bulk import of order lines from CSV or .xlsx, all or none: every row is parsed against code → id maps
// loaded once (no query per row), duplicates of (订单号, 行号) inside the file are refused, and valid rows are
// written in batches (COPY) while the file is still being read — the database takes one batch while the next is
// parsed — and summed per account × month × product line in memory (LineFactSums). The first problem stops the
// writing (the rest is still checked, so every problem is reported) and the transaction rolls back; otherwise
// set-based statements apply the corrections of stored lines and move the monthly facts by the sums, and the
// deltas go to the hooks before commit. A dry run does all of it and rolls back, so its counts are exact.
import { type ImportProblem, MAX_LISTED_PROBLEMS } from '../excel/import-outcome.ts';
import { resolveColumns } from '../excel/resolve-columns.ts';
import { type CellValue, HEADER_ROW } from '../excel/sheet.ts';
import { type Actor, scopeOf } from '../org/actor.ts';
import { businessDate } from '../shared/clock.ts';
import type { Repositories, WriteContext } from '../shared/repositories.ts';
import { type FactServiceDeps, mustWriteFacts } from './fact-write.ts';
import { LineFactSums } from './line-fact-sums.ts';
import { ORDER_LINE_COLUMNS, type OrderLineColumnKey } from './order-line-sheet.ts';
import { type ColumnPositions, parseOrderLineRow } from './parse-order-line-row.ts';
import { SeenOrderLines } from './seen-order-lines.ts';

/** Records of a file in order, in batches; the first record is the header row. Row n of the file is record n. */
export interface OrderLineSource {
  records: AsyncIterable<readonly (readonly CellValue[])[]>;
  /** Data rows expected (for progress), when the reader knows. */
  estimatedRows?: number | undefined;
}

export interface OrderLineImportProgress {
  /** 'reading' while rows are parsed and staged, then 'writing' while the staged lines are merged. */
  phase: 'reading' | 'writing';
  /** Data rows read so far and expected (0 when unknown). */
  done: number;
  total: number;
}

export interface OrderLineImportOptions {
  dryRun?: boolean | undefined;
  onProgress?: ((progress: OrderLineImportProgress) => void) | undefined;
}

export interface OrderLineImportOutcome {
  /** true when the lines were written (false for a dry run and whenever a problem was found). */
  applied: boolean;
  dryRun: boolean;
  totalRows: number;
  created: number;
  updated: number;
  /** Rows equal to the stored line. */
  unchanged: number;
  /** Month × account × product line fact rows changed. */
  factRows: number;
  /** Every problem up to MAX_LISTED_PROBLEMS, then one import.more_problems line. */
  problems: ImportProblem[];
  problemCount: number;
}

/** Lines per COPY: big enough that round trips vanish, small enough for PGlite's memory. */
export const IMPORT_BATCH = 50_000;
/** After this many batches they grow 4×, so a file of millions of lines takes few savepoints (see the staging). */
const BATCHES_BEFORE_GROWING = 20;

/** Lines in batch n (from 0): a small first batch, so the database starts while the rest is parsed. */
function batchLimit(n: number): number {
  if (n === 0) return IMPORT_BATCH / 5;
  return n < BATCHES_BEFORE_GROWING ? IMPORT_BATCH : 4 * IMPORT_BATCH;
}

/** Carries the outcome of an import out of the transaction it rolls back. */
class RollBack extends Error {
  constructor(readonly outcome: OrderLineImportOutcome) {
    super('roll back');
  }
}

export function createOrderLineImportService({
  transaction,
  clock,
  onFactDeltas = [],
}: Omit<FactServiceDeps, 'repos'>) {
  return {
    /** Throws forbidden unless the actor may write order lines (checked before the file is read). */
    assertCanImport(actor: Actor): void {
      mustWriteFacts(actor, 'order_line');
    },

    /** Imports the file's lines as the actor; see the file comment for the all-or-none rules. */
    async importOrderLines(
      actor: Actor,
      source: OrderLineSource,
      options: OrderLineImportOptions,
      ctx: WriteContext,
    ): Promise<OrderLineImportOutcome> {
      mustWriteFacts(actor, 'order_line');
      const dryRun = options.dryRun ?? false;
      try {
        return await transaction((r) => run(r, actor, source, options, dryRun, ctx));
      } catch (error) {
        if (error instanceof RollBack) return error.outcome;
        throw error;
      }
    },
  };

  async function run(
    r: Repositories,
    actor: Actor,
    source: OrderLineSource,
    options: OrderLineImportOptions,
    dryRun: boolean,
    ctx: WriteContext,
  ): Promise<OrderLineImportOutcome> {
    const [accounts, productLines] = await Promise.all([
      r.facts.visibleAccountCodes(scopeOf(actor)),
      r.facts.productLineKeys(),
    ]);
    const lookups = { accounts, productLines, today: businessDate(clock.now()) };
    const problems: ImportProblem[] = [];
    let problemCount = 0;
    let positions: ColumnPositions | null = null;
    let recordNo = 0;
    let totalRows = 0;
    let created = 0;
    let updated = 0;
    const seen = new SeenOrderLines();
    const sums = new LineFactSums();
    let batches = 0;
    let pending: Promise<void> = Promise.resolve();
    const total = source.estimatedRows ?? 0;

    const note = (found: ImportProblem[]) => {
      problemCount += found.length;
      for (const p of found) if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p);
    };
    const bypassForeignKeyTriggers = await r.facts.mayBypassForeignKeyTriggers();
    const writer = r.facts.orderLineImportWriter({ bypassForeignKeyTriggers });
    // The database takes one batch while the next one is parsed.
    const flush = async () => {
      await pending;
      if (problemCount > 0) {
        writer.discard();
        return;
      }
      if (writer.pending === 0) return;
      batches++;
      pending = writer.flush().then((n) => {
        created += n;
      });
      // Handled when awaited before the next batch or at the end; this only keeps Node from calling it unhandled.
      pending.catch(() => undefined);
    };
    // One problem list for every row: most rows have none, and a fresh array per row is a million allocations.
    const found: ImportProblem[] = [];

    for await (const records of source.records) {
      for (const cells of records) {
        recordNo++;
        if (positions === null) {
          positions = headerPositions(cells, note);
          if (problemCount > 0) throw new RollBack(outcomeOf());
          continue;
        }
        if (isBlankRecord(cells)) continue;
        totalRows++;
        found.length = 0;
        const line = parseOrderLineRow(recordNo, cells, positions, lookups, found);
        if (line) {
          const first = seen.firstRow(line.orderNo, line.lineNo, recordNo);
          if (first !== undefined)
            found.push({
              row: recordNo,
              column: '行号',
              message: 'field.duplicate_in_file',
              params: { row: first },
            });
        }
        if (found.length > 0) note(found);
        else if (line && problemCount === 0) {
          writer.add(line);
          sums.add(line.accountId, line.orderDate, line.productLineId, line.amountFen, line.costFen);
        }
      }
      if (writer.pending >= batchLimit(batches)) await flush();
      options.onProgress?.({ phase: 'reading', done: totalRows, total });
    }
    if (positions === null) {
      note([{ row: HEADER_ROW, column: '', message: 'import.no_rows' }]);
      throw new RollBack(outcomeOf());
    }
    await flush();
    await pending;
    if (totalRows === 0 && problemCount === 0)
      note([{ row: HEADER_ROW, column: '', message: 'import.no_rows' }]);
    if (problemCount > 0) throw new RollBack(outcomeOf());

    options.onProgress?.({ phase: 'writing', done: totalRows, total: Math.max(total, totalRows) });
    const merged = await r.facts.mergeStagedOrderLines({ bypassForeignKeyTriggers, sums });
    updated = merged.updated;
    if (merged.deltas.count > 0) for (const hook of onFactDeltas) await hook(merged.deltas, r);
    const outcome = { ...outcomeOf(), factRows: merged.factRows };
    if (dryRun) throw new RollBack(outcome);
    await r.audit.record({
      userId: actor.userId,
      action: 'import',
      entity: 'order_line',
      entityId: null,
      before: null,
      after: { rows: totalRows, created, updated, unchanged: outcome.unchanged },
      requestId: ctx.requestId,
    });
    return { ...outcome, applied: true };

    function outcomeOf(): OrderLineImportOutcome {
      const listed = [...problems];
      if (problemCount > listed.length)
        listed.push({
          row: listed[listed.length - 1]?.row ?? HEADER_ROW,
          column: '',
          message: 'import.more_problems',
          params: { count: problemCount - listed.length },
        });
      const clean = problemCount === 0;
      return {
        applied: false,
        dryRun,
        totalRows,
        created: clean ? created : 0,
        updated: clean ? updated : 0,
        unchanged: clean ? totalRows - created - updated : 0,
        factRows: 0,
        problems: listed,
        problemCount,
      };
    }
  }
}

/** Where each column sits in the header record; problems for missing or repeated columns. */
function headerPositions(cells: readonly CellValue[], note: (p: ImportProblem[]) => void): ColumnPositions {
  const headers = cells.map((c) =>
    c === null
      ? ''
      : String(c)
          .replace(/^\uFEFF/, '')
          .trim(),
  );
  const { index, problems } = resolveColumns(ORDER_LINE_COLUMNS, headers);
  note(problems);
  const positions = {} as ColumnPositions;
  for (const column of ORDER_LINE_COLUMNS) {
    const header = index.get(column.key);
    positions[column.key as OrderLineColumnKey] = header === undefined ? -1 : headers.indexOf(header);
  }
  return positions;
}

function isBlankRecord(cells: readonly CellValue[]): boolean {
  for (const c of cells) if (c !== null && (typeof c !== 'string' || c.trim() !== '')) return false;
  return true;
}

export type OrderLineImportService = ReturnType<typeof createOrderLineImportService>;

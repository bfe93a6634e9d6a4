// The steps every sheet import shares: permission, size and header checks, reading rows with progress, and
// the outcome when nothing can be written. Each feature's service supplies its rules.

import { type Actor, canWrite } from '../org/actor.ts';
import { DomainError, forbidden } from '../shared/errors.ts';
import type { ImportOptions, ImportOutcome, ImportProblem } from './import-outcome.ts';
import { sortProblems } from './import-outcome.ts';
import { type ColumnIndex, resolveColumns } from './resolve-columns.ts';
import { HEADER_ROW, MAX_IMPORT_ROWS, type SheetColumn, type SheetData, type SheetRow } from './sheet.ts';

/** Rows between progress reports. */
const PROGRESS_EVERY = 500;

/** Throws forbidden for read-only roles (finance), before any file is read. */
export function assertCanImport(actor: Actor): void {
  if (!canWrite(actor)) throw forbidden();
}

/** Refuses more rows than MAX_IMPORT_ROWS (too_large). */
export function assertRowLimit(count: number): void {
  if (count > MAX_IMPORT_ROWS)
    throw new DomainError('too_large', 'import.too_many_rows', [], { limit: MAX_IMPORT_ROWS, count });
}

export function notApplied(totalRows: number, problems: ImportProblem[]): ImportOutcome {
  return { applied: false, totalRows, created: 0, updated: 0, skipped: 0, problems: sortProblems(problems) };
}

/**
 * Checks the actor, the row limit and the headers, then reads every row with `read`. Returns the read rows,
 * or the outcome to answer at once (missing columns, no data rows).
 */
export function readSheet<K extends string, R>(
  actor: Actor,
  sheet: SheetData,
  columns: readonly SheetColumn<K>[],
  options: ImportOptions,
  read: (row: SheetRow, index: ColumnIndex<K>) => R,
): { rows: R[] } | { outcome: ImportOutcome } {
  assertCanImport(actor);
  assertRowLimit(sheet.rows.length);
  const { index, problems } = resolveColumns(columns, sheet.headers);
  if (problems.length) return { outcome: notApplied(sheet.rows.length, problems) };
  if (sheet.rows.length === 0)
    return { outcome: notApplied(0, [{ row: HEADER_ROW + 1, column: '', message: 'import.no_rows' }]) };
  const total = sheet.rows.length;
  const rows: R[] = [];
  for (const row of sheet.rows) {
    rows.push(read(row, index));
    if (rows.length % PROGRESS_EVERY === 0 || rows.length === total)
      options.onProgress?.({ phase: 'validate', done: rows.length, total });
  }
  return { rows };
}

/** Whether the plan may be written: mode all needs a clean file, mode valid at least one valid row. */
export function mayApply(
  options: ImportOptions,
  plan: { problems: ImportProblem[]; validRows: number },
): boolean {
  if (options.mode === 'all') return plan.problems.length === 0;
  return plan.validRows > 0;
}

/** Groups writes planned with levels so that each level can be inserted in bulk after the one before. */
export function byLevel<W extends { level: number }>(writes: readonly W[]): W[][] {
  const levels = new Map<number, W[]>();
  for (const write of writes) {
    const level = levels.get(write.level);
    if (level) level.push(write);
    else levels.set(write.level, [write]);
  }
  return [...levels.entries()].sort(([a], [b]) => a - b).map(([, level]) => level);
}

// Which sheet column holds which field. Headers match the template's Chinese title or the English key,
// ignoring spaces, case and the required-marker '*'; unknown columns are ignored so that people may keep
// their own notes beside the data. A missing required column or a repeated one is a problem of row 1.

import type { ImportProblem } from './import-outcome.ts';
import { HEADER_ROW, type SheetColumn } from './sheet.ts';

/** Field key → the header text as it appears in the file. */
export type ColumnIndex<K extends string> = ReadonlyMap<K, string>;

/** '客户名称*' → '客户名称', ' Owner Username ' → 'ownerusername'. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/[*＊]/g, '')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/** Maps the file's headers to the sheet's columns. */
export function resolveColumns<K extends string>(
  columns: readonly SheetColumn<K>[],
  headers: readonly string[],
): { index: ColumnIndex<K>; problems: ImportProblem[] } {
  const byName = new Map<string, SheetColumn<K>>();
  for (const column of columns) {
    byName.set(normaliseHeader(column.header), column);
    byName.set(normaliseHeader(column.key), column);
  }
  const index = new Map<K, string>();
  const problems: ImportProblem[] = [];
  for (const header of headers) {
    const column = byName.get(normaliseHeader(header));
    if (!column) continue;
    if (index.has(column.key)) {
      problems.push({
        row: HEADER_ROW,
        column: column.header,
        message: 'import.duplicate_column',
        params: { column: column.header },
      });
      continue;
    }
    index.set(column.key, header);
  }
  for (const column of columns) {
    if (column.required && !index.has(column.key))
      problems.push({
        row: HEADER_ROW,
        column: column.header,
        message: 'import.missing_column',
        params: { column: column.header },
      });
  }
  return { index, problems };
}

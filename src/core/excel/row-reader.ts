// Reads the fields of one sheet row by column, collecting a problem per bad cell instead of stopping at the
// first: required, longest text, allowed values (Chinese label or English identifier), dates, e-mail.

import { cellDate, cellText } from './cell-values.ts';
import type { ImportProblem } from './import-outcome.ts';
import type { ColumnIndex } from './resolve-columns.ts';
import type { CellValue, SheetColumn, SheetRow } from './sheet.ts';

/** An allowed value of an enumerated column and the texts that select it. */
export interface Choice<T extends string> {
  value: T;
  /** Chinese label first: shown in messages. */
  labels: readonly string[];
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function createRowReader<K extends string>(
  sheetRow: SheetRow,
  columns: readonly SheetColumn<K>[],
  index: ColumnIndex<K>,
) {
  const problems: ImportProblem[] = [];
  const byKey = new Map(columns.map((c) => [c.key, c] as const));

  const column = (key: K): SheetColumn<K> => {
    const found = byKey.get(key);
    if (!found) throw new Error(`unknown column ${key}`);
    return found;
  };
  const raw = (key: K): CellValue => {
    const header = index.get(key);
    return header === undefined ? null : (sheetRow.cells[header] ?? null);
  };
  const fail = (key: K, message: string, params?: Record<string, string | number>) => {
    problems.push({ row: sheetRow.row, column: column(key).header, message, params });
  };

  /** Trimmed text or null when blank; problems for a blank required cell or a too long text. */
  function text(key: K): string | null {
    const { required, maxLength } = column(key);
    const value = cellText(raw(key));
    if (value === '') {
      if (required) fail(key, 'field.required');
      return null;
    }
    if (maxLength !== undefined && [...value].length > maxLength) {
      fail(key, 'field.too_long', { maximum: maxLength });
      return null;
    }
    return value;
  }

  return {
    row: sheetRow.row,
    problems,
    text,

    /** The choice whose label or identifier matches (case-insensitive), or null. */
    choice<T extends string>(key: K, choices: readonly Choice<T>[]): T | null {
      const value = text(key);
      if (value === null) return null;
      const wanted = value.toLowerCase();
      const hit = choices.find(
        (c) => c.value.toLowerCase() === wanted || c.labels.some((l) => l.toLowerCase() === wanted),
      );
      if (hit) return hit.value;
      fail(key, 'field.invalid_enum', {
        value,
        options: choices.map((c) => c.labels[0] ?? c.value).join(' / '),
      });
      return null;
    },

    /** YYYY-MM-DD or null; a date after `today` is refused (a verification cannot lie in the future). */
    pastDate(key: K, today: string): string | null {
      const parsed = cellDate(raw(key));
      if (!parsed.ok) {
        fail(key, 'field.invalid_date');
        return null;
      }
      if (parsed.value === null && column(key).required) fail(key, 'field.required');
      if (parsed.value !== null && parsed.value > today) {
        fail(key, 'import.date_in_future', { today });
        return null;
      }
      return parsed.value;
    },

    email(key: K): string | null {
      const value = text(key);
      if (value !== null && !EMAIL.test(value)) {
        fail(key, 'import.invalid_email');
        return null;
      }
      return value;
    },

    fail,
  };
}

export type RowReader<K extends string> = ReturnType<typeof createRowReader<K>>;

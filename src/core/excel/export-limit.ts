// Exports are capped at what an import accepts, so that every export re-imports; narrower filters split
// larger sets.
import { DomainError } from '../shared/errors.ts';
import { MAX_IMPORT_ROWS } from './sheet.ts';

/** Rows read per list page while exporting. */
export const EXPORT_PAGE = 1000;

/** Throws too_large when an export would hold more rows than an import accepts. */
export function assertExportSize(count: number): void {
  if (count > MAX_IMPORT_ROWS)
    throw new DomainError('too_large', 'export.too_many_rows', [], { limit: MAX_IMPORT_ROWS, count });
}

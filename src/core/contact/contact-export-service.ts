// [ACC-4] Contact export use case: the contacts of visible accounts matching the list's filters, every page
// of them, as sheet rows with the template's columns.
import type { ExcelRepository } from '../excel/excel-repository.ts';
import { assertExportSize, EXPORT_PAGE } from '../excel/export-limit.ts';
import type { CellValue } from '../excel/sheet.ts';
import { type Actor, scopeOf } from '../org/actor.ts';
import { businessDate, type Clock } from '../shared/clock.ts';
import type { Repositories } from '../shared/repositories.ts';
import type { ContactListFilter } from './contact.ts';
import { type ContactColumnKey, toContactSheetRow } from './contact-sheet.ts';

export type ContactExportFilter = Omit<ContactListFilter, 'limit' | 'offset'>;

export interface ContactExportServiceDeps {
  repos: Pick<Repositories, 'contacts'>;
  excel: Pick<ExcelRepository, 'exportContacts'>;
  clock: Clock;
}

export function createContactExportService({ repos, excel, clock }: ContactExportServiceDeps) {
  return {
    /** Rows of all visible contacts the filters select, in list order; too_large past the import limit. */
    async exportRows(
      actor: Actor,
      filter: ContactExportFilter,
    ): Promise<Array<Record<ContactColumnKey, CellValue>>> {
      const scope = scopeOf(actor);
      const today = businessDate(clock.now());
      const rows: Array<Record<ContactColumnKey, CellValue>> = [];
      for (let offset = 0; ; offset += EXPORT_PAGE) {
        const page = await repos.contacts.list(scope, { ...filter, limit: EXPORT_PAGE, offset }, today);
        if (offset === 0) assertExportSize(page.total);
        const records = await excel.exportContacts(page.items.map((c) => c.id));
        rows.push(...records.map(toContactSheetRow));
        if (page.items.length < EXPORT_PAGE) return rows;
      }
    },
  };
}

export type ContactExportService = ReturnType<typeof createContactExportService>;

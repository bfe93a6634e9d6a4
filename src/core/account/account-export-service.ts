// [ACC-1] Account export use case: the visible accounts matching the list's filters, every page of them,
// as sheet rows with the template's columns.
import type { ExcelRepository } from '../excel/excel-repository.ts';
import { assertExportSize, EXPORT_PAGE } from '../excel/export-limit.ts';
import type { CellValue } from '../excel/sheet.ts';
import { type Actor, scopeOf } from '../org/actor.ts';
import type { Repositories } from '../shared/repositories.ts';
import type { AccountListFilter } from './account.ts';
import { type AccountColumnKey, toAccountSheetRow } from './account-sheet.ts';

export type AccountExportFilter = Omit<AccountListFilter, 'limit' | 'offset'>;

export interface AccountExportServiceDeps {
  repos: Pick<Repositories, 'accounts'>;
  excel: Pick<ExcelRepository, 'exportAccounts'>;
}

export function createAccountExportService({ repos, excel }: AccountExportServiceDeps) {
  return {
    /** Rows of all visible accounts the filters select, in list order; too_large past the import limit. */
    async exportRows(
      actor: Actor,
      filter: AccountExportFilter,
    ): Promise<Array<Record<AccountColumnKey, CellValue>>> {
      const scope = scopeOf(actor);
      const rows: Array<Record<AccountColumnKey, CellValue>> = [];
      for (let offset = 0; ; offset += EXPORT_PAGE) {
        const page = await repos.accounts.list(scope, { ...filter, limit: EXPORT_PAGE, offset });
        if (offset === 0) assertExportSize(page.total);
        const records = await excel.exportAccounts(page.items.map((a) => a.id));
        rows.push(...records.map(toAccountSheetRow));
        if (page.items.length < EXPORT_PAGE) return rows;
      }
    },
  };
}

export type AccountExportService = ReturnType<typeof createAccountExportService>;

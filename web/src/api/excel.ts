// Excel round trip: templates, exports with the list's filters, and imports (all-or-nothing or valid rows).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportResultT } from '../../../src/http/excel/excel-schemas.ts';
import { apiJson, downloadFile, type QueryValue } from './http.ts';

export type { ImportResultT };

export type ExcelEntity = 'accounts' | 'contacts';
/** all: nothing is written when any row is bad; valid: the valid rows are written, the bad ones reported. */
export type ImportMode = 'all' | 'valid';

/** Largest file the server accepts by default (MAX_UPLOAD_MB = 10); checked before uploading too. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const downloadTemplate = (entity: ExcelEntity) =>
  downloadFile(`/excel/template/${entity}`, undefined, `${entity}-template.xlsx`);

export const downloadExport = (entity: ExcelEntity, filters: Record<string, QueryValue>) =>
  downloadFile(`/excel/export/${entity}`, filters, `${entity}.xlsx`);

export function useImport(entity: ExcelEntity) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: ImportMode }) => {
      const form = new FormData();
      form.append('file', file);
      form.append('mode', mode);
      return apiJson<ImportResultT>('POST', `/excel/import/${entity}`, { body: form });
    },
    onSuccess: (result) => {
      if (!result.applied) return;
      void queryClient.invalidateQueries({ queryKey: [entity] });
      void queryClient.invalidateQueries({ queryKey: ['accounts', 'facets'] });
    },
  });
}

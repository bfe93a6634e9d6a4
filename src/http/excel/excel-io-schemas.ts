// Request schemas of the Excel endpoints: the multipart import form, the export filters (the list filters
// without paging), and the file response for OpenAPI.
import { z } from '@hono/zod-openapi';
import { XLSX_MEDIA_TYPE } from '../../excel/write-workbook.ts';
import { AccountListQuery } from '../account/account-schemas.ts';
import { ContactListQuery } from '../contact/contact-schemas.ts';

export const ImportForm = z
  .object({
    file: z
      .custom<Blob>((value) => value instanceof Blob, { message: 'import.file_required' })
      .openapi({ type: 'string', format: 'binary', description: 'The .xlsx workbook (first sheet = data)' }),
    mode: z
      .enum(['all', 'valid'])
      .default('all')
      .openapi({ description: 'all: nothing is written when any row is bad; valid: write the valid rows' }),
  })
  .strict()
  .openapi('ImportForm');

export const AccountExportQuery = AccountListQuery.omit({ limit: true, offset: true });
export const ContactExportQuery = ContactListQuery.omit({ limit: true, offset: true });

/** OpenAPI response of a workbook download. */
export const xlsxFile = (description: string) => ({
  description,
  content: { [XLSX_MEDIA_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
});

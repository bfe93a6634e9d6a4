// Excel endpoints ([ACC-1], [ACC-4]): templates, exports with the list filters, and imports of accounts and
// contacts (multipart upload; all-or-nothing or valid rows only).
import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { ACCOUNT_SHEET } from '../../core/account/account-sheet.ts';
import { CONTACT_SHEET } from '../../core/contact/contact-sheet.ts';
import { type ImportOutcome, listedProblems } from '../../core/excel/import-outcome.ts';
import { businessDate } from '../../core/shared/clock.ts';
import { DomainError } from '../../core/shared/errors.ts';
import { type Lang, translate } from '../../core/shared/messages.ts';
import type { Services } from '../../create-services.ts';
import { readWorkbook } from '../../excel/read-workbook.ts';
import { attachment, writeWorkbook, XLSX_MEDIA_TYPE } from '../../excel/write-workbook.ts';
import { type AppEnv, createRouter, SECURED, writeContext } from '../app-env.ts';
import { err, json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { AccountExportQuery, ContactExportQuery, ImportForm, xlsxFile } from './excel-io-schemas.ts';
import { ImportResult, type ImportResultT } from './excel-schemas.ts';

const tags = ['excel'];

/** Problems translated for the answer; columns stay the Chinese headers of the file. */
export function toImportResult(outcome: ImportOutcome, lang: Lang): ImportResultT {
  const { problems, ...counts } = outcome;
  return {
    ...counts,
    errors: listedProblems(problems).map((p) => ({
      row: p.row,
      column: p.column,
      message: translate(p.message, lang, p.params ?? {}),
    })),
  };
}

function download(c: Context<AppEnv>, data: Uint8Array<ArrayBuffer>, fileName: string, asciiName: string) {
  return c.body(data, 200, {
    'content-type': XLSX_MEDIA_TYPE,
    'content-disposition': attachment(fileName, asciiName),
    'cache-control': 'no-store',
  });
}

export function excelRoutes(services: Services) {
  const app = createRouter();
  const today = () => businessDate(services.clock.now());

  for (const [entity, spec, name] of [
    ['accounts', ACCOUNT_SHEET, '客户导入模板'],
    ['contacts', CONTACT_SHEET, '联系人导入模板'],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/excel/template/${entity}`,
        tags,
        summary: `Empty ${entity} workbook with the Chinese headers and a 说明 sheet explaining each column`,
        security: SECURED,
        responses: { 200: xlsxFile('The template (.xlsx)'), ...READ_ERRORS },
      }),
      async (c) =>
        download(c, await writeWorkbook<string>(spec, []), `${name}.xlsx`, `${entity}-template.xlsx`),
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/excel/export/accounts',
      tags,
      summary: 'Visible accounts matching the list filters as .xlsx (template columns; re-imports cleanly)',
      security: SECURED,
      request: { query: AccountExportQuery },
      responses: {
        200: xlsxFile('The accounts (.xlsx)'),
        ...READ_ERRORS,
        413: err('More rows than an import accepts'),
      },
    }),
    async (c) => {
      const rows = await services.accountExport.exportRows(c.get('actor'), c.req.valid('query'));
      const date = today();
      return download(
        c,
        await writeWorkbook(ACCOUNT_SHEET, rows),
        `客户导出-${date}.xlsx`,
        `accounts-${date}.xlsx`,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/excel/export/contacts',
      tags,
      summary: 'Contacts of visible accounts matching the list filters as .xlsx (template columns)',
      security: SECURED,
      request: { query: ContactExportQuery },
      responses: {
        200: xlsxFile('The contacts (.xlsx)'),
        ...READ_ERRORS,
        413: err('More rows than an import accepts'),
      },
    }),
    async (c) => {
      const { stale, ...filter } = c.req.valid('query');
      const rows = await services.contactExport.exportRows(c.get('actor'), {
        ...filter,
        stale: stale === undefined ? undefined : stale === 'true',
      });
      const date = today();
      return download(
        c,
        await writeWorkbook(CONTACT_SHEET, rows),
        `联系人导出-${date}.xlsx`,
        `contacts-${date}.xlsx`,
      );
    },
  );

  for (const [entity, importer] of [
    ['accounts', services.accountImport],
    ['contacts', services.contactImport],
  ] as const) {
    /** Read-only roles get 403 and non-multipart bodies a clear 400 before the upload is parsed. */
    const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
      importer.assertCanImport(c.get('actor'));
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data'))
        throw new DomainError('validation', 'import.multipart_required', [
          { path: 'file', message: 'import.multipart_required' },
        ]);
      await next();
    };
    app.openapi(
      createRoute({
        method: 'post',
        path: `/excel/import/${entity}`,
        tags,
        summary: `Import ${entity} from .xlsx: every row is checked first; mode all writes nothing when a row is bad, mode valid writes the valid rows`,
        description:
          "Rows match on the key (account code; account code + contact name), so re-importing a file updates instead of duplicating; unchanged rows count as skipped. Errors name the Excel row, the column header and the reason in the caller's language. Writing is one transaction.",
        security: SECURED,
        middleware: [guard] as const,
        request: { body: { required: true, content: { 'multipart/form-data': { schema: ImportForm } } } },
        responses: {
          200: { description: 'Result; `applied` is false when nothing was written', ...json(ImportResult) },
          ...WRITE_ERRORS,
          413: err('The upload exceeds the size limit, or the sheet has more than 50,000 rows'),
        },
      }),
      async (c) => {
        const { file, mode } = c.req.valid('form');
        const sheet = await readWorkbook(new Uint8Array(await file.arrayBuffer()));
        const outcome = await importer.importSheet(c.get('actor'), sheet, { mode }, writeContext(c));
        return c.json(toImportResult(outcome, c.get('lang')), 200);
      },
    );
  }

  return app;
}

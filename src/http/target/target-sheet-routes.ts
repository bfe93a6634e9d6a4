// Target sheet endpoints ([TGT-2]): GET the caller's part of a plan (or the subtree under `under`) as the
// 目标分解 workbook, POST an edited one back (multipart). The import is all or nothing: 200 with applied=false
// and every problem named by its cell, or applied=true with what changed. A plan without a part of the caller
// answers 404, a frozen plan 409, a read-only role 403.
import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { DomainError } from '../../core/shared/errors.ts';
import { translate } from '../../core/shared/messages.ts';
import type { Services } from '../../create-services.ts';
import { readTargetWorkbook, writeTargetWorkbook } from '../../excel/target-workbook.ts';
import { attachment, XLSX_MEDIA_TYPE } from '../../excel/write-workbook.ts';
import { type AppEnv, createRouter, SECURED, writeContext } from '../app-env.ts';
import { xlsxFile } from '../excel/excel-io-schemas.ts';
import { err, json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { diffOut } from './target-presenter.ts';
import { TargetPlanParam } from './target-schemas.ts';
import { TargetSheetImportForm, TargetSheetImportResult, TargetSheetQuery } from './target-sheet-schemas.ts';

const tags = ['target'];

export function targetSheetRoutes(services: Services) {
  const app = createRouter();
  const { targetSheets } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/target-plans/{id}/sheet',
      tags,
      summary:
        "The caller's part of a target plan (or the subtree under `under`) as an editable 目标分解 workbook: metric × 12 months in yuan, year totals, lock marks, parents as sums",
      security: SECURED,
      request: { params: TargetPlanParam, query: TargetSheetQuery },
      responses: { 200: xlsxFile('The 目标分解 workbook (.xlsx)'), ...READ_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { plan, sheet } = await targetSheets.exportSheet(c.get('actor'), id, c.req.valid('query').under);
      const title = `${plan.year} 年${plan.name}（第 ${plan.version} 版）`;
      const data = await writeTargetWorkbook(sheet, title);
      return c.body(data, 200, {
        'content-type': XLSX_MEDIA_TYPE,
        'content-disposition': attachment(
          `目标分解-${plan.year}-v${plan.version}.xlsx`,
          `targets-${plan.year}-v${plan.version}.xlsx`,
        ),
        'cache-control': 'no-store',
      });
    },
  );

  /** Read-only roles get 403 and non-multipart bodies a clear 400 before the upload is parsed. */
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    targetSheets.assertMayImport(c.get('actor'));
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data'))
      throw new DomainError('validation', 'import.multipart_required', [
        { path: 'file', message: 'import.multipart_required' },
      ]);
    await next();
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/target-plans/{id}/sheet',
      tags,
      summary:
        'Import an edited 目标分解 workbook into a draft plan, all or nothing: every problem is answered with its cell (e.g. D7) and nothing is written; otherwise the typed leaves are saved and every parent rolls up',
      security: SECURED,
      middleware: [guard] as const,
      request: {
        params: TargetPlanParam,
        body: { required: true, content: { 'multipart/form-data': { schema: TargetSheetImportForm } } },
      },
      responses: {
        200: {
          description: 'Result; `applied` is false when nothing was written',
          ...json(TargetSheetImportResult),
        },
        ...WRITE_ERRORS,
        413: err('The upload exceeds the size limit, or the sheet has more than 50,000 rows'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { file, under } = c.req.valid('form');
      const parsed = await readTargetWorkbook(new Uint8Array(await file.arrayBuffer()));
      const outcome = await targetSheets.importSheet(c.get('actor'), id, parsed, under, writeContext(c));
      const lang = c.get('lang');
      if (!outcome.applied) {
        return c.json(
          {
            applied: false,
            changedCells: 0,
            diff: null,
            errors: outcome.problems.map((p) => ({
              cell: p.cell,
              nodeKey: p.nodeKey,
              metric: p.metric,
              month: p.month,
              message: translate(p.messageKey, lang, p.values),
            })),
          },
          200,
        );
      }
      return c.json(
        {
          applied: true,
          changedCells: outcome.changedCells,
          diff: diffOut(outcome.diff, outcome.labelOf),
          errors: [],
        },
        200,
      );
    },
  );

  return app;
}

// Order-line endpoints ([TGT-5]): list with filters and paging, read, create, correct, delete (the monthly facts
// follow every write), the bulk import from .csv/.xlsx (multipart, all or none), and the product-line list.
import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { OrderLineImportOutcome } from '../../core/facts/order-line-import-service.ts';
import { DomainError } from '../../core/shared/errors.ts';
import { type Lang, translate } from '../../core/shared/messages.ts';
import type { Services } from '../../create-services.ts';
import { orderLineSourceOf } from '../../excel/order-line-file.ts';
import { type AppEnv, createRouter, SECURED, writeContext } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { err, json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import {
  FactListQuery,
  OrderLine,
  OrderLineImportForm,
  OrderLineImportResult,
  type OrderLineImportResultT,
  OrderLineInput,
  OrderLineList,
  OrderLinePatch,
  ProductLineList,
} from './fact-schemas.ts';

const tags = ['order-lines'];

/** The outcome with its problems translated; columns stay the file's Chinese headers. */
export function toOrderLineImportResult(outcome: OrderLineImportOutcome, lang: Lang): OrderLineImportResultT {
  const { problems, ...counts } = outcome;
  return {
    ...counts,
    errors: problems.map((p) => ({
      row: p.row,
      column: p.column,
      message: translate(p.message, lang, p.params ?? {}),
    })),
  };
}

export function orderLineRoutes(services: Services) {
  const app = createRouter();
  const { orderLines, orderLineImport } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/product-lines',
      tags,
      summary: 'Every product line (code and name)',
      security: SECURED,
      responses: { 200: { description: 'Product lines', ...json(ProductLineList) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await orderLines.productLines(), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/order-lines',
      tags,
      summary: 'Order lines of visible accounts, newest first, by account, month (YYYY-MM) and product line',
      security: SECURED,
      request: { query: FactListQuery },
      responses: { 200: { description: 'One page', ...json(OrderLineList) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await orderLines.list(c.get('actor'), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/order-lines/{id}',
      tags,
      summary: 'One order line of a visible account',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Order line', ...json(OrderLine) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await orderLines.get(c.get('actor'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/order-lines',
      tags,
      summary: 'Record an order line on a visible account; the monthly facts follow in the same transaction',
      security: SECURED,
      request: { body: { required: true, ...json(OrderLineInput) } },
      responses: { 201: { description: 'Created', ...json(OrderLine) }, ...WRITE_ERRORS },
    }),
    async (c) => c.json(await orderLines.create(c.get('actor'), c.req.valid('json'), writeContext(c)), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/order-lines/{id}',
      tags,
      summary:
        'Correct an order line (also its account, date or product line); the facts move by the difference',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(OrderLinePatch) } },
      responses: { 200: { description: 'Updated', ...json(OrderLine) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await orderLines.update(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          writeContext(c),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/order-lines/{id}',
      tags,
      summary: 'Delete an order line; it leaves the facts',
      security: SECURED,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...WRITE_ERRORS },
    }),
    async (c) => {
      await orderLines.remove(c.get('actor'), c.req.valid('param').id, writeContext(c));
      return c.body(null, 204);
    },
  );

  /** Read-only roles get 403 and non-multipart bodies a clear 400 before the upload is parsed. */
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    orderLineImport.assertCanImport(c.get('actor'));
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data'))
      throw new DomainError('validation', 'import.multipart_required', [
        { path: 'file', message: 'import.multipart_required' },
      ]);
    await next();
  };
  app.openapi(
    createRoute({
      method: 'post',
      path: '/order-lines/import',
      tags,
      summary: 'Import order lines from .csv or .xlsx: all or none; a known (订单号, 行号) is a correction',
      description:
        "Columns 订单号, 行号, 客户编码, 日期, 产品线 (code or name), 数量, 单价 or 金额, 成本 (yuan, at most 2 decimals); the English names are accepted too. Every problem is named by row and column in the caller's language (at most 1,000, then a count). dryRun=true checks and counts everything and writes nothing.",
      security: SECURED,
      middleware: [guard] as const,
      request: {
        body: { required: true, content: { 'multipart/form-data': { schema: OrderLineImportForm } } },
      },
      responses: {
        200: {
          description: 'Result; `applied` is false when nothing was written',
          ...json(OrderLineImportResult),
        },
        ...WRITE_ERRORS,
        413: err('The upload exceeds the size limit'),
      },
    }),
    async (c) => {
      const { file, dryRun } = c.req.valid('form');
      const name = file instanceof File ? file.name : 'upload';
      const source = orderLineSourceOf(name, new Uint8Array(await file.arrayBuffer()));
      const outcome = await orderLineImport.importOrderLines(
        c.get('actor'),
        source,
        { dryRun: dryRun === 'true' },
        writeContext(c),
      );
      return c.json(toOrderLineImportResult(outcome, c.get('lang')), 200);
    },
  );

  return app;
}

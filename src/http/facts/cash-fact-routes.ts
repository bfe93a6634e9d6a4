// Collection 回款 and expense 费用 endpoints ([TGT-1], [TGT-5]): list (by account and month), read, create,
// correct, delete on visible accounts; account_month_cash_fact follows every write.
import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import {
  Collection,
  CollectionInput,
  CollectionList,
  CollectionPatch,
  Expense,
  ExpenseInput,
  ExpenseList,
  ExpensePatch,
  FactListQuery,
} from './fact-schemas.ts';

export function cashFactRoutes(services: Services) {
  const app = createRouter();
  const { cashFacts } = services;
  const noProductLine = <T extends { productLineId?: number | undefined }>(q: T) => ({
    ...q,
    productLineId: undefined,
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/collections',
      tags: ['collections'],
      summary: 'Collections of visible accounts, newest first, by account and month (YYYY-MM)',
      security: SECURED,
      request: { query: FactListQuery },
      responses: { 200: { description: 'One page', ...json(CollectionList) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json(await cashFacts.listCollections(c.get('actor'), noProductLine(c.req.valid('query'))), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/collections/{id}',
      tags: ['collections'],
      summary: 'One collection of a visible account',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Collection', ...json(Collection) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await cashFacts.getCollection(c.get('actor'), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/collections',
      tags: ['collections'],
      summary: 'Record cash received from a visible account (finance, the sales line, admins)',
      security: SECURED,
      request: { body: { required: true, ...json(CollectionInput) } },
      responses: { 201: { description: 'Created', ...json(Collection) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(await cashFacts.createCollection(c.get('actor'), c.req.valid('json'), writeContext(c)), 201),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/collections/{id}',
      tags: ['collections'],
      summary: 'Correct a collection; the cash facts move by the difference',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(CollectionPatch) } },
      responses: { 200: { description: 'Updated', ...json(Collection) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await cashFacts.updateCollection(
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
      path: '/collections/{id}',
      tags: ['collections'],
      summary: 'Delete a collection',
      security: SECURED,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...WRITE_ERRORS },
    }),
    async (c) => {
      await cashFacts.removeCollection(c.get('actor'), c.req.valid('param').id, writeContext(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/expenses',
      tags: ['expenses'],
      summary: 'Expenses of visible accounts, newest first, by account and month (YYYY-MM)',
      security: SECURED,
      request: { query: FactListQuery },
      responses: { 200: { description: 'One page', ...json(ExpenseList) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json(await cashFacts.listExpenses(c.get('actor'), noProductLine(c.req.valid('query'))), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/expenses/{id}',
      tags: ['expenses'],
      summary: 'One expense of a visible account',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Expense', ...json(Expense) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await cashFacts.getExpense(c.get('actor'), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/expenses',
      tags: ['expenses'],
      summary: 'Record a sales expense charged to a visible account',
      security: SECURED,
      request: { body: { required: true, ...json(ExpenseInput) } },
      responses: { 201: { description: 'Created', ...json(Expense) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(await cashFacts.createExpense(c.get('actor'), c.req.valid('json'), writeContext(c)), 201),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/expenses/{id}',
      tags: ['expenses'],
      summary: 'Correct an expense; the cash facts move by the difference',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(ExpensePatch) } },
      responses: { 200: { description: 'Updated', ...json(Expense) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await cashFacts.updateExpense(
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
      path: '/expenses/{id}',
      tags: ['expenses'],
      summary: 'Delete an expense',
      security: SECURED,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...WRITE_ERRORS },
    }),
    async (c) => {
      await cashFacts.removeExpense(c.get('actor'), c.req.valid('param').id, writeContext(c));
      return c.body(null, 204);
    },
  );

  return app;
}

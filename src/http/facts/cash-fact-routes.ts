// Collection 回款 and expense 费用 endpoints ([TGT-1], [TGT-5]): list (by account and month), read, create,
// correct, delete on visible accounts; account_month_cash_fact follows every write. Both kinds have the same
// five routes, declared once by cashKindRoutes.
import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { FactListFilter, Page } from '../../core/facts/fact-types.ts';
import type { Actor } from '../../core/org/actor.ts';
import type { WriteContext } from '../../core/shared/repositories.ts';
import type { Services } from '../../create-services.ts';
import { type AppEnv, createRouter, writeContext } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { json, securedRoute } from '../shared/openapi-helpers.ts';
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

/** One kind of cash row: its path (also its tag), names, schemas and use cases. */
interface CashKind<Item extends z.ZodType, In, PatchIn> {
  path: 'collections' | 'expenses';
  /** 'Collection': the response of a read; `a` and `many` go into the summaries. */
  name: { one: string; a: string; many: string };
  createSummary: string;
  schemas: {
    item: Item;
    list: z.ZodType<Page<z.output<Item>>>;
    input: z.ZodType<In>;
    patch: z.ZodType<PatchIn>;
  };
  list(actor: Actor, filter: FactListFilter): Promise<Page<z.output<Item>>>;
  get(actor: Actor, id: number): Promise<z.output<Item>>;
  create(actor: Actor, input: In, ctx: WriteContext): Promise<z.output<Item>>;
  update(actor: Actor, id: number, patch: PatchIn, ctx: WriteContext): Promise<z.output<Item>>;
  remove(actor: Actor, id: number, ctx: WriteContext): Promise<void>;
}

export function cashFactRoutes(services: Services) {
  const app = createRouter();
  const { cashFacts } = services;
  cashKindRoutes(app, {
    path: 'collections',
    name: { one: 'Collection', a: 'a collection', many: 'Collections' },
    createSummary: 'Record cash received from a visible account (finance, the sales line, admins)',
    schemas: { item: Collection, list: CollectionList, input: CollectionInput, patch: CollectionPatch },
    list: cashFacts.listCollections,
    get: cashFacts.getCollection,
    create: cashFacts.createCollection,
    update: cashFacts.updateCollection,
    remove: cashFacts.removeCollection,
  });
  cashKindRoutes(app, {
    path: 'expenses',
    name: { one: 'Expense', a: 'an expense', many: 'Expenses' },
    createSummary: 'Record a sales expense charged to a visible account',
    schemas: { item: Expense, list: ExpenseList, input: ExpenseInput, patch: ExpensePatch },
    list: cashFacts.listExpenses,
    get: cashFacts.getExpense,
    create: cashFacts.createExpense,
    update: cashFacts.updateExpense,
    remove: cashFacts.removeExpense,
  });
  return app;
}

/** List, read, create, correct and delete routes of one cash kind. */
function cashKindRoutes<Item extends z.ZodType, In, PatchIn>(
  app: OpenAPIHono<AppEnv>,
  kind: CashKind<Item, In, PatchIn>,
) {
  const { path, name, schemas } = kind;
  const tags = [path];
  app.openapi(
    securedRoute(tags, {
      method: 'get',
      path: `/${path}`,
      summary: `${name.many} of visible accounts, newest first, by account and month (YYYY-MM)`,
      request: { query: FactListQuery },
      responses: { 200: { description: 'One page', ...json(schemas.list) } },
    }),
    // Cash rows are booked per account, not per product line.
    async (c) =>
      c.json(await kind.list(c.get('actor'), { ...c.req.valid('query'), productLineId: undefined }), 200),
  );
  app.openapi(
    securedRoute(tags, {
      method: 'get',
      path: `/${path}/{id}`,
      summary: `One ${name.one.toLowerCase()} of a visible account`,
      request: { params: IdParam },
      responses: { 200: { description: name.one, ...json(schemas.item) } },
    }),
    async (c) => c.json(await kind.get(c.get('actor'), c.req.valid('param').id), 200),
  );
  app.openapi(
    securedRoute(tags, {
      method: 'post',
      path: `/${path}`,
      summary: kind.createSummary,
      request: { body: { required: true, ...json(schemas.input) } },
      responses: { 201: { description: 'Created', ...json(schemas.item) } },
    }),
    async (c) => c.json(await kind.create(c.get('actor'), c.req.valid('json'), writeContext(c)), 201),
  );
  app.openapi(
    securedRoute(tags, {
      method: 'patch',
      path: `/${path}/{id}`,
      summary: `Correct ${name.a}; the cash facts move by the difference`,
      request: { params: IdParam, body: { required: true, ...json(schemas.patch) } },
      responses: { 200: { description: 'Updated', ...json(schemas.item) } },
    }),
    async (c) =>
      c.json(
        await kind.update(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), writeContext(c)),
        200,
      ),
  );
  app.openapi(
    securedRoute(tags, {
      method: 'delete',
      path: `/${path}/{id}`,
      summary: `Delete ${name.a}`,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      await kind.remove(c.get('actor'), c.req.valid('param').id, writeContext(c));
      return c.body(null, 204);
    },
  );
}

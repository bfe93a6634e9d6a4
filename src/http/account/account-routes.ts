// Account endpoints ([ACC-1], [ACC-2]): list, detail, revenue, create, edit, archive/restore, team.
import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import {
  AccountDetail,
  AccountFacets,
  AccountInput,
  AccountList,
  AccountListQuery,
  AccountPatch,
  AccountRevenue,
  RevenueQuery,
  TeamInput,
} from './account-schemas.ts';

const tags = ['accounts'];

export function accountRoutes(services: Services) {
  const app = createRouter();
  const { accounts } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts',
      tags,
      summary: 'Accounts visible to the caller, with search, filters, sort and paging',
      security: SECURED,
      request: { query: AccountListQuery },
      responses: { 200: { description: 'One page', ...json(AccountList) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await accounts.list(c.get('actor'), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/facets',
      tags,
      summary: 'Values for the list filters (industries in use)',
      security: SECURED,
      responses: { 200: { description: 'Facets', ...json(AccountFacets) }, ...READ_ERRORS },
    }),
    async (c) => c.json({ industries: await accounts.industries(c.get('actor')) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}',
      tags,
      summary: 'One account with hierarchy, team and contact count',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Account', ...json(AccountDetail) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await accounts.get(c.get('actor'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/revenue',
      tags,
      summary: 'Monthly revenue and gross profit of the account and of its group (subsidiaries rolled up)',
      security: SECURED,
      request: { params: IdParam, query: RevenueQuery },
      responses: { 200: { description: 'Revenue', ...json(AccountRevenue) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json(
        await accounts.revenue(c.get('actor'), c.req.valid('param').id, c.req.valid('query').years),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/accounts',
      tags,
      summary: 'Create an account (the owner becomes team lead)',
      security: SECURED,
      request: { body: { required: true, ...json(AccountInput) } },
      responses: { 201: { description: 'Created', ...json(AccountDetail) }, ...WRITE_ERRORS },
    }),
    async (c) => c.json(await accounts.create(c.get('actor'), c.req.valid('json'), writeContext(c)), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/accounts/{id}',
      tags,
      summary: 'Change fields of an account',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(AccountPatch) } },
      responses: { 200: { description: 'Updated', ...json(AccountDetail) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await accounts.update(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), writeContext(c)),
        200,
      ),
  );

  for (const [action, status] of [
    ['archive', 'archived'],
    ['restore', 'active'],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/accounts/{id}/${action}`,
        tags,
        summary: action === 'archive' ? 'Archive an account (reversible)' : 'Restore an archived account',
        security: SECURED,
        request: { params: IdParam },
        responses: { 200: { description: 'Done', ...json(AccountDetail) }, ...WRITE_ERRORS },
      }),
      async (c) =>
        c.json(
          await accounts.setStatus(c.get('actor'), c.req.valid('param').id, status, writeContext(c)),
          200,
        ),
    );
  }

  app.openapi(
    createRoute({
      method: 'put',
      path: '/accounts/{id}/team',
      tags,
      summary: 'Replace the account team ([ACC-2])',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(TeamInput) } },
      responses: { 200: { description: 'Updated', ...json(AccountDetail) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await accounts.setTeam(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json').members,
          writeContext(c),
        ),
        200,
      ),
  );

  return app;
}

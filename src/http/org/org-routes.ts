// Org tree and user directory ([ORG-1]); adding users is for administrators.
import { createRoute } from '@hono/zod-openapi';
import type { UserRecord } from '../../core/org/org-repository.ts';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED } from '../app-env.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { OrgUnitList, UserInput, UserItem, UserList, UserListQuery } from './org-schemas.ts';

const tags = ['org'];
const toItem = ({ orgUnitPath: _p, ...user }: UserRecord) => user;

export function orgRoutes(services: Services) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/org-units',
      tags,
      summary: 'The org tree: company, regions, branches, teams',
      security: SECURED,
      responses: { 200: { description: 'Units', ...json(OrgUnitList) }, ...READ_ERRORS },
    }),
    async (c) => c.json({ items: await services.users.listOrgUnits() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/users',
      tags,
      summary: 'The user directory (for owner and team pickers)',
      security: SECURED,
      request: { query: UserListQuery },
      responses: { 200: { description: 'Users', ...json(UserList) }, ...READ_ERRORS },
    }),
    async (c) => {
      const page = await services.users.listUsers(c.req.valid('query'));
      return c.json({ items: page.items.map(toItem), total: page.total }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags,
      summary: 'Add a user (administrators only)',
      security: SECURED,
      request: { body: { required: true, ...json(UserInput) } },
      responses: { 201: { description: 'Created', ...json(UserItem) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        toItem(await services.users.addUser(c.get('actor'), c.req.valid('json'), c.get('requestId'))),
        201,
      ),
  );

  return app;
}

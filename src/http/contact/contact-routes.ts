// Contact endpoints ([ACC-4]).
import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import {
  ContactDetail,
  ContactInput,
  ContactList,
  ContactListQuery,
  ContactPatch,
} from './contact-schemas.ts';

const tags = ['contacts'];

export function contactRoutes(services: Services) {
  const app = createRouter();
  const { contacts } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/contacts',
      tags,
      summary: 'Contacts of visible accounts, with search, filters, sort and paging',
      security: SECURED,
      request: { query: ContactListQuery },
      responses: { 200: { description: 'One page', ...json(ContactList) }, ...READ_ERRORS },
    }),
    async (c) => {
      const { stale, ...rest } = c.req.valid('query');
      return c.json(
        await contacts.list(c.get('actor'), {
          ...rest,
          stale: stale === undefined ? undefined : stale === 'true',
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/contacts/{id}',
      tags,
      summary: 'One contact with profile blocks, completeness and direct reports',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Contact', ...json(ContactDetail) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await contacts.get(c.get('actor'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/contacts',
      tags,
      summary: 'Create a contact on a visible account',
      security: SECURED,
      request: { body: { required: true, ...json(ContactInput) } },
      responses: { 201: { description: 'Created', ...json(ContactDetail) }, ...WRITE_ERRORS },
    }),
    async (c) => c.json(await contacts.create(c.get('actor'), c.req.valid('json'), writeContext(c)), 201),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/contacts/{id}',
      tags,
      summary: 'Change fields of a contact',
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(ContactPatch) } },
      responses: { 200: { description: 'Updated', ...json(ContactDetail) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await contacts.update(c.get('actor'), c.req.valid('param').id, c.req.valid('json'), writeContext(c)),
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
        path: `/contacts/{id}/${action}`,
        tags,
        summary: action === 'archive' ? 'Archive a contact (reversible)' : 'Restore an archived contact',
        security: SECURED,
        request: { params: IdParam },
        responses: { 200: { description: 'Done', ...json(ContactDetail) }, ...WRITE_ERRORS },
      }),
      async (c) =>
        c.json(
          await contacts.setStatus(c.get('actor'), c.req.valid('param').id, status, writeContext(c)),
          200,
        ),
    );
  }

  return app;
}

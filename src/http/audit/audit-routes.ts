// The audit log, readable by administrators.
import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED } from '../app-env.ts';
import { err, json, READ_ERRORS } from '../shared/openapi-helpers.ts';
import { AuditList, AuditListQuery } from './audit-schemas.ts';

export function auditRoutes(services: Services) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit-log',
      tags: ['audit'],
      summary: 'Every write: who, when, entity, before/after (administrators only)',
      security: SECURED,
      request: { query: AuditListQuery },
      responses: {
        200: { description: 'Entries', ...json(AuditList) },
        403: err('Not an administrator'),
        ...READ_ERRORS,
      },
    }),
    async (c) => c.json(await services.audit.list(c.get('actor'), c.req.valid('query')), 200),
  );
  return app;
}

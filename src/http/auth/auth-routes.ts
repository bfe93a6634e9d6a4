// Login, logout, the current session, and the caller's API tokens.

import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Actor } from '../../core/org/actor.ts';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { err, json } from '../shared/openapi-helpers.ts';
import { SESSION_COOKIE } from './auth-middleware.ts';
import { LoginInput, SessionInfo, TokenCreated, TokenInput, TokenItem } from './auth-schemas.ts';

const me = (a: Actor) => ({
  id: a.userId,
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  orgUnitId: a.orgUnitId,
  orgUnitName: a.orgUnitName,
});

export function authRoutes(services: Services, options: { secureCookies: boolean }) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['auth'],
      summary: 'Sign in with user name and password; sets the HttpOnly session cookie',
      request: { body: { required: true, ...json(LoginInput) } },
      responses: {
        200: { description: 'Signed in', ...json(SessionInfo) },
        400: err('Invalid body'),
        401: err('Wrong credentials'),
        429: err('Too many failures'),
      },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      let ip = 'unknown';
      try {
        ip = getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        // not running on a node socket (tests through app.request)
      }
      const result = await services.auth.login(username, password, ip);
      setCookie(c, SESSION_COOKIE, result.sessionId, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: options.secureCookies,
        expires: result.expiresAt,
      });
      return c.json({ user: me(result.actor), csrfToken: result.csrfToken }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags: ['auth'],
      summary: 'Sign out (ends the session)',
      security: SECURED,
      responses: { 204: { description: 'Signed out' }, 401: err('Not signed in') },
    }),
    async (c) => {
      const sessionId = c.get('sessionId');
      if (sessionId) await services.auth.logout(sessionId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags: ['auth'],
      summary: 'The signed-in user and the CSRF token for writes',
      security: SECURED,
      responses: { 200: { description: 'Current session', ...json(SessionInfo) }, 401: err('Not signed in') },
    }),
    (c) => c.json({ user: me(c.get('actor')), csrfToken: c.get('csrfToken') ?? '' }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tokens',
      tags: ['auth'],
      summary: "The caller's active API tokens",
      security: SECURED,
      responses: { 200: { description: 'Tokens', ...json(z.object({ items: z.array(TokenItem) })) } },
    }),
    async (c) => {
      const tokens = await services.auth.listTokens(c.get('actor'));
      return c.json(
        {
          items: tokens.map((t) => ({
            id: t.id,
            name: t.name,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tokens',
      tags: ['auth'],
      summary: 'Create an API token (Bearer) for integrations; the token is shown only in this answer',
      security: SECURED,
      request: { body: { required: true, ...json(TokenInput) } },
      responses: { 201: { description: 'Created', ...json(TokenCreated) }, 400: err('Invalid body') },
    }),
    async (c) => {
      const t = await services.auth.createToken(c.get('actor'), c.req.valid('json').name);
      return c.json({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: null }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/tokens/{id}',
      tags: ['auth'],
      summary: 'Revoke one of your API tokens',
      security: SECURED,
      request: { params: IdParam },
      responses: { 204: { description: 'Revoked' }, 404: err('No such token') },
    }),
    async (c) => {
      await services.auth.revokeToken(c.get('actor'), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return app;
}

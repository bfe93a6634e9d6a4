// Authentication for every /api route except the public ones: a Bearer API token, or the session cookie
// plus — for writes — the X-CSRF-Token header that matches the session.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '../../core/shared/errors.ts';
import type { Services } from '../../create-services.ts';
import type { AppEnv } from '../app-env.ts';

export const SESSION_COOKIE = 'kd_session';
const PUBLIC = new Set(['/api/health', '/api/ping', '/api/auth/login', '/api/openapi.json']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authMiddleware(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (PUBLIC.has(path) || path.startsWith('/api/docs')) return next();
    const authorization = c.req.header('authorization');
    if (authorization?.startsWith('Bearer ')) {
      const actor = await services.auth.resolveToken(authorization.slice(7).trim());
      if (!actor) throw new DomainError('unauthenticated', 'error.unauthenticated');
      c.set('actor', actor);
      return next();
    }
    const sessionId = getCookie(c, SESSION_COOKIE);
    const session = sessionId ? await services.auth.resolveSession(sessionId) : undefined;
    if (!session || !sessionId) throw new DomainError('unauthenticated', 'error.unauthenticated');
    if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken)
      throw new DomainError('csrf', 'error.csrf');
    c.set('actor', session.actor);
    c.set('sessionId', sessionId);
    c.set('csrfToken', session.csrfToken);
    return next();
  };
}

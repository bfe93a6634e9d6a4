// Small helpers for route definitions: JSON bodies, the standard error responses, and a protected route.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { SECURED } from '../app-env.ts';
import { ErrorBody } from './list-schemas.ts';

export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
export const err = (description: string) => ({ description, ...json(ErrorBody) });

/** Errors every protected read may answer. */
export const READ_ERRORS = {
  400: err('Invalid parameters'),
  401: err('Not signed in'),
  404: err('Not found or not visible'),
};
/** Errors every protected write may answer. */
export const WRITE_ERRORS = {
  ...READ_ERRORS,
  403: err('Not allowed, or CSRF token missing'),
  409: err('Conflict with existing data'),
};

/**
 * A protected route under `tags`: the security requirement, and after its own responses the standard errors of
 * a read (GET) or of a write (every other method).
 */
export function securedRoute<
  const M extends RouteConfig['method'],
  const P extends string,
  const Q extends NonNullable<RouteConfig['request']>,
  const R extends RouteConfig['responses'],
>(tags: string[], route: { method: M; path: P; summary: string; request: Q; responses: R }) {
  const errors: typeof READ_ERRORS = route.method === 'get' ? READ_ERRORS : WRITE_ERRORS;
  return createRoute({
    method: route.method,
    path: route.path,
    tags,
    summary: route.summary,
    security: SECURED,
    request: route.request,
    responses: { ...route.responses, ...errors },
  });
}

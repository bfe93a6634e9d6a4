// Hono context variables and the router factory every feature's routes use (validation → 400 with details).
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../core/org/actor.ts';
import { validationError } from '../core/shared/errors.ts';
import type { Lang } from '../core/shared/messages.ts';
import type { WriteContext } from '../core/shared/repositories.ts';
import { issuesToDetails } from './validation.ts';

export interface AppEnv {
  Variables: {
    actor: Actor;
    lang: Lang;
    requestId: string;
    sessionId: string | undefined;
    csrfToken: string | undefined;
    uploadLimit: string;
  };
}

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(issuesToDetails(result.error.issues));
    },
  });
}

export function writeContext(c: Context<AppEnv>): WriteContext {
  return { requestId: c.get('requestId') };
}

/** Security requirement listed on every protected route in the OpenAPI document. */
export const SECURED: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];

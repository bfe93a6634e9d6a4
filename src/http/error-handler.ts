// Maps errors to HTTP answers once: DomainError codes → status (a missing code is a compile error),
// anything unexpected → logged with the request id, plain 500 for the client.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError, type ErrorCode } from '../core/shared/errors.ts';
import { type Lang, translate } from '../core/shared/messages.ts';
import type { Logger } from '../logger.ts';

export const STATUS_OF: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  csrf: 403,
};

export function errorBody(error: DomainError, lang: Lang) {
  return {
    code: error.code,
    message: translate(error.message, lang, error.params),
    details: error.details.map((d) => ({
      path: d.path,
      message: translate(d.message, lang, d.params ?? {}),
    })),
  };
}

export function createErrorHandler(logger: Logger) {
  return (err: Error, c: Context) => {
    const lang = (c.get('lang') as Lang | undefined) ?? 'zh-CN';
    if (err instanceof DomainError) return c.json(errorBody(err, lang), STATUS_OF[err.code]);
    if (err instanceof HTTPException) {
      if (err.status === 413)
        return c.json(
          errorBody(
            new DomainError('too_large', 'error.too_large', [], {
              limit: String(c.get('uploadLimit') ?? ''),
            }),
            lang,
          ),
          413,
        );
      if (err.status === 400)
        return c.json(errorBody(new DomainError('validation', 'error.bad_json'), lang), 400);
    }
    if (err instanceof SyntaxError)
      return c.json(errorBody(new DomainError('validation', 'error.bad_json'), lang), 400);
    logger.error({ err, requestId: c.get('requestId'), path: c.req.path }, 'unhandled error');
    return c.json({ code: 'internal', message: translate('error.internal', lang), details: [] }, 500);
  };
}

// Small helpers for route definitions: JSON bodies and the standard error responses.
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

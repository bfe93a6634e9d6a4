// The one error type core throws, with a closed list of codes. http/error-handler.ts maps each code to a
// status once; cli maps the same codes to exit codes.

export const ERROR_CODES = {
  /** A request or an imported row failed validation; details name each field. */
  validation: 'validation',
  /** No valid session or token was presented. */
  unauthenticated: 'unauthenticated',
  /** The caller is known but the action is not allowed for their role. */
  forbidden: 'forbidden',
  /** The record does not exist or is outside the caller's visibility. */
  not_found: 'not_found',
  /** The write would break a uniqueness or state rule (duplicate code, already archived…). */
  conflict: 'conflict',
  /** An upload or body exceeds the configured size limit. */
  too_large: 'too_large',
  /** Too many failed logins for a user name or address; retry later. */
  rate_limited: 'rate_limited',
  /** Cookie session write without the matching CSRF token. */
  csrf: 'csrf',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetail {
  /** Field path (`name`, `members.0.userId`) or `row 5 / 客户名称` for imports. */
  path: string;
  /** Message key from core/shared/messages.ts, or an already translated text. */
  message: string;
  params?: Record<string, string | number> | undefined;
}

/** Thrown by core for every expected failure. `message` is a message key with optional params. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (entity: string) => new DomainError('not_found', 'error.not_found', [], { entity });
export const forbidden = () => new DomainError('forbidden', 'error.forbidden');
export const validationError = (details: ErrorDetail[]) =>
  new DomainError('validation', 'error.validation', details);

// Maps the same DomainError codes as the HTTP edge to process exit codes, and prints errors in the user's language.
import { DomainError, type ErrorCode } from '../core/shared/errors.ts';
import { pickLang, translate } from '../core/shared/messages.ts';

export const EXIT_CODE_OF: Record<ErrorCode, number> = {
  validation: 2,
  unauthenticated: 3,
  forbidden: 4,
  not_found: 5,
  conflict: 6,
  too_large: 7,
  rate_limited: 8,
  csrf: 4,
};

const lang = () => pickLang(process.env.KAMDESK_LANG ?? process.env.LANG?.replace('_', '-'));

/** Prints the error and exits with its code (1 for unexpected errors). */
export function failAndExit(error: unknown): never {
  if (error instanceof DomainError) {
    const l = lang();
    console.error(`✖ ${translate(error.message, l, error.params)}`);
    for (const d of error.details) console.error(`  - ${d.path}: ${translate(d.message, l, d.params ?? {})}`);
    process.exit(EXIT_CODE_OF[error.code]);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
}

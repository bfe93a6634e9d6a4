// One line for a failed write shown in a toast: the server's translated message, followed by its field
// messages when it names any (e.g. "the link would close a loop"), so the user learns what was refused.
import { ApiError } from '../api/http.ts';

export function errorText(error: unknown): string {
  if (error instanceof ApiError && error.details.length > 0) {
    const details = [...new Set(error.details.map((detail) => detail.message))].join('；');
    return `${error.message}：${details}`;
  }
  return error instanceof Error ? error.message : String(error);
}

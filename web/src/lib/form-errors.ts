// Puts a server 400/409 answer onto an antd form: each detail path (`name`, `members.0.userId`) lands on
// its field; whatever has no field on the form is returned so the caller can show it elsewhere.
import type { FormInstance } from 'antd';
import { ApiError } from '../api/http.ts';

type NamePath = (string | number)[];

function toNamePath(path: string): NamePath {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Applies an error to the form. `fields` lists the top-level field names the form shows;
 * `conflictField` receives a 409 message that carries no field details (e.g. a duplicate code).
 * Returns the message to show above the form, or null when everything found a field.
 */
export function applyApiError<T>(
  form: FormInstance<T>,
  error: unknown,
  fields: readonly string[],
  conflictField?: string,
): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const shown = new Set(fields);
  const onForm = error.details.filter((detail) => shown.has(toNamePath(detail.path)[0] as string));
  const elsewhere = error.details.filter((detail) => !onForm.includes(detail));

  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const detail of onForm) {
    const entry = byField.get(detail.path) ?? { name: toNamePath(detail.path), errors: [] };
    entry.errors.push(detail.message);
    byField.set(detail.path, entry);
  }
  if (error.code === 'conflict' && conflictField && onForm.length === 0) {
    byField.set(conflictField, { name: [conflictField], errors: [error.message] });
  }
  // antd's setFields is typed over the form's own paths; numeric list indexes make this one cast necessary.
  form.setFields([...byField.values()] as Parameters<FormInstance<T>['setFields']>[0]);

  if (byField.size === 0) return error.message;
  if (elsewhere.length > 0) return elsewhere.map((detail) => `${detail.path}: ${detail.message}`).join('；');
  return null;
}

// Turns zod issues into validation details that name each field with a message key, so 400 answers are
// translated like every other error.
import type { ErrorDetail } from '../core/shared/errors.ts';
import { hasMessage } from '../core/shared/messages.ts';

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
  values?: unknown[];
  keys?: string[];
}

export function issuesToDetails(issues: readonly Issue[]): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (hasMessage(issue.message)) {
      details.push({ path, message: issue.message });
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys ?? [])
          details.push({ path: path ? `${path}.${key}` : key, message: 'field.unknown_key' });
        break;
      case 'invalid_type':
        details.push(
          issue.message.endsWith('received undefined')
            ? { path, message: 'field.required' }
            : { path, message: 'field.invalid_type', params: { expected: String(issue.expected) } },
        );
        break;
      case 'too_small':
        details.push({
          path,
          message:
            issue.origin === 'string'
              ? issue.minimum === 1
                ? 'field.required'
                : 'field.too_short'
              : 'field.too_small',
          params: { minimum: String(issue.minimum) },
        });
        break;
      case 'too_big':
        details.push({
          path,
          message: issue.origin === 'string' ? 'field.too_long' : 'field.too_big',
          params: { maximum: String(issue.maximum) },
        });
        break;
      case 'invalid_format':
        details.push({ path, message: 'field.invalid_format', params: { format: issue.format ?? '' } });
        break;
      case 'invalid_value':
        details.push({
          path,
          message: 'field.invalid_value',
          params: { options: (issue.values ?? []).join(' / ') },
        });
        break;
      default:
        details.push({ path, message: 'field.invalid' });
    }
  }
  return details;
}

// Texts the server's core keeps as message keys (whitespace statuses and cross-sell patterns, background
// sections) in the UI language, read from the same catalogue the API answers from.
import { VALUE_MESSAGES } from '../../../src/core/value/value-messages.ts';

/** The text of a core message key; the key itself when it is unknown, so a gap shows instead of hiding. */
export function coreText(key: string, lang: string): string {
  const entry = VALUE_MESSAGES[key];
  if (!entry) return key;
  return lang === 'en' ? entry.en : entry['zh-CN'];
}

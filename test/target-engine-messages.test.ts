// Every message key the engine, the methods and the target sheet (src/core/target) can produce is in the catalogue, in zh-CN and
// en; the keys are collected from the source files themselves, so a new key without a text fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, translate } from '../src/core/shared/messages.ts';
import { TARGET_ENGINE_MESSAGES } from '../src/core/target/target-messages.ts';
import { TARGET_METRICS } from '../src/core/target/target-types.ts';

const dir = join(import.meta.dirname, '../src/core/target');
const used = new Set<string>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
  const text = readFileSync(join(dir, file), 'utf8');
  for (const m of text.matchAll(
    /'(target\.(?:problem|explain|sheet|ansoff|account_type|metric)\.[a-z_.]+)'/g,
  )) {
    if (m[1]) used.add(m[1]);
  }
}

describe('[TGT] engine and sheet messages exist in zh-CN and en', () => {
  it('finds the keys the code uses', () => {
    expect(used.size).toBeGreaterThan(40);
  });
  it.each([...used, ...TARGET_METRICS.map((m) => `target.metric.${m}`)])('%s', (key) => {
    expect(hasMessage(key)).toBe(true);
    expect(translate(key, 'en')).not.toBe(translate(key, 'zh-CN'));
  });
  it('every catalogue entry has both texts', () => {
    for (const [key, texts] of Object.entries(TARGET_ENGINE_MESSAGES)) {
      expect(texts['zh-CN'], key).not.toBe('');
      expect(texts.en, key).not.toBe('');
    }
  });
});

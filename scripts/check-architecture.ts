// Architecture rule (STYLE.md): core never imports db, http, cli, process.env, the file system, a logger,
// the network or the clock; web never imports server code except type-only schema imports.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const problems: string[] = [];
const importRe = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** node: modules core may use: pure computation only. */
const CORE_ALLOWED_NODE = new Set(['node:crypto', 'node:util']);
const CORE_FORBIDDEN_PACKAGES = ['kysely', 'pg', '@electric-sql/pglite', 'hono', '@hono/', 'pino', 'exceljs', 'pptxgenjs', 'commander', 'cli-progress'];

// Tests beside the rules (service tier) may wire real repositories; the rule applies to production code.
for (const file of files(join(ROOT, 'src/core')).filter((f) => !f.endsWith('.test.ts'))) {
  const text = readFileSync(file, 'utf8');
  const rel = relative(ROOT, file);
  for (const m of text.matchAll(importRe)) {
    const spec = m[3] ?? m[4] ?? m[5] ?? '';
    if (spec.startsWith('node:') && !CORE_ALLOWED_NODE.has(spec)) problems.push(`${rel}: core imports ${spec}`);
    if (['fs', 'path', 'http', 'net', 'child_process', 'os'].includes(spec)) problems.push(`${rel}: core imports ${spec}`);
    if (CORE_FORBIDDEN_PACKAGES.some((p) => spec === p || spec.startsWith(p))) problems.push(`${rel}: core imports ${spec}`);
    if (/\/(db|http|cli|web)\//.test(spec) || /^\.\.\/\.\.\/(db|http|cli)/.test(spec)) problems.push(`${rel}: core imports ${spec}`);
    if (/logger/.test(spec) || /create-services|config\.ts/.test(spec)) problems.push(`${rel}: core imports ${spec}`);
  }
  const code = text.replace(/\/\/.*$/gm, '');
  if (/process\.env/.test(code)) problems.push(`${rel}: core reads process.env`);
  if (/Date\.now\(\)|new Date\(\)/.test(code)) problems.push(`${rel}: core reads the clock (pass time in)`);
  if (/console\./.test(code)) problems.push(`${rel}: core logs`);
}

for (const file of files(join(ROOT, 'src/db'))) {
  const rel = relative(ROOT, file);
  for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
    const spec = m[3] ?? m[4] ?? m[5] ?? '';
    if (/\/(http|cli)\//.test(spec)) problems.push(`${rel}: db imports ${spec}`);
  }
}

for (const file of files(join(ROOT, 'web/src'))) {
  const rel = relative(ROOT, file);
  for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
    const spec = m[3] ?? m[4] ?? m[5] ?? '';
    const typeOnly = Boolean(m[2]);
    if (/src\/(db|cli)\//.test(spec) || spec.includes('create-services')) problems.push(`${rel}: web imports ${spec}`);
    if (/src\/http\//.test(spec) && !typeOnly) problems.push(`${rel}: web imports server code ${spec} (use import type)`);
  }
}

if (problems.length) {
  console.error(`Architecture check failed (${problems.length}):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('Architecture check passed: core is pure, db does not import edges, web imports server schemas as types only.');

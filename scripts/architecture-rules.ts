// The architecture rule as a pure function over source texts, so it can be tested (test/architecture.test.ts)
// and run on the tree (scripts/check-architecture.ts).

export interface SourceFile {
  /** Path relative to the repository root, e.g. src/core/account/account-service.ts */
  path: string;
  text: string;
}

const importRe =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** node: modules core may use: pure computation only. */
const CORE_ALLOWED_NODE = new Set(['node:crypto', 'node:util']);
const BARE_NODE = [
  'fs',
  'fs/promises',
  'path',
  'http',
  'https',
  'net',
  'child_process',
  'os',
  'url',
  'worker_threads',
];
const CORE_FORBIDDEN_PACKAGES = [
  'kysely',
  'pg',
  '@electric-sql/pglite',
  'hono',
  '@hono/',
  'pino',
  'exceljs',
  'pptxgenjs',
  'pdfkit',
  'commander',
  'cli-progress',
];

/** The repository path an import of `from` points at, or null for a package import. */
function resolved(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const segment of spec.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

function imports(text: string): Array<{ spec: string; typeOnly: boolean }> {
  return [...text.matchAll(importRe)].map((m) => ({
    spec: m[3] ?? m[4] ?? m[5] ?? '',
    typeOnly: Boolean(m[2]),
  }));
}

/** Every violation of the dependency rule in the given files. */
export function findViolations(files: SourceFile[]): string[] {
  const problems: string[] = [];
  for (const { path, text } of files) {
    if (path.startsWith('src/core/') && !path.endsWith('.test.ts')) {
      for (const { spec } of imports(text)) {
        const bad =
          (spec.startsWith('node:') && !CORE_ALLOWED_NODE.has(spec)) ||
          BARE_NODE.includes(spec) ||
          CORE_FORBIDDEN_PACKAGES.some((p) => spec === p || spec.startsWith(p.endsWith('/') ? p : `${p}/`)) ||
          /(^|\/)(db|http|cli)\//.test(spec.replace(/^(\.\.\/)+/, '')) ||
          /(^|\/)(logger|create-services|config)(\.ts)?$/.test(spec);
        if (bad) problems.push(`${path}: core imports ${spec}`);
      }
      for (const { spec } of imports(text))
        if (resolved(path, spec)?.startsWith('src/briefing/'))
          problems.push(`${path}: core imports the briefing renderer ${spec}`);
      const code = text.replace(/\/\/.*$/gm, '');
      if (/process\.env/.test(code)) problems.push(`${path}: core reads process.env`);
      if (/Date\.now\(\)|new Date\(\)/.test(code))
        problems.push(`${path}: core reads the clock (pass time in)`);
      if (/console\./.test(code)) problems.push(`${path}: core logs`);
    }
    if (path.startsWith('src/briefing/')) {
      // The deck renderers take plain input: whoever calls them (http, cli) loads the plan.
      for (const { spec } of imports(text)) {
        const target = resolved(path, spec) ?? '';
        if (
          /^src\/(db|http|cli)\//.test(target) ||
          /^src\/(create-services|config|logger)(\.ts)?$/.test(target)
        )
          problems.push(`${path}: briefing imports ${spec}`);
      }
    }
    if (path.startsWith('src/db/')) {
      for (const { spec } of imports(text))
        if (/\/(http|cli)\//.test(spec)) problems.push(`${path}: db imports ${spec}`);
    }
    if (path.startsWith('web/src/')) {
      for (const { spec, typeOnly } of imports(text)) {
        if (/src\/(db|cli|core\/.*-service)/.test(spec) || spec.includes('create-services'))
          problems.push(`${path}: web imports ${spec}`);
        if (/src\/http\//.test(spec) && !typeOnly)
          problems.push(`${path}: web imports server code ${spec} (use import type)`);
      }
    }
  }
  return problems;
}

// Architecture rule (STYLE.md): core never imports db, http, cli, process.env, the file system, a logger,
// the network or the clock; db never imports the edges; web imports server schemas as types only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findViolations, type SourceFile } from './architecture-rules.ts';

const ROOT = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources: SourceFile[] = ['src', 'web/src'].flatMap((dir) =>
  files(join(ROOT, dir)).map((file) => ({ path: relative(ROOT, file), text: readFileSync(file, 'utf8') })),
);
const problems = findViolations(sources);
if (problems.length) {
  console.error(`Architecture check failed (${problems.length}):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(
  `Architecture check passed (${sources.length} files): core is pure, db does not import edges, the briefing renderer takes plain input, web imports server schemas as types only.`,
);

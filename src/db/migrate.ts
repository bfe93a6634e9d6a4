// Forward-only numbered SQL migrations, applied in order at start-up and by `kamdesk migrate`.
// A session-level advisory lock keeps two server processes from migrating at once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connect.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 7424242;

export function listMigrations(): Array<{ version: string; file: string }> {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: file.slice(0, 4), file: join(MIGRATIONS_DIR, file) }));
}

/** Applies pending migrations, each in its own transaction; returns the versions applied. */
export async function migrate(database: Database): Promise<string[]> {
  return database.withSession(async (s) => {
    const applied: string[] = [];
    await s.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    try {
      await s.exec(
        'CREATE TABLE IF NOT EXISTS schema_migration (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = await s.query<{ version: string }>('SELECT version FROM schema_migration');
      const have = new Set(done.map((r) => r.version));
      for (const m of listMigrations()) {
        if (have.has(m.version)) continue;
        const text = readFileSync(m.file, 'utf8');
        await s.exec(
          `BEGIN;\n${text}\n;\nINSERT INTO schema_migration (version) VALUES ('${m.version}');\nCOMMIT;`,
        );
        applied.push(m.version);
      }
    } catch (error) {
      await s.exec('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await s.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
    }
    return applied;
  });
}

// Opens the configured database and applies pending migrations; shared by every command.
import type { AppConfig } from '../config.ts';
import { connectDatabase, type Database } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';

export async function openDatabase(config: AppConfig): Promise<{ database: Database; applied: string[] }> {
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    preparedStatements: config.dbPreparedStatements,
  });
  const applied = await migrate(database);
  return { database, applied };
}

/** Where the data lives, for messages. */
export function describeDatabase(config: AppConfig): string {
  if (!config.databaseUrl) return `PGlite (${config.dataDir})`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL (${url.host}${url.pathname})`;
}

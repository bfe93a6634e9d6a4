// A benchmark's own PostgreSQL database, loaded once and reused: loading 100,000 accounts takes a while,
// so a database whose marker row says "loaded, this data version, this scale" is used as it is. A database
// without the marker (an interrupted load) or with an older data version is dropped and loaded again.
import pg from 'pg';
import { connectDatabase, type Database } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';

const MARKER_TABLE = 'bench_dataset';

export interface PreparedDatabase {
  name: string;
  url: string;
  /** True when an already loaded database was used. */
  reused: boolean;
  /** Seconds the load took (now or when it was loaded). */
  loadSeconds: number;
  loadedAt: string;
  /** What the loader reported (row counts…). */
  summary: Record<string, unknown>;
  /** Migrations applied now (new since the load, or all of them on a fresh load). */
  migrationsApplied: string[];
}

export interface PrepareOptions {
  /** Connection string of any existing database on the server (the bench creates its own next to it). */
  adminUrl: string;
  /** Lower-case letters, digits and underscores only. */
  name: string;
  /** Bump when the data a benchmark loads changes, so that older copies are rebuilt. */
  dataVersion: number;
  fresh: boolean;
  log(line: string): void;
  /** Fills the migrated, empty database; returns a summary for the report. */
  load(database: Database): Promise<Record<string, unknown>>;
}

export function databaseUrlFor(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function prepareBenchDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  if (!/^[a-z0-9_]+$/.test(options.name)) throw new Error(`bad database name ${options.name}`);
  const url = databaseUrlFor(options.adminUrl, options.name);
  const exists = await withAdmin(options.adminUrl, async (admin) => {
    const result = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.name]);
    return result.rowCount === 1;
  });

  if (exists && !options.fresh) {
    const marker = await readMarker(url);
    if (marker && marker.data_version === options.dataVersion) {
      options.log(
        `Using database ${options.name} (loaded ${marker.loaded_at.toISOString()}; --fresh reloads it)`,
      );
      const migrationsApplied = await migrateAndAnalyze(url);
      return {
        name: options.name,
        url,
        reused: true,
        loadSeconds: marker.load_seconds,
        loadedAt: marker.loaded_at.toISOString(),
        summary: marker.summary,
        migrationsApplied,
      };
    }
    options.log(`Database ${options.name} is not a complete load of this data version: rebuilding it`);
  }
  if (exists) await dropBenchDatabase(options.adminUrl, options.name);
  await withAdmin(options.adminUrl, (admin) => admin.query(`CREATE DATABASE ${options.name}`));

  const started = performance.now();
  const database = await connectDatabase({ databaseUrl: url, poolSize: 2 });
  try {
    const migrationsApplied = await migrate(database);
    const summary = await options.load(database);
    await database.exec('VACUUM ANALYZE');
    const loadSeconds = (performance.now() - started) / 1000;
    const loadedAt = new Date();
    await database.exec(
      `CREATE TABLE ${MARKER_TABLE} (data_version integer NOT NULL, loaded_at timestamptz NOT NULL,
         load_seconds double precision NOT NULL, summary jsonb NOT NULL)`,
    );
    await database.withSession((s) =>
      s.query(`INSERT INTO ${MARKER_TABLE} VALUES ($1, $2, $3, $4)`, [
        options.dataVersion,
        loadedAt,
        loadSeconds,
        JSON.stringify(summary),
      ]),
    );
    return {
      name: options.name,
      url,
      reused: false,
      loadSeconds,
      loadedAt: loadedAt.toISOString(),
      summary,
      migrationsApplied,
    };
  } finally {
    await database.close();
  }
}

export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

interface MarkerRow {
  data_version: number;
  loaded_at: Date;
  load_seconds: number;
  summary: Record<string, unknown>;
}

async function readMarker(url: string): Promise<MarkerRow | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query('SELECT to_regclass($1) AS t', [MARKER_TABLE]);
    if (!table.rows[0]?.t) return undefined;
    const result = await client.query<MarkerRow>(`SELECT * FROM ${MARKER_TABLE} LIMIT 1`);
    return result.rows[0];
  } finally {
    await client.end();
  }
}

/** Brings a reused database up to the current migrations; new tables and indexes need fresh statistics. */
async function migrateAndAnalyze(url: string): Promise<string[]> {
  const database = await connectDatabase({ databaseUrl: url, poolSize: 1 });
  try {
    const applied = await migrate(database);
    // As after a fresh load: new tables need their visibility map set for index-only scans (autovacuum may be off).
    if (applied.length > 0) await database.exec('VACUUM ANALYZE');
    return applied;
  } finally {
    await database.close();
  }
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

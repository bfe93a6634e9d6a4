// Opens the one database the product uses: embedded PGlite in a data folder by default,
// PostgreSQL when a connection string is given. Both are driven through Kysely's Postgres dialect.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** Runs a multi-statement SQL script (migrations, bulk DDL). */
  exec(sql: string): Promise<void>;
  /** Runs fn on one dedicated connection (session-level locks, scripts). */
  withSession<T>(fn: (session: RawSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface RawSession {
  exec(sql: string): Promise<void>;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface ConnectOptions {
  /** postgres://… — when set, PostgreSQL is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; omitted means in-memory (tests). */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  poolSize?: number | undefined;
  /** Named prepared statements on PostgreSQL (default true); turn off behind pgbouncer in transaction mode. */
  preparedStatements?: boolean | undefined;
}

// int8 → number (fen fits in 2^53), numeric → number, date → 'YYYY-MM-DD' string.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/**
 * `COPY <table> (<columns>) FROM STDIN` in text format, run through Kysely as
 * `db.executeQuery(CompiledQuery.raw(text, [chunks]))` with one parameter: the rows as text chunks
 * (`Iterable<string | Uint8Array>`, bytes in UTF-8; a generator is read as the COPY takes it on PostgreSQL). On PostgreSQL the chunks stream over the transaction's own connection (pg-copy-streams);
 * on PGlite they are handed over as a blob (`COPY … FROM '/dev/blob'`). So bulk loads use one SQL on both.
 */
export const COPY_FROM_STDIN = /^\s*COPY\s[^;]*\sFROM\s+STDIN\s*$/i;

function copySourceOf(parameters: ReadonlyArray<unknown> | undefined): Iterable<string | Uint8Array> {
  const source = parameters?.[0];
  if (
    parameters?.length !== 1 ||
    source === null ||
    typeof source !== 'object' ||
    !(Symbol.iterator in source)
  )
    throw new Error('COPY FROM STDIN takes one parameter: the rows as text chunks (strings or UTF-8 bytes)');
  return source as Iterable<string | Uint8Array>;
}

export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl)
    return connectPostgres(options.databaseUrl, options.poolSize ?? 10, options.preparedStatements ?? true);
  return connectPglite(options.dataDir);
}

async function connectPostgres(url: string, poolSize: number, prepared: boolean): Promise<Database> {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
      if (oid === DATE) return (v: string) => v;
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: types as pg.CustomTypesConfig });
  pool.on('error', () => {
    // An idle client died (server restart); the pool replaces it on next use.
  });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: new PreparingPool(pool, prepared) }),
  });
  return {
    kind: 'postgres',
    db,
    async exec(sql) {
      await pool.query(sql);
    },
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (text) => {
            await client.query(text);
          },
          query: async <R>(text: string, params: unknown[] = []) =>
            (await client.query(text, params)).rows as R[],
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
      // Kysely ends the pool only if it ever ran a query; scripts that used only withSession need this.
      if (!pool.ending) await pool.end();
    },
  };
}

/** Named statements per connection; beyond this, queries run unnamed (parsed and planned each time). */
const MAX_PREPARED_PER_CONNECTION = 500;
const MAX_PREPARED_TEXT = 8_192;
/** Single statements Kysely builds; scripts (BEGIN, DDL) and `*` selects (result type follows the table) stay unnamed. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * The pg pool as Kysely sees it: COPY FROM STDIN (see COPY_FROM_STDIN) streamed on the borrowed connection, and,
 * when prepared, Kysely's queries on PostgreSQL as named prepared statements: a query text repeated on a connection is parsed
 * and planned once instead of on every request (the account list spent more time planning than running).
 * Bounded per connection; the name is a hash of the text, so equal texts share a statement. Multi-statement
 * scripts (exec, migrations, withSession) go to the pg pool directly and are never named.
 */
class PreparingPool implements PostgresPool {
  private readonly clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly prepared: boolean,
  ) {}

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.pool.connect();
    let wrapped = this.clients.get(client);
    if (!wrapped) {
      const names = new Map<string, string>();
      const query = (text: unknown, values?: ReadonlyArray<unknown>) => {
        if (typeof text !== 'string') return client.query(text as pg.Submittable);
        if (COPY_FROM_STDIN.test(text)) return copyIn(client, text, values);
        const name = this.prepared ? (names.get(text) ?? nameFor(text, names)) : undefined;
        return client.query(
          name ? { name, text, values: values as unknown[] } : { text, values: values as unknown[] },
        );
      };
      wrapped = {
        query,
        release: (destroy?: boolean) => client.release(destroy),
      } as unknown as PostgresPoolClient;
      this.clients.set(client, wrapped);
    }
    return wrapped;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

async function copyIn(client: pg.PoolClient, text: string, values: ReadonlyArray<unknown> | undefined) {
  const stream = client.query(copyFrom(text));
  await pipeline(Readable.from(copySourceOf(values)), stream);
  return { rows: [], rowCount: stream.rowCount, command: 'COPY' };
}

function nameFor(text: string, names: Map<string, string>): string | undefined {
  if (names.size >= MAX_PREPARED_PER_CONNECTION || text.length > MAX_PREPARED_TEXT) return undefined;
  if (!PREPARABLE.test(text) || text.replace(/count\(\*\)/gi, '').includes('*')) return undefined;
  const name = `kd_${createHash('sha1').update(text).digest('base64url')}`;
  names.set(text, name);
  return name;
}

async function connectPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { pg_trgm },
    parsers: {
      [INT8]: (v: string) => Number(v),
      [NUMERIC]: (v: string) => Number(v),
      [DATE]: (v: string) => v,
    },
  });
  const pool = new PgliteSerialPool(pglite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const withSession = async <T>(fn: (session: RawSession) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await fn({
        exec: async (text) => {
          await pglite.exec(text);
        },
        query: async <R>(text: string, params: unknown[] = []) => (await pglite.query<R>(text, params)).rows,
      });
    } finally {
      client.release();
    }
  };
  return {
    kind: 'pglite',
    db,
    withSession,
    exec: (text) => withSession((s) => s.exec(text)),
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

/**
 * PGlite is a single connection. Kysely runs a transaction on one pooled client, so the pool hands the
 * connection to one borrower at a time; everybody else waits in FIFO order.
 */
class PgliteSerialPool implements PostgresPool {
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly pglite: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.busy) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy = true;
    const pglite = this.pglite;
    let released = false;
    const client = {
      query: async (sql: string, parameters: ReadonlyArray<unknown>) => {
        const result = COPY_FROM_STDIN.test(sql)
          ? await pglite.query(sql.replace(/STDIN\s*$/i, "'/dev/blob'"), [], {
              blob: new Blob([...copySourceOf(parameters)] as BlobPart[]),
            })
          : await pglite.query(sql, parameters as unknown[]);
        const affected = result.affectedRows ?? 0;
        return {
          rows: result.rows,
          rowCount: affected || result.rows.length,
          command: commandOf(sql, affected),
        };
      },
      release: () => {
        if (released) return;
        released = true;
        const next = this.waiting.shift();
        if (next) next();
        else this.busy = false;
      },
    };
    return client as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {}
}

/** The statement's command tag, which Kysely reads to report affected rows. */
function commandOf(text: string, affected: number): string {
  const word = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SELECT';
  if (word === 'WITH') return affected > 0 ? 'UPDATE' : 'SELECT';
  return word;
}

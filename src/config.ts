// Reads configuration from the environment once, at the edge (core never reads process.env).
import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL connections per server process (DB_POOL_SIZE); PGlite has one. */
  dbPoolSize: number;
  /** Named prepared statements on PostgreSQL (DB_PREPARED_STATEMENTS=false behind pgbouncer transaction pooling). */
  dbPreparedStatements: boolean;
  /** Load the demo company when the database is empty. */
  demo: boolean;
  /** Upload limit for imports, bytes. */
  maxUploadBytes: number;
  /** Session lifetime, hours. */
  sessionHours: number;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies: boolean;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    dbPoolSize: Number(env.DB_POOL_SIZE ?? 10),
    dbPreparedStatements: env.DB_PREPARED_STATEMENTS !== 'false',
    demo: (env.DEMO ?? 'true') !== 'false',
    maxUploadBytes: Number(env.MAX_UPLOAD_MB ?? 10) * 1024 * 1024,
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    secureCookies: env.SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}

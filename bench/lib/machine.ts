// The machine a run happened on, so that figures from different runs can be compared honestly.
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import pg from 'pg';

export interface MachineInfo {
  cpuModel: string;
  cpus: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  loadAverage: number[];
  os: string;
  node: string;
  postgres: string | null;
}

export async function machineInfo(databaseUrl: string): Promise<MachineInfo> {
  const list = cpus();
  const gib = (bytes: number) => Math.round((bytes / 1024 ** 3) * 10) / 10;
  return {
    cpuModel: list[0]?.model ?? 'unknown',
    cpus: list.length,
    memoryGiB: gib(totalmem()),
    freeMemoryGiB: gib(freemem()),
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    os: `${platform()} ${release()}`,
    node: process.version,
    postgres: await postgresVersion(databaseUrl),
  };
}

async function postgresVersion(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    return result.rows[0]?.server_version ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

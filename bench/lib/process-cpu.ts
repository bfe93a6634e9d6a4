// CPU time from /proc (Linux), to see who saturates the cores during a load run: the server process, its
// PostgreSQL backends, the load generator (this process) and, by difference from the machine total, other work.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds used so far by pid, or undefined where /proc is not available. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

/** Busy CPU seconds of the whole machine so far (all cores), or undefined without /proc. */
export function machineBusySeconds(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...ticks] = line.trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
    const busy = ticks.slice(0, 8).reduce((sum, t, i) => (i === 3 || i === 4 ? sum : sum + t), 0);
    return busy / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** CPU use during a run in percent of one core (200 = both cores of a two-core machine). */
export interface CpuSample {
  server: number | undefined;
  loadGenerator: number;
  /** The PostgreSQL backends serving the benchmark's connections. */
  postgres: number | undefined;
  /** Everything busy on the machine, including other work that runs at the same time. */
  machine: number | undefined;
}

/**
 * Starts measuring the server process and the given PostgreSQL backends (one per pooled connection); the
 * returned function gives CPU use in percent of one core over the elapsed time.
 */
export function startCpuSample(serverPid: number, postgresPids: readonly number[]): () => CpuSample {
  const started = performance.now();
  const server = processCpuSeconds(serverPid);
  const own = process.cpuUsage();
  const machine = machineBusySeconds();
  const postgres = new Map(postgresPids.map((pid) => [pid, processCpuSeconds(pid)]));
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const percent = (used: number | undefined) =>
      used === undefined ? undefined : Math.round((used / seconds) * 1000) / 10;
    const ownUsed = process.cpuUsage(own);
    const serverNow = processCpuSeconds(serverPid);
    const machineNow = machineBusySeconds();
    // A backend that went away during the run (pool idle time-out) is left out.
    let postgresUsed = 0;
    for (const [pid, before] of postgres) {
      const after = processCpuSeconds(pid);
      if (before !== undefined && after !== undefined) postgresUsed += after - before;
    }
    return {
      server: server === undefined || serverNow === undefined ? undefined : percent(serverNow - server),
      loadGenerator: percent((ownUsed.user + ownUsed.system) / 1e6) ?? 0,
      postgres: postgres.size === 0 ? undefined : percent(postgresUsed),
      machine: machine === undefined || machineNow === undefined ? undefined : percent(machineNow - machine),
    };
  };
}

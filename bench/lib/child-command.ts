// Runs one kamdesk CLI command (`node --import tsx src/cli/main.ts …`) as a child process and measures it in
// isolation: wall time and peak resident memory. Node is spawned directly (not through npx/tsx, which would
// put a wrapper process between us and the real one) so that the pid we poll is the process doing the work.
// Peak RSS is the kernel's high-water mark (VmHWM in /proc/<pid>/status), polled until the process exits:
// it only grows, so the last reading misses at most the final poll interval (shutdown).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const POLL_MS = 50;
const OUTPUT_KEPT = 40;

export interface CommandRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallSeconds: number;
  /** Peak resident set size in MiB; undefined where /proc is not available. */
  peakRssMiB: number | undefined;
  /** The last lines the command printed (stdout and stderr). */
  output: string[];
}

export interface CommandOptions {
  args: readonly string[];
  /** Extra environment (DATABASE_URL…). */
  env: Record<string, string>;
  /** Each output line as it arrives (progress). */
  onLine?: ((line: string) => void) | undefined;
  /** Registers a way to stop the child if the run is interrupted. */
  onCleanup?: ((stop: () => void) => void) | undefined;
}

export async function runCliCommand(options: CommandOptions): Promise<CommandRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...options.args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onCleanup?.(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    // Progress bars redraw with \r: keep the last state of each line.
    for (const line of chunk.toString('utf8').split(/[\r\n]+/)) {
      const text = line.trim();
      if (!text) continue;
      output.push(text);
      options.onLine?.(text);
    }
    if (output.length > OUTPUT_KEPT) output.splice(0, output.length - OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let peakKiB: number | undefined;
  const poll = () => {
    const kib = highWaterMarkKiB(child.pid);
    if (kib !== undefined) peakKiB = Math.max(peakKiB ?? 0, kib);
  };
  const timer = setInterval(poll, POLL_MS);
  // 'close', not 'exit': the last output (the command's summary line) may still be in the pipes at exit.
  const [exitCode, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  clearInterval(timer);
  return {
    exitCode,
    signal,
    wallSeconds: (performance.now() - started) / 1000,
    peakRssMiB: peakKiB === undefined ? undefined : peakKiB / 1024,
    output,
  };
}

function highWaterMarkKiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined; // exited between polls, or no /proc
  }
}

// Runs the real server (`tsx src/cli/main.ts serve`) as a child process on a free port, so that a benchmark
// measures what users run: the same entry point, the same middleware, its own process and event loop.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT_KEPT = 40;

export interface ChildServer {
  baseUrl: string;
  pid: number;
  /** The last lines the server printed (for error messages). */
  output(): string;
  /** SIGTERM, then SIGKILL after a grace period; resolves when the process has exited. */
  stop(): Promise<void>;
}

export interface ChildServerOptions {
  /** Extra environment (DATABASE_URL, LOG_LEVEL…); PORT, HOST and DEMO are set here. */
  env: Record<string, string>;
  /** How long to wait for /api/health, ms. */
  startTimeoutMs?: number;
  /** Extra node flags, e.g. ['--cpu-prof'] to see where the server spends its time. */
  nodeArgs?: readonly string[];
}

export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const port = await freePort();
  // node --import tsx is what the tsx command does, minus the extra watcher process between us and the server.
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/cli/main.ts', 'serve'],
    {
      cwd: ROOT,
      env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1', DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > OUTPUT_KEPT) lines.splice(0, lines.length - OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = once(child, 'exit').then(() => undefined);

  const server: ChildServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    output: () => lines.join('\n'),
    stop: () => stopChild(child, exited),
  };
  try {
    await waitForHealth(server.baseUrl, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- server output ---\n${server.output()}`,
    );
  }
  return server;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited during start-up (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(killer);
}

/** A port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

// E2E flow "an administrator sets KAM Desk up from the command line": on a fresh data folder, migrate, add the
// first administrator (no demo), refuse a bad user, load the demo with `seed`, export what rep_east sees and
// import it back (nothing duplicated), then serve, write through the API, restart and find the data still there.
// Run: npx tsx test/e2e/cli-flow.e2e.ts — prints "N passed, N failed" and exits non-zero on failure.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'kamdesk-cli-e2e-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', KAMDESK_LANG: 'en' };
let passed = 0;
let failed = 0;

function step(name: string, check: () => void | Promise<void>) {
  return Promise.resolve()
    .then(check)
    .then(
      () => {
        passed += 1;
        console.log(`  ✓ ${name}`);
      },
      (error: unknown) => {
        failed += 1;
        console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
      },
    );
}

function kamdesk(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

function expect(condition: boolean, message: string) {
  if (!condition) throw new Error(message);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['tsx', 'src/cli/main.ts', 'serve'], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
    // Its own process group: npx starts tsx, which starts node; stopping only npx would leave the server running.
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  killGroup(server, 'SIGKILL');
  throw new Error('server did not become healthy');
}

/** Signals the server's whole process group (npx, tsx and the server itself). */
function killGroup(server: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-(server.pid as number), signal);
  } catch {
    // already gone
  }
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) {
      killGroup(server, 'SIGTERM');
      return resolve();
    }
    server.once('exit', () => resolve());
    killGroup(server, 'SIGTERM');
  });
}

async function login(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status === 200, `login ${username}: ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrfToken };
}

async function main() {
  console.log('CLI flow');
  await step('migrate creates the schema', () => {
    const r = kamdesk('migrate');
    expect(r.status === 0 && /applied 0001/.test(r.out), r.out);
  });
  await step('user add refuses a short password with exit code 2', () => {
    const r = kamdesk('user', 'add', '--username', 'boss', '--password', 'short');
    expect(r.status === 2 && /at least 8/.test(r.out), `${r.status} ${r.out}`);
  });
  await step('user add creates the first administrator', () => {
    const r = kamdesk(
      'user',
      'add',
      '--username',
      'boss',
      '--password',
      'boss-password',
      '--company',
      '测试公司',
    );
    expect(r.status === 0 && /boss \(admin\)/.test(r.out), r.out);
  });
  await step('seed --demo loads the demo company beside the existing administrator', () => {
    const r = kamdesk('seed', '--demo', '--scale', '280');
    expect(r.status === 0 && /rep_east/.test(r.out), `${r.status} ${r.out.slice(-500)}`);
  });
  await step('seed --demo a second time is refused (conflict)', () => {
    const r = kamdesk('seed', '--demo');
    expect(r.status === 6, `${r.status} ${r.out.slice(-300)}`);
  });
  const file = join(dataDir, 'rep_east.xlsx');
  await step('export accounts --as rep_east writes an Excel file', () => {
    const r = kamdesk('export', 'accounts', file, '--as', 'rep_east');
    expect(r.status === 0 && existsSync(file), r.out);
  });
  await step('re-importing the export creates nothing new', () => {
    const r = kamdesk('import', 'accounts', file, '--as', 'rep_east');
    expect(r.status === 0 && /0 created/.test(r.out), r.out);
  });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(port);
  let accountId = 0;
  try {
    await step('the administrator made by the CLI signs in; a write through the API succeeds', async () => {
      const s = await login(base, 'boss', 'boss-password');
      const me = (await (
        await fetch(`${base}/api/users?q=rep_east`, { headers: { cookie: s.cookie } })
      ).json()) as {
        items: Array<{ id: number; username: string }>;
      };
      const ownerId = me.items.find((u) => u.username === 'rep_east')!.id;
      const res = await fetch(`${base}/api/accounts`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ name: '重启后仍在的客户', type: 'key_account', ownerId }),
      });
      expect(res.status === 201, `create: ${res.status}`);
      accountId = ((await res.json()) as { id: number }).id;
    });
  } finally {
    await stop(server);
  }
  server = await startServer(port);
  try {
    await step('after a restart the data is still there', async () => {
      const s = await login(base, 'rep_east', 'kamdesk');
      const res = await fetch(`${base}/api/accounts/${accountId}`, { headers: { cookie: s.cookie } });
      expect(res.status === 200, `get after restart: ${res.status}`);
      expect(((await res.json()) as { name: string }).name === '重启后仍在的客户', 'name differs');
    });
  } finally {
    await stop(server);
  }
}

main()
  .catch((error: unknown) => {
    failed += 1;
    console.log(`  ✗ flow aborted: ${error instanceof Error ? error.message : String(error)}`);
  })
  .finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  });

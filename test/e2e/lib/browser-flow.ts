// Shared harness of the browser e2e flows: build the web app if needed, start the real server on a fresh data
// folder (the demo company loads), open headless Chromium, run the flow's named steps, stop everything, and
// print "N passed, N failed" (exit code non-zero on failure).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const root = new URL('../../..', import.meta.url).pathname;
export const resultsDir = join(root, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const STEP_TIMEOUT = 20_000;

/** Runs one named step; a failed step stops the flow because later steps build on it. */
export type Step = (name: string, run: () => Promise<void>) => Promise<void>;

export async function runBrowserFlow(
  title: string,
  flow: (page: Page, baseUrl: string, step: Step) => Promise<void>,
): Promise<never> {
  let passed = 0;
  let failed = 0;
  /** Errors already reported by step(); anything else that escapes is counted as one more failure. */
  const reported = new WeakSet<object>();
  // What a failed step leaves to read: the page as it was (screenshot), its URL and toasts, and the last
  // refused requests and console errors (a flake that a timeout alone would not explain).
  let current: Page | undefined;
  const trail: string[] = [];
  const remember = (line: string) => {
    trail.push(line);
    if (trail.length > 12) trail.shift();
  };
  const describeFailure = async (name: string) => {
    if (!current) return;
    const file = join(resultsDir, `failed-${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}.png`);
    await current.screenshot({ path: file, fullPage: true }).catch(() => {});
    const toasts = await current
      .locator('.ant-message-notice, .ant-notification-notice')
      .allTextContents()
      .catch(() => []);
    console.log(`    at ${current.url()}; screenshot ${file}`);
    if (toasts.length > 0) console.log(`    toasts: ${toasts.join(' | ')}`);
    for (const line of trail) console.log(`    ${line}`);
  };
  const step: Step = async (name, run) => {
    const started = Date.now();
    try {
      await run();
      passed += 1;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(
        `  ✗ ${name}\n    ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      await describeFailure(name);
      if (typeof error === 'object' && error !== null) reported.add(error);
      throw error;
    }
  };

  console.log(`e2e: ${title}`);
  execFileSync(process.execPath, [join(root, 'scripts/ensure-web-build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'kamdesk-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['tsx', 'src/cli/main.ts', 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // The server's output is kept and shown only when something fails.
  let serverOutput = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    serverOutput += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    serverOutput += chunk.toString();
  });
  let browser: Browser | undefined;
  try {
    await step('server starts on a fresh data folder and reports healthy', () =>
      waitForHealth(baseUrl, server, 180_000),
    );
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`    [page error] ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400)
        remember(`[${response.status()}] ${response.request().method()} ${response.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') remember(`[console] ${msg.text().slice(0, 300)}`);
    });
    current = page;
    await flow(page, baseUrl, step);
  } catch (error) {
    // A failing step has been reported already; anything else (e.g. Chromium not starting) is reported here.
    if (typeof error !== 'object' || error === null || !reported.has(error)) {
      failed += 1;
      console.log(`  ✗ set-up\n    ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    await browser?.close().catch(() => {});
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed > 0) console.log(`--- server output ---\n${serverOutput.slice(-4000)}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited early with code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms`);
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.pid === undefined) return resolve();
    const timer = setTimeout(() => {
      try {
        process.kill(-(server.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, 5_000);
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      // The server runs in its own process group (tsx starts a child node process).
      process.kill(-(server.pid as number), 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

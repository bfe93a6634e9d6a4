// E2E flow "a rep works on an account": starts the real server on a fresh data folder (demo company),
// signs in as rep_east in headless Chromium, creates an account, finds it through the list search,
// opens it, saves a screenshot to test-results/account-detail.png and signs out.
// Run: npx tsx test/e2e/account-flow.e2e.ts — prints "N passed, N failed" and exits non-zero on failure.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
const resultsDir = join(root, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT = 20_000;

let passed = 0;
let failed = 0;
/** Errors already reported by step(); anything else that escapes is counted as one more failure. */
const reported = new WeakSet<object>();

/** Runs one named step; a failed step stops the flow because later steps build on it. */
async function step(name: string, run: () => Promise<void>): Promise<void> {
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
    if (typeof error === 'object' && error !== null) reported.add(error);
    throw error;
  }
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

async function accountFlow(page: Page, baseUrl: string): Promise<void> {
  const accountName = `端到端测试客户 ${Date.now().toString(36)}`;

  await step('unauthenticated visit redirects to the login page', async () => {
    await page.goto(`${baseUrl}/accounts`);
    await page.waitForURL(/\/login\?next=%2Faccounts/);
    await page.getByLabel('用户名').waitFor();
  });

  await step('rep_east signs in with Enter and lands on the account list', async () => {
    await page.getByLabel('用户名').fill('rep_east');
    await page.getByLabel('密码').fill('kamdesk');
    await page.getByLabel('密码').press('Enter');
    await page.waitForURL(/\/accounts$/);
    await page.getByRole('heading', { name: '客户', exact: true }).waitFor();
    const user = await page.getByTestId('current-user').innerText();
    if (!user.includes('销售代表')) throw new Error(`header shows "${user}", expected the rep role`);
  });

  await step('creates an account from the list', async () => {
    await page.getByRole('button', { name: '新建客户' }).first().click();
    const dialog = page.getByRole('dialog', { name: '新建客户' });
    await dialog.waitFor();
    const name = dialog.getByLabel('客户名称');
    await name.fill(accountName);
    await dialog.getByLabel('城市').fill('杭州');
    await name.press('Enter');
    await page.waitForURL(/\/accounts\/\d+$/);
    await page.getByTestId('account-name').filter({ hasText: accountName }).waitFor();
  });

  await step('finds the new account through the list search', async () => {
    await page.getByRole('link', { name: '客户', exact: true }).first().click();
    await page.waitForURL(/\/accounts(\?.*)?$/);
    await page.getByPlaceholder('搜索名称、编码或城市').fill(accountName.slice(-12));
    await page.waitForURL(/[?&]q=/);
    const link = page.getByRole('link', { name: accountName });
    await link.waitFor();
    const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
    if (rows !== 1) throw new Error(`search should find exactly the new account, found ${rows} rows`);
  });

  await step('the search survives a reload (kept in the URL)', async () => {
    await page.reload();
    await page.getByRole('link', { name: accountName }).waitFor();
  });

  await step('opens the account and shows its overview', async () => {
    await page.getByRole('link', { name: accountName }).click();
    await page.waitForURL(/\/accounts\/\d+$/);
    await page.getByRole('tab', { name: '概览' }).waitFor();
    await page.getByText('杭州').first().waitFor();
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'account-detail.png'), fullPage: true });
  });

  await step('signs out and the session is gone', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${baseUrl}/accounts`);
    await page.waitForURL(/\/login\?next=/);
  });
}

async function main(): Promise<void> {
  console.log('e2e: account flow');
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
    await accountFlow(page, baseUrl);
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

await main();

// E2E flow "a rep works on an account": starts the real server on a fresh data folder (demo company),
// signs in as rep_east in headless Chromium, creates an account, finds it through the list search,
// opens it, saves a screenshot to test-results/account-detail.png and signs out.
// Run: npx tsx test/e2e/account-flow.e2e.ts — prints "N passed, N failed" and exits non-zero on failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { resultsDir, runBrowserFlow, type Step } from './lib/browser-flow.ts';

async function accountFlow(page: Page, baseUrl: string, step: Step): Promise<void> {
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
    const user = (await page.getByTestId('current-user').textContent()) ?? '';
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

await runBrowserFlow('account flow', accountFlow);

// E2E flow "a sales director tracks targets" ([TGT-5]): on the demo company, the director signs in, creates this
// year's target plan through the API (regions → reps, revenue and collections split top-down), opens the
// target dashboard, saves test-results/target-dashboard.png, drills from the company into a region by clicking
// the node picker and back with the breadcrumb (the charts' bars drill the same way), sees the order lines behind
// the node, finds a link to a missing plan answered "not found", downloads the monthly completion sheet, enters a
// market size (a third decimal refused at the field) that the market-share rate then uses, and records a
// collection on the 回款 screen (keyboard only) that the dashboard's collections actual then includes to the fen,
// and adds an order line on 订单明细 with the form that moves the dashboard's revenue actual by exactly its amount.
// Run: npx tsx test/e2e/target-tracking-flow.e2e.ts — prints "N passed, N failed" and exits non-zero on failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { resultsDir, runBrowserFlow, type Step } from './lib/browser-flow.ts';

async function targetTrackingFlow(page: Page, baseUrl: string, step: Step): Promise<void> {
  const year = new Date().getFullYear();
  let planId = 0;

  await step('director signs in and creates this year’s target plan', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').fill('director');
    await page.getByLabel('密码').fill('kamdesk');
    await page.getByLabel('密码').press('Enter');
    await page.waitForURL(/\/accounts$/);
    const login = await page.request.post(`${baseUrl}/api/auth/login`, {
      data: { username: 'director', password: 'kamdesk' },
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const created = await page.request.post(`${baseUrl}/api/target-plans`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        name: `${year} 年度目标（端到端）`,
        year,
        metrics: ['revenue', 'collections', 'gross_profit', 'expense'],
        levels: [{ dimension: 'org_unit', orgUnitKind: 'region' }, { dimension: 'rep' }],
        totals: {
          revenue: 5_000_000_000,
          collections: 4_500_000_000,
          gross_profit: 1_500_000_000,
          expense: 100_000_000,
        },
      },
    });
    if (created.status() !== 201)
      throw new Error(`plan not created: ${created.status()} ${await created.text()}`);
    planId = ((await created.json()) as { plan?: { id: number }; id?: number }).plan?.id ?? 0;
  });

  await step('the dashboard shows the company: figures, monthly chart, ranking and waterfall', async () => {
    await page.goto(`${baseUrl}/targets/dashboard${planId ? `?plan=${planId}` : ''}`);
    await page.getByRole('heading', { name: '目标达成看板' }).waitFor();
    await page.getByTestId('tracking-figures').waitFor();
    await page.getByTestId('tracking-monthly').waitFor();
    await page.getByTestId('tracking-waterfall').waitFor();
    await page.getByTestId('tracking-ranking-units').waitFor();
    await page.getByTestId('tracking-rates').getByText('市场占有率').waitFor();
    await page.waitForTimeout(800);
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'target-dashboard.png'), fullPage: true });
  });

  await step('drills from the company into a region and back with the breadcrumb', async () => {
    await page.getByTestId('tracking-node').click();
    await page.locator('.ant-select-tree-title').nth(1).click();
    await page.waitForURL(/node=\d+/);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="tracking-breadcrumb"] li').length >= 2,
    );
    await page.getByTestId('tracking-order-lines').locator('tbody tr').first().waitFor();
    await page.getByTestId('tracking-breadcrumb').locator('li a').first().click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="tracking-breadcrumb"] li').length === 1,
    );
  });

  await step('a link to a plan that is not there says so instead of loading forever', async () => {
    await page.goto(`${baseUrl}/targets/dashboard?plan=999999`);
    await page.getByText('记录不存在').waitFor();
    await page.goBack();
    await page.getByTestId('tracking-rates').getByText('市场占有率').waitFor();
  });

  await step('exports the monthly completion sheet', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出月度计划完成情况' }).click();
    const file = await download;
    if (!file.suggestedFilename().endsWith('.xlsx'))
      throw new Error(`unexpected file ${file.suggestedFilename()}`);
  });

  await step(
    'enters a market size for the company (a third decimal refused at the field) and the rate uses it',
    async () => {
      await page.getByRole('link', { name: '市场容量' }).click();
      await page.waitForURL(/\/targets\/market-sizes$/);
      const form = page.getByTestId('market-size-form');
      await form.getByLabel('年度').fill(String(year));
      await form.locator('#market-size-unit').click();
      await page.locator('.ant-select-item-option').first().click();
      // A third decimal is refused at the field (never rounded), then the exact amount is saved.
      await form.getByTestId('market-size-amount').fill('200000000.125');
      await form.getByText('金额最多两位小数').waitFor();
      await form.getByTestId('market-size-amount').fill('200000000');
      await form.getByRole('button', { name: '保存' }).click();
      await page.getByText('已保存').waitFor();
      await page.getByTestId('market-size-table').getByText('¥200,000,000.00').waitFor();
      await page.goBack();
      await page
        .getByTestId('tracking-rates')
        .getByText(/市场容量 ¥200,000,000\.00/)
        .waitFor();
    },
  );

  await step('records a collection on 回款 and the dashboard’s collections actual grows by it', async () => {
    const dashboard = `${baseUrl}/targets/dashboard?plan=${planId}&metric=collections&period=year`;
    const actualFen = async () => {
      await page.goto(dashboard);
      const actual = page
        .getByTestId('tracking-figures')
        .locator('.ant-statistic')
        .filter({ hasText: '实际' });
      const text = (await actual.locator('.ant-statistic-content-value').textContent()) ?? '';
      return Math.round(Number(text.replace(/[¥,]/g, '')) * 100);
    };
    const before = await actualFen();
    await page.goto(`${baseUrl}/collections`);
    await page.getByRole('button', { name: '新增回款' }).click();
    await page.getByTestId('collection-form').waitFor();
    await page.locator('#collection-account:focus').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('.ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('collection-amount').fill('12345.678');
    await page.getByText('金额最多两位小数').waitFor();
    await page.getByTestId('collection-amount').fill('12345.67');
    await page.getByTestId('collection-amount').press('Enter');
    await page.getByText('已记录回款').waitFor();
    await page.getByTestId('collection-table').getByText('¥12,345.67').first().waitFor();
    const after = await actualFen();
    if (after - before !== 1_234_567)
      throw new Error(`collections actual moved by ${after - before} fen, expected 1234567`);
  });

  await step('adds an order line on 订单明细 and the dashboard’s revenue actual grows by it', async () => {
    await page.goto(`${baseUrl}/targets/dashboard?plan=${planId}&metric=revenue&period=year`);
    const actual = page
      .getByTestId('tracking-figures')
      .locator('.ant-statistic')
      .filter({ hasText: '实际' })
      .locator('.ant-statistic-content-value');
    const actualFen = async () =>
      Math.round(Number(((await actual.textContent()) ?? '').replace(/[¥,]/g, '')) * 100);
    const before = await actualFen();
    // In-app there and back: the dashboard shows its cached figures unless the write invalidated them.
    await page.getByRole('menuitem', { name: '订单明细' }).click();
    await page.getByRole('button', { name: '新增订单行' }).click();
    const form = page.getByTestId('order-line-form');
    await form.waitFor();
    await page.locator('#order-line-account:focus').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('.ant-select-item-option').first().waitFor();
    await page.keyboard.press('Enter');
    await form.locator('#order-line-product-line').focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('#order-line-product-line_list').waitFor({ state: 'attached' });
    await page.keyboard.press('Enter');
    await page.getByTestId('order-line-amount').fill('8888.888');
    await page.getByText('金额最多两位小数').waitFor();
    await page.getByTestId('order-line-amount').fill('8888.88');
    await page.getByTestId('order-line-cost').fill('6000');
    await page.getByTestId('order-line-gross-profit').getByText('¥2,888.88').waitFor();
    await page.getByTestId('order-line-cost').press('Enter');
    await page.getByText('已记录订单行').waitFor();
    await page.getByTestId('order-line-table').getByText('¥8,888.88').first().waitFor();
    await page.goBack();
    let after = before;
    for (let waited = 0; after === before && waited < 5_000; waited += 100) {
      await page.waitForTimeout(100);
      after = await actualFen();
    }
    if (after - before !== 888_888)
      throw new Error(`revenue actual moved by ${after - before} fen, expected 888888`);
  });
}

await runBrowserFlow('a sales director tracks targets', targetTrackingFlow);

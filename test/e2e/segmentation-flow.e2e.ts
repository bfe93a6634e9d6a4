// E2E flow "a sales director works with segmentation": starts the real server on a fresh data folder (the demo
// company starts classified), signs in as director in headless Chromium, opens the dashboard, recomputes every
// account and follows the job to its end, saves test-results/segmentation-dashboard.png, clicks a cell of the
// X/Y grid and sees the accounts of that cell, opens one account's classification and reads why it has its
// class, overrides the class with a reason, then opens the settings, changes a grid cell and previews how many
// accounts would change class.
// Run: npx tsx test/e2e/segmentation-flow.e2e.ts — prints "N passed, N failed" and exits non-zero on failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { resultsDir, runBrowserFlow, type Step } from './lib/browser-flow.ts';

/** Recomputing the 280 demo accounts takes seconds; leave room for slow machines. */
const RECOMPUTE_TIMEOUT = 180_000;

/**
 * Clicks cell (x, y) of the X/Y grid. The grid is drawn on a canvas, so the cell's centre is computed from the
 * chart's layout (purchase-grid-chart.tsx: grid left 96, right 16, top 16, bottom 56, height 380; Y 4 on top).
 */
async function clickGridCell(page: Page, x: number, y: number): Promise<void> {
  const chart = page.getByTestId('purchase-grid-chart');
  const box = await chart.boundingBox();
  if (!box) throw new Error('the X/Y grid chart is not on screen');
  const left = 96;
  const top = 16;
  const width = box.width - left - 16;
  const height = 380 - top - 56;
  await page.mouse.click(box.x + left + (x + 0.5) * (width / 5), box.y + top + (4 - y + 0.5) * (height / 5));
}

async function segmentationFlow(page: Page, baseUrl: string, step: Step): Promise<void> {
  const reason = `集团总部确认扩产，端到端测试 ${Date.now().toString(36)}`;

  await step('director signs in and opens 客户分级 from the menu', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').fill('director');
    await page.getByLabel('密码').fill('kamdesk');
    await page.getByLabel('密码').press('Enter');
    await page.waitForURL(/\/accounts$/);
    await page.getByRole('menuitem', { name: '客户分级' }).click();
    await page.waitForURL(/\/segmentation$/);
    await page.getByRole('heading', { name: '客户分级', exact: true }).waitFor();
  });

  await step('the dashboard shows every chart and the movements since last month', async () => {
    await page.getByTestId('purchase-grid-chart').waitFor();
    await page.getByTestId('portfolio-chart').waitFor();
    await page.getByTestId('clp-chart').waitFor();
    await page
      .getByTestId('pareto-summary')
      .filter({ hasText: /贡献了 80% 的营收/ })
      .waitFor();
    for (const model of ['lifecycle', 'relationship_stage', 'kam_stage', 'org_relationship', 'loyalty']) {
      await page.getByTestId(`distribution-${model}`).waitFor();
    }
    await page.getByText('较上期的分级变动').waitFor();
  });

  await step('重新计算 runs the job to its end and the dashboard refreshes', async () => {
    await page.getByRole('button', { name: '重新计算' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '重新计算' }).click();
    // The progress bar may be gone already when the job is quick; the finished message always shows.
    await page.getByText(/重新计算完成（\d+ 个客户）/).waitFor({ timeout: RECOMPUTE_TIMEOUT });
    await page.getByTestId('recompute-progress').waitFor({ state: 'detached' });
    await page.getByText(/上次计算 \d{4}-\d{2}-\d{2}/).waitFor();
    // Let the charts finish their entry animation before the screenshot.
    await page.waitForTimeout(1500);
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'segmentation-dashboard.png'), fullPage: true });
  });

  await step('a click on grid cell X=2, Y=2 lists the accounts of that cell', async () => {
    await clickGridCell(page, 2, 2);
    await page.waitForURL(/\/segmentation\/accounts\?model=purchase_grid&x=2&y=2/);
    await page.getByTestId('drill-title').filter({ hasText: '格子 X=2, Y=2' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
    const classB = await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: 'B 类' })
      .count();
    if (rows === 0 || classB !== rows)
      throw new Error(`expected only class B rows, got ${classB} of ${rows}`);
  });

  await step("opens an account's classification and reads why it is class B", async () => {
    await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: 'B 类' })
      .first()
      .locator('a')
      .click();
    await page.waitForURL(/\/accounts\/\d+\?tab=classification$/);
    await page.getByRole('tab', { name: '客户分级', selected: true }).waitFor();
    const explanation = page.getByTestId('explanation-purchase_grid');
    await explanation.waitFor();
    const text = await explanation.textContent();
    if (!text?.includes('B 类')) {
      throw new Error(`the explanation does not say why the class is B: "${text}"`);
    }
  });

  await step('an override needs a reason, then shows the new class and the rule result', async () => {
    const card = page.getByTestId('model-purchase_grid');
    await card.getByRole('button', { name: '人工调整' }).click();
    const dialog = page.getByRole('dialog', { name: /人工调整/ });
    await dialog.waitFor();
    await dialog.getByLabel('调整为').click();
    await page.locator('.ant-select-dropdown:visible').getByText('A 类', { exact: true }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('请填写调整原因').waitFor();
    await dialog.getByLabel('调整原因').fill(reason);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('规则结果：B 类').waitFor();
    await card.getByTestId('explanation-purchase_grid').filter({ hasText: reason }).waitFor();
    await card
      .locator('.ant-tag')
      .filter({ hasText: /^A 类$/ })
      .waitFor();
  });

  await step('settings: a grid cell changed from B to C previews the accounts that would move', async () => {
    await page.getByRole('menuitem', { name: '分级设置' }).click();
    await page.waitForURL(/\/segmentation\/settings$/);
    const cell = page.getByTestId('grid-cell-2-2');
    await cell.waitFor();
    if ((await cell.textContent()) !== 'B') throw new Error('cell X=2, Y=2 should start as B');
    await cell.click();
    if ((await cell.textContent()) !== 'C') throw new Error('a click should turn B into C');
    await page.getByText('有未保存的修改').waitFor();
    await page.getByRole('button', { name: '预览' }).click();
    const preview = page.getByTestId('preview-result');
    await preview.waitFor({ timeout: 60_000 });
    const summary = (await preview.locator('.ant-alert-title').textContent()) ?? '';
    const changed = Number(/中有 (\d+) 个/.exec(summary)?.[1] ?? 0);
    if (changed <= 0) throw new Error(`the preview should move accounts, it says "${summary}"`);
    await preview
      .locator('tr')
      .filter({ hasText: 'X/Y 分级' })
      .filter({ hasText: 'B 类' })
      .filter({ hasText: 'C 类' })
      .first()
      .waitFor();
  });
}

await runBrowserFlow('segmentation flow', segmentationFlow);

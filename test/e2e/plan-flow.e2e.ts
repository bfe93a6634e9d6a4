// E2E flow "a rep builds a key account plan and the manager approves it": starts the real server on a fresh
// data folder (demo company), signs in as rep_east, opens a key account and creates this year's plan from the
// account page, adds three contacts to the influence map, draws need → solution → opportunity on the map,
// submits the plan; signs in as manager_east and approves it; exports the briefing PPTX and reads it back.
// Screenshots of both maps and the approved plan go to test-results/plan-*.png.
// Run: npx tsx test/e2e/plan-flow.e2e.ts — prints "N passed, N failed" and exits non-zero on failure.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { resultsDir, runBrowserFlow, type Step } from './lib/browser-flow.ts';

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('kamdesk');
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('current-user').waitFor();
}

async function addNode(page: Page, level: string, title: string): Promise<void> {
  await page.getByTestId(`map-add-${level}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('标题').fill(title);
  if (level === 'opportunity') await dialog.getByLabel('金额（元）').fill('1200000');
  await dialog.getByLabel('标题').press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('map-node-panel').getByText(title).first().waitFor();
}

async function planFlow(page: Page, baseUrl: string, step: Step): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  let planUrl = '';

  await step('rep_east opens a key account and creates this year’s plan from the account page', async () => {
    await signIn(page, baseUrl, 'rep_east');
    // The demo already has plans for some of rep_east's key accounts: take the first one without a plan.
    const accounts = (await (
      await page.request.get(`${baseUrl}/api/accounts?type=key_account&limit=200`)
    ).json()) as {
      items: Array<{ id: number }>;
    };
    const plans = (await (await page.request.get(`${baseUrl}/api/plans?limit=200`)).json()) as {
      items: Array<{ accountId: number }>;
    };
    const planned = new Set(plans.items.map((p) => p.accountId));
    const free = accounts.items.find((a) => !planned.has(a.id));
    if (!free) throw new Error('rep_east has no key account without a plan');
    await page.goto(`${baseUrl}/accounts?type=key_account`);
    await page.locator(`a[href="/accounts/${free.id}"]`).first().click();
    await page.getByTestId('account-plan-create').click();
    await page.getByRole('dialog').getByRole('button', { name: '新建计划' }).click();
    await page.waitForURL(/\/plans\/\d+$/);
    planUrl = page.url();
    const status = await page.getByTestId('plan-status').textContent();
    if (status !== '草稿') throw new Error(`new plan shows status "${status}"`);
  });

  await step('adds three of the account’s contacts to the influence map', async () => {
    await page.getByRole('tab', { name: '影响力地图' }).click();
    await page.getByTestId('influence-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-select').click();
    await page.locator('.ant-select-dropdown .ant-select-item-option').first().waitFor();
    // Keyboard picks: Enter takes the active option, the arrow moves to the next one.
    for (let i = 0; i < 3; i += 1) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    const chosen = await dialog.locator('.ant-select-selection-item').count();
    if (chosen !== 3) throw new Error(`chose ${chosen} contacts, expected 3`);
    // Close the option list (it covers the dialog's buttons) by clicking the dialog's title.
    await dialog.locator('.ant-modal-title').click();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: '添加人物' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid^="person-node-"]').nth(2).waitFor();
    await page.screenshot({ path: join(resultsDir, 'plan-influence-map.png'), fullPage: true });
  });

  await step('links a need to a solution and an opportunity on the map', async () => {
    await page.getByRole('tab', { name: '战略地图与执行地图' }).click();
    await addNode(page, 'need', '仓储自动化设备');
    await addNode(page, 'solution', '自动化立体仓库方案');
    await addNode(page, 'opportunity', '华东仓一期');
    await page.locator('.react-flow__edge').nth(1).waitFor();
    const edges = await page.locator('.react-flow__edge').count();
    if (edges !== 2) throw new Error(`expected 2 links on the map, found ${edges}`);
    const upstream = await page.getByTestId('map-node-panel').textContent();
    if (!upstream?.includes('仓储自动化设备'))
      throw new Error('the opportunity does not trace back to the need');
    await page.screenshot({ path: join(resultsDir, 'plan-strategic-map.png'), fullPage: true });
  });

  await step('the opportunity list shows the opportunity with its value', async () => {
    await page.getByRole('tab', { name: /商机列表/ }).click();
    await page.getByTestId('plan-opportunities').getByText('¥1,200,000.00').waitFor();
  });

  await step('submits the plan for approval', async () => {
    await page.getByTestId('plan-submit').click();
    await page.getByRole('dialog').getByRole('button', { name: '提交审批' }).click();
    await page.getByTestId('plan-status').filter({ hasText: '已提交' }).waitFor();
  });

  await step('manager_east approves it with a comment', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    await signIn(page, baseUrl, 'manager_east');
    await page.goto(planUrl);
    await page.getByTestId('plan-approve').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('意见').fill('同意，重点推进华东仓一期');
    await dialog.getByRole('button', { name: '批准' }).click();
    await page.getByTestId('plan-status').filter({ hasText: '已批准' }).waitFor();
    await page.getByText('已批准版本 v1').waitFor();
    // The screenshot shows the approved plan, not the comment dialog fading out.
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-modal-mask').waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(resultsDir, 'plan-approved.png'), fullPage: true });
  });

  await step(
    'exports the briefing as PPTX and reads it back: slides, step titles, a person from the map',
    async () => {
      const planId = Number(/\/plans\/(\d+)/.exec(planUrl)?.[1]);
      const plan = (await (await page.request.get(`${baseUrl}/api/plans/${planId}`)).json()) as {
        relationships: { influenceMap: { entries: Array<{ name: string }> } };
      };
      const people = plan.relationships.influenceMap.entries.map((e) => e.name);
      if (people.length !== 3) throw new Error(`the plan has ${people.length} people on its map, expected 3`);
      const download = page.waitForEvent('download');
      await page.getByTestId('plan-export').click();
      await page.getByText('汇报 PPT（9 步）').click();
      const file = await (await download).path();
      const zip = await JSZip.loadAsync(readFileSync(file));
      const names = Object.keys(zip.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
      if (names.length < 10)
        throw new Error(`the deck has ${names.length} slides, expected the title and nine steps`);
      const slides = await Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
      const titles = slides.map((xml) => /<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? '');
      for (const expected of ['1. 团队介绍', '3. 战略地图', '4. 执行地图与商机', '5. 客户关系', '9. '])
        if (!titles.some((title) => title.startsWith(expected)))
          throw new Error(`no slide titled "${expected}…" in ${titles.join(' | ')}`);
      const text = slides.join('');
      for (const name of people) if (!text.includes(name)) throw new Error(`${name} is not on the slides`);
      if (!text.includes('华东仓一期')) throw new Error('the opportunity is not on the slides');
    },
  );
}

await runBrowserFlow('plan flow', planFlow);

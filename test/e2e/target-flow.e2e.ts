// E2E flow "a sales director splits next year's targets": starts the real server on a fresh data folder (demo
// company), signs in as director, creates a target plan with the wizard (a too-precise amount is refused at the
// field first), opens a rep to see its customers (loaded on demand), types a region's January target and sees the
// company roll up exactly, locks that month, previews a
// marketing–sales linkage time method on the company (changed cells highlighted, explanations listed) and applies
// it, publishes the plan (read-only banner), starts version 2, changes a figure there and compares it with v1,
// and round-trips the tree through Excel (a bad cell is named by its address, then a good edit is applied).
// Screenshots go to test-results/target-*.png.
// Run: npx tsx test/e2e/target-flow.e2e.ts — prints "N passed, N failed" and exits non-zero on failure.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { resultsDir, runBrowserFlow, type Step } from './lib/browser-flow.ts';

interface ApiCell {
  months: number[] | null;
  total: number;
  lockedMonths: number[];
}
interface ApiNode {
  key: string;
  parentKey: string | null;
  depth: number;
  label: string;
  cells: Partial<Record<string, ApiCell>>;
}
interface ApiTree {
  plan: { id: number; version: number; status: string };
  nodes: ApiNode[];
}

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('kamdesk');
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('current-user').waitFor();
}

async function readTree(page: Page, baseUrl: string, planId: number, depth = 1): Promise<ApiTree> {
  const response = await page.request.get(`${baseUrl}/api/target-plans/${planId}?depth=${depth}`);
  if (!response.ok()) throw new Error(`GET target plan ${planId}: ${response.status()}`);
  return (await response.json()) as ApiTree;
}

const revenueOf = (node: ApiNode | undefined): ApiCell => {
  const cell = node?.cells.revenue;
  if (!cell?.months) throw new Error(`node ${node?.key} has no revenue months`);
  return cell;
};

/** Every month of the root equals the sum of its children's, exactly (integer fen). */
function assertRootSums(tree: ApiTree): void {
  const root = tree.nodes.find((node) => node.parentKey === null);
  const children = tree.nodes.filter((node) => node.parentKey === root?.key);
  const rootMonths = revenueOf(root).months ?? [];
  for (let m = 0; m < 12; m += 1) {
    const sum = children.reduce((total, child) => total + (revenueOf(child).months?.[m] ?? 0), 0);
    if (sum !== rootMonths[m]) throw new Error(`month ${m + 1}: company ${rootMonths[m]} ≠ regions ${sum}`);
  }
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(resultsDir, `target-${name}.png`), fullPage: true });
}

async function targetFlow(page: Page, baseUrl: string, step: Step): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  const year = new Date().getFullYear() + 1;
  let planId = 0;
  let regionKey = '';

  await step('director opens 目标与业绩 from the menu', async () => {
    await signIn(page, baseUrl, 'director');
    await page.getByRole('menuitem', { name: '目标与业绩' }).click();
    await page.waitForURL(/\/targets$/);
    await page.getByRole('heading', { name: '目标分解' }).waitFor();
  });

  await step(
    'creates next year’s plan with the wizard; a third decimal is refused at the field',
    async () => {
      await page.getByTestId('target-new').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('目标年度').fill(String(year));
      await dialog.getByLabel('方案名称').fill(`${year} 年度销售目标`);
      await page.getByTestId('wizard-next').click();
      await dialog.getByText('结果目标', { exact: true }).waitFor();
      await page.getByTestId('wizard-next').click();
      await dialog.getByText('第 1 层').waitFor();
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-total-revenue').fill('120000000.125');
      await page.getByTestId('wizard-total-collections').fill('100000000');
      await page.getByTestId('wizard-total-gross_profit').fill('30000000.50');
      await page.getByTestId('wizard-next').click();
      await dialog.getByText('金额最多两位小数').waitFor();
      await page.getByTestId('wizard-total-revenue').fill('120000000');
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-preview').getByText('¥120,000,000.00').waitFor();
      await shot(page, 'wizard-preview');
      await page.getByTestId('wizard-create').click();
      await page.waitForURL(/\/targets\/\d+$/);
      planId = Number(/\/targets\/(\d+)/.exec(page.url())?.[1]);
      await page.getByTestId('target-title').waitFor();
      await page.getByTestId('target-status').filter({ hasText: '草稿' }).waitFor();
      const tree = await readTree(page, baseUrl, planId);
      const root = tree.nodes.find((node) => node.parentKey === null);
      if (revenueOf(root).total !== 12_000_000_000)
        throw new Error(`company revenue ${revenueOf(root).total}`);
      assertRootSums(tree);
      const region = tree.nodes.find((node) => node.parentKey === root?.key);
      if (!region) throw new Error('the plan has no region below the company');
      regionKey = region.key;
      await page.getByTestId(`cell-${regionKey}-1`).waitFor();
      await shot(page, 'tree');
    },
  );

  await step('opens a rep (loaded on demand) and sees its customers', async () => {
    const rep = (await readTree(page, baseUrl, planId, 2)).nodes.find((n) => n.parentKey === regionKey);
    if (!rep) throw new Error('the region has no rep');
    await page.getByTestId(`expand-${rep.key}`).click();
    await page.locator(`[data-testid^="node-${rep.key}/"]`).first().waitFor();
  });

  await step('types a region’s January target (Enter saves); the company rolls up exactly', async () => {
    const before = revenueOf((await readTree(page, baseUrl, planId)).nodes.find((n) => n.key === regionKey));
    const target = (before.months?.[0] ?? 0) + 1_234_567; // + ¥12,345.67
    await page.getByTestId(`cell-${regionKey}-1`).click();
    const input = page.getByTestId(`cell-${regionKey}-1-input`);
    await input.fill((target / 100).toFixed(2));
    await input.press('Enter');
    const shown = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(target / 100);
    await page.getByTestId(`cell-${regionKey}-1`).filter({ hasText: shown }).waitFor();
    const tree = await readTree(page, baseUrl, planId);
    if (revenueOf(tree.nodes.find((n) => n.key === regionKey)).months?.[0] !== target)
      throw new Error('the January figure was not stored');
    assertRootSums(tree);
  });

  await step('locks that January (lock icon) and the cell shows locked', async () => {
    await page.getByTestId(`cell-${regionKey}-1`).hover();
    await page.getByTestId(`cell-${regionKey}-1-lock`).click();
    await page.locator(`[data-testid="cell-${regionKey}-1"].kd-target-cell-locked`).waitFor();
    const tree = await readTree(page, baseUrl, planId);
    if (!revenueOf(tree.nodes.find((n) => n.key === regionKey)).lockedMonths.includes(1))
      throw new Error('January is not locked on the server');
  });

  let lockedJanuary = 0;
  await step('previews 营销联动 on the company: changed cells highlighted, explanations listed', async () => {
    lockedJanuary =
      revenueOf((await readTree(page, baseUrl, planId)).nodes.find((n) => n.key === regionKey)).months?.[0] ??
      0;
    const rootKey =
      (await readTree(page, baseUrl, planId)).nodes.find((n) => n.parentKey === null)?.key ?? '';
    await page.getByTestId(`node-methods-${rootKey}`).click();
    const drawer = page.getByTestId('target-method-drawer');
    await drawer.getByText('营销联动').click();
    await page.getByTestId('method-add-uplift').click();
    await page.getByTestId('method-preview').click();
    await page.getByTestId('method-preview-result').waitFor();
    const changed = await page.locator('.kd-target-table .kd-target-cell-changed').count();
    if (changed === 0) throw new Error('no cell is highlighted in the preview');
    await drawer.getByText('分配说明').waitFor();
    await shot(page, 'method-preview');
  });

  await step('applies the previewed methods; the locked January is kept and sums stay exact', async () => {
    await page.getByTestId('method-apply').click();
    await page.getByTestId('target-method-drawer').waitFor({ state: 'hidden' });
    await page.locator('.kd-target-cell-changed').first().waitFor({ state: 'detached' });
    const tree = await readTree(page, baseUrl, planId);
    const region = revenueOf(tree.nodes.find((n) => n.key === regionKey));
    if (region.months?.[0] !== lockedJanuary) throw new Error('the locked January moved');
    const root = revenueOf(tree.nodes.find((n) => n.parentKey === null));
    if ((root.months?.[5] ?? 0) <= (root.months?.[4] ?? 0)) throw new Error('June is not lifted above May');
    assertRootSums(tree);
  });

  await step('publishes the plan after the confirm dialog; it becomes read-only', async () => {
    await page.getByTestId('target-publish').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '发布' }).click();
    await page.getByTestId('target-status').filter({ hasText: '已发布' }).waitFor();
    await page.getByTestId('target-readonly').waitFor();
    if ((await page.locator(`[data-testid="cell-${regionKey}-2"][role="button"]`).count()) !== 0)
      throw new Error('a published plan still offers editable cells');
    await page.locator('.ant-modal-mask').waitFor({ state: 'hidden' });
    await shot(page, 'published');
  });

  await step(
    'starts version 2, changes a figure and compares it with v1 in the versions drawer',
    async () => {
      await page.getByTestId('target-new-version').click();
      await page.waitForURL((url) => !url.pathname.endsWith(`/targets/${planId}`));
      await page.getByTestId('target-readonly').waitFor({ state: 'detached' });
      const published = await readTree(page, baseUrl, planId);
      const next = await readTree(page, baseUrl, Number(/\/targets\/(\d+)/.exec(page.url())?.[1]));
      if (next.plan.version !== published.plan.version + 1 || next.plan.status !== 'draft')
        throw new Error(`new version is v${next.plan.version} ${next.plan.status}`);
      await page
        .getByTestId('target-version')
        .filter({ hasText: `v${next.plan.version}` })
        .waitFor();
      await page.getByTestId('target-status').filter({ hasText: '草稿' }).waitFor();
      await page.getByTestId(`cell-${regionKey}-3`).click();
      const input = page.getByTestId(`cell-${regionKey}-3-input`);
      await input.fill('888888');
      await input.press('Enter');
      await page.getByTestId(`cell-${regionKey}-3`).filter({ hasText: '888,888.00' }).waitFor();
      await page.getByTestId('target-versions').click();
      await page.getByTestId(`target-compare-${published.plan.version}`).click();
      await page.getByTestId('target-diff').getByText('888,888.00').first().waitFor();
      await shot(page, 'versions-diff');
    },
  );

  await step(
    'Excel round trip: a third decimal is refused with its cell address, a valid edit is applied',
    async () => {
      await page.getByTestId('target-versions-drawer').locator('.ant-drawer-close').click();
      await page.getByTestId('target-versions-drawer').waitFor({ state: 'hidden' });
      await page.getByTestId('target-sheet-export').hover();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: /整个方案/ }).click();
      const file = await (await download).path();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.getWorksheet('目标分解');
      if (!sheet) throw new Error('the export has no 目标分解 sheet');
      // The last row is a leaf; its fourth typed figure is an open month (parents and totals are formulas).
      const row = sheet.getRow(sheet.rowCount);
      const open: ExcelJS.Cell[] = [];
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') open.push(cell);
      });
      const cell = open[3];
      if (!cell) throw new Error(`row ${sheet.rowCount} has no open month`);
      const edited = join(resultsDir, 'target-sheet-edited.xlsx');
      const upload = async (value: number) => {
        cell.value = value;
        // As after editing in a spreadsheet without recalculation: sums keep their formulas, not old results.
        sheet.eachRow((line) =>
          line.eachCell((formulaCell) => {
            if (formulaCell.formula) formulaCell.value = { formula: formulaCell.formula };
          }),
        );
        await workbook.xlsx.writeFile(edited);
        await page.getByTestId('target-sheet-import').click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('input[type="file"]').setInputFiles(edited);
        await dialog.getByTestId('target-sheet-result').waitFor();
        return dialog;
      };
      const refused = await upload(1.234);
      await refused.locator('code').filter({ hasText: cell.address }).waitFor();
      await shot(page, 'sheet-problems');
      await refused.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
      await refused.waitFor({ state: 'hidden' });
      const applied = await upload(4321.5);
      await applied.getByText(/已导入 \d+ 个单元格/).waitFor();
      await applied.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    },
  );

  await step(
    'OGSM board: the objective and a goal tied to the company’s revenue, which shows its target',
    async () => {
      await page.getByRole('tab', { name: 'OGSM' }).click();
      await page.getByTestId('ogsm-add-objective').click();
      await page.getByTestId('ogsm-text').fill('成为华东食品渠道第一品牌');
      await page
        .getByRole('dialog')
        .locator('.ant-modal-footer')
        .getByRole('button', { name: '保存' })
        .click();
      await page.getByTestId('ogsm-item-objective').waitFor();
      await page.getByTestId('ogsm-add-goal').click();
      const dialog = page.getByRole('dialog');
      await page.getByTestId('ogsm-text').fill('全年销售额达成');
      await dialog.getByLabel('关联节点').click();
      await page.keyboard.press('Enter');
      await dialog.getByLabel('关联指标').click();
      await page.keyboard.press('Enter');
      await dialog.locator('.ant-modal-footer').getByRole('button', { name: '保存' }).click();
      await page.getByTestId('ogsm-item-goal').getByTestId('ogsm-target-value').waitFor();
      await page.locator('.ant-modal-mask').waitFor({ state: 'hidden' });
      await shot(page, 'ogsm');
    },
  );
}

await runBrowserFlow('target flow', targetFlow);

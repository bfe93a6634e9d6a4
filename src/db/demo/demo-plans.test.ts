// The demo's account plans (seed 002, [PLAN-1]…[PLAN-11]): complete plans with both maps, people, gaps, goals
// and reviews, written through the plan use cases, in varied workflow states, visible to the demo's logins.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { planDeckInput } from '../../briefing/plan-deck-input.ts';
import { writeBriefingPptx } from '../../briefing/write-briefing-pptx.ts';
import { loadDemoPlans } from '../../core/demo/load-demo-plans.ts';
import { toActor } from '../../core/org/org-repository.ts';
import { NODE_LEVELS } from '../../core/plan/plan-types.ts';
import { createServices, type Services } from '../../create-services.ts';
import { PLAN_SHEETS, writePlanWorkbook } from '../../excel/plan-workbook.ts';
import { createRepositories } from '../repositories/create-repositories.ts';
import { selectDemoPlanCandidates } from './demo-plan-candidates.ts';
import { loadDemoCompany } from './load-demo-company.ts';

const today = '2026-11-25';
/** The 60-account demo gives rep_east two key accounts (the full demo gives eleven; it uses 3 + 2). */
const OWNERS = { rep_east: 2, rep_west: 3 };
let database: TestDatabase;
let services: Services;
let ids: number[];

const actor = async (username: string) => {
  const user = await createRepositories(database.db).users.findByUsername(username);
  if (!user) throw new Error(`no demo user ${username}`);
  return toActor(user);
};

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemoCompany(database, { accounts: 60, linesPerAccountMonth: 1, today, password: 'demo-pass' });
  services = createServices(database, { clock: { now: () => new Date(`${today}T04:00:00Z`) } });
  ids = await loadDemoPlans(services, await selectDemoPlanCandidates(database, OWNERS), today);
}, 120_000);
afterAll(() => database.dispose());

describe('demo account plans', () => {
  it('writes five plans for this year in varied workflow states', async () => {
    expect(ids).toHaveLength(5);
    const admin = await actor('admin');
    const plans = await Promise.all(ids.map((id) => services.plans.get(admin, id)));
    expect(plans.map((p) => p.plan.planYear)).toEqual([2026, 2026, 2026, 2026, 2026]);
    expect(plans.map((p) => p.plan.status)).toEqual([
      'approved',
      'submitted',
      'approved',
      'returned',
      'draft',
    ]);
    for (const [i, id] of ids.entries()) {
      const versions = await services.plans.versions(admin, id);
      expect(versions.length).toBe(plans[i]?.plan.status === 'approved' ? 1 : 0);
    }
  });

  it('fills every part: the whole graph, people with lines, gaps, goals with sub-goals, actions, reviews', async () => {
    const admin = await actor('admin');
    for (const id of ids) {
      const view = await services.plans.get(admin, id);
      expect(new Set(view.nodes.map((n) => n.level))).toEqual(new Set(NODE_LEVELS));
      expect(view.edges.length).toBeGreaterThanOrEqual(view.nodes.length - 1);
      expect(view.opportunities.length).toBeGreaterThanOrEqual(2);
      expect(view.influence.length).toBeGreaterThanOrEqual(2);
      expect(
        view.lines.length + view.influence.filter((e) => e.reportsToContactId !== null).length,
      ).toBeGreaterThan(0);
      expect(view.influence.some((e) => e.roles.includes('decision_maker'))).toBe(true);
      expect(view.gaps.length).toBeGreaterThanOrEqual(2);
      expect(view.goals.some((g) => g.parentGoalId !== null)).toBe(true);
      expect(view.actions.length).toBeGreaterThanOrEqual(3);
      expect(view.plan.supportRequested).toBeTruthy();
      expect((await services.planReviews.list(admin, id)).some((r) => r.minutes)).toBe(true);
    }
  });

  it('shows each owner their plans and the East manager the East ones', async () => {
    const east = (await services.plans.list(await actor('rep_east'), {})).items;
    const west = (await services.plans.list(await actor('rep_west'), {})).items;
    const manager = (await services.plans.list(await actor('manager_east'), {})).items;
    expect(east).toHaveLength(2);
    expect(west).toHaveLength(3);
    expect(manager.map((p) => p.id).sort()).toEqual(east.map((p) => p.id).sort());
  });

  it('exports a plan as a workbook with one sheet per part, nodes linked both ways and money in yuan', async () => {
    const admin = await actor('admin');
    const id = ids[0] as number;
    const view = await services.plans.get(admin, id);
    const bytes = await writePlanWorkbook(view, await services.planReviews.list(admin, id));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([...PLAN_SHEETS]);
    const graph = book.getWorksheet('战略与执行地图');
    expect(graph?.rowCount).toBe(view.nodes.length + 1);
    const objective = view.nodes.find((n) => n.level === 'objective');
    const strategyRow = graph?.getRows(2, view.nodes.length)?.find((r) => r.getCell(2).value === '战略');
    expect(strategyRow?.getCell(6).value).toBe(objective?.title);
    const opportunities = book.getWorksheet('商机列表');
    const first = view.opportunities[0];
    expect(opportunities?.getRow(2).getCell(1).value).toBe(first?.name);
    expect(opportunities?.getRow(2).getCell(2).value).toBe((first?.valueFen ?? 0) / 100);
    expect(book.getWorksheet('计划概览')?.getRow(1).getCell(1).value).toBe('项目');
  });

  it('draws a plan as the briefing deck: its people, lines and opportunities on the slides', async () => {
    const admin = await actor('admin');
    const id = ids[0] as number;
    const { view, briefing } = await services.plans.briefingWithView(admin, id, 'zh-CN');
    const input = planDeckInput(view, briefing, {
      companyName: '演示公司',
      revenueByYear: [{ year: 2025, revenueFen: 123_456_789 }],
    });
    expect(input.influence.people.map((p) => p.name).sort()).toEqual(
      view.influence.map((e) => e.name).sort(),
    );
    expect(input.influence.lines.some((l) => l.kind === 'influence')).toBe(view.lines.length > 0);
    const zip = await JSZip.loadAsync(await writeBriefingPptx(input));
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)?.async('string') ?? ''),
    );
    const text = slides.join('');
    for (const person of view.influence) expect(text).toContain(person.name);
    expect(text).toContain(view.opportunities[0]?.name);
    expect(text).toContain(view.plan.accountName);
    // [PLAN-6] the strategic relationship assessment follows the gap table.
    expect(view.partners.length).toBeGreaterThan(0);
    for (const partner of view.partners) expect(text).toContain(partner.name);
    expect(text).toContain('合作伙伴 / 战略供应商');
  });
});

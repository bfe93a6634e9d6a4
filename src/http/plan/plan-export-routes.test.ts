// Route tier: the plan list as every list answers (search, filters, sort, paging, {items, total}) and the plan's
// files ([PLAN-9]) — the briefing as PPTX and PDF in the caller's language, the plan as .xlsx — read back, and
// who may download them (whoever may read the plan; others 404).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let planId: number;

beforeAll(async () => {
  t = await createTestApp();
  const rep = await t.as('rep_east');
  const created = await rep.request('POST', '/api/plans', {
    accountId: t.fixture.accounts.eastGroup,
    planYear: 2026,
  });
  planId = ((await created.json()) as { id: number }).id;
  const objective = (await (
    await rep.request('POST', `/api/plans/${planId}/nodes`, {
      level: 'objective',
      title: '三年利润翻番',
      ownerContactId: t.fixture.contacts.eastBoss,
      ownerConfirmed: true,
    })
  ).json()) as { node: { id: number } };
  await rep.request('POST', `/api/plans/${planId}/nodes`, {
    level: 'strategy',
    title: '降本增效',
    upstreamNodeIds: [objective.node.id],
  });
  const people = await rep.request('POST', `/api/plans/${planId}/influence-map/entries`, {
    contactId: t.fixture.contacts.eastBoss,
    roles: ['decision_maker'],
    influence: 'high',
    attitude: 'supporter',
  });
  expect(people.status).toBeLessThan(300);
}, 60_000);
afterAll(() => t.close());

const slidesOf = async (res: Response) => {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
  return Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
};

describe('GET /api/plans/{id}/briefing.pptx', () => {
  it('is a deck in Chinese by default with the nine steps, the map and the person on it', async () => {
    const res = await (await t.as('rep_east')).get(`/api/plans/${planId}/briefing.pptx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('presentationml');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%B1%87%E6%8A%A5");
    const slides = await slidesOf(res);
    expect(slides.length).toBeGreaterThanOrEqual(10);
    const text = slides.join('');
    expect(text).toContain('1. 团队介绍');
    expect(text).toContain('9. ');
    expect(text).toContain('三年利润翻番');
    const boss = await t.database.db
      .selectFrom('contact')
      .select('name')
      .where('contact_id', '=', t.fixture.contacts.eastBoss)
      .executeTakeFirstOrThrow();
    expect(text).toContain(boss.name);
  });

  it('speaks English when asked', async () => {
    const res = await (await t.as('rep_east')).request(
      'GET',
      `/api/plans/${planId}/briefing.pptx`,
      undefined,
      { 'accept-language': 'en' },
    );
    expect((await slidesOf(res)).join('')).toContain('1. Team');
  });

  it('answers 404 to someone who may not read the plan', async () => {
    expect((await (await t.as('rep_west')).get(`/api/plans/${planId}/briefing.pptx`)).status).toBe(404);
    expect((await (await t.as('rep_west')).get(`/api/plans/${planId}/briefing.pdf`)).status).toBe(404);
    expect((await (await t.as('rep_west')).get(`/api/plans/${planId}/export.xlsx`)).status).toBe(404);
  });
});

describe('GET /api/plans/{id}/briefing.pdf and export.xlsx', () => {
  it('the PDF is a PDF with a page per step', async () => {
    const res = await (await t.as('manager_east')).get(`/api/plans/${planId}/briefing.pdf`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(10);
  });

  it('the workbook holds the graph with what each node serves', async () => {
    const res = await (await t.as('manager_east')).get(`/api/plans/${planId}/export.xlsx`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const graph = book.getWorksheet('战略与执行地图');
    const rows = graph?.getRows(2, 2) ?? [];
    const strategy = rows.find((r) => r.getCell(3).value === '降本增效');
    expect(strategy?.getCell(6).value).toBe('三年利润翻番');
  });
});

describe('GET /api/plans', () => {
  type Page = {
    items: Array<{ id: number; accountName: string; status: string; planYear: number }>;
    total: number;
  };
  it('answers {items, total}, searches the account name or code, filters by status and year, pages', async () => {
    const manager = await t.as('manager_east');
    const all = (await (await manager.get('/api/plans')).json()) as Page;
    expect(all.total).toBe(1);
    expect(all.items.map((p) => p.id)).toEqual([planId]);
    const name = all.items[0]?.accountName ?? '';
    const found = (await (
      await manager.get(`/api/plans?q=${encodeURIComponent(name.slice(0, 2))}`)
    ).json()) as Page;
    expect(found.total).toBe(1);
    const none = (await (await manager.get('/api/plans?q=%E4%B8%8D%E5%AD%98%E5%9C%A8')).json()) as Page;
    expect(none).toEqual({ items: [], total: 0 });
    expect(((await (await manager.get('/api/plans?status=approved')).json()) as Page).total).toBe(0);
    expect(((await (await manager.get('/api/plans?status=draft&planYear=2026')).json()) as Page).total).toBe(
      1,
    );
    const paged = (await (await manager.get('/api/plans?limit=1&offset=1')).json()) as Page;
    expect(paged).toEqual({ items: [], total: 1 });
  });

  it('refuses an unknown status or sort, naming the field', async () => {
    const res = await (await t.as('manager_east')).get('/api/plans?status=lost&sort=owner');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { details: Array<{ path: string }> };
    expect(body.details.map((d) => d.path).sort()).toEqual(['sort', 'status']);
  });
});

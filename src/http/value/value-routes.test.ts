// Route tier: account value, whitespace (+ .xlsx), background and the profile questionnaire — status codes,
// validation messages that name the field, and who may see and edit what.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { addFacts, addProductLine } from '../../../test/value-facts.ts';
import { WHITESPACE_DETAIL_SHEET, WHITESPACE_SHEET } from '../../excel/whitespace-workbook.ts';

let t: TestApp;
let lineA: number;
let lineB: number;
beforeAll(async () => {
  t = await createTestApp();
  lineA = await addProductLine(t.database, 'PL-A', '包材');
  lineB = await addProductLine(t.database, 'PL-B', '辅料');
  const { eastGroup, eastSub } = t.fixture.accounts;
  await addFacts(t.database, [
    {
      accountId: eastGroup,
      month: '2026-05-01',
      productLineId: lineA,
      revenueFen: 2_000_000,
      costFen: 1_200_000,
    },
    { accountId: eastSub, month: '2026-06-01', productLineId: lineB, revenueFen: 500_000, costFen: 200_000 },
  ]);
});
afterAll(() => t.close());

interface ErrorBody {
  code: string;
  message: string;
  details: Array<{ path: string; message: string }>;
}
const details = async (res: Response) => ((await res.json()) as ErrorBody).details;

describe('GET /api/accounts/:id/value — who may see', () => {
  it.each([
    ['admin', 200],
    ['manager_east', 200],
    ['finance', 200],
    ['rep_east', 200],
    ['rep_west', 404],
    ['rep_east2', 404],
  ])('%s → %i', async (user, status) => {
    const client = await t.as(user);
    expect((await client.get(`/api/accounts/${t.fixture.accounts.eastGroup}/value`)).status).toBe(status);
  });

  it('answers own, group and subsidiary P&L with labelled cost lines and a labelled textbook CLV', async () => {
    const client = await t.as('rep_east');
    const res = await client.get(`/api/accounts/${t.fixture.accounts.eastGroup}/value`);
    const body = (await res.json()) as {
      fromMonth: string;
      toMonth: string;
      own: { revenueFen: number; costToServe: Array<{ label: string; basis: string }> };
      group: { revenueFen: number; netContributionFen: number };
      subsidiaries: Array<{ name: string; pnl: { netContributionFen: number } }>;
      clv: { formula: string; years: unknown[] };
    };
    expect([body.fromMonth, body.toMonth]).toEqual(['2025-11', '2026-10']);
    expect(body.own.revenueFen).toBe(2_000_000);
    expect(body.group.revenueFen).toBe(2_500_000);
    expect(body.subsidiaries.map((s) => s.name)).toEqual(['东方集团苏州分公司']);
    expect(body.own.costToServe[0]).toEqual(
      expect.objectContaining({ label: '拜访', basis: '每年 12 次 × 每次 ¥500.00（公司默认）' }),
    );
    expect(body.clv.formula).toContain('教科书');
  });

  it('speaks English when asked', async () => {
    const client = await t.as('rep_east');
    const res = await client.request(
      'GET',
      `/api/accounts/${t.fixture.accounts.eastGroup}/value`,
      undefined,
      {
        'accept-language': 'en',
      },
    );
    const body = (await res.json()) as {
      own: { costToServe: Array<{ label: string }> };
      clv: { formula: string };
    };
    expect(body.own.costToServe.map((l) => l.label)).toEqual([
      'Visits',
      'Support',
      'Logistics',
      'Rebates',
      'Credit cost',
    ]);
    expect(body.clv.formula).toMatch(/^Textbook CLV/);
  });
});

describe('PUT /api/accounts/:id/cost-drivers', () => {
  const path = () => `/api/accounts/${t.fixture.accounts.eastGroup}/cost-drivers`;
  it('saves drivers and answers the recomputed value', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PUT', path(), {
      visitsPerYear: 24,
      costPerVisitFen: 10_000,
      customerCategorySpendFen: 10_000_000,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      own: { costToServe: Array<{ driver: string; amountFen: number; basis: string }> };
      shareOfWallet: { pct: number };
    };
    expect(body.own.costToServe[0]).toMatchObject({ driver: 'visits', amountFen: 240_000 });
    expect(body.own.costToServe[0]?.basis).toContain('本客户设定');
    expect(body.shareOfWallet.pct).toBe(20);
  });
  it('reclassifies the account: cost drivers are inputs of the CLP tier', async () => {
    const client = await t.as('rep_east');
    const clp = async () => {
      const res = await client.get(`/api/accounts/${t.fixture.accounts.eastGroup}/classification`);
      const body = (await res.json()) as {
        results: Array<{ model: string; inputs: Record<string, unknown> }>;
      };
      return body.results.find((r) => r.model === 'clp_tier');
    };
    await client.request('PUT', path(), { supportFenPerYear: 0 });
    const before = JSON.stringify((await clp())?.inputs);
    await client.request('PUT', path(), { supportFenPerYear: 5_000_000 });
    const after = await clp();
    expect(after).toBeDefined();
    expect(JSON.stringify(after?.inputs)).not.toBe(before);
  });
  it('names invalid and unknown fields', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PUT', path(), {
      visitsPerYear: -1,
      logisticsPctOfRevenue: 101,
      colour: 'red',
    });
    expect(res.status).toBe(400);
    expect((await details(res)).map((d) => d.path).sort()).toEqual([
      'colour',
      'logisticsPctOfRevenue',
      'visitsPerYear',
    ]);
  });
  it.each([
    ['finance', 403],
    ['rep_west', 404],
    ['manager_east', 200],
  ])('%s → %i', async (user, status) => {
    const client = await t.as(user);
    expect((await client.request('PUT', path(), { supportFenPerYear: 0 })).status).toBe(status);
  });
});

describe('whitespace', () => {
  const path = (id = t.fixture.accounts.eastGroup) => `/api/accounts/${id}/whitespace`;
  const cell = (division: string, productLineId: number, over: Record<string, unknown> = {}) => ({
    division,
    productLineId,
    status: 'potential',
    potentialFen: 300_000,
    currentFen: null,
    competitor: null,
    notes: null,
    ...over,
  });

  it('replaces the grid and answers it with totals', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PUT', path(), {
      divisions: ['采购部', '研发中心'],
      cells: [
        cell('采购部', lineA, { status: 'current', currentFen: 120_000 }),
        cell('研发中心', lineB, { status: 'competitor', competitor: '某化工' }),
      ],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { totals: unknown; productLines: Array<{ code: string }> };
    expect(body.totals).toEqual({ potentialFen: 600_000, currentFen: 120_000, openPotentialFen: 300_000 });
    expect(body.productLines.map((p) => p.code)).toEqual(['PL-A', 'PL-B']);
    const again = (await (await client.get(path())).json()) as { cells: unknown[] };
    expect(again.cells).toHaveLength(2);
  });

  it('names the cell that is wrong, in Chinese by default', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PUT', path(), {
      divisions: ['采购部'],
      cells: [cell('采购部', lineA), cell('工程部', lineA), cell('采购部', 999_999), cell('采购部', lineA)],
    });
    expect(res.status).toBe(400);
    expect(await details(res)).toEqual([
      { path: 'cells.1.division', message: '部门“工程部”不在部门列表中' },
      { path: 'cells.2.productLineId', message: '产品线不存在' },
      { path: 'cells.3', message: '与第 0 项重复（同一部门和产品线）' },
    ]);
    const kept = (await (await client.get(path())).json()) as { divisions: string[] };
    expect(kept.divisions).toEqual(['采购部', '研发中心']);
  });

  it('refuses bad amounts, statuses and unknown keys at the edge', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PUT', path(), {
      divisions: ['采购部'],
      cells: [cell('采购部', lineA, { potentialFen: -5, status: 'maybe', colour: 'red' })],
    });
    expect(res.status).toBe(400);
    expect((await details(res)).map((d) => d.path).sort()).toEqual([
      'cells.0.colour',
      'cells.0.potentialFen',
      'cells.0.status',
    ]);
  });

  it.each([
    ['finance', 'GET', 200],
    ['finance', 'PUT', 403],
    ['rep_west', 'GET', 404],
    ['rep_west', 'PUT', 404],
    ['manager_east', 'PUT', 200],
  ])('%s %s → %i', async (user, method, status) => {
    const client = await t.as(user);
    const res =
      method === 'GET'
        ? await client.get(path(t.fixture.accounts.eastSub))
        : await client.request('PUT', path(t.fixture.accounts.eastSub), { divisions: [], cells: [] });
    expect(res.status).toBe(status);
  });

  it('a team member of another region may edit that account', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PUT', path(t.fixture.accounts.westShared), {
      divisions: ['门店运营'],
      cells: [cell('门店运营', lineB)],
    });
    expect(res.status).toBe(200);
  });

  it('exports an .xlsx with divisions as rows and product lines as columns', async () => {
    const client = await t.as('finance');
    const res = await client.get(`${path()}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('whitespace-KA-1-2026-11-25.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const grid = workbook.getWorksheet(WHITESPACE_SHEET)!;
    expect(grid.getRow(1).values).toEqual([undefined, '部门 \\ 产品线', '包材（PL-A）', '辅料（PL-B）']);
    expect(grid.getCell('A2').value).toBe('采购部');
    expect(String(grid.getCell('B2').value)).toBe('正在供货\n潜力 ¥3,000.00\n当前 ¥1,200.00');
    expect(String(grid.getCell('C3').value)).toContain('竞争对手：某化工');
    expect(grid.getCell('B5').value).toBe(6000); // 潜力合计（元）
    const detail = workbook.getWorksheet(WHITESPACE_DETAIL_SHEET)!;
    expect(detail.getRow(1).getCell(4).value).toBe('状态');
    expect(detail.getRow(2).getCell(5).value).toBe(3000);
  });

  it('the export of a hidden account is 404', async () => {
    const client = await t.as('rep_west');
    expect((await client.get(`${path()}/export`)).status).toBe(404);
  });
});

describe('background and 3C research', () => {
  const path = (id = t.fixture.accounts.eastGroup) => `/api/accounts/${id}/background`;

  it('starts empty', async () => {
    const client = await t.as('rep_east');
    expect(await (await client.get(path())).json()).toEqual({
      accountId: t.fixture.accounts.eastGroup,
      sections: {},
      updatedAt: null,
      updatedBy: null,
      completeness: 0,
    });
  });

  it('saves known sections, drops blank ones and computes completeness', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PUT', path(), {
      sections: { basicInfo: '食品饮料集团，2010 年上市', customerCompetitors: '西蜀食品', strategy: '   ' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      sections: Record<string, string>;
      completeness: number;
      updatedBy: string;
    };
    expect(body).toMatchObject({ completeness: 14, updatedBy: 'rep_east' });
    expect(Object.keys(body.sections)).toEqual(['basicInfo', 'customerCompetitors']);
  });

  it('refuses unknown section keys by name', async () => {
    const client = await t.as('rep_east');
    const res = await client.request(
      'PUT',
      path(),
      { sections: { basicInfo: 'x', swot: 'y' } },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    expect(await details(res)).toEqual([{ path: 'sections.swot', message: 'Not a background section' }]);
  });

  it.each([
    ['finance', 'PUT', 403],
    ['finance', 'GET', 200],
    ['rep_west', 'GET', 404],
    ['rep_west', 'PUT', 404],
    ['admin', 'PUT', 200],
  ])('%s %s → %i', async (user, method, status) => {
    const client = await t.as(user);
    const res =
      method === 'GET'
        ? await client.get(path())
        : await client.request('PUT', path(), { sections: { basicInfo: '食品饮料集团，2010 年上市' } });
    expect(res.status).toBe(status);
  });
});

describe('profile questionnaire', () => {
  const question = {
    block: 'work',
    key: 'budgetCycle',
    textZh: '预算在什么时候编制、由谁批准',
    textEn: 'When the budget is set and who approves it',
    sortOrder: 200,
    active: true,
  };
  type Q = { id: number; key: string; active: boolean; block: string };

  it('everybody reads the default questionnaire across the three blocks', async () => {
    const client = await t.as('finance');
    const res = await client.get('/api/profile-questions');
    expect(res.status).toBe(200);
    const items = ((await res.json()) as { items: Q[] }).items;
    expect(items).toHaveLength(26);
    expect(new Set(items.map((q) => q.block))).toEqual(new Set(['personal', 'interpersonal', 'work']));
    expect(items.map((q) => q.key)).toEqual(
      expect.arrayContaining(['family', 'socialStyle', 'suppliers', 'workingStyle']),
    );
  });

  it.each(['rep_east', 'manager_east', 'finance'])('%s may not add questions', async (user) => {
    const client = await t.as(user);
    expect((await client.request('POST', '/api/profile-questions', question)).status).toBe(403);
  });

  it('admin adds a question; a duplicate key is 409; a bad key is 400', async () => {
    const admin = await t.as('admin');
    const created = await admin.request('POST', '/api/profile-questions', question);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ key: 'budgetCycle', block: 'work', active: true });
    const again = await admin.request('POST', '/api/profile-questions', question);
    expect(again.status).toBe(409);
    expect((await details(again))[0]?.path).toBe('key');
    const bad = await admin.request('POST', '/api/profile-questions', { ...question, key: '9 lives' });
    expect(bad.status).toBe(400);
    expect(await details(bad)).toEqual([{ path: 'key', message: '以字母开头，只能包含字母、数字和下划线' }]);
  });

  it('admin edits and deactivates; renaming onto a used key is 409; unknown id is 404', async () => {
    const admin = await t.as('admin');
    const items = ((await (await admin.get('/api/profile-questions')).json()) as { items: Q[] }).items;
    const id = items.find((q) => q.key === 'budgetCycle')!.id;
    const res = await admin.request('PATCH', `/api/profile-questions/${id}`, { active: false, sortOrder: 5 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ active: false });
    expect((await admin.request('PATCH', `/api/profile-questions/${id}`, { key: 'family' })).status).toBe(
      409,
    );
    expect((await admin.request('PATCH', '/api/profile-questions/999999', { active: false })).status).toBe(
      404,
    );
    const rep = await t.as('rep_east');
    expect((await rep.request('PATCH', `/api/profile-questions/${id}`, { active: true })).status).toBe(403);
  });

  it("contacts' completeness counts the active questions only", async () => {
    const rep = await t.as('rep_east');
    const contactId = t.fixture.contacts.eastBuyer;
    await rep.request('PATCH', `/api/contacts/${contactId}`, {
      profilePersonal: { family: '已婚', hobbies: '钓鱼' },
      profileWork: { duties: '包材采购', notAQuestion: 'x' },
    });
    const completeness = async () =>
      ((await (await rep.get(`/api/contacts/${contactId}`)).json()) as { profileCompleteness: number })
        .profileCompleteness;
    expect(await completeness()).toBe(11); // 3 of 26 active
    const admin = await t.as('admin');
    const items = ((await (await admin.get('/api/profile-questions')).json()) as { items: Q[] }).items;
    const keep = new Set(['family', 'hobbies', 'duties', 'goals']);
    for (const q of items.filter((q) => q.active && !keep.has(q.key)))
      await admin.request('PATCH', `/api/profile-questions/${q.id}`, { active: false });
    expect(await completeness()).toBe(75); // 3 of 4 active
  });
});

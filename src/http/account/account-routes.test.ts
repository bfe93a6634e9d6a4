// Route tier: accounts — status codes, validation messages, and who may see and change what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const codes = async (res: Response) =>
  ((await res.json()) as { items: Array<{ code: string }> }).items.map((i) => i.code).sort();

describe('GET /api/accounts — visibility [ORG-1]', () => {
  it.each([
    ['admin', ['KA-1', 'KA-2', 'KA-3', 'KA-4', 'KA-5']],
    ['director', ['KA-1', 'KA-2', 'KA-3', 'KA-4', 'KA-5']],
    ['finance', ['KA-1', 'KA-2', 'KA-3', 'KA-4', 'KA-5']],
    ['manager_east', ['KA-1', 'KA-2', 'KA-3']],
    ['rep_east', ['KA-1', 'KA-2', 'KA-5']], // own two + on the team of KA-5
    ['rep_east2', ['KA-3']],
    ['rep_west', ['KA-4', 'KA-5']],
  ])('%s sees %j', async (user, expected) => {
    const client = await t.as(user);
    const res = await client.get('/api/accounts?limit=50');
    expect(res.status).toBe(200);
    expect(await codes(res)).toEqual(expected);
  });

  it('401 without a session', async () => {
    const res = await t.app.request('/api/accounts');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'unauthenticated', message: '请先登录' });
  });

  it.each([
    ['rep_east', 'eastOther', 404],
    ['rep_east', 'west', 404],
    ['rep_east', 'westShared', 200],
    ['rep_west', 'eastGroup', 404],
    ['manager_east', 'eastOther', 200],
    ['manager_east', 'west', 404],
    ['director', 'west', 200],
  ] as const)('GET /api/accounts/:id as %s for %s → %d', async (user, key, status) => {
    const client = await t.as(user);
    const res = await client.get(`/api/accounts/${t.fixture.accounts[key]}`);
    expect(res.status).toBe(status);
  });

  it('a forbidden account answers the same 404 as a missing one', async () => {
    const client = await t.as('rep_west');
    const hidden = await client.get(`/api/accounts/${t.fixture.accounts.eastGroup}`);
    const missing = await client.get('/api/accounts/999999');
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toEqual(await missing.json());
  });
});

describe('GET /api/accounts — search, filters, sort, paging', () => {
  it('searches name and code', async () => {
    const client = await t.as('admin');
    expect(await codes(await client.get(`/api/accounts?q=${encodeURIComponent('东方')}`))).toEqual([
      'KA-1',
      'KA-2',
    ]);
    expect(await codes(await client.get('/api/accounts?q=KA-4'))).toEqual(['KA-4']);
  });
  it('filters by region, owner and parent', async () => {
    const client = await t.as('admin');
    expect(await codes(await client.get(`/api/accounts?regionId=${t.fixture.units.west}`))).toEqual([
      'KA-4',
      'KA-5',
    ]);
    expect(await codes(await client.get(`/api/accounts?ownerId=${t.fixture.users.rep_east2}`))).toEqual([
      'KA-3',
    ]);
    expect(await codes(await client.get(`/api/accounts?parentId=${t.fixture.accounts.eastGroup}`))).toEqual([
      'KA-2',
    ]);
  });
  it('sorts and pages with a total', async () => {
    const client = await t.as('admin');
    const res = await client.get('/api/accounts?sort=-code&limit=2&offset=1');
    const body = (await res.json()) as { items: Array<{ code: string }>; total: number };
    expect(body.total).toBe(5);
    expect(body.items.map((i) => i.code)).toEqual(['KA-4', 'KA-3']);
  });
  it.each([
    [0, ['KA-5', 'KA-2']],
    [2, ['KA-1']],
    [3, []],
  ])("a rep's page at offset %d counts everything they see", async (offset, expected) => {
    const client = await t.as('rep_east');
    const res = await client.get(`/api/accounts?sort=-code&limit=2&offset=${offset}`);
    const body = (await res.json()) as { items: Array<{ code: string }>; total: number };
    expect(body.items.map((i) => i.code)).toEqual(expected);
    expect(body.total).toBe(3);
  });
  it('rejects unknown parameters and bad values naming the field', async () => {
    const client = await t.as('admin');
    const res = await client.get('/api/accounts?limit=0&colour=red&type=spaceship');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; details: Array<{ path: string }> };
    expect(body.code).toBe('validation');
    expect(body.details.map((d) => d.path).sort()).toEqual(['colour', 'limit', 'type']);
  });
});

describe('POST /api/accounts', () => {
  it('creates an account, makes the owner team lead and audits it', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('POST', '/api/accounts', {
      name: '新客户有限公司',
      type: 'key_account',
      ownerId: t.fixture.users.rep_east,
      industry: '零售',
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      id: number;
      code: string;
      regionId: number;
      team: Array<{ teamRole: string }>;
    };
    expect(body.code).toMatch(/^KA-\d{7}$/);
    expect(body.regionId).toBe(t.fixture.units.east);
    expect(body.team).toEqual([expect.objectContaining({ teamRole: 'lead' })]);
    const audit = await (await t.as('admin')).get(`/api/audit-log?entity=account&entityId=${body.id}`);
    expect(((await audit.json()) as { items: Array<{ action: string }> }).items[0]?.action).toBe('create');
  });

  it('names every bad field in the user language', async () => {
    const client = await t.as('rep_east');
    const res = await client.request(
      'POST',
      '/api/accounts',
      { name: '', type: 'x', extra: 1 },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; details: Array<{ path: string; message: string }> };
    expect(body.message).toBe('Some fields are invalid');
    expect(body.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Required' },
        { path: 'ownerId', message: 'Required' },
        expect.objectContaining({ path: 'type' }),
        { path: 'extra', message: 'Unknown field' },
      ]),
    );
  });

  it('409 on a duplicate code', async () => {
    const client = await t.as('admin');
    const res = await client.request('POST', '/api/accounts', {
      code: 'KA-1',
      name: 'dup',
      type: 'retail',
      ownerId: t.fixture.users.rep_east,
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('code');
  });

  it('a rep cannot give an account to someone outside their scope', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('POST', '/api/accounts', {
      name: 'x',
      type: 'retail',
      ownerId: t.fixture.users.rep_west,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('ownerId');
  });

  it('a rep cannot hang an account under a parent they cannot see', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('POST', '/api/accounts', {
      name: 'x2',
      type: 'retail',
      ownerId: t.fixture.users.rep_east,
      parentId: t.fixture.accounts.west,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('parentId');
  });

  it('finance may read but not write (403)', async () => {
    const client = await t.as('finance');
    const res = await client.request('POST', '/api/accounts', {
      name: 'x',
      type: 'retail',
      ownerId: t.fixture.users.admin,
    });
    expect(res.status).toBe(403);
  });

  it('a write without the CSRF token is refused', async () => {
    const client = await t.as('rep_east');
    const res = await client.request(
      'POST',
      '/api/accounts',
      { name: 'x', type: 'retail', ownerId: 1 },
      { 'x-csrf-token': 'nope' },
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('csrf');
  });

  it('malformed JSON is a 400, not a 500', async () => {
    const client = await t.as('rep_east');
    const res = await t.app.request('/api/accounts', {
      method: 'POST',
      headers: {
        cookie: client.cookie,
        'x-csrf-token': client.csrfToken,
        'content-type': 'application/json',
      },
      body: '{"name":',
    });
    expect(res.status).toBe(400);
  });
});

describe('PATCH, archive, restore, team', () => {
  it('refuses a parent cycle and leaves the account unchanged', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PATCH', `/api/accounts/${t.fixture.accounts.eastGroup}`, {
      parentId: t.fixture.accounts.eastSub,
      name: 'renamed',
    });
    expect(res.status).toBe(400);
    const after = (await (await client.get(`/api/accounts/${t.fixture.accounts.eastGroup}`)).json()) as {
      name: string;
      parentId: null;
    };
    expect(after).toMatchObject({ name: '东方集团', parentId: null });
  });

  it('edits a visible account; a hidden one is 404', async () => {
    const client = await t.as('rep_east');
    const ok = await client.request('PATCH', `/api/accounts/${t.fixture.accounts.eastSub}`, { city: '苏州' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { city: string }).city).toBe('苏州');
    const hidden = await client.request('PATCH', `/api/accounts/${t.fixture.accounts.west}`, { city: 'x' });
    expect(hidden.status).toBe(404);
  });

  it('archives and restores; archived accounts leave the default list', async () => {
    const client = await t.as('rep_east');
    const id = t.fixture.accounts.eastSub;
    expect((await client.request('POST', `/api/accounts/${id}/archive`)).status).toBe(200);
    expect(await codes(await client.get('/api/accounts'))).not.toContain('KA-2');
    expect(await codes(await client.get('/api/accounts?status=archived'))).toEqual(['KA-2']);
    expect((await client.request('POST', `/api/accounts/${id}/restore`)).status).toBe(200);
    expect(await codes(await client.get('/api/accounts'))).toContain('KA-2');
  });

  it('putting someone on the team makes the account visible to them', async () => {
    const east = await t.as('manager_east');
    const westRep = await t.as('rep_west');
    expect((await westRep.get(`/api/accounts/${t.fixture.accounts.eastOther}`)).status).toBe(404);
    const res = await east.request('PUT', `/api/accounts/${t.fixture.accounts.eastOther}/team`, {
      members: [
        { userId: t.fixture.users.rep_east2, teamRole: 'lead' },
        { userId: t.fixture.users.rep_west, teamRole: 'service' },
      ],
    });
    expect(res.status).toBe(200);
    expect((await westRep.get(`/api/accounts/${t.fixture.accounts.eastOther}`)).status).toBe(200);
  });

  it('rejects unknown and duplicate team members by index', async () => {
    const client = await t.as('admin');
    const res = await client.request('PUT', `/api/accounts/${t.fixture.accounts.west}/team`, {
      members: [
        { userId: 99999, teamRole: 'lead' },
        { userId: t.fixture.users.rep_west, teamRole: 'sales' },
        { userId: t.fixture.users.rep_west, teamRole: 'service' },
      ],
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { details: Array<{ path: string }> }).details.map((d) => d.path);
    expect(paths).toEqual(['members.0.userId', 'members.2.userId']);
  });
});

describe('GET /api/accounts/:id/revenue — group roll-up', () => {
  it('adds subsidiaries into the group line', async () => {
    const { eastGroup, eastSub } = t.fixture.accounts;
    const db = t.database.db;
    const line = await db
      .insertInto('product_line')
      .values({ code: 'PL1', name: '饮料', category: '饮料' })
      .returning('product_line_id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('account_month_fact')
      .values([
        {
          account_id: eastGroup,
          month: '2026-10-01',
          product_line_id: line.product_line_id,
          revenue_fen: 100000,
          cost_fen: 60000,
          line_count: 3,
        },
        {
          account_id: eastSub,
          month: '2026-10-01',
          product_line_id: line.product_line_id,
          revenue_fen: 50000,
          cost_fen: 20000,
          line_count: 1,
        },
        {
          account_id: eastSub,
          month: '2020-01-01',
          product_line_id: line.product_line_id,
          revenue_fen: 7,
          cost_fen: 1,
          line_count: 1,
        },
      ])
      .execute();
    const client = await t.as('rep_east');
    const res = await client.get(`/api/accounts/${eastGroup}/revenue?years=3`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      months: Array<{ month: string; revenueFen: number; grossProfitFen: number; groupRevenueFen: number }>;
      years: Array<{ year: number; groupRevenueFen: number }>;
      subsidiaryCount: number;
    };
    expect(body.months).toHaveLength(36);
    expect(body.months.find((m) => m.month === '2026-10')).toEqual({
      month: '2026-10',
      revenueFen: 100000,
      grossProfitFen: 40000,
      groupRevenueFen: 150000,
    });
    expect(body.subsidiaryCount).toBe(1);
    expect(body.years.find((y) => y.year === 2026)?.groupRevenueFen).toBe(150000);
  });
});

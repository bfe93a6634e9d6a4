// Route tier: contacts — visibility through the account, reporting-line rules, profile completeness.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const names = async (res: Response) =>
  ((await res.json()) as { items: Array<{ name: string }> }).items.map((i) => i.name).sort();

describe('GET /api/contacts — visible when the account is', () => {
  it.each([
    ['admin', ['张总', '李经理', '王总']],
    ['rep_east', ['张总', '李经理']],
    ['rep_west', ['王总']],
    ['rep_east2', []],
    ['manager_east', ['张总', '李经理']],
  ])('%s sees %j', async (user, expected) => {
    const client = await t.as(user);
    expect(await names(await client.get('/api/contacts'))).toEqual([...expected].sort());
  });
  it('a contact of a hidden account is 404', async () => {
    const client = await t.as('rep_west');
    expect((await client.get(`/api/contacts/${t.fixture.contacts.eastBoss}`)).status).toBe(404);
    expect((await client.get(`/api/contacts/${t.fixture.contacts.westBoss}`)).status).toBe(200);
  });
  it('filters by account and stale', async () => {
    const client = await t.as('admin');
    expect(await names(await client.get(`/api/contacts?accountId=${t.fixture.accounts.west}`))).toEqual([
      '王总',
    ]);
    expect(await names(await client.get('/api/contacts?stale=false'))).toEqual([]);
  });
});

describe('writing contacts', () => {
  it('creates a contact with a manager in the same account and computes completeness', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('POST', '/api/contacts', {
      accountId: t.fixture.accounts.eastGroup,
      name: '赵主管',
      title: '采购主管',
      reportsToId: t.fixture.contacts.eastBuyer,
      profileWork: { duties: '负责包材采购', goals: '降本 5%' },
      profilePersonal: { hobbies: '羽毛球' },
      lastVerifiedOn: '2026-11-01',
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { profileCompleteness: number; stale: boolean; reportsToName: string };
    // 3 of the 26 active questions of the default questionnaire (migration 0004).
    expect(body).toMatchObject({ profileCompleteness: 11, stale: false, reportsToName: '李经理' });
    const boss = (await (await client.get(`/api/contacts/${t.fixture.contacts.eastBuyer}`)).json()) as {
      directReports: Array<{ name: string }>;
    };
    expect(boss.directReports.map((r) => r.name)).toEqual(['赵主管']);
  });
  it('refuses a manager from another account', async () => {
    const client = await t.as('admin');
    const res = await client.request('POST', '/api/contacts', {
      accountId: t.fixture.accounts.eastGroup,
      name: '钱某',
      reportsToId: t.fixture.contacts.westBoss,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('reportsToId');
  });
  it('refuses a reporting line that makes someone their own manager', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PATCH', `/api/contacts/${t.fixture.contacts.eastBoss}`, {
      reportsToId: t.fixture.contacts.eastBuyer,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: Array<{ message: string }> }).details[0]?.message).toBe(
      '汇报对象不能是本人或其下属',
    );
  });
  it('409 for a second contact with the same name on the account', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('POST', '/api/contacts', {
      accountId: t.fixture.accounts.eastGroup,
      name: '张总',
    });
    expect(res.status).toBe(409);
  });
  it('cannot add a contact to an account outside visibility', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('POST', '/api/contacts', {
      accountId: t.fixture.accounts.west,
      name: '某人',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('accountId');
  });
  it('validates email and date formats', async () => {
    const client = await t.as('rep_east');
    const res = await client.request('PATCH', `/api/contacts/${t.fixture.contacts.eastBoss}`, {
      email: 'not-an-email',
      lastVerifiedOn: '2026/11/01',
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { details: Array<{ path: string }> }).details
      .map((d) => d.path)
      .sort();
    expect(paths).toEqual(['email', 'lastVerifiedOn']);
  });
  it('archives and restores a contact', async () => {
    const client = await t.as('rep_west');
    const id = t.fixture.contacts.westBoss;
    expect(
      ((await (await client.request('POST', `/api/contacts/${id}/archive`)).json()) as { status: string })
        .status,
    ).toBe('archived');
    expect(await names(await client.get('/api/contacts'))).toEqual([]);
    expect(
      ((await (await client.request('POST', `/api/contacts/${id}/restore`)).json()) as { status: string })
        .status,
    ).toBe('active');
  });
  it('finance cannot edit contacts', async () => {
    const client = await t.as('finance');
    expect(
      (await client.request('PATCH', `/api/contacts/${t.fixture.contacts.westBoss}`, { title: 'x' })).status,
    ).toBe(403);
  });
});

// Route tier: org tree, user directory, adding users (admins only), audit log (admins only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('org and users', () => {
  it('everyone signed in reads the org tree', async () => {
    const client = await t.as('rep_west');
    const body = (await (await client.get('/api/org-units')).json()) as { items: Array<{ kind: string }> };
    expect(body.items.filter((u) => u.kind === 'region')).toHaveLength(2);
  });
  it('searches the user directory', async () => {
    const client = await t.as('rep_west');
    const body = (await (await client.get('/api/users?q=rep_east')).json()) as {
      items: Array<{ username: string }>;
      total: number;
    };
    expect(body.items.map((u) => u.username).sort()).toEqual(['rep_east', 'rep_east2']);
    expect(body).not.toHaveProperty('items.0.orgUnitPath');
  });
  it.each(['manager_east', 'director', 'rep_east'])('%s may not add users (403)', async (user) => {
    const client = await t.as(user);
    const res = await client.request('POST', '/api/users', {
      username: 'newbie',
      displayName: '新人',
      role: 'rep',
      orgUnitId: t.fixture.units.eastTeam,
      password: 'longenough',
    });
    expect(res.status).toBe(403);
  });
  it('admin adds a user who can then sign in; duplicates are 409; short passwords 400', async () => {
    const admin = await t.as('admin');
    const body = {
      username: 'newbie',
      displayName: '新人',
      role: 'rep',
      orgUnitId: t.fixture.units.eastTeam,
      password: 'longenough',
    };
    expect((await admin.request('POST', '/api/users', body)).status).toBe(201);
    expect((await admin.request('POST', '/api/users', body)).status).toBe(409);
    const short = await admin.request('POST', '/api/users', { ...body, username: 'x2', password: 'short' });
    expect(short.status).toBe(400);
    const login = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'newbie', password: 'longenough' }),
    });
    expect(login.status).toBe(200);
  });
});

describe('audit log', () => {
  it.each(['director', 'manager_east', 'rep_east', 'finance'])('%s may not read it (403)', async (user) => {
    expect((await (await t.as(user)).get('/api/audit-log')).status).toBe(403);
  });
  it('records before and after of an edit, with the user', async () => {
    const rep = await t.as('rep_west');
    await rep.request('PATCH', `/api/accounts/${t.fixture.accounts.west}`, { city: '绵阳' });
    const admin = await t.as('admin');
    const res = await admin.get(`/api/audit-log?entity=account&entityId=${t.fixture.accounts.west}`);
    const entry = (
      (await res.json()) as {
        items: Array<{ action: string; userName: string; before: unknown; after: unknown }>;
      }
    ).items[0];
    expect(entry).toMatchObject({
      action: 'update',
      userName: 'rep_west',
      before: { city: null },
      after: { city: '绵阳' },
    });
  });
});

// Route tier: sign-in, sessions, CSRF, rate limiting, API tokens, health, OpenAPI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

describe('public endpoints', () => {
  it('GET /api/health answers ok with the database kind', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: t.database.kind });
  });
  it('every answer carries a request id (the caller’s own, or a new one, on successes and errors alike)', async () => {
    const own = await t.app.request('/api/health', { headers: { 'x-request-id': 'trace-42' } });
    expect(own.headers.get('x-request-id')).toBe('trace-42');
    const fresh = await t.app.request('/api/health');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await t.app.request('/api/accounts', { headers: { 'x-request-id': 'trace-43' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toBe('trace-43');
  });
  it('a write with a body over the upload limit is refused with 413; a GET is never body-checked', async () => {
    const client = await t.as('admin');
    const big = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    expect((await client.get('/api/accounts?limit=1')).status).toBe(200);
  });
  it('GET /api/openapi.json documents the endpoints', async () => {
    const res = await t.app.request('/api/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/accounts', '/api/accounts/{id}', '/api/auth/login', '/api/contacts']),
    );
  });
  it('GET /api/docs serves the reference page', async () => {
    const res = await t.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/api/openapi.json');
  });
  it('an unknown API path is a JSON 404', async () => {
    const client = await t.as('admin');
    const res = await client.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('not_found');
  });
});

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly SameSite session cookie and returns the user and CSRF token', async () => {
    const res = await login('manager_east', PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kd_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { user: { username: string; role: string }; csrfToken: string };
    expect(body.user).toMatchObject({ username: 'manager_east', role: 'manager' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });
  it('401 with a translated message for a wrong password or unknown user', async () => {
    const wrong = await login('rep_west', 'nope', { 'accept-language': 'en' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({
      code: 'unauthenticated',
      message: 'Wrong user name or password',
    });
    const unknown = await login('ghost', 'nope');
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { message: string }).message).toBe('用户名或密码错误');
  });
  it('400 naming the missing field', async () => {
    const res = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('password');
  });
  it('locks a user name after 5 failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('director', 'bad')).status).toBe(401);
    const res = await login('director', PASSWORD);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { code: string }).code).toBe('rate_limited');
  });
});

describe('sessions', () => {
  it('GET /api/auth/me returns the session user; logout ends the session', async () => {
    const res = await login('rep_west', PASSWORD);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const me = await t.app.request('/api/auth/me', { headers: { cookie } });
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe('rep_west');
    const noCsrf = await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie } });
    expect(noCsrf.status).toBe(403);
    const out = await t.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });
  it('a forged session cookie is 401', async () => {
    const res = await t.app.request('/api/accounts', { headers: { cookie: 'kd_session=forged' } });
    expect(res.status).toBe(401);
  });
});

describe('API tokens (Bearer)', () => {
  it('creates a token that works without cookie or CSRF, sees what its user sees, and can be revoked', async () => {
    const client = await t.as('rep_west');
    const created = await client.request('POST', '/api/tokens', { name: 'ERP sync' });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: number; token: string };
    const bearer = { authorization: `Bearer ${token}` };
    const list = await t.app.request('/api/accounts', { headers: bearer });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { total: number }).total).toBe(2);
    const write = await t.app.request(`/api/accounts/${t.fixture.accounts.west}`, {
      method: 'PATCH',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ city: '成都' }),
    });
    expect(write.status).toBe(200);
    const tokens = (await (await client.get('/api/tokens')).json()) as {
      items: Array<{ id: number; lastUsedAt: string | null }>;
    };
    expect(tokens.items.find((x) => x.id === id)?.lastUsedAt).not.toBeNull();
    expect((await client.request('DELETE', `/api/tokens/${id}`)).status).toBe(204);
    expect((await t.app.request('/api/accounts', { headers: bearer })).status).toBe(401);
  });
  it('another user cannot revoke my token (404)', async () => {
    const mine = await t.as('rep_west');
    const { id } = (await (await mine.request('POST', '/api/tokens', { name: 'x' })).json()) as {
      id: number;
    };
    const other = await t.as('rep_east');
    expect((await other.request('DELETE', `/api/tokens/${id}`)).status).toBe(404);
  });
});

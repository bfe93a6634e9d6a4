// Route tier: per-account classification — visibility of the classification, history and assessment of
// every fixture account, translated labels, assessments and overrides (validation messages, nothing
// half-saved, 404 for hidden accounts, 403 for read-only roles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSegmentationFacts } from '../../../test/segmentation-facts.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { AccountClassificationT, JobT } from './segmentation-schemas.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await insertSegmentationFacts(t.database, t.fixture);
  // Two stored months: October, then this month (November).
  for (const period of ['2026-10', undefined]) {
    const res = await (await t.as('admin')).request(
      'POST',
      '/api/segmentation/recompute',
      period ? { period } : {},
    );
    expect(res.status).toBe(202);
    await t.services.classification.idle();
    const job = (await res.json()) as JobT;
    expect((await t.services.classification.findJob(job.id))?.status).toBe('done');
  }
});
afterAll(async () => {
  await t.services.classification.idle();
  await t.close();
});

const body = async <T>(res: Response) => (await res.json()) as T;

describe('account classification, history and assessment — visibility [ORG-1]', () => {
  it.each([
    ['rep_east', 'eastGroup', 200],
    ['rep_east', 'westShared', 200],
    ['rep_east', 'eastOther', 404],
    ['rep_east', 'west', 404],
    ['rep_west', 'eastGroup', 404],
    ['manager_east', 'eastOther', 200],
    ['manager_east', 'west', 404],
    ['director', 'west', 200],
    ['finance', 'west', 200],
  ] as const)('%s on %s → %d', async (user, key, status) => {
    const client = await t.as(user);
    const id = t.fixture.accounts[key];
    for (const path of [
      `/api/accounts/${id}/classification`,
      `/api/accounts/${id}/classification/history`,
      `/api/accounts/${id}/assessment`,
    ])
      expect([path, (await client.get(path)).status]).toEqual([path, status]);
  });

  it('answers labels and explanations in the caller language', async () => {
    const client = await t.as('rep_east');
    const res = await client.request(
      'GET',
      `/api/accounts/${t.fixture.accounts.eastGroup}/classification`,
      undefined,
      {
        'accept-language': 'en',
      },
    );
    const view = await body<AccountClassificationT>(res);
    const grid = view.results.find((r) => r.model === 'purchase_grid')!;
    expect(grid.label).toMatch(/^Class [ABC]$/);
    expect(grid.explanation).not.toMatch(/[{}]|segmentation\./);
    const zh = await body<AccountClassificationT>(
      await client.get(`/api/accounts/${t.fixture.accounts.eastGroup}/classification`),
    );
    expect(zh.results.find((r) => r.model === 'purchase_grid')!.label).toMatch(/^[ABC] 类$/);
  });

  it('history lists every stored month, newest first', async () => {
    const res = await (await t.as('rep_west')).get(
      `/api/accounts/${t.fixture.accounts.west}/classification/history?model=pareto`,
    );
    const { items } = await body<{ items: Array<{ period: string; label: string }> }>(res);
    expect(items.map((i) => i.period)).toEqual(['2026-11', '2026-10']);
    expect(items[0]!.label).toBeTruthy();
  });

  it('assessment: a bad one names the field and saves nothing; a good one is saved and recomputes', async () => {
    const east = await t.as('rep_east');
    const path = `/api/accounts/${t.fixture.accounts.eastSub}/assessment`;
    const bad = await east.request('PUT', path, { capacity: { level: 9 }, vip: 'yes' });
    expect(bad.status).toBe(400);
    const details = (await body<{ details: Array<{ path: string; message: string }> }>(bad)).details;
    expect(details.map((d) => d.path).sort()).toEqual(['capacity.level', 'vip']);
    expect(details.find((d) => d.path === 'capacity.level')?.message).toBe('不能大于 4');
    expect((await body<{ updatedAt: string | null }>(await east.get(path))).updatedAt).toBeNull();

    const ok = await east.request('PUT', path, { capacity: { level: 4, source: 'assessment' } });
    expect(ok.status).toBe(200);
    const view = await body<AccountClassificationT>(
      await east.get(`/api/accounts/${t.fixture.accounts.eastSub}/classification`),
    );
    expect(view.results.find((r) => r.model === 'purchase_grid')?.value).toBe('A');

    expect((await (await t.as('finance')).request('PUT', path, {})).status).toBe(403);
    expect((await (await t.as('rep_west')).request('PUT', path, {})).status).toBe(404);
  });
});

describe('overrides', () => {
  const path = () => `/api/accounts/${t.fixture.accounts.eastGroup}/overrides`;

  it('without a reason: 400 naming reason, nothing saved', async () => {
    const east = await t.as('rep_east');
    const res = await east.request('POST', path(), { model: 'portfolio', value: 'invest', reason: '   ' });
    expect(res.status).toBe(400);
    expect((await body<{ details: Array<{ path: string }> }>(res)).details.map((d) => d.path)).toEqual([
      'reason',
    ]);
    const missing = await east.request('POST', path(), { model: 'portfolio', value: 'invest' });
    expect((await body<{ details: Array<{ path: string; message: string }> }>(missing)).details).toEqual([
      { path: 'reason', message: '必填' },
    ]);
    const view = await body<AccountClassificationT>(
      await east.get(`/api/accounts/${t.fixture.accounts.eastGroup}/classification`),
    );
    expect(view.results.some((r) => r.overridden)).toBe(false);
  });

  it('a value the model does not have: 400 naming value', async () => {
    const res = await (await t.as('rep_east')).request('POST', path(), {
      model: 'portfolio',
      value: 'A',
      reason: 'x',
    });
    expect(res.status).toBe(400);
    expect((await body<{ details: Array<{ path: string }> }>(res)).details[0]?.path).toBe('value');
  });

  it('hidden accounts 404, finance 403, writers set and remove with history', async () => {
    const input = { model: 'portfolio', value: 'invest', reason: '战略投入' };
    expect((await (await t.as('rep_west')).request('POST', path(), input)).status).toBe(404);
    expect((await (await t.as('finance')).request('POST', path(), input)).status).toBe(403);
    const east = await t.as('rep_east');
    const set = await east.request('POST', path(), input);
    expect(set.status).toBe(200);
    const portfolio = (await body<AccountClassificationT>(set)).results.find((r) => r.model === 'portfolio')!;
    expect(portfolio).toMatchObject({
      value: 'invest',
      overridden: true,
      override: { reason: '战略投入', by: 'rep_east' },
    });
    expect(portfolio.explanation).toContain('战略投入');

    expect((await (await t.as('rep_west')).request('DELETE', `${path()}/portfolio`)).status).toBe(404);
    const removed = await east.request('DELETE', `${path()}/portfolio`);
    expect(removed.status).toBe(200);
    expect(
      (await body<AccountClassificationT>(removed)).results.find((r) => r.model === 'portfolio')?.overridden,
    ).toBe(false);
    expect((await east.request('DELETE', `${path()}/portfolio`)).status).toBe(404);
    expect((await east.request('DELETE', `${path()}/nonsense`)).status).toBe(400);
  });
});

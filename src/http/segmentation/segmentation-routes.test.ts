// Route tier: classification and segmentation — status codes, validation messages (nothing half-saved),
// who may see and change what on every endpoint, job progress, preview counts and movements after a
// config change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSegmentationFacts } from '../../../test/segmentation-facts.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from '../../core/segmentation/segmentation-config-defaults.ts';
import type { AccountClassificationT, DashboardT, JobT } from './segmentation-schemas.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await insertSegmentationFacts(t.database, t.fixture);
});
afterAll(async () => {
  await t.services.classification.idle();
  await t.close();
});

type Config = typeof DEFAULT_SEGMENTATION_CONFIG;
const mutableConfig = () =>
  structuredClone(DEFAULT_SEGMENTATION_CONFIG) as unknown as Record<string, unknown> & Config;
const allA = () => {
  const config = mutableConfig() as unknown as { purchaseGrid: { cells: string[][] } };
  config.purchaseGrid.cells = config.purchaseGrid.cells.map((row) => row.map(() => 'A'));
  return config;
};

const body = async <T>(res: Response) => (await res.json()) as T;

/** Waits for a job to end, following it through the API like the web app does. */
async function waitForJob(user: string, id: number): Promise<JobT> {
  await t.services.classification.idle();
  const res = await (await t.as(user)).get(`/api/segmentation/jobs/${id}`);
  expect(res.status).toBe(200);
  return body<JobT>(res);
}

async function recomputeAll(period?: string): Promise<JobT> {
  const res = await (await t.as('admin')).request(
    'POST',
    '/api/segmentation/recompute',
    period ? { period } : {},
  );
  expect(res.status).toBe(202);
  const job = await body<JobT>(res);
  return waitForJob('admin', job.id);
}

describe('recompute', () => {
  it('401 without a session', async () => {
    expect((await t.app.request('/api/segmentation/dashboard')).status).toBe(401);
  });

  it.each(['rep_east', 'manager_east', 'finance'])('%s may not recompute everything (403)', async (user) => {
    const res = await (await t.as(user)).request('POST', '/api/segmentation/recompute', {});
    expect(res.status).toBe(403);
  });

  it('admin starts a job (202), a second request answers the same job, progress reaches done', async () => {
    const admin = await t.as('admin');
    const first = await body<JobT>(
      await admin.request('POST', '/api/segmentation/recompute', { period: '2026-10' }),
    );
    const again = await admin.request('POST', '/api/segmentation/recompute', {});
    expect(again.status).toBe(202);
    expect((await body<JobT>(again)).id).toBe(first.id);
    const done = await waitForJob('rep_west', first.id);
    expect(done).toMatchObject({ status: 'done', total: 5, done: 5, error: null });
    const latest = await (await t.as('rep_east')).get('/api/segmentation/jobs/latest');
    expect((await body<JobT>(latest)).id).toBe(first.id);
    expect((await admin.get('/api/segmentation/jobs/999999')).status).toBe(404);
    expect((await recomputeAll()).status).toBe('done');
  });

  it('one account: 200 with its classification for a writer who sees it, 404 otherwise', async () => {
    const east = await t.as('rep_east');
    const res = await east.request('POST', '/api/segmentation/recompute', {
      accountId: t.fixture.accounts.eastGroup,
    });
    expect(res.status).toBe(200);
    const view = await body<AccountClassificationT>(res);
    expect(view).toMatchObject({ accountId: t.fixture.accounts.eastGroup, period: '2026-11' });
    expect(view.results).toHaveLength(9);
    const west = await t.as('rep_west');
    expect(
      (await west.request('POST', '/api/segmentation/recompute', { accountId: t.fixture.accounts.eastGroup }))
        .status,
    ).toBe(404);
    const bad = await east.request('POST', '/api/segmentation/recompute', { period: '2026-13' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      details: [{ path: 'period', message: '期间格式应为 YYYY-MM' }],
    });
  });
});

describe('config', () => {
  it('everybody reads the config in force (the default, version 0)', async () => {
    const res = await (await t.as('rep_west')).get('/api/segmentation/config');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: 0, updatedAt: null, config: { version: 1 } });
  });

  it.each([
    [
      'a grid missing a cell',
      () => {
        const c = mutableConfig() as unknown as { purchaseGrid: { cells: string[][] } };
        c.purchaseGrid.cells[2] = ['C', 'C', 'B', 'A'];
        return c;
      },
      'config.purchaseGrid.cells.2.4',
    ],
    [
      'weights that do not sum to 100',
      () => {
        const c = mutableConfig() as unknown as { portfolio: { attractiveness: Array<{ weight: number }> } };
        c.portfolio.attractiveness[0]!.weight = 50;
        return c;
      },
      'config.portfolio.attractiveness',
    ],
    [
      'a threshold out of range',
      () => {
        const c = mutableConfig() as unknown as { portfolio: { highThreshold: number } };
        c.portfolio.highThreshold = 150;
        return c;
      },
      'config.portfolio.highThreshold',
    ],
  ])('refuses %s with 400 naming the field; nothing saved', async (_name, make, field) => {
    const admin = await t.as('admin');
    const res = await admin.request(
      'PUT',
      '/api/segmentation/config',
      { config: make() },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    const error = await body<{ details: Array<{ path: string; message: string }> }>(res);
    const detail = error.details.find((d) => d.path === field);
    expect(detail, JSON.stringify(error.details)).toBeDefined();
    expect(detail!.message).not.toMatch(/^segmentation\.|^field\./);
    expect((await body<{ version: number }>(await admin.get('/api/segmentation/config'))).version).toBe(0);
    const preview = await admin.request('POST', '/api/segmentation/config/preview', { config: make() });
    expect(preview.status).toBe(400);
  });

  it.each(['rep_east', 'manager_east', 'finance'])('%s may not save the config (403)', async (user) => {
    const res = await (await t.as(user)).request('PUT', '/api/segmentation/config', { config: allA() });
    expect(res.status).toBe(403);
  });

  it('preview counts what would change for visible accounts and saves nothing', async () => {
    const dashboard = await body<DashboardT>(await (await t.as('admin')).get('/api/segmentation/dashboard'));
    const notA = dashboard.grid.filter((c) => c.value !== 'A').reduce((s, c) => s + c.count, 0);
    const overriddenOrA = 5 - notA;
    expect(overriddenOrA).toBeGreaterThan(0);
    const res = await (await t.as('admin')).request('POST', '/api/segmentation/config/preview', {
      config: allA(),
    });
    expect(res.status).toBe(200);
    const preview = await body<{
      totalAccounts: number;
      changedAccounts: number;
      changes: Array<{ model: string; from: string; to: string; count: number }>;
    }>(res);
    expect(preview.totalAccounts).toBe(5);
    const grid = preview.changes.filter((c) => c.model === 'purchase_grid');
    expect(grid.every((c) => c.to === 'A')).toBe(true);
    expect(grid.reduce((s, c) => s + c.count, 0)).toBe(notA);
    expect(preview.changedAccounts).toBe(notA);

    const west = await body<{ totalAccounts: number }>(
      await (await t.as('rep_west')).request('POST', '/api/segmentation/config/preview', { config: allA() }),
    );
    expect(west.totalAccounts).toBe(2);
    expect(
      (await body<{ version: number }>(await (await t.as('admin')).get('/api/segmentation/config'))).version,
    ).toBe(0);
  });

  it('saving it (director) starts the recompute; movements show the grid moving up to A', async () => {
    const director = await t.as('director');
    const res = await director.request('PUT', '/api/segmentation/config', { config: allA() });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: 1, updatedBy: 'director' });
    const latest = await body<JobT>(await director.get('/api/segmentation/jobs/latest'));
    expect((await waitForJob('director', latest.id)).status).toBe('done');

    const moves = await director.get('/api/segmentation/movements?model=purchase_grid&limit=50');
    expect(moves.status).toBe(200);
    const list = await body<{
      items: Array<{ to: string; from: string; direction: string; period: string }>;
      total: number;
    }>(moves);
    expect(list.total).toBeGreaterThan(0);
    for (const m of list.items) expect(m).toMatchObject({ to: 'A', direction: 'up', period: '2026-11' });
    const down = await body<{ total: number }>(
      await director.get('/api/segmentation/movements?model=purchase_grid&direction=down'),
    );
    expect(down.total).toBe(0);

    const westMoves = await body<{ items: Array<{ accountId: number }> }>(
      await (await t.as('rep_west')).get('/api/segmentation/movements?limit=200'),
    );
    const westIds = [t.fixture.accounts.west, t.fixture.accounts.westShared];
    expect(westMoves.items.every((m) => westIds.includes(m.accountId))).toBe(true);
  });
});

describe('dashboard and drill-down — visibility [ORG-1]', () => {
  it.each([
    ['director', 5],
    ['admin', 5],
    ['manager_east', 3],
    ['rep_east', 3],
    ['rep_west', 2],
  ])('%s sees %d accounts in the dashboard', async (user, accounts) => {
    const res = await (await t.as(user)).get('/api/segmentation/dashboard');
    expect(res.status).toBe(200);
    const d = await body<DashboardT>(res);
    expect(d.period).toBe('2026-11');
    expect(d.accountCount).toBe(accounts);
    expect(d.grid).toHaveLength(25);
    expect(d.grid.reduce((s, c) => s + c.count, 0)).toBe(accounts);
    expect(d.portfolio.length).toBe(accounts);
    expect(d.clp.reduce((s, c) => s + c.count, 0)).toBe(accounts);
    for (const dist of d.distributions) expect(dist.items.reduce((s, i) => s + i.count, 0)).toBe(accounts);
    expect(d.pareto.points.at(-1)).toMatchObject({ accountPct: 100 });
  });

  it('filters by region and speaks the caller language', async () => {
    const director = await t.as('director');
    const east = await body<DashboardT>(
      await director.request(
        'GET',
        `/api/segmentation/dashboard?regionId=${t.fixture.units.east}`,
        undefined,
        {
          'accept-language': 'en',
        },
      ),
    );
    expect(east.accountCount).toBe(3);
    expect(east.clp.map((c) => c.label)).toEqual(['Transactional', 'Standard', 'Value', 'Strategic']);
    expect(east.clp[0]!.approach).toMatch(/^Standard low-cost/);
    const byRevenue = east.portfolio.map((p) => p.revenueFen);
    expect([...byRevenue].sort((a, b) => b - a)).toEqual(byRevenue);
  });

  it('drill-down lists only visible accounts of a value or a grid cell', async () => {
    const east = await t.as('rep_east');
    const res = await east.get('/api/segmentation/accounts?model=purchase_grid&value=A');
    expect(res.status).toBe(200);
    const list = await body<{ items: Array<{ accountId: number; label: string }>; total: number }>(res);
    const visible = [t.fixture.accounts.eastGroup, t.fixture.accounts.eastSub, t.fixture.accounts.westShared];
    expect(list.total).toBe(3);
    expect(list.items.map((i) => i.accountId).sort()).toEqual([...visible].sort());
    expect(list.items[0]!.label).toBe('A 类');

    const dashboard = await body<DashboardT>(await east.get('/api/segmentation/dashboard'));
    const cell = dashboard.grid.find((c) => c.count > 0)!;
    const inCell = await body<{ total: number }>(
      await east.get(`/api/segmentation/accounts?model=purchase_grid&x=${cell.x}&y=${cell.y}`),
    );
    expect(inCell.total).toBe(cell.count);
    expect((await east.get('/api/segmentation/accounts?model=unknown')).status).toBe(400);
  });
});

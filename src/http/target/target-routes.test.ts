// Route tier: target plans — the wizard, who sees which part of the tree (rep vs manager vs director), edits
// through the engine with cell-level 400s, the manager's part, publishing freezing a plan (409), new versions and
// their diff, the OGSM board and Ansoff. Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.

import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { TargetEditResult, TargetPlanTreeOut } from './target-schemas.ts';

let t: TestApp;
let planId: number;
const E = () => `org_unit:${t.fixture.units.east}`;
const W = () => `org_unit:${t.fixture.units.west}`;
const repEast = () => `${E()}/rep:${t.fixture.users.rep_east}`;
const repEast2 = () => `${E()}/rep:${t.fixture.users.rep_east2}`;

interface ErrorBody {
  code: string;
  message: string;
  details: Array<{ path: string; message: string }>;
}
type Edit = z.infer<typeof TargetEditResult>;
const body = async <T>(res: Response) => (await res.json()) as T;
const tree = async (user: string, id = planId, query = '') =>
  (await t.as(user)).get(`/api/target-plans/${id}${query}`);
const total = (plan: TargetPlanTreeOut, key: string, metric = 'revenue') =>
  plan.nodes.find((n) => n.key === key)?.cells[metric as 'revenue']?.total;

beforeAll(async () => {
  t = await createTestApp();
  const director = await t.as('director');
  const res = await director.request('POST', '/api/target-plans', {
    name: '2027 年度目标',
    year: 2027,
    metrics: ['revenue', 'collections'],
    levels: [
      { dimension: 'org_unit', orgUnitKind: 'region' },
      { dimension: 'rep' },
      { dimension: 'customer' },
    ],
    totals: { revenue: 1_200_000_00, collections: 1_000_000_00 },
    splitMethod: 'even',
    timeMethod: 'even',
  });
  expect(res.status).toBe(201);
  planId = (await body<TargetPlanTreeOut>(res)).plan.id;
});
afterAll(() => t.close());

describe('create and read', () => {
  it('the OpenAPI document lists the target plan endpoints', async () => {
    const doc = await body<{ paths: Record<string, unknown> }>(await t.app.request('/api/openapi.json'));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/target-plans',
        '/api/target-plans/{id}',
        '/api/target-plans/{id}/cells',
        '/api/target-plans/{id}/methods/preview',
        '/api/target-plans/{id}/new-version',
        '/api/target-plans/{id}/ogsm/{itemId}',
      ]),
    );
  });

  it('the wizard builds region → rep → customer and splits the company totals exactly', async () => {
    const plan = await body<TargetPlanTreeOut>(await tree('director'));
    expect(plan.plan).toMatchObject({
      year: 2027,
      version: 1,
      status: 'draft',
      metrics: ['revenue', 'collections'],
    });
    expect(plan.permissions).toEqual({ edit: true, publish: true, newVersion: false });
    const keys = plan.nodes.map((n) => n.key);
    expect(keys[0]).toBe('company');
    expect(keys).toContain(`${repEast()}/customer:${t.fixture.accounts.eastGroup}`);
    expect(keys).toContain(
      `${W()}/rep:${t.fixture.users.rep_west}/customer:${t.fixture.accounts.westShared}`,
    );
    expect(total(plan, 'company')).toBe(1_200_000_00);
    expect((total(plan, E()) ?? 0) + (total(plan, W()) ?? 0)).toBe(1_200_000_00);
    const root = plan.nodes[0]!;
    expect(root.cells.revenue?.months).toHaveLength(12);
    expect(root.cells.revenue?.quarters?.reduce((a, b) => a + b, 0)).toBe(1_200_000_00);
    for (const node of plan.nodes) {
      const kids = plan.nodes.filter((k) => k.parentKey === node.key);
      if (kids.length === 0) continue;
      for (const metric of ['revenue', 'collections'] as const)
        for (let m = 0; m < 12; m++)
          expect(kids.reduce((s, k) => s + (k.cells[metric]?.months?.[m] ?? 0), 0)).toBe(
            node.cells[metric]?.months?.[m],
          );
    }
  });

  it.each([
    ['rep', 'rep_east', 'managers and directors only', 403],
    ['manager', 'manager_east', 'managers and directors only', 403],
  ])('a %s may not create a plan', async (_who, user, _why, status) => {
    const res = await (await t.as(user)).request('POST', '/api/target-plans', {
      name: 'x',
      year: 2027,
      metrics: ['revenue'],
      levels: [{ dimension: 'rep' }],
    });
    expect(res.status).toBe(status);
  });

  it('bad wizard levels answer 400 naming the level', async () => {
    const res = await (await t.as('director')).request('POST', '/api/target-plans', {
      name: 'x',
      year: 2027,
      metrics: ['revenue'],
      levels: [{ dimension: 'customer' }, { dimension: 'rep' }],
    });
    expect(res.status).toBe(400);
    expect((await body<ErrorBody>(res)).details.map((d) => d.path)).toEqual(['levels.1']);
  });
});

describe('who sees what', () => {
  it('director sees the whole tree', async () => {
    const plan = await body<TargetPlanTreeOut>(await tree('director'));
    expect(plan.nodes.every((n) => n.access === 'full')).toBe(true);
    expect(plan.nodes).toHaveLength(1 + 2 + 3 + 5);
  });

  it('the East manager sees the East subtree, the company as path (no months)', async () => {
    const plan = await body<TargetPlanTreeOut>(await tree('manager_east'));
    const keys = plan.nodes.map((n) => n.key);
    expect(keys).toContain(E());
    expect(keys).not.toContain(W());
    expect(keys.some((k) => k.startsWith(`${W()}/`))).toBe(false);
    const root = plan.nodes.find((n) => n.key === 'company')!;
    expect(root.access).toBe('path');
    expect(root.cells.revenue?.months).toBeNull();
    expect(root.cells.revenue?.total).toBe(1_200_000_00);
    expect(plan.permissions.publish).toBe(false);
    expect(plan.nodes.find((n) => n.key === E())?.editable).toBe(true);
  });

  it('a rep sees their own rep node and customers, region and company as path, and edits nothing', async () => {
    const plan = await body<TargetPlanTreeOut>(await tree('rep_east'));
    expect(
      plan.nodes
        .filter((n) => n.access === 'full')
        .map((n) => n.key)
        .sort(),
    ).toEqual(
      [
        repEast(),
        `${repEast()}/customer:${t.fixture.accounts.eastGroup}`,
        `${repEast()}/customer:${t.fixture.accounts.eastSub}`,
      ].sort(),
    );
    expect(plan.nodes.filter((n) => n.access === 'path').map((n) => n.key)).toEqual(['company', E()]);
    expect(plan.nodes.some((n) => n.editable)).toBe(false);
    const res = await (await t.as('rep_east')).request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast(),
      metric: 'revenue',
      value: 1,
    });
    expect(res.status).toBe(403);
  });

  it('finance at the company unit sees the whole tree through its unit scope', async () => {
    const res = await tree('finance');
    expect(res.status).toBe(200);
  });

  it('the plan list shows the plan to each of them; another rep of another plan-less year gets nothing', async () => {
    for (const user of ['director', 'manager_east', 'rep_east', 'rep_west']) {
      const list = await body<{ items: Array<{ id: number }> }>(
        await (await t.as(user)).get('/api/target-plans?year=2027'),
      );
      expect(list.items.map((p) => p.id)).toContain(planId);
    }
    const none = await body<{ items: unknown[] }>(
      await (await t.as('rep_east')).get('/api/target-plans?year=2030'),
    );
    expect(none.items).toEqual([]);
  });

  it("a node outside the caller's part is not there for them", async () => {
    const res = await tree('rep_east', planId, `?under=${encodeURIComponent(W())}`);
    expect(res.status).toBe(404);
  });
});

describe('edits through the engine', () => {
  it('setting a rep total re-splits its customers and rolls up to the region and company', async () => {
    const director = await t.as('director');
    const res = await director.request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast2(),
      metric: 'revenue',
      value: 500_000_00,
    });
    expect(res.status).toBe(200);
    const edit = await body<Edit>(res);
    expect(edit.saved).toBe(true);
    expect(edit.diff.cells.length).toBeGreaterThan(0);
    const plan = await body<TargetPlanTreeOut>(await tree('director'));
    expect(total(plan, repEast2())).toBe(500_000_00);
    expect(total(plan, `${repEast2()}/customer:${t.fixture.accounts.eastOther}`)).toBe(500_000_00);
    expect(total(plan, E())).toBe((total(plan, repEast()) ?? 0) + 500_000_00);
    expect(total(plan, 'company')).toBe((total(plan, E()) ?? 0) + (total(plan, W()) ?? 0));
  });

  it('a negative target answers 400 naming the cell', async () => {
    const res = await (await t.as('director')).request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast(),
      metric: 'revenue',
      month: 3,
      value: -5,
    });
    expect(res.status).toBe(400);
    const err = await body<ErrorBody>(res);
    expect(err.details[0]?.path).toBe(`${repEast()}/revenue/3`);
  });

  it('a decimal value answers 400 (money is integer fen)', async () => {
    const res = await (await t.as('director')).request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast(),
      metric: 'revenue',
      value: 12.345,
    });
    expect(res.status).toBe(400);
    expect((await body<ErrorBody>(res)).details[0]?.path).toBe('value');
  });

  it('a child total above its locked parent answers 400 naming the cell', async () => {
    const director = await t.as('director');
    const lock = await director.request('PUT', `/api/target-plans/${planId}/locks`, {
      nodeKey: E(),
      metric: 'collections',
      locked: true,
    });
    expect(lock.status).toBe(200);
    const eastTotal = total(await body<TargetPlanTreeOut>(await tree('director')), E(), 'collections') ?? 0;
    const res = await director.request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast(),
      metric: 'collections',
      value: eastTotal + 1,
    });
    expect(res.status).toBe(400);
    const err = await body<ErrorBody>(res);
    expect(err.details.length).toBeGreaterThan(0);
    expect(err.details.every((d) => d.path.split('/').length >= 3)).toBe(true);
    const after = await body<TargetPlanTreeOut>(await tree('director'));
    expect(total(after, E(), 'collections')).toBe(eastTotal);
  });

  it('unknown node keys answer 400 naming the node', async () => {
    const res = await (await t.as('director')).request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: 'org_unit:999999',
      metric: 'revenue',
      value: 1,
    });
    expect(res.status).toBe(400);
    expect((await body<ErrorBody>(res)).details[0]?.path).toBe('org_unit:999999/node/total');
  });

  it('the East manager re-balances inside East (its total locked) but cannot change the region total', async () => {
    const manager = await t.as('manager_east');
    const lock = await manager.request('PUT', `/api/target-plans/${planId}/locks`, {
      nodeKey: E(),
      metric: 'revenue',
      locked: true,
    });
    expect(lock.status).toBe(200);
    const before = total(await body<TargetPlanTreeOut>(await tree('director')), E()) ?? 0;
    const inside = await manager.request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast(),
      metric: 'revenue',
      value: 300_000_00,
    });
    expect(inside.status).toBe(200);
    const plan = await body<TargetPlanTreeOut>(await tree('director'));
    expect(total(plan, E())).toBe(before);
    expect(total(plan, repEast())).toBe(300_000_00);
    expect(total(plan, repEast2())).toBe(before - 300_000_00);
    await manager.request('PUT', `/api/target-plans/${planId}/locks`, {
      nodeKey: E(),
      metric: 'revenue',
      locked: false,
    });
    // Without a lock, a figure typed below East still re-balances inside East: East keeps its figures as set from
    // above (QA walk: a manager had to lock their own region before every edit), and no lock is saved.
    const monthsOf = (p: TargetPlanTreeOut, key: string) =>
      p.nodes.find((n) => n.key === key)?.cells.revenue?.months;
    const eastMonths = monthsOf(plan, E());
    const june = await manager.request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast(),
      metric: 'revenue',
      month: 6,
      value: 1_000_00,
    });
    expect(june.status).toBe(200);
    const after = await body<TargetPlanTreeOut>(await tree('director'));
    expect(monthsOf(after, E())).toEqual(eastMonths);
    expect(monthsOf(after, repEast())?.[5]).toBe(1_000_00);
    expect(after.nodes.find((n) => n.key === E())?.cells.revenue?.totalLocked).toBe(false);
    expect(after.nodes.find((n) => n.key === E())?.cells.revenue?.lockedMonths).toEqual([]);
    // With the other rep's June locked, nothing inside East can take the difference: refused on the cell, nothing saved.
    const lockJune = (locked: boolean) =>
      manager.request('PUT', `/api/target-plans/${planId}/locks`, {
        nodeKey: repEast2(),
        metric: 'revenue',
        month: 6,
        locked,
      });
    expect((await lockJune(true)).status).toBe(200);
    const stuck = await manager.request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast(),
      metric: 'revenue',
      month: 6,
      value: 2_000_00,
    });
    expect(stuck.status).toBe(400);
    expect((await body<ErrorBody>(stuck)).details[0]?.message).toContain('华东');
    expect(monthsOf(await body<TargetPlanTreeOut>(await tree('director')), repEast())?.[5]).toBe(1_000_00);
    expect((await lockJune(false)).status).toBe(200);
    const outside = await manager.request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: E(),
      metric: 'revenue',
      value: before + 100,
    });
    expect(outside.status).toBe(403);
    // The refusal says why: the region's own total is set from above.
    const refusal = ((await outside.json()) as { message: string }).message;
    expect(refusal).toContain('上级下达');
    const west = await manager.request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: W(),
      metric: 'revenue',
      value: 1,
    });
    expect(west.status).toBe(400);
  });

  it('a method preview saves nothing; apply saves the same change', async () => {
    const director = await t.as('director');
    const input = {
      nodeKey: repEast(),
      timeMethod: 'campaign',
      params: { uplifts: [{ month: 6, percent: 50 }] },
    };
    const before = await body<TargetPlanTreeOut>(await tree('director'));
    const preview = await body<Edit>(
      await director.request('POST', `/api/target-plans/${planId}/methods/preview`, {
        ...input,
        metric: 'revenue',
      }),
    );
    expect(preview.saved).toBe(false);
    expect(preview.explanations.length).toBeGreaterThan(0);
    const unchanged = await body<TargetPlanTreeOut>(await tree('director'));
    expect(unchanged.nodes.find((n) => n.key === repEast())?.timeMethod).toBe(
      before.nodes.find((n) => n.key === repEast())?.timeMethod,
    );
    const apply = await director.request('POST', `/api/target-plans/${planId}/methods/apply`, {
      ...input,
      metric: 'revenue',
    });
    expect(apply.status).toBe(200);
    const applied = await body<Edit>(apply);
    expect(applied.diff.cells).toEqual(preview.diff.cells);
    const after = await body<TargetPlanTreeOut>(await tree('director'));
    expect(after.nodes.find((n) => n.key === repEast())?.timeMethod).toBe('campaign');
  });

  it('adding and removing a customer keeps the rep total', async () => {
    const director = await t.as('director');
    const repWest = `${W()}/rep:${t.fixture.users.rep_west}`;
    const before = total(await body<TargetPlanTreeOut>(await tree('director')), repWest) ?? 0;
    const removed = await director.request(
      'DELETE',
      `/api/target-plans/${planId}/nodes?nodeKey=${encodeURIComponent(`${repWest}/customer:${t.fixture.accounts.westShared}`)}`,
    );
    expect(removed.status).toBe(200);
    let plan = await body<TargetPlanTreeOut>(await tree('director'));
    expect(total(plan, repWest)).toBe(before);
    expect(total(plan, `${repWest}/customer:${t.fixture.accounts.west}`)).toBe(before);
    const added = await director.request('POST', `/api/target-plans/${planId}/nodes`, {
      parentKey: repWest,
      dimension: 'customer',
      refId: t.fixture.accounts.westShared,
    });
    expect(added.status).toBe(200);
    plan = await body<TargetPlanTreeOut>(await tree('director'));
    expect(total(plan, repWest)).toBe(before);
    expect(total(plan, `${repWest}/customer:${t.fixture.accounts.westShared}`)).toBeGreaterThan(0);
    const foreign = await director.request('POST', `/api/target-plans/${planId}/nodes`, {
      parentKey: repWest,
      dimension: 'customer',
      refId: t.fixture.accounts.eastOther,
    });
    expect(foreign.status).toBe(400);
  });

  it('a product line added below a customer stores the line id, its name and its scope; twice is refused', async () => {
    const director = await t.as('director');
    const { product_line_id: lineId } = await t.database.db
      .insertInto('product_line')
      .values({ code: 'PL-RT', name: '路由测试产品线', category: 'test' })
      .returning('product_line_id')
      .executeTakeFirstOrThrow();
    const customer = `${repEast()}/customer:${t.fixture.accounts.eastGroup}`;
    const before = total(await body<TargetPlanTreeOut>(await tree('director')), customer);
    const input = { parentKey: customer, dimension: 'product_line', refId: lineId };
    expect((await director.request('POST', `/api/target-plans/${planId}/nodes`, input)).status).toBe(200);
    const plan = await body<TargetPlanTreeOut>(await tree('director'));
    const key = `${customer}/product_line:${lineId}`;
    expect(plan.nodes.find((n) => n.key === key)).toMatchObject({
      dimension: 'product_line',
      refId: lineId,
      refKey: null,
      label: '路由测试产品线',
    });
    expect(total(plan, key)).toBe(before);
    const stored = await t.database.db
      .selectFrom('target_node')
      .select(['scope_account_id', 'scope_product_line_id'])
      .where('target_plan_id', '=', planId)
      .where('node_key', '=', key)
      .executeTakeFirstOrThrow();
    expect([Number(stored.scope_account_id), Number(stored.scope_product_line_id)]).toEqual([
      t.fixture.accounts.eastGroup,
      lineId,
    ]);
    const again = await director.request('POST', `/api/target-plans/${planId}/nodes`, input);
    expect(again.status).toBe(400);
    expect((await body<ErrorBody>(again)).details[0]?.path).toBe('refId');
  });

  it('a duplicate industry or account-type child is reported on refKey, the field that names it', async () => {
    const director = await t.as('director');
    for (const input of [
      { parentKey: repEast2(), dimension: 'industry', refKey: '路由测试行业' },
      { parentKey: repEast2(), dimension: 'account_type', refKey: 'distributor' },
    ]) {
      expect((await director.request('POST', `/api/target-plans/${planId}/nodes`, input)).status).toBe(200);
      const again = await director.request('POST', `/api/target-plans/${planId}/nodes`, input);
      expect(again.status).toBe(400);
      expect((await body<ErrorBody>(again)).details[0]).toMatchObject({ path: 'refKey' });
    }
  });

  it('Ansoff market/product gives the strategy', async () => {
    const res = await (await t.as('director')).request('PUT', `/api/target-plans/${planId}/ansoff`, {
      nodeKey: repEast(),
      market: 'existing',
      product: 'new',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ key: repEast(), ansoffStrategy: 'product_development' });
  });
});

describe('OGSM board', () => {
  it('objective → goal tied to a target → strategy; the goal shows its target; wrong parents refused', async () => {
    const director = await t.as('director');
    const objective = await body<{ id: number }>(
      await director.request('POST', `/api/target-plans/${planId}/ogsm`, {
        kind: 'objective',
        text: '成为华东第一',
      }),
    );
    const goalRes = await director.request('POST', `/api/target-plans/${planId}/ogsm`, {
      kind: 'goal',
      parentItemId: objective.id,
      nodeKey: E(),
      metric: 'revenue',
      text: '华东销售额',
    });
    expect(goalRes.status).toBe(201);
    const goal = await body<{ id: number; targetValue: number }>(goalRes);
    const plan = await body<TargetPlanTreeOut>(await tree('director'));
    expect(goal.targetValue).toBe(total(plan, E()));
    const bad = await director.request('POST', `/api/target-plans/${planId}/ogsm`, {
      kind: 'measure',
      parentItemId: objective.id,
      text: '拜访',
    });
    expect(bad.status).toBe(400);
    const board = await body<{ items: Array<{ kind: string; targetValue: number | null }> }>(
      await (await t.as('rep_west')).get(`/api/target-plans/${planId}/ogsm`),
    );
    expect(board.items.map((i) => i.kind)).toEqual(['objective', 'goal']);
    expect(board.items[1]?.targetValue).toBeNull(); // the West rep does not see East
    const repWrite = await (await t.as('rep_west')).request('POST', `/api/target-plans/${planId}/ogsm`, {
      kind: 'objective',
      text: 'x',
    });
    expect(repWrite.status).toBe(403);
  });
});

describe('versions', () => {
  it('publish freezes the plan (409 on every edit); a new version is a draft copy; diff by node key', async () => {
    const director = await t.as('director');
    const published = await director.request('POST', `/api/target-plans/${planId}/publish`);
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ status: 'published' });
    for (const [method, path, payload] of [
      ['PUT', 'cells', { nodeKey: repEast(), metric: 'revenue', value: 1 }],
      ['PUT', 'locks', { nodeKey: repEast(), metric: 'revenue', locked: true }],
      ['POST', 'methods/apply', { nodeKey: repEast(), timeMethod: 'even' }],
      ['POST', 'ogsm', { kind: 'objective', text: 'x' }],
      ['PUT', 'ansoff', { nodeKey: repEast(), market: null, product: null }],
      ['POST', 'roll-up', undefined],
      ['POST', 'publish', undefined],
    ] as const) {
      const res = await director.request(method, `/api/target-plans/${planId}/${path}`, payload);
      expect(res.status, path).toBe(409);
    }
    const frozen = await director.request('PUT', `/api/target-plans/${planId}/cells`, {
      nodeKey: repEast(),
      metric: 'revenue',
      value: 1,
    });
    expect((await body<ErrorBody>(frozen)).message).toContain('v1');

    const copy = await director.request('POST', `/api/target-plans/${planId}/new-version`);
    expect(copy.status).toBe(201);
    const v2 = await body<{ id: number; version: number; status: string; basedOnPlanId: number }>(copy);
    expect(v2).toMatchObject({ version: 2, status: 'draft', basedOnPlanId: planId });
    const v2Tree = await body<TargetPlanTreeOut>(await tree('director', v2.id));
    const v1Tree = await body<TargetPlanTreeOut>(await tree('director', planId));
    expect(v2Tree.nodes.map((n) => [n.key, n.cells.revenue?.total])).toEqual(
      v1Tree.nodes.map((n) => [n.key, n.cells.revenue?.total]),
    );
    const board = await body<{ items: Array<{ kind: string; parentItemId: number | null }> }>(
      await director.get(`/api/target-plans/${v2.id}/ogsm`),
    );
    expect(board.items.map((i) => i.kind)).toEqual(['objective', 'goal']);
    expect(board.items[1]?.parentItemId).not.toBeNull();

    const edit = await director.request('PUT', `/api/target-plans/${v2.id}/cells`, {
      nodeKey: repEast(),
      metric: 'revenue',
      month: 1,
      value: 1_000_00,
    });
    expect(edit.status).toBe(200);
    const diff = await body<{ cells: Array<{ nodeKey: string; month: number; after: number }> }>(
      await director.get(`/api/target-plans/${v2.id}/diff?against=${planId}`),
    );
    expect(diff.cells).toContainEqual(
      expect.objectContaining({ nodeKey: repEast(), month: 1, after: 1_000_00 }),
    );
    const repDiff = await body<{ cells: Array<{ nodeKey: string }> }>(
      await (await t.as('rep_west')).get(`/api/target-plans/${v2.id}/diff?against=${planId}`),
    );
    expect(repDiff.cells.every((c) => c.nodeKey.startsWith(W()))).toBe(true);

    const publishV2 = await director.request('POST', `/api/target-plans/${v2.id}/publish`);
    expect(publishV2.status).toBe(200);
    const history = await body<{ items: Array<{ version: number; status: string }> }>(
      await director.get(`/api/target-plans/${v2.id}/history`),
    );
    expect(history.items.map((p) => [p.version, p.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
  });
});

// Target tracking routes ([TGT-5]) on the fixture company's 2026 plan (test/target-tracking-fixture.ts), with
// the clock on 2026-11-25 (10 months elapsed): figures equal the facts, and who sees which part of the tree.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTracking, type TrackingFixture } from '../../../test/target-tracking-fixture.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let tf: TrackingFixture;
const base = () => `/api/target-tracking/plans/${tf.planId}`;

beforeAll(async () => {
  t = await createTestApp();
  tf = await seedTracking(t.database, t.fixture);
  const admin = await t.as('admin');
  const res = await admin.request('POST', '/api/target-tracking/refresh', { planId: tf.planId });
  expect(res.status).toBe(200);
}, 60_000);
afterAll(() => t.close());

const body = async <T>(res: Response) => (await res.json()) as T;

interface Attainment {
  throughMonth: number;
  path: Array<{ id: number; label: string }>;
  metrics: Array<{
    metric: string;
    ytd: {
      target: number;
      actual: number;
      attainment: string | null;
      gap: number;
      lastYear: number;
      yoy: string | null;
    };
    months: Array<{ target: number; actual: number }>;
    projection: { method: string; value: number } | null;
  }>;
}

async function factSum(where: string, from: string, to: string) {
  const r = await sql<{ r: number; c: number }>`
    SELECT coalesce(sum(revenue_fen), 0) AS r, coalesce(sum(cost_fen), 0) AS c FROM account_month_fact f
     WHERE month BETWEEN ${from}::date AND ${to}::date AND ${sql.raw(where)}`.execute(t.database.db);
  return { revenue: Number(r.rows[0]?.r), cost: Number(r.rows[0]?.c) };
}

describe('target tracking routes', () => {
  it('shows each user only their part of the tree', async () => {
    const tree = async (user: string) =>
      body<{ nodes: Array<{ id: number }>; rootIds: number[] }>(
        await (await t.as(user)).get(`${base()}/tree`),
      );
    const admin = await tree('admin');
    expect(admin.nodes).toHaveLength(9);
    expect(admin.rootIds).toEqual([tf.nodes.company]);
    expect((await tree('director')).nodes).toHaveLength(9);
    const manager = await tree('manager_east');
    expect(manager.rootIds).toEqual([tf.nodes.east]);
    expect(manager.nodes.map((n) => n.id).sort()).toEqual(
      [
        tf.nodes.east,
        tf.nodes.repEast,
        tf.nodes.repEast2,
        tf.nodes.customer,
        tf.nodes.productLine,
        tf.nodes.distributor,
      ].sort(),
    );
    const rep = await tree('rep_east');
    expect(rep.rootIds).toEqual([tf.nodes.repEast]);
    expect(rep.nodes).toHaveLength(3);
    expect((await tree('rep_west')).nodes).toHaveLength(0);
  });

  it("answers a node's 12 × 4 figures from the facts, and 404 outside the caller's part", async () => {
    const admin = await t.as('admin');
    const res = await admin.get(`${base()}/nodes/${tf.nodes.company}/attainment`);
    expect(res.status).toBe(200);
    const view = await body<Attainment>(res);
    expect(view.throughMonth).toBe(10);
    const revenue = view.metrics.find((m) => m.metric === 'revenue');
    const now = await factSum('true', '2026-01-01', '2026-10-01');
    const then = await factSum('true', '2025-01-01', '2025-10-01');
    expect(revenue?.ytd.actual).toBe(now.revenue);
    expect(revenue?.ytd.lastYear).toBe(then.revenue);
    expect(revenue?.ytd.gap).toBe((revenue?.ytd.target ?? 0) - now.revenue);
    const gp = view.metrics.find((m) => m.metric === 'gross_profit');
    expect(gp?.ytd.actual).toBe(now.revenue - now.cost);
    expect(revenue?.projection?.method).toBe('seasonality');

    const rep = await t.as('rep_east');
    expect((await rep.get(`${base()}/nodes/${tf.nodes.company}/attainment`)).status).toBe(404);
    expect((await rep.get(`${base()}/nodes/${tf.nodes.east}/attainment`)).status).toBe(404);
    const own = await body<Attainment>(
      await rep.get(`${base()}/nodes/${tf.nodes.productLine}/attainment?through=6`),
    );
    expect(own.throughMonth).toBe(6);
    expect(own.path.map((p) => p.id)).toEqual([tf.nodes.repEast, tf.nodes.customer, tf.nodes.productLine]);
    const pl = await factSum(
      `account_id = ${t.fixture.accounts.eastGroup} AND product_line_id = ${tf.productLines.a}`,
      '2026-01-01',
      '2026-06-01',
    );
    expect(own.metrics.find((m) => m.metric === 'revenue')?.ytd.actual).toBe(pl.revenue);
    expect(own.metrics.find((m) => m.metric === 'collections')?.ytd.actual).toBe(0);
    expect((await rep.get(`${base()}/nodes/${tf.nodes.repEast}/attainment?through=13`)).status).toBe(400);
    expect((await admin.get(`/api/target-tracking/plans/999999/tree`)).status).toBe(404);
  });

  it('ranks reps under the company and splits the gap into the children', async () => {
    const admin = await t.as('admin');
    const ranking = await body<{ items: Array<{ id: number; rank: number; attainment: string | null }> }>(
      await admin.get(`${base()}/nodes/${tf.nodes.company}/ranking?dimension=rep&metric=revenue`),
    );
    expect(ranking.items.map((i) => i.id).sort()).toEqual([tf.nodes.repEast, tf.nodes.repEast2].sort());
    expect(ranking.items.map((i) => i.rank)).toEqual([1, 2]);
    expect(Number(ranking.items[0]?.attainment)).toBeGreaterThanOrEqual(Number(ranking.items[1]?.attainment));
    // The customer level holds only 东方集团 for the manager of the east.
    const manager = await t.as('manager_east');
    const customers = await body<{ items: Array<{ id: number }> }>(
      await manager.get(`${base()}/nodes/${tf.nodes.east}/ranking?dimension=customer&period=year`),
    );
    expect(customers.items.map((i) => i.id)).toEqual([tf.nodes.customer]);

    const w = await body<{
      target: number;
      actual: number;
      steps: Array<{ nodeId: number | null; delta: number }>;
    }>(await admin.get(`${base()}/nodes/${tf.nodes.company}/waterfall?metric=collections&period=ytd`));
    expect(
      w.steps
        .filter((s) => s.nodeId !== null)
        .map((s) => s.nodeId)
        .sort(),
    ).toEqual([tf.nodes.east, tf.nodes.west].sort());
    expect(w.target + w.steps.reduce((s, x) => s + x.delta, 0)).toBe(w.actual);
    expect((await manager.get(`${base()}/nodes/${tf.nodes.company}/waterfall`)).status).toBe(404);
    expect(
      (await manager.get(`${base()}/nodes/${tf.nodes.east}/waterfall?period=month&month=3`)).status,
    ).toBe(200);
  });

  it('drills down to the order lines of a node, paginated', async () => {
    const rep = await t.as('rep_east');
    const page = await body<{
      total: number;
      items: Array<{ accountId: number; productSku: string; orderDate: string }>;
    }>(await rep.get(`${base()}/nodes/${tf.nodes.productLine}/order-lines?limit=4`));
    expect(page.total).toBe(6);
    expect(page.items).toHaveLength(4);
    expect(
      page.items.every((l) => l.accountId === t.fixture.accounts.eastGroup && l.productSku === 'SKU-A'),
    ).toBe(true);
    expect(page.items[0]?.orderDate).toBe('2026-06-10');
    const next = await body<{ total: number; items: unknown[] }>(
      await rep.get(`${base()}/nodes/${tf.nodes.productLine}/order-lines?limit=4&offset=4`),
    );
    expect(next.items).toHaveLength(2);
    const march = await body<{ total: number }>(
      await rep.get(`${base()}/nodes/${tf.nodes.repEast}/order-lines?month=3`),
    );
    expect(march.total).toBe(4); // two accounts × two product lines
    expect((await rep.get(`${base()}/nodes/${tf.nodes.east}/order-lines`)).status).toBe(404);
  });

  it('exports the monthly completion sheet of the caller’s part', async () => {
    const read = async (user: string) => {
      const res = await (await t.as(user)).get(`${base()}/completion.xlsx`);
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      return workbook;
    };
    const all = await read('admin');
    expect(all.worksheets.map((w) => w.name)).toEqual(['销售额', '回款额', '毛利', '费用']);
    const revenue = all.worksheets[0];
    expect(revenue?.rowCount).toBe(3 + 9);
    expect(revenue?.getCell(4, 1).value).toBe('全公司');
    const rep = await read('rep_east');
    expect(rep.worksheets[0]?.rowCount).toBe(3 + 3);
    // A plan without an expense target gets no 费用 sheet (the rows are put back for the other tests).
    const db = t.database.db;
    const kept = await sql<{ node: string; months: string; locked: string; total: boolean }>`
      SELECT target_node_id AS node, months::text AS months, locked_months::text AS locked, total_locked AS total
        FROM target_value WHERE target_plan_id = ${tf.planId} AND metric = 'expense'`.execute(db);
    expect(kept.rows).toHaveLength(9);
    await sql`DELETE FROM target_value WHERE target_plan_id = ${tf.planId} AND metric = 'expense'`.execute(
      db,
    );
    try {
      expect((await read('admin')).worksheets.map((w) => w.name)).toEqual(['销售额', '回款额', '毛利']);
    } finally {
      for (const r of kept.rows)
        await sql`INSERT INTO target_value (target_plan_id, target_node_id, metric, months, locked_months, total_locked)
                  VALUES (${tf.planId}, ${r.node}, 'expense', ${r.months}::jsonb, ${r.locked}::jsonb, ${r.total})`.execute(
          db,
        );
    }
  });

  it('computes the three rates with a market size, and only admins refresh', async () => {
    const admin = await t.as('admin');
    const set = await admin.request('PUT', '/api/market-sizes', {
      year: 2026,
      orgUnitId: t.fixture.units.company,
      sizeFen: 50_000_000,
      source: '行业协会',
    });
    expect(set.status).toBe(200);
    const rates = await body<{
      salesAttainment: { actual: number; rate: string | null };
      customerGrowth: { existingCount: number; newCount: number; existingGrowth: string | null };
      marketShare: { marketSizeFen: number; rate: string | null; ourSalesFen: number };
    }>(await admin.get(`${base()}/nodes/${tf.nodes.company}/rates`));
    expect(rates.customerGrowth.existingCount).toBe(5);
    expect(rates.customerGrowth.newCount).toBe(0);
    expect(rates.marketShare.marketSizeFen).toBe(50_000_000);
    expect(rates.marketShare.ourSalesFen).toBe(rates.salesAttainment.actual);
    expect(Number(rates.marketShare.rate)).toBeCloseTo(rates.salesAttainment.actual / 50_000_000, 4);
    const rep = await t.as('rep_east');
    expect((await rep.request('POST', '/api/target-tracking/refresh', {})).status).toBe(403);
    expect(await body(await admin.request('POST', '/api/target-tracking/refresh', {}))).toEqual({
      plans: 1,
      rows: expect.any(Number),
    });
  });

  it('keeps market sizes to their editors and their part of the organisation', async () => {
    const manager = await t.as('manager_east');
    const ok = await manager.request('PUT', '/api/market-sizes', {
      year: 2026,
      orgUnitId: t.fixture.units.east,
      segment: '食品',
      sizeFen: 8_000_000,
    });
    expect(ok.status).toBe(200);
    const saved = await body<{ id: number; segment: string }>(ok);
    expect(saved.segment).toBe('食品');
    expect(
      (
        await manager.request('PUT', '/api/market-sizes', {
          year: 2026,
          orgUnitId: t.fixture.units.west,
          sizeFen: 1,
        })
      ).status,
    ).toBe(403);
    const rep = await t.as('rep_east');
    expect(
      (
        await rep.request('PUT', '/api/market-sizes', {
          year: 2026,
          orgUnitId: t.fixture.units.eastTeam,
          sizeFen: 1,
        })
      ).status,
    ).toBe(403);
    const bad = await manager.request('PUT', '/api/market-sizes', {
      year: 2026,
      orgUnitId: t.fixture.units.east,
      sizeFen: -5,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('sizeFen');
    const list = async (user: string) =>
      (
        await body<{ items: Array<{ orgUnitId: number }> }>(
          await (await t.as(user)).get('/api/market-sizes?year=2026'),
        )
      ).items;
    expect((await list('admin')).length).toBe(2);
    expect((await list('manager_east')).map((m) => m.orgUnitId)).toEqual([t.fixture.units.east]);
    expect(await list('rep_west')).toEqual([]);
    expect((await (await t.as('rep_west')).request('DELETE', `/api/market-sizes/${saved.id}`)).status).toBe(
      404,
    );
    expect((await manager.request('DELETE', `/api/market-sizes/${saved.id}`)).status).toBe(204);
  });

  it('keeps the actuals current when order lines and collections are written through the facts API', async () => {
    const snapshot = async () =>
      (
        await sql<Record<string, unknown>>`
          SELECT target_node_id, month::text AS month, revenue_fen, cost_fen, collection_fen, expense_fen, line_count
            FROM target_node_actual WHERE target_plan_id = ${tf.planId} ORDER BY 1, 2`.execute(t.database.db)
      ).rows;
    const admin = await t.as('admin');
    const before = await admin.get(`${base()}/nodes/${tf.nodes.productLine}/attainment?through=12`);
    const revenueBefore = (await body<Attainment>(before)).metrics[0]?.ytd.actual ?? 0;
    const line = await admin.request('POST', '/api/order-lines', {
      accountId: t.fixture.accounts.eastGroup,
      orderDate: '2026-09-03',
      productLineId: tf.productLines.a,
      quantity: 2,
      amountFen: 123_400,
      costFen: 70_000,
    });
    expect(line.status).toBe(201);
    const collection = await admin.request('POST', '/api/collections', {
      accountId: t.fixture.accounts.west,
      collectedOn: '2026-09-20',
      amountFen: 55_500,
    });
    expect(collection.status).toBe(201);
    const after = await body<Attainment>(
      await admin.get(`${base()}/nodes/${tf.nodes.productLine}/attainment?through=12`),
    );
    expect(after.metrics[0]?.ytd.actual).toBe(revenueBefore + 123_400);
    const incremental = await snapshot();
    await admin.request('POST', '/api/target-tracking/refresh', { planId: tf.planId });
    expect(await snapshot()).toEqual(incremental);
  });
});

// target_node_actual kept by the fact-delta hook equals a full rebuild from the facts, for random deltas
// (revenue and cash, in and outside the plan's three years, on product lines and none); draft and published
// plans follow the deltas, superseded ones do not; adding and removing nodes through the edit use cases touches
// only those nodes' rows, and leaves what a full rebuild gives. Runs on PGlite, and on PostgreSQL with
// TEST_DATABASE_URL.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import {
  actualsSnapshot,
  seedTracking,
  type TrackingFixture,
} from '../../../test/target-tracking-fixture.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createRepositories, createTransaction } from '../../db/repositories/create-repositories.ts';
import { orderLineSourceOf } from '../../excel/order-line-file.ts';
import type { FactDelta } from '../facts/fact-delta.ts';
import { createOrderLineImportService } from '../facts/order-line-import-service.ts';
import { toActor } from '../org/org-repository.ts';
import { createTargetActualsHook, createTargetActualsService } from './target-actuals-service.ts';
import { createTargetEditService } from './target-edit-service.ts';

let database: TestDatabase;
let fx: Fixture;
let tracking: TrackingFixture;
let superseded: number;

const snapshot = (planId: number) => actualsSnapshot(database, planId);

/** Applies a delta to the facts the way the facts use cases do (upsert adding). */
async function applyToFacts(d: FactDelta): Promise<void> {
  if (d.productLineId !== null)
    await sql`
      INSERT INTO account_month_fact (account_id, month, product_line_id, revenue_fen, cost_fen, line_count)
      VALUES (${d.accountId}, ${d.month}::date, ${d.productLineId}, ${d.revenueFen}, ${d.costFen}, ${d.lineCount})
      ON CONFLICT (account_id, month, product_line_id) DO UPDATE SET
        revenue_fen = account_month_fact.revenue_fen + EXCLUDED.revenue_fen,
        cost_fen = account_month_fact.cost_fen + EXCLUDED.cost_fen,
        line_count = account_month_fact.line_count + EXCLUDED.line_count`.execute(database.db);
  else
    await sql`
      INSERT INTO account_month_cash_fact (account_id, month, collection_fen, expense_fen)
      VALUES (${d.accountId}, ${d.month}::date, ${d.collectionFen}, ${d.expenseFen})
      ON CONFLICT (account_id, month) DO UPDATE SET
        collection_fen = account_month_cash_fact.collection_fen + EXCLUDED.collection_fen,
        expense_fen = account_month_cash_fact.expense_fen + EXCLUDED.expense_fen`.execute(database.db);
}

/**
 * A stored node of a hand-made plan: the company (no parent) or a customer node under it (scope: the account);
 * its id.
 */
async function insertNode(
  planId: number,
  parentId: number | null,
  key: string,
  accountId: number | null,
  label = key,
): Promise<number> {
  const row = await database.db
    .insertInto('target_node')
    .values({
      target_plan_id: planId,
      parent_node_id: parentId,
      node_key: key,
      depth: parentId === null ? 0 : 1,
      dimension: parentId === null ? 'company' : 'customer',
      label,
      method_params: '{}',
      ref_id: accountId,
      ref_key: null,
      ansoff_market: null,
      ansoff_product: null,
      scope_org_unit_id: null,
      scope_owner_user_id: null,
      scope_industry: null,
      scope_account_type: null,
      scope_account_id: accountId,
      scope_product_line_id: null,
    })
    .returning('target_node_id')
    .executeTakeFirstOrThrow();
  return row.target_node_id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await seedFixture(database);
  tracking = await seedTracking(database, fx);
  // A superseded earlier version of the same year: copies of two nodes, not maintained incrementally.
  const old = await database.db
    .insertInto('target_plan')
    .values({ year: 2026, version: 0 + 2, name: 'old', status: 'superseded' })
    .returning('target_plan_id')
    .executeTakeFirstOrThrow();
  superseded = old.target_plan_id;
  await insertNode(superseded, null, 'company', null, '全公司');
}, 60_000);
afterAll(() => database.dispose());

describe('target actuals', () => {
  it('rebuilds a plan from the facts: company = all accounts, product-line node without cash', async () => {
    const repos = createRepositories(database.db);
    const written = await repos.targetActuals.rebuildPlan(tracking.planId);
    expect(written).toBeGreaterThan(0);
    const rows = await repos.targetTracking.actuals(
      tracking.planId,
      [tracking.nodes.company],
      '2026-01-01',
      '2026-12-01',
    );
    const facts = await sql<{ r: number }>`
      SELECT sum(revenue_fen) AS r FROM account_month_fact WHERE month BETWEEN '2026-01-01' AND '2026-12-01'`.execute(
      database.db,
    );
    expect(rows.reduce((s, r) => s + r.revenueFen, 0)).toBe(Number(facts.rows[0]?.r));
    const pl = await repos.targetTracking.actuals(
      tracking.planId,
      [tracking.nodes.productLine],
      '2024-01-01',
      '2026-12-01',
    );
    expect(pl.length).toBe(30);
    expect(pl.every((r) => r.collectionFen === 0 && r.expenseFen === 0 && r.revenueFen > 0)).toBe(true);
    // The line of 2023 lies outside the plan's three years.
    const all = await repos.targetTracking.actuals(tracking.planId, undefined, '2000-01-01', '2100-12-01');
    expect(all.every((r) => r.month >= '2024-01-01')).toBe(true);
  });

  it('history sums the years before the plan year per calendar month, and last year as total', async () => {
    const repos = createRepositories(database.db);
    const service = createTargetActualsService();
    await service.rebuildPlan(repos, tracking.planId);
    const history = await service.history(repos, tracking.planId, 2026, 2);
    const nodes = await repos.targetTracking.nodes(tracking.planId);
    const key = nodes.find((n) => n.id === tracking.nodes.west)?.key ?? '';
    const rows = await repos.targetTracking.actuals(
      tracking.planId,
      [tracking.nodes.west],
      '2024-01-01',
      '2025-12-01',
    );
    const jan = rows
      .filter((r) => r.month.endsWith('-01-01'))
      .reduce((s, r) => s + r.revenueFen - r.costFen, 0);
    expect(history.monthly(key, 'gross_profit')?.[0]).toBe(jan);
    const last = rows.filter((r) => r.month.startsWith('2025')).reduce((s, r) => s + r.collectionFen, 0);
    expect(history.total(key, 'collections')).toBe(last);
    expect(history.monthly(key, 'visits')).toBeUndefined();
    expect(history.monthly('no-such-node', 'revenue')).toBeUndefined();
    // Read for some nodes only: the same figures for those, none for the others.
    const other = nodes.find((n) => n.id !== tracking.nodes.west && history.total(n.key, 'revenue'));
    expect(other).toBeDefined();
    const some = await service.history(repos, tracking.planId, 2026, 2, [key]);
    expect(some.monthly(key, 'gross_profit')).toEqual(history.monthly(key, 'gross_profit'));
    expect(some.total(key, 'collections')).toBe(last);
    expect(some.total(other?.key ?? '', 'revenue')).toBeUndefined();
    const none = await service.history(repos, tracking.planId, 2026, 2, []);
    expect(none.total(key, 'revenue')).toBeUndefined();
  });

  it('random deltas applied incrementally equal the full rebuild', async () => {
    const repos = createRepositories(database.db);
    const hook = createTargetActualsHook();
    await repos.targetActuals.rebuildPlan(tracking.planId);
    await repos.targetActuals.rebuildPlan(superseded);
    const supersededBefore = await snapshot(superseded);
    const accounts = Object.values(fx.accounts);
    const delta = fc.record({
      accountId: fc.constantFrom(...accounts),
      month: fc.constantFrom(
        '2023-12-01',
        '2024-01-01',
        '2025-06-01',
        '2026-03-01',
        '2026-12-01',
        '2027-01-01',
      ),
      kind: fc.constantFrom('a', 'b', 'cash'),
      amount: fc.integer({ min: -50_000, max: 80_000 }),
      lines: fc.integer({ min: -2, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(delta, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        async (writes) => {
          for (const write of writes) {
            const deltas: FactDelta[] = write.map((w) => ({
              accountId: w.accountId,
              month: w.month,
              productLineId:
                w.kind === 'cash' ? null : w.kind === 'a' ? tracking.productLines.a : tracking.productLines.b,
              revenueFen: w.kind === 'cash' ? 0 : w.amount,
              costFen: w.kind === 'cash' ? 0 : Math.trunc(w.amount / 2),
              lineCount: w.kind === 'cash' ? 0 : w.lines,
              collectionFen: w.kind === 'cash' ? w.amount : 0,
              expenseFen: w.kind === 'cash' ? Math.abs(w.amount) % 997 : 0,
            }));
            for (const d of deltas) await applyToFacts(d);
            await database.db.transaction().execute((trx) => hook(deltas, createRepositories(trx)));
          }
          const incremental = await snapshot(tracking.planId);
          await repos.targetActuals.rebuildPlan(tracking.planId);
          expect(incremental).toEqual(await snapshot(tracking.planId));
        },
      ),
      { numRuns: 15 },
    );
    expect(await snapshot(superseded)).toEqual(supersededBefore);
  }, 120_000);

  it('a delta that brings a month back to zero removes the row, as a rebuild would', async () => {
    const repos = createRepositories(database.db);
    const hook = createTargetActualsHook();
    const d: FactDelta = {
      accountId: fx.accounts.eastSub,
      month: '2026-11-01',
      productLineId: tracking.productLines.b,
      revenueFen: 5_000,
      costFen: 1_000,
      lineCount: 1,
      collectionFen: 0,
      expenseFen: 0,
    };
    await repos.targetActuals.rebuildPlan(tracking.planId);
    const before = await snapshot(tracking.planId);
    await hook([d], repos);
    expect((await snapshot(tracking.planId)).length).toBeGreaterThan(before.length);
    await hook([{ ...d, revenueFen: -5_000, costFen: -1_000, lineCount: -1 }], repos);
    expect(await snapshot(tracking.planId)).toEqual(before);
  });

  it('an order-line import hands its staged deltas to the hook: the plan equals a rebuild after new lines and after corrections', async () => {
    const repos = createRepositories(database.db);
    await repos.targetActuals.rebuildPlan(tracking.planId);
    const codes = await database.db
      .selectFrom('account')
      .select(['account_id', 'code'])
      .where('account_id', 'in', [fx.accounts.eastSub, fx.accounts.eastGroup])
      .execute();
    const [east, group] = [fx.accounts.eastSub, fx.accounts.eastGroup].map(
      (id) => codes.find((c) => c.account_id === id)?.code,
    );
    const importer = createOrderLineImportService({
      transaction: createTransaction(database.db),
      clock: fixedClock(),
      onFactDeltas: [createTargetActualsHook()],
    });
    const admin = toActor((await repos.users.findByUsername('admin'))!);
    const file = (...rows: string[]) =>
      orderLineSourceOf(
        'lines.csv',
        new TextEncoder().encode(
          ['订单号,行号,客户编码,日期,产品线,数量,单价,金额,成本', ...rows].join('\n'),
        ),
      );
    const matchesRebuild = async () => {
      const incremental = await snapshot(tracking.planId);
      await repos.targetActuals.rebuildPlan(tracking.planId);
      expect(incremental).toEqual(await snapshot(tracking.planId));
      return incremental;
    };
    const before = await snapshot(tracking.planId);
    const added = await importer.importOrderLines(
      admin,
      file(
        `HOOK-1,1,${east},2026-02-10,PLA,1,,100.00,40.00`,
        `HOOK-1,2,${group},2026-03-10,PLB,1,,50.00,10.00`,
        `HOOK-2,1,${east},2025-11-30,PLA,2,,7.50,1.00`,
      ),
      {},
      { requestId: 'test' },
    );
    expect(added).toMatchObject({ applied: true, created: 3 });
    expect(await matchesRebuild()).not.toEqual(before);
    const corrected = await importer.importOrderLines(
      admin,
      file(
        `HOOK-1,1,${east},2026-04-10,PLB,1,,100.00,40.00`,
        `HOOK-1,2,${group},2026-03-10,PLB,1,,50.00,10.00`,
        `HOOK-2,1,${group},2025-11-30,PLA,2,,9.00,1.00`,
      ),
      {},
      { requestId: 'test' },
    );
    expect(corrected).toMatchObject({ applied: true, created: 0, updated: 2, unchanged: 1 });
    await matchesRebuild();
  });

  it('an import into open plans without product-line nodes reads only its month sums, and equals a rebuild', async () => {
    const repos = createRepositories(database.db);
    const db = database.db;
    const { status } = await db
      .selectFrom('target_plan')
      .select('status')
      .where('target_plan_id', '=', tracking.planId)
      .executeTakeFirstOrThrow();
    // The tracking plan has product-line nodes: set it aside, and open a plan of a company and one customer.
    await db
      .updateTable('target_plan')
      .set({ status: 'superseded' })
      .where('target_plan_id', '=', tracking.planId)
      .execute();
    const plan = await db
      .insertInto('target_plan')
      .values({ year: 2026, version: 9, name: 'no product lines', status: 'draft' })
      .returning('target_plan_id')
      .executeTakeFirstOrThrow();
    const company = await insertNode(plan.target_plan_id, null, 'company', null);
    await insertNode(plan.target_plan_id, company, `customer:${fx.accounts.eastSub}`, fx.accounts.eastSub);
    try {
      await repos.targetActuals.rebuildPlan(plan.target_plan_id);
      const stageAllCalls: number[] = [];
      const hook = createTargetActualsHook();
      const importer = createOrderLineImportService({
        transaction: createTransaction(db),
        clock: fixedClock(),
        onFactDeltas: [
          (deltas, r) => {
            if (!('staged' in deltas)) return hook(deltas, r);
            let calls = 0;
            stageAllCalls.push(0);
            return hook(
              {
                ...deltas,
                stageAll: () => {
                  stageAllCalls[stageAllCalls.length - 1] = ++calls;
                  return deltas.stageAll();
                },
              },
              r,
            );
          },
        ],
      });
      const admin = toActor((await repos.users.findByUsername('admin'))!);
      const { code } = await db
        .selectFrom('account')
        .select('code')
        .where('account_id', '=', fx.accounts.eastSub)
        .executeTakeFirstOrThrow();
      const run = (...rows: string[]) =>
        importer.importOrderLines(
          admin,
          orderLineSourceOf(
            'lines.csv',
            new TextEncoder().encode(
              ['订单号,行号,客户编码,日期,产品线,数量,单价,金额,成本', ...rows].join('\n'),
            ),
          ),
          {},
          { requestId: 'test' },
        );
      const matchesRebuild = async () => {
        const incremental = await snapshot(plan.target_plan_id);
        await repos.targetActuals.rebuildPlan(plan.target_plan_id);
        expect(incremental).toEqual(await snapshot(plan.target_plan_id));
        return incremental;
      };
      const before = await snapshot(plan.target_plan_id);
      // Two product lines in one month: one month sum.
      expect(
        await run(
          `MONTHS-1,1,${code},2026-05-10,PLA,1,,100.00,40.00`,
          `MONTHS-1,2,${code},2026-05-11,PLB,1,,50.00,10.00`,
          `MONTHS-2,1,${code},2025-12-31,PLA,2,,7.50,1.00`,
        ),
      ).toMatchObject({ applied: true, created: 3 });
      expect(await matchesRebuild()).not.toEqual(before);
      expect(stageAllCalls).toEqual([0]);
      // Corrections: only the per-product-line deltas hold their old values' negatives.
      expect(
        await run(
          `MONTHS-1,1,${code},2026-06-10,PLB,1,,100.00,40.00`,
          `MONTHS-1,2,${code},2026-05-11,PLB,1,,50.00,10.00`,
        ),
      ).toMatchObject({ applied: true, updated: 1, unchanged: 1 });
      await matchesRebuild();
      expect(stageAllCalls[1]).toBeGreaterThan(0);
    } finally {
      await db.deleteFrom('target_plan').where('target_plan_id', '=', plan.target_plan_id).execute();
      await db
        .updateTable('target_plan')
        .set({ status })
        .where('target_plan_id', '=', tracking.planId)
        .execute();
      await repos.targetActuals.rebuildPlan(tracking.planId);
    }
  });

  it('adding and removing nodes builds only their rows, equal to a full rebuild of the plan', async () => {
    const repos = createRepositories(database.db);
    const actuals = createTargetActualsService();
    const rebuiltNodes: number[][] = [];
    const edits = createTargetEditService({
      repos,
      transaction: createTransaction(database.db),
      actuals: {
        ...actuals,
        rebuildPlan: () =>
          Promise.reject(new Error('an added or removed node must not rebuild the whole plan')),
        rebuildNodes: (r, planId, ids) => {
          rebuiltNodes.push([...ids]);
          return actuals.rebuildNodes(r, planId, ids);
        },
      },
    });
    const director = toActor((await repos.users.findById(fx.users.director))!);
    const ctx = { requestId: null };
    await database.db
      .updateTable('target_plan')
      .set({ status: 'draft' })
      .where('target_plan_id', '=', tracking.planId)
      .execute();
    await repos.targetActuals.rebuildPlan(tracking.planId);
    const keyOf = new Map((await repos.targetTracking.nodes(tracking.planId)).map((n) => [n.id, n.key]));
    const key = (id: number) => keyOf.get(id) as string;
    const compare = async () => {
      const incremental = await snapshot(tracking.planId);
      await repos.targetActuals.rebuildPlan(tracking.planId);
      expect(incremental).toEqual(await snapshot(tracking.planId));
      return incremental;
    };

    const before = await snapshot(tracking.planId);
    const added = await edits.addNode(
      director,
      tracking.planId,
      { parentKey: key(tracking.nodes.repEast), dimension: 'customer', refId: fx.accounts.eastSub },
      ctx,
    );
    await edits.addNode(
      director,
      tracking.planId,
      { parentKey: key(tracking.nodes.customer), dimension: 'product_line', refId: tracking.productLines.b },
      ctx,
    );
    expect(rebuiltNodes.map((ids) => ids.length)).toEqual([1, 1]);
    const grown = await compare();
    expect(grown.length).toBeGreaterThan(before.length);
    await edits.removeNode(director, tracking.planId, added.diff.added[0] as string, ctx);
    await edits.removeNode(director, tracking.planId, key(tracking.nodes.food), ctx);
    expect(rebuiltNodes.slice(2)).toEqual([[], []]);
    const shrunk = await compare();
    expect(shrunk.length).toBeLessThan(grown.length);
    await database.db
      .updateTable('target_plan')
      .set({ status: 'published' })
      .where('target_plan_id', '=', tracking.planId)
      .execute();
  });
});

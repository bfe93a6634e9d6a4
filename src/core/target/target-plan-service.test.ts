// Service tier: the target plan use cases on a real database (PGlite; PostgreSQL with TEST_DATABASE_URL) with a
// small fake actuals port of fixed history — the wizard's split follows the history (80/20 shares, seasonality),
// the port is asked to rebuild after the tree changes, a saved edit writes only the changed value rows, and a
// publish supersedes the previous version in one go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createRepositories, createTransaction } from '../../db/repositories/create-repositories.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import type { Repositories, Transaction } from '../shared/repositories.ts';
import type { TargetActualsPort } from './target-actuals-port.ts';
import { createTargetEditService } from './target-edit-service.ts';
import type { TargetValueRow } from './target-plan-repository.ts';
import { createTargetPlanService } from './target-plan-service.ts';
import type { DecomposeHistory } from './target-tree.ts';
import { createTargetVersionService } from './target-version-service.ts';

let db: TestDatabase;
let fx: Fixture;
let repos: Repositories;
let director: Actor;
const ctx = { requestId: null };
const rebuilt: number[] = [];
const upserts: TargetValueRow[][] = [];

// December carries a third of the year; Jan–Nov share the rest evenly (shape only: any scale works).
const SEASON = [...Array.from({ length: 11 }, () => 2), 11];
const fakeActuals = (keys: () => Record<string, number>): TargetActualsPort => ({
  async rebuildPlan(_r, planId) {
    rebuilt.push(planId);
  },
  async rebuildNodes(_r, planId) {
    rebuilt.push(planId);
  },
  async history(): Promise<DecomposeHistory> {
    const totals = keys();
    return {
      total: (key) => totals[key],
      monthly: (key) => (key === 'company' ? SEASON : undefined),
    };
  },
});

/** A transaction whose value upserts are recorded, to see what a save writes. */
const spyTransaction =
  (inner: Transaction): Transaction =>
  (work) =>
    inner((r) =>
      work({
        ...r,
        targetPlans: {
          ...r.targetPlans,
          upsertValues: async (planId, rows) => {
            upserts.push([...rows]);
            return r.targetPlans.upsertValues(planId, rows);
          },
        },
      }),
    );

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  repos = createRepositories(db.db);
  director = toActor((await repos.users.findById(fx.users.director))!);
});
afterAll(() => db.dispose());

describe('target plan use cases', () => {
  it('the wizard splits by history: 80/20 between customers, the company year by seasonality', async () => {
    const E = `org_unit:${fx.units.east}`;
    const rep = `${E}/rep:${fx.users.rep_east}`;
    const actuals = fakeActuals(() => ({
      [`${rep}/customer:${fx.accounts.eastGroup}`]: 800,
      [`${rep}/customer:${fx.accounts.eastSub}`]: 200,
    }));
    const transaction = spyTransaction(createTransaction(db.db));
    const plans = createTargetPlanService({ repos, transaction, actuals });
    const view = await plans.create(
      director,
      {
        name: '2027',
        year: 2027,
        metrics: ['revenue'],
        levels: [
          { dimension: 'org_unit', orgUnitKind: 'region' },
          { dimension: 'rep' },
          { dimension: 'customer' },
        ],
        totals: { revenue: 12_000_000 },
        splitMethod: 'history_share',
        timeMethod: 'seasonality',
      },
      ctx,
    );
    expect(rebuilt).toContain(view.plan.id);
    const months = (key: string) => view.tree.cells.get(key)?.get('revenue')?.months ?? [];
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(months('company'))).toBe(12_000_000);
    expect(months('company')[11]).toBe(4_000_000);
    expect(months('company')[0]).toBe(727_273);
    const group = sum(months(`${rep}/customer:${fx.accounts.eastGroup}`));
    const sub = sum(months(`${rep}/customer:${fx.accounts.eastSub}`));
    // 80/20 month by month; each month's split is rounded exactly (largest remainder), so the years are near 4:1.
    expect(group / (group + sub)).toBeCloseTo(0.8, 5);
    expect(sum(months(rep))).toBe(group + sub);

    // A later edit writes only the value rows that changed: the edited customer, its rep, region and company.
    upserts.length = 0;
    const edits = createTargetEditService({ repos, transaction, actuals });
    await edits.setCell(
      director,
      view.plan.id,
      { nodeKey: `${rep}/customer:${fx.accounts.eastSub}`, metric: 'revenue', month: 5, value: 1_000 },
      ctx,
    );
    expect(upserts).toHaveLength(1);
    const ids = new Map(view.records.map((r) => [r.id, r.key]));
    expect(upserts[0]!.map((row) => ids.get(row.nodeId)).sort()).toEqual(
      ['company', E, rep, `${rep}/customer:${fx.accounts.eastSub}`].sort(),
    );
  });

  it('publishing a second version supersedes the first; the published plan is frozen', async () => {
    const actuals = fakeActuals(() => ({}));
    const transaction = createTransaction(db.db);
    const plans = createTargetPlanService({ repos, transaction, actuals });
    const versions = createTargetVersionService({ repos, transaction, actuals });
    const input = {
      name: '2028',
      year: 2028,
      metrics: ['revenue' as const, 'visits' as const],
      levels: [{ dimension: 'rep' as const }],
      totals: { revenue: 100, visits: 24 },
    };
    const v1 = await plans.create(director, input, ctx);
    await versions.publish(director, v1.plan.id, ctx);
    const v2 = await versions.newVersion(director, v1.plan.id, ctx);
    expect(v2).toMatchObject({ version: 2, status: 'draft', metrics: ['revenue', 'visits'] });
    await versions.publish(director, v2.id, ctx);
    expect((await repos.targetPlans.find(v1.plan.id))?.status).toBe('superseded');
    expect((await repos.targetPlans.find(v2.id))?.status).toBe('published');
    const edits = createTargetEditService({ repos, transaction, actuals });
    await expect(
      edits.setCell(director, v2.id, { nodeKey: 'company', metric: 'visits', value: 30 }, ctx),
    ).rejects.toMatchObject({ code: 'conflict', message: 'target_plan.frozen' });
  });
});

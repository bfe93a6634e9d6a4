// The demo's target plan ([TGT-1]…[TGT-4]): written through the target plan use cases on the demo company, this
// year's revenue and gross profit at last year's actuals × 1.15, decomposed region → rep → customer exactly,
// published, with an OGSM board, and each demo login sees their part.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { loadDemoTargetPlan } from '../../core/demo/load-demo-target-plan.ts';
import { toActor } from '../../core/org/org-repository.ts';
import { createServices, type Services } from '../../create-services.ts';
import { createRepositories } from '../repositories/create-repositories.ts';
import { loadDemoCompany } from './load-demo-company.ts';

const today = '2026-11-25';
let database: TestDatabase;
let services: Services;
let planId: number;

const actor = async (username: string) => {
  const user = await createRepositories(database.db).users.findByUsername(username);
  if (!user) throw new Error(`no demo user ${username}`);
  return toActor(user);
};

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemoCompany(database, { accounts: 60, linesPerAccountMonth: 1, today, password: 'demo-pass' });
  services = createServices(database, { clock: { now: () => new Date(`${today}T04:00:00Z`) } });
  planId = await loadDemoTargetPlan(services, await actor('director'), 2026);
}, 120_000);
afterAll(() => database.dispose());

describe('demo target plan', () => {
  it('is published for this year at last year × 1.15, every parent the exact sum of its children', async () => {
    const view = await services.targetPlans.get(await actor('director'), planId);
    expect(view.plan).toMatchObject({
      year: 2026,
      status: 'published',
      metrics: ['revenue', 'collections', 'gross_profit'],
    });
    const last = await sql<{ revenue: number; cost: number }>`
      SELECT coalesce(sum(revenue_fen), 0)::bigint AS revenue, coalesce(sum(cost_fen), 0)::bigint AS cost
      FROM account_month_fact WHERE month >= '2025-01-01' AND month < '2026-01-01'`.execute(database.db);
    const revenue = Number(last.rows[0]?.revenue);
    const cost = Number(last.rows[0]?.cost);
    expect(revenue).toBeGreaterThan(0);
    const yearOf = (key: string, metric: 'revenue' | 'collections' | 'gross_profit') =>
      (view.tree.cells.get(key)?.get(metric)?.months ?? []).reduce((a, b) => a + b, 0);
    expect(yearOf('company', 'revenue')).toBe(Math.round((revenue * 115) / 100));
    expect(yearOf('company', 'gross_profit')).toBe(Math.round(((revenue - cost) * 115) / 100));
    expect(yearOf('company', 'collections')).toBeGreaterThan(0);
    const dims = new Set([...view.tree.nodes.values()].map((n) => n.dimension));
    expect(dims).toEqual(new Set(['company', 'org_unit', 'rep', 'customer']));
    for (const [key, kids] of view.tree.children) {
      if (kids.length === 0) continue;
      for (const metric of view.tree.metrics)
        for (let m = 0; m < 12; m++)
          expect(kids.reduce((s, k) => s + (view.tree.cells.get(k)?.get(metric)?.months[m] ?? 0), 0)).toBe(
            view.tree.cells.get(key)?.get(metric)?.months[m],
          );
    }
    const board = await services.targetOgsm.list(await actor('director'), planId);
    expect(board.map((i) => i.kind)).toEqual(['objective', 'goal', 'strategy', 'measure', 'goal']);
  });

  it('the East manager sees the East region only; the West has no node for them', async () => {
    const view = await services.targetPlans.get(await actor('manager_east'), planId);
    const full = [...view.access].filter(([, a]) => a === 'full').map(([k]) => view.tree.nodes.get(k));
    const regions = full.filter((n) => n?.dimension === 'org_unit').map((n) => n?.label);
    expect(regions).toEqual(['华东大区']);
  });
});

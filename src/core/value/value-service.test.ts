// Service tier: account value on a real database — the group roll-up equals the sum of its members' own P&Ls
// to the fen, the window is the last 12 complete months, cost drivers merge into the assessment with an audit
// entry, CLV follows the saved segmentation config, and visibility/roles hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { addFacts, addProductLine } from '../../../test/value-facts.ts';
import { createServices, type Services } from '../../create-services.ts';
import { createRepositories } from '../../db/repositories/create-repositories.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from '../segmentation/segmentation-config-defaults.ts';
import type { PnlView } from './account-value.ts';

let db: TestDatabase;
let fx: Fixture;
let services: Services;
let grandSub: number;
const actors: Record<string, Actor> = {};
const ctx = { requestId: 'value-test' };

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  services = createServices(db, { clock: fixedClock() }); // 2026-11-25: window 2025-11 … 2026-10
  const repos = createRepositories(db.db);
  for (const name of ['admin', 'rep_east', 'rep_west', 'finance'])
    actors[name] = toActor((await repos.users.findByUsername(name))!);
  grandSub = await repos.accounts.insert({
    code: 'KA-9',
    name: '东方集团苏州分公司二厂',
    type: 'key_account',
    parentId: fx.accounts.eastSub,
    ownerId: fx.users.rep_east,
    regionId: fx.units.east,
    industry: null,
    province: null,
    city: null,
    address: null,
    phone: null,
    website: null,
    notes: null,
  });
  const [a, b] = [await addProductLine(db, 'PL-A', '包材'), await addProductLine(db, 'PL-B', '辅料')];
  const { eastGroup, eastSub } = fx.accounts;
  await addFacts(db, [
    { accountId: eastGroup, month: '2025-11-01', productLineId: a, revenueFen: 1_234_567, costFen: 700_001 },
    { accountId: eastGroup, month: '2026-10-01', productLineId: b, revenueFen: 333_333, costFen: 99_999 },
    { accountId: eastSub, month: '2026-03-01', productLineId: a, revenueFen: 777_777, costFen: 555_555 },
    { accountId: grandSub, month: '2026-06-01', productLineId: b, revenueFen: 98_765, costFen: 43_210 },
    // outside the window: the open month and the month before the window
    { accountId: eastGroup, month: '2026-11-01', productLineId: a, revenueFen: 9_999_999, costFen: 1 },
    { accountId: eastSub, month: '2025-10-01', productLineId: a, revenueFen: 8_888_888, costFen: 1 },
  ]);
});
afterAll(() => db.dispose());

const sumOf = (pnls: PnlView[], f: (p: PnlView) => number) => pnls.reduce((t, p) => t + f(p), 0);

describe('[VAL-1] account and group P&L', () => {
  it('reads the last 12 complete months of facts', async () => {
    const value = await services.value.get(actors.rep_east!, fx.accounts.eastGroup);
    expect([value.fromMonth, value.toMonth, value.windowMonths]).toEqual(['2025-11', '2026-10', 12]);
    expect(value.own.revenueFen).toBe(1_234_567 + 333_333);
    expect(value.own.grossProfitFen).toBe(1_234_567 + 333_333 - 700_001 - 99_999);
  });

  it('rolls the group up as the exact sum of every member, subsidiaries of subsidiaries included', async () => {
    await services.value.setCostDrivers(
      actors.rep_east!,
      fx.accounts.eastSub,
      {
        visitsPerYear: 7,
        costPerVisitFen: 33_333,
        rebatePctOfRevenue: 3.33,
        receivableFen: 123_457,
        creditCostPctOfReceivable: 7.77,
      },
      ctx,
    );
    const value = await services.value.get(actors.rep_east!, fx.accounts.eastGroup);
    expect(value.subsidiaries.map((s) => s.accountId).sort()).toEqual([fx.accounts.eastSub, grandSub].sort());
    const members = [value.own, ...value.subsidiaries.map((s) => s.pnl)];
    const group = value.group!;
    expect(group.revenueFen).toBe(1_234_567 + 333_333 + 777_777 + 98_765);
    for (const field of ['revenueFen', 'grossProfitFen', 'costToServeFen', 'netContributionFen'] as const)
      expect(group[field]).toBe(sumOf(members, (p) => p[field]));
    for (const [i, line] of group.costToServe.entries())
      expect(line.amountFen).toBe(sumOf(members, (p) => p.costToServe[i]!.amountFen));
    expect(group.netContributionFen).toBe(group.grossProfitFen - group.costToServeFen);
  });

  it("a subsidiary's own value has no group and sees only itself and its own subsidiaries", async () => {
    const sub = await services.value.get(actors.rep_east!, fx.accounts.eastSub);
    expect(sub.subsidiaries.map((s) => s.accountId)).toEqual([grandSub]);
    const leaf = await services.value.get(actors.rep_east!, grandSub);
    expect(leaf.group).toBeNull();
  });
});

describe('[VAL-1] cost drivers', () => {
  it('merge into the assessment, keeping what the classification colleague stored, with an audit entry', async () => {
    const id = fx.accounts.eastOther;
    await db.db
      .insertInto('account_assessment')
      .values({
        account_id: id,
        assessment: JSON.stringify({
          capacity: { level: 3, source: 'assessment' },
          costDrivers: { visitsPerYear: 4 },
        }),
      })
      .execute();
    const value = await services.value.setCostDrivers(
      actors.admin!,
      id,
      { costPerVisitFen: 20_000, customerCategorySpendFen: 5_000_000 },
      ctx,
    );
    const stored = await db.db
      .selectFrom('account_assessment')
      .select('assessment')
      .where('account_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.assessment).toEqual({
      capacity: { level: 3, source: 'assessment' },
      costDrivers: { visitsPerYear: 4, costPerVisitFen: 20_000 },
      customerCategorySpendFen: 5_000_000,
    });
    expect(value.own.costToServe[0]).toMatchObject({ driver: 'visits', amountFen: 80_000 });
    expect(value.shareOfWallet).toEqual({ ourRevenueFen: 0, customerSpendFen: 5_000_000, pct: 0 });
    const audit = await db.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'update_cost_drivers')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      before: { costPerVisitFen: null, customerCategorySpendFen: null },
      after: { costPerVisitFen: 20_000, customerCategorySpendFen: 5_000_000 },
    });
  });

  it('a null spend clears share of wallet', async () => {
    const value = await services.value.setCostDrivers(
      actors.admin!,
      fx.accounts.eastOther,
      { customerCategorySpendFen: null },
      ctx,
    );
    expect(value.shareOfWallet.pct).toBeNull();
  });

  it('finance may read but not write; a hidden account is not found', async () => {
    await expect(services.value.get(actors.finance!, fx.accounts.eastGroup)).resolves.toBeTruthy();
    await expect(
      services.value.setCostDrivers(actors.finance!, fx.accounts.eastGroup, { visitsPerYear: 1 }, ctx),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(services.value.get(actors.rep_west!, fx.accounts.eastGroup)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('[VAL-2] CLV follows the segmentation config in force', () => {
  it('uses the highest saved version, else the defaults', async () => {
    const before = await services.value.get(actors.rep_east!, fx.accounts.eastGroup);
    expect(before.clv.years).toHaveLength(DEFAULT_SEGMENTATION_CONFIG.clp.horizonYears);
    const config = (horizonYears: number) =>
      JSON.stringify({
        ...DEFAULT_SEGMENTATION_CONFIG,
        clp: { ...DEFAULT_SEGMENTATION_CONFIG.clp, horizonYears },
      });
    await db.db
      .insertInto('segmentation_config')
      .values([
        { version: 1, config: config(2) },
        { version: 2, config: config(3) },
      ])
      .execute();
    const after = await services.value.get(actors.rep_east!, fx.accounts.eastGroup);
    expect(after.clv.assumptions.horizonYears).toBe(3);
    expect(after.clv.valueFen).toBe(after.clv.years.reduce((t, y) => t + y.discountedFen, 0));
  });
});

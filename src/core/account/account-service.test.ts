// Service tier: account use cases on a real database — all-or-nothing writes, audit, group roll-up ids, and
// target node actuals that follow a new owner, industry or type in the same transaction ([TGT-5]).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import {
  actualsAndRebuild,
  actualsSnapshot,
  seedTracking,
  type TrackingFixture,
} from '../../../test/target-tracking-fixture.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createServices, type Services } from '../../create-services.ts';
import { createRepositories } from '../../db/repositories/create-repositories.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import { DomainError } from '../shared/errors.ts';

let db: TestDatabase;
let fx: Fixture;
let services: Services;
let tracking: TrackingFixture;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  services = createServices(db, { clock: fixedClock() });
  const users = createRepositories(db.db).users;
  for (const name of ['admin', 'rep_east', 'manager_east'])
    actors[name] = toActor((await users.findByUsername(name))!);
  tracking = await seedTracking(db, fx);
  await createRepositories(db.db).targetActuals.rebuildPlan(tracking.planId);
});
afterAll(() => db.dispose());

const ctx = { requestId: 'test' };
const count = async (table: 'account' | 'audit_log' | 'account_team_member') =>
  Number(
    (
      await db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('account service', () => {
  it('a refused create writes nothing: no account, no team, no audit', async () => {
    const before = [await count('account'), await count('account_team_member'), await count('audit_log')];
    await expect(
      services.accounts.create(
        actors.rep_east!,
        { name: 'x', type: 'retail', ownerId: fx.users.rep_west },
        ctx,
      ),
    ).rejects.toBeInstanceOf(DomainError);
    expect([await count('account'), await count('account_team_member'), await count('audit_log')]).toEqual(
      before,
    );
  });

  it('a create writes account, lead and audit together; region follows the owner', async () => {
    const created = await services.accounts.create(
      actors.manager_east!,
      { name: '华东新客户', type: 'distributor', ownerId: fx.users.rep_east2 },
      ctx,
    );
    expect(created).toMatchObject({ type: 'distributor', regionId: fx.units.east, ownerName: 'rep_east2' });
    expect(created.code).toMatch(/^DS-/);
    expect(created.team).toEqual([expect.objectContaining({ userId: fx.users.rep_east2, teamRole: 'lead' })]);
  });

  it('an update that changes nothing writes no audit entry', async () => {
    const before = await count('audit_log');
    await services.accounts.update(actors.rep_east!, fx.accounts.eastGroup, { name: '东方集团' }, ctx);
    expect(await count('audit_log')).toBe(before);
  });

  it('moving an account under its own subsidiary is refused as a cycle', async () => {
    const error = await services.accounts
      .update(actors.admin!, fx.accounts.eastGroup, { parentId: fx.accounts.eastSub }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toEqual([{ path: 'parentId', message: 'error.parent_cycle' }]);
  });

  it('revenue covers the last 36 months ending in the clock month', async () => {
    const revenue = await services.accounts.revenue(actors.rep_east!, fx.accounts.eastGroup, 3);
    expect(revenue.months[0]?.month).toBe('2023-12');
    expect(revenue.months.at(-1)?.month).toBe('2026-11');
    expect(revenue.subsidiaryCount).toBe(1);
  });
});

describe('account edits move target node actuals', () => {
  /** Revenue of a node over the plan's three years. */
  const revenue = async (node: keyof TrackingFixture['nodes']) =>
    (
      await createRepositories(db.db).targetTracking.actuals(
        tracking.planId,
        [tracking.nodes[node]],
        '2024-01-01',
        '2026-12-01',
      )
    ).reduce((sum, r) => sum + r.revenueFen, 0);
  const expectRebuilt = async () => {
    const { incremental, rebuilt } = await actualsAndRebuild(db, tracking.planId);
    expect(incremental).toEqual(rebuilt);
  };

  it('a new owner in another region moves the account from the old rep and unit to the new ones', async () => {
    const [repEast, east, west, customer] = [
      await revenue('repEast'),
      await revenue('east'),
      await revenue('west'),
      await revenue('customer'),
    ];
    await services.accounts.update(actors.admin!, fx.accounts.eastSub, { ownerId: fx.users.rep_west }, ctx);
    const moved = repEast - (await revenue('repEast'));
    expect(moved).toBeGreaterThan(0);
    expect(await revenue('east')).toBe(east - moved);
    expect(await revenue('west')).toBe(west + moved);
    expect(await revenue('customer')).toBe(customer);
    await expectRebuilt();
  });

  it('a new owner in the same unit moves it between the reps only', async () => {
    const [east, repEast2] = [await revenue('east'), await revenue('repEast2')];
    await services.accounts.update(
      actors.manager_east!,
      fx.accounts.eastGroup,
      { ownerId: fx.users.rep_east2 },
      ctx,
    );
    expect(await revenue('east')).toBe(east);
    expect(await revenue('repEast2')).toBeGreaterThan(repEast2);
    expect(await revenue('customer')).toBe(0);
    await expectRebuilt();
  });

  it('a new industry or type moves it between industry and account-type nodes', async () => {
    const food = await revenue('food');
    await services.accounts.update(actors.admin!, fx.accounts.west, { industry: '零售' }, ctx);
    expect(await revenue('food')).toBeLessThan(food);
    await expectRebuilt();
    const distributor = await revenue('distributor');
    await services.accounts.update(actors.admin!, fx.accounts.eastOther, { type: 'retail' }, ctx);
    expect(await revenue('distributor')).toBeLessThan(distributor);
    await expectRebuilt();
  });

  it('a refused owner change, or a change of other fields, leaves the actuals as they were', async () => {
    const before = await actualsSnapshot(db, tracking.planId);
    await expect(
      services.accounts.update(actors.admin!, fx.accounts.eastSub, { ownerId: 999_999, type: 'agent' }, ctx),
    ).rejects.toBeInstanceOf(DomainError);
    await services.accounts.update(
      actors.admin!,
      fx.accounts.west,
      { name: '西蜀食品（新）', city: '成都' },
      ctx,
    );
    expect(await actualsSnapshot(db, tracking.planId)).toEqual(before);
  });
});

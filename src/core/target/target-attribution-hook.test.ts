// target_node_actual follows account attribution ([TGT-5]): random changes of accounts' owner (so rep and org
// unit), industry and type, moved by the attribution hook around the change, leave what a full rebuild of the
// plan gives; a rolled-back change leaves nothing; on PostgreSQL a fact write and a move of the same account
// exclude each other until commit. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import {
  actualsAndRebuild,
  actualsSnapshot,
  seedTracking,
  type TrackingFixture,
} from '../../../test/target-tracking-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createRepositories } from '../../db/repositories/create-repositories.ts';
import { type FactDelta, moveAccountFacts } from '../facts/fact-delta.ts';
import { createTargetActualsHook } from './target-actuals-service.ts';
import { createTargetAttributionHook } from './target-attribution-hook.ts';

let database: TestDatabase;
let fx: Fixture;
let tracking: TrackingFixture;

const snapshot = (planId: number) => actualsSnapshot(database, planId);

beforeAll(async () => {
  database = await createTestDatabase();
  fx = await seedFixture(database);
  tracking = await seedTracking(database, fx);
}, 60_000);
afterAll(() => database.dispose());

describe('target actuals follow account attribution', () => {
  it('random owner, industry and type changes moved by the attribution hook equal the full rebuild', async () => {
    const repos = createRepositories(database.db);
    const hooks = [createTargetAttributionHook()];
    await repos.targetActuals.rebuildPlan(tracking.planId);
    const { rep_east, rep_east2, rep_west, manager_east } = fx.users;
    const change = fc.record({
      accountId: fc.constantFrom(...Object.values(fx.accounts)),
      ownerId: fc.option(fc.constantFrom(rep_east, rep_east2, rep_west, manager_east), { nil: undefined }),
      industry: fc.option(fc.constantFrom('食品', '零售', null), { nil: undefined }),
      type: fc.option(fc.constantFrom('distributor' as const, 'retail' as const), { nil: undefined }),
    });
    let moved = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        async (writes) => {
          for (const write of writes) {
            const before = await snapshot(tracking.planId);
            await database.db.transaction().execute(async (trx) => {
              const r = createRepositories(trx);
              const ids = [...new Set(write.map((w) => w.accountId))];
              await moveAccountFacts(hooks, r, ids, async () => {
                for (const { accountId, ...fields } of write) await r.accounts.update(accountId, fields);
              });
            });
            if (JSON.stringify(await snapshot(tracking.planId)) !== JSON.stringify(before)) moved++;
          }
          const { incremental, rebuilt } = await actualsAndRebuild(database, tracking.planId);
          expect(incremental).toEqual(rebuilt);
        },
      ),
      { numRuns: 15 },
    );
    expect(moved).toBeGreaterThan(0);
  }, 120_000);

  it('an attribution change rolled back leaves the actuals as they were', async () => {
    const repos = createRepositories(database.db);
    await repos.targetActuals.rebuildPlan(tracking.planId);
    const before = await snapshot(tracking.planId);
    const failure = await database.db
      .transaction()
      .execute(async (trx) => {
        const r = createRepositories(trx);
        await moveAccountFacts([createTargetAttributionHook()], r, [fx.accounts.west], async () => {
          await r.accounts.update(fx.accounts.west, { ownerId: fx.users.rep_east });
          throw new Error('refused after the move');
        });
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(await snapshot(tracking.planId)).toEqual(before);
  });

  // Two connections are needed to see the locks: PostgreSQL only (PGlite has one). NOWAIT, so nothing waits.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'a fact write and an attribution change on the same account exclude each other until commit',
    async () => {
      const account = fx.accounts.westShared;
      const tryLock = (mode: 'SHARE' | 'NO KEY UPDATE') =>
        sql`SELECT account_id FROM account WHERE account_id = ${account} FOR ${sql.raw(mode)} NOWAIT`
          .execute(database.db)
          .then(
            () => 'free',
            (e: { code?: string }) => e.code,
          );
      const rollback = new Error('rollback');
      const inTransaction = (work: (r: ReturnType<typeof createRepositories>) => Promise<void>) =>
        database.db
          .transaction()
          .execute(async (trx) => {
            await work(createRepositories(trx));
            throw rollback;
          })
          .catch((e: unknown) => {
            if (e !== rollback) throw e;
          });
      const delta: FactDelta = {
        accountId: account,
        month: '2026-02-01',
        productLineId: null,
        revenueFen: 0,
        costFen: 0,
        lineCount: 0,
        collectionFen: 100,
        expenseFen: 0,
      };
      await inTransaction(async (r) => {
        await createTargetActualsHook()([delta], r);
        expect(await tryLock('NO KEY UPDATE')).toBe('55P03');
        expect(await tryLock('SHARE')).toBe('free');
      });
      await inTransaction(async (r) => {
        await createTargetAttributionHook().detach([account], r);
        expect(await tryLock('SHARE')).toBe('55P03');
      });
      expect(await tryLock('NO KEY UPDATE')).toBe('free');
    },
  );
});

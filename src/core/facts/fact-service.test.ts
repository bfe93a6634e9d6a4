// Service tier: order lines, collections and expenses written through the use cases keep the monthly facts equal
// to a full recompute from the raw rows after any sequence of creates, corrections (moving a line to another
// month, product line or account) and deletes; the hook gets exactly the deltas; refused writes change nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createRepositories, createTransaction } from '../../db/repositories/create-repositories.ts';
import { factDrift, recomputedFacts, storedFacts } from '../../db/repositories/fact-rebuild.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import { DomainError } from '../shared/errors.ts';
import { createCashFactService } from './cash-fact-service.ts';
import type { FactDelta, FactDeltas } from './fact-delta.ts';
import { createOrderLineService } from './order-line-service.ts';

let db: TestDatabase;
let fx: Fixture;
let productLines: number[];
const actors: Record<string, Actor> = {};
const received: FactDelta[][] = [];
const ctx = { requestId: 'test' };

function services() {
  const deps = {
    repos: createRepositories(db.db),
    transaction: createTransaction(db.db),
    clock: fixedClock(),
    onFactDeltas: [
      async (deltas: FactDeltas) => {
        received.push('staged' in deltas ? await deltas.list() : [...deltas]);
      },
    ],
  };
  return { lines: createOrderLineService(deps), cash: createCashFactService(deps) };
}

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  const inserted = await db.db
    .insertInto('product_line')
    .values([
      { code: 'PL-A', name: '饮料', category: 'flow' },
      { code: 'PL-B', name: '零食', category: 'flow' },
      { code: 'PL-C', name: '设备', category: 'project' },
    ])
    .returning('product_line_id')
    .execute();
  productLines = inserted.map((r) => r.product_line_id);
  const users = createRepositories(db.db).users;
  for (const name of ['admin', 'rep_east', 'rep_west', 'finance', 'manager_east'])
    actors[name] = toActor((await users.findByUsername(name))!);
});
afterAll(() => db.dispose());

const expectFactsMatchRecompute = async () => {
  expect(await storedFacts(db.db)).toEqual(await recomputedFacts(db.db));
  expect(await factDrift(db.db)).toBe(0);
};

describe('order line use cases', () => {
  it('create, correct (move month, product line and account) and delete keep the facts exact; the hook sees the deltas', async () => {
    const { lines } = services();
    const admin = actors.admin!;
    received.length = 0;
    const line = await lines.create(
      admin,
      {
        accountId: fx.accounts.eastGroup,
        orderDate: '2026-03-15',
        productLineId: productLines[0]!,
        quantity: 2,
        amountFen: 10_000,
        costFen: 6_000,
      },
      ctx,
    );
    expect(received).toEqual([
      [
        {
          accountId: fx.accounts.eastGroup,
          month: '2026-03-01',
          productLineId: productLines[0],
          revenueFen: 10_000,
          costFen: 6_000,
          lineCount: 1,
          collectionFen: 0,
          expenseFen: 0,
        },
      ],
    ]);
    await expectFactsMatchRecompute();
    await lines.update(
      admin,
      line.id,
      { orderDate: '2026-04-02', productLineId: productLines[1]!, accountId: fx.accounts.west },
      ctx,
    );
    expect(received[1]).toHaveLength(2);
    expect(received[1]).toContainEqual(
      expect.objectContaining({
        accountId: fx.accounts.eastGroup,
        month: '2026-03-01',
        revenueFen: -10_000,
        lineCount: -1,
      }),
    );
    expect(received[1]).toContainEqual(
      expect.objectContaining({
        accountId: fx.accounts.west,
        month: '2026-04-01',
        revenueFen: 10_000,
        lineCount: 1,
      }),
    );
    await expectFactsMatchRecompute();
    // A correction that changes nothing the facts hold calls no hook.
    await lines.update(admin, line.id, { quantity: 3 }, ctx);
    expect(received).toHaveLength(2);
    await lines.remove(admin, line.id, ctx);
    await expectFactsMatchRecompute();
    const left = await db.db.selectFrom('account_month_fact').selectAll().execute();
    expect(left).toEqual([]);
  });

  it('refuses bad input naming each field and writes nothing', async () => {
    const { lines } = services();
    const before = await storedFacts(db.db);
    const error = await lines
      .create(
        actors.admin!,
        {
          accountId: 999_999,
          orderDate: '2026-12-01',
          productLineId: 999_999,
          quantity: 1.234,
          amountFen: -1,
          costFen: 1.5,
        },
        ctx,
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details.map((d) => [d.path, d.message])).toEqual([
      ['accountId', 'field.unknown_account'],
      ['orderDate', 'facts.date_in_future'],
      ['quantity', 'facts.too_many_decimals'],
      ['amountFen', 'facts.negative'],
      ['costFen', 'facts.not_whole_fen'],
      ['productLineId', 'facts.unknown_product_line'],
    ]);
    expect(await storedFacts(db.db)).toEqual(before);
  });

  it('a rep writes on their own accounts only; finance may not write order lines; others see 404', async () => {
    const { lines } = services();
    const input = {
      accountId: fx.accounts.eastGroup,
      orderDate: '2026-05-05',
      productLineId: productLines[0]!,
      quantity: 1,
      amountFen: 100,
      costFen: 50,
    };
    const own = await lines.create(actors.rep_east!, input, ctx);
    await expect(lines.create(actors.rep_west!, input, ctx)).rejects.toMatchObject({ code: 'validation' });
    await expect(lines.get(actors.rep_west!, own.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(lines.remove(actors.rep_west!, own.id, ctx)).rejects.toMatchObject({ code: 'not_found' });
    await expect(lines.create(actors.finance!, input, ctx)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await lines.get(actors.manager_east!, own.id)).amountFen).toBe(100);
    await lines.remove(actors.manager_east!, own.id, ctx);
    await expectFactsMatchRecompute();
  });

  it('an order number and line number are unique: entering them again is a conflict', async () => {
    const { lines } = services();
    const input = {
      accountId: fx.accounts.eastGroup,
      orderDate: '2026-05-05',
      productLineId: productLines[0]!,
      quantity: 1,
      amountFen: 100,
      costFen: 50,
      orderNo: 'SO-1',
      lineNo: 1,
    };
    const first = await lines.create(actors.admin!, input, ctx);
    await expect(lines.create(actors.admin!, input, ctx)).rejects.toMatchObject({ code: 'conflict' });
    await lines.remove(actors.admin!, first.id, ctx);
  });
});

describe('collections and expenses', () => {
  it('finance books collections and expenses; the cash facts follow corrections and deletes', async () => {
    const { cash } = services();
    received.length = 0;
    const c = await cash.createCollection(
      actors.finance!,
      { accountId: fx.accounts.eastGroup, collectedOn: '2026-06-30', amountFen: 5_000 },
      ctx,
    );
    const e = await cash.createExpense(
      actors.rep_east!,
      { accountId: fx.accounts.eastGroup, spentOn: '2026-06-02', category: '差旅', amountFen: 800 },
      ctx,
    );
    await expectFactsMatchRecompute();
    await cash.updateCollection(actors.finance!, c.id, { collectedOn: '2026-07-01', amountFen: 4_000 }, ctx);
    await cash.updateExpense(actors.admin!, e.id, { accountId: fx.accounts.eastSub }, ctx);
    await expectFactsMatchRecompute();
    expect(received[2]).toContainEqual(
      expect.objectContaining({ month: '2026-06-01', collectionFen: -5_000 }),
    );
    expect(received[2]).toContainEqual(
      expect.objectContaining({ month: '2026-07-01', collectionFen: 4_000 }),
    );
    await expect(
      cash.createCollection(
        actors.admin!,
        { accountId: fx.accounts.eastGroup, collectedOn: '2026-06-30', amountFen: 0 },
        ctx,
      ),
    ).rejects.toMatchObject({
      code: 'validation',
      details: [{ path: 'amountFen', message: 'facts.not_positive' }],
    });
    await cash.removeCollection(actors.finance!, c.id, ctx);
    await cash.removeExpense(actors.rep_east!, e.id, ctx);
    await expectFactsMatchRecompute();
    expect(await db.db.selectFrom('account_month_cash_fact').selectAll().execute()).toEqual([]);
  });
});

type Op =
  | { kind: 'create'; account: number; day: number; line: number; amount: number; cost: number }
  | { kind: 'update'; pick: number; account?: number; day?: number; line?: number; amount?: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'collect'; account: number; day: number; amount: number }
  | { kind: 'uncollect'; pick: number }
  | { kind: 'spend'; account: number; day: number; amount: number }
  | { kind: 'respend'; pick: number; day: number; amount: number };

const DAYS = ['2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01', '2025-12-31', '2026-11-25'];

describe('random operation sequences', () => {
  it('the incrementally maintained facts always equal a full recompute', async () => {
    const { lines, cash } = services();
    const accounts = [fx.accounts.eastGroup, fx.accounts.eastSub, fx.accounts.west, fx.accounts.westShared];
    const idx = (n: number) => fc.nat({ max: n - 1 });
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        kind: fc.constant('create' as const),
        account: idx(4),
        day: idx(6),
        line: idx(3),
        amount: fc.nat(1_000_000),
        cost: fc.nat(800_000),
      }),
      fc.record(
        {
          kind: fc.constant('update' as const),
          pick: fc.nat(),
          account: idx(4),
          day: idx(6),
          line: idx(3),
          amount: fc.nat(1_000_000),
        },
        { requiredKeys: ['kind', 'pick'] },
      ),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('collect' as const),
        account: idx(4),
        day: idx(6),
        amount: fc.integer({ min: 1, max: 500_000 }),
      }),
      fc.record({ kind: fc.constant('uncollect' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('spend' as const),
        account: idx(4),
        day: idx(6),
        amount: fc.integer({ min: 1, max: 50_000 }),
      }),
      fc.record({
        kind: fc.constant('respend' as const),
        pick: fc.nat(),
        day: idx(6),
        amount: fc.integer({ min: 1, max: 50_000 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const admin = actors.admin!;
        const lineIds: number[] = [];
        const collectionIds: number[] = [];
        const expenseIds: number[] = [];
        const take = (ids: number[], pick: number) =>
          ids.length === 0 ? undefined : ids.splice(pick % ids.length, 1)[0];
        const peek = (ids: number[], pick: number) => (ids.length === 0 ? undefined : ids[pick % ids.length]);
        for (const o of ops) {
          if (o.kind === 'create') {
            const created = await lines.create(
              admin,
              {
                accountId: accounts[o.account]!,
                orderDate: DAYS[o.day]!,
                productLineId: productLines[o.line]!,
                quantity: 1,
                amountFen: o.amount,
                costFen: o.cost,
              },
              ctx,
            );
            lineIds.push(created.id);
          } else if (o.kind === 'update') {
            const id = peek(lineIds, o.pick);
            if (id === undefined) continue;
            await lines.update(
              admin,
              id,
              {
                ...(o.account !== undefined ? { accountId: accounts[o.account]! } : {}),
                ...(o.day !== undefined ? { orderDate: DAYS[o.day]! } : {}),
                ...(o.line !== undefined ? { productLineId: productLines[o.line]! } : {}),
                ...(o.amount !== undefined ? { amountFen: o.amount } : {}),
              },
              ctx,
            );
          } else if (o.kind === 'delete') {
            const id = take(lineIds, o.pick);
            if (id !== undefined) await lines.remove(admin, id, ctx);
          } else if (o.kind === 'collect') {
            const c = await cash.createCollection(
              admin,
              { accountId: accounts[o.account]!, collectedOn: DAYS[o.day]!, amountFen: o.amount },
              ctx,
            );
            collectionIds.push(c.id);
          } else if (o.kind === 'uncollect') {
            const id = take(collectionIds, o.pick);
            if (id !== undefined) await cash.removeCollection(admin, id, ctx);
          } else if (o.kind === 'spend') {
            const e = await cash.createExpense(
              admin,
              {
                accountId: accounts[o.account]!,
                spentOn: DAYS[o.day]!,
                category: '招待',
                amountFen: o.amount,
              },
              ctx,
            );
            expenseIds.push(e.id);
          } else {
            const id = peek(expenseIds, o.pick);
            if (id !== undefined)
              await cash.updateExpense(admin, id, { spentOn: DAYS[o.day]!, amountFen: o.amount }, ctx);
          }
        }
        await expectFactsMatchRecompute();
      }),
      { numRuns: 25, seed: 20261207 },
    );
  }, 120_000);
});

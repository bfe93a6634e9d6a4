// [TGT-2] An edit that loads only the part of the plan it can change (target-plan-access.ts, loadPlanAround)
// stores exactly what the same edit stores when it loads the whole plan. Random plans (depth 4, fan-out 2–3, the
// last level 0–3; random methods, leaf figures, history and locks) are written twice; random edits — year
// totals, months, locks, methods, added and removed nodes — go to one copy through the service as it runs
// (partial load, widened under a locked ancestor) and to the other with every edit loading the whole plan.
// Both must answer alike (the same diff and explanations, or the same error) and leave equal stored trees. A
// fake actuals port gives history per node key only for the keys an edit asks for, as the real one does.
// Service tier: PGlite, and PostgreSQL with TEST_DATABASE_URL.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createRepositories, createTransaction } from '../../db/repositories/create-repositories.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import type { Repositories, Transaction } from '../shared/repositories.ts';
import { buildTargetTree } from './build-target-tree.ts';
import { rollUp } from './decompose-target-tree.ts';
import type { TargetActualsPort } from './target-actuals-port.ts';
import { createTargetEditService, type TargetEditOutcome } from './target-edit-service.ts';
import type { NodeScope } from './target-plan.ts';
import type { DecomposeHistory, TreeNode } from './target-tree.ts';
import { valueRowOf } from './target-tree-store.ts';
import { SPLIT_METHODS, type TargetMetric, TIME_METHODS } from './target-types.ts';

let db: TestDatabase;
let fx: Fixture;
let repos: Repositories;
let director: Actor;
const ctx = { requestId: null };
const METRICS: TargetMetric[] = ['revenue', 'gross_profit', 'visits'];
const NO_SCOPE: NodeScope = {
  orgUnitId: null,
  ownerUserId: null,
  industry: null,
  accountType: null,
  accountId: null,
  productLineId: null,
};

const hash = (text: string) => {
  let h = 7;
  for (const c of text) h = (h * 31 + (c.codePointAt(0) ?? 0)) % 1_000_003;
  return h;
};

/** History by node key (money metrics only), and only for the keys asked for — like the real port. */
const fakeActuals: TargetActualsPort = {
  async rebuildPlan() {},
  async rebuildNodes() {},
  async history(_r, _planId, _year, _years, nodeKeys): Promise<DecomposeHistory> {
    const wanted = nodeKeys ? new Set(nodeKeys) : null;
    const has = (key: string, metric: TargetMetric) => metric !== 'visits' && (!wanted || wanted.has(key));
    return {
      total: (key, metric) =>
        has(key, metric) && hash(key) % 5 !== 0 ? hash(`${key}|${metric}`) % 100_000 : undefined,
      monthly: (key, metric) =>
        has(key, metric) && hash(key) % 3 === 0
          ? Array.from({ length: 12 }, (_, i) => hash(`${key}|${metric}|${i}`) % 1_000)
          : undefined,
    };
  },
};

type Load = 'part' | 'widened' | 'whole';
/** Per edit: a part, a part widened to a locked ancestor's subtree, or the whole plan (read every value). */
const loads: Load[] = [];
const countingTransaction =
  (inner: Transaction): Transaction =>
  (work) =>
    inner((r) => {
      let around = 0;
      let whole = false;
      return work({
        ...r,
        targetPlans: {
          ...r.targetPlans,
          nodesAround: (...args) => {
            around += 1;
            return r.targetPlans.nodesAround(...args);
          },
          values: (planId, nodeIds) => {
            if (nodeIds === undefined) whole = true;
            return r.targetPlans.values(planId, nodeIds);
          },
        },
      }).finally(() => {
        loads.push(whole ? 'whole' : around > 1 ? 'widened' : 'part');
      });
    });

type Shape = Shape[];
const shape = (depth: number): fc.Arbitrary<Shape> =>
  depth === 0 ? fc.constant([]) : fc.array(shape(depth - 1), { minLength: depth >= 2 ? 2 : 0, maxLength: 3 });

const attrs = fc.record({
  split: fc.constantFrom(...SPLIT_METHODS),
  time: fc.constantFrom(...TIME_METHODS),
  uplift: fc.record({ month: fc.integer({ min: 1, max: 12 }), percent: fc.integer({ min: -50, max: 200 }) }),
  /** A lock the plan starts with: a month (1–12) or the year total (0), on every metric. */
  lock: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 3 }),
});

const metric = fc.constantFrom(...METRICS);
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('total' as const),
    node: fc.nat(),
    metric,
    value: fc.integer({ min: -1_000, max: 10_000_000 }),
  }),
  fc.record({
    kind: fc.constant('month' as const),
    node: fc.nat(),
    metric,
    month: fc.integer({ min: 1, max: 12 }),
    value: fc.integer({ min: -100, max: 1_000_000 }),
  }),
  fc.record({
    kind: fc.constant('lock' as const),
    node: fc.nat(),
    metric,
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    locked: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('methods' as const),
    node: fc.nat(),
    metric: fc.option(metric, { nil: undefined }),
    split: fc.constantFrom(...SPLIT_METHODS),
    time: fc.constantFrom(...TIME_METHODS),
  }),
  fc.record({ kind: fc.constant('add' as const), node: fc.nat(), ref: fc.nat({ max: 50 }) }),
  fc.record({ kind: fc.constant('remove' as const), node: fc.nat() }),
);
/** Writes the random plan; its keys are the same in every copy. */
async function writePlan(root: Shape, attributes: Attributes[], leafValues: number[]): Promise<number> {
  const nodes: TreeNode[] = [];
  const locks = new Map<string, number | null>();
  const visit = (s: Shape, key: string, parentKey: string | null) => {
    const a = attributes[nodes.length % attributes.length] as Attributes;
    locks.set(key, a.lock);
    const ref = key.slice(key.lastIndexOf(':') + 1);
    nodes.push({
      key,
      parentKey,
      dimension: parentKey === null ? 'company' : 'industry',
      refId: null,
      refKey: parentKey === null ? null : ref,
      label: parentKey === null ? '公司' : `行业${ref}`,
      accountType: null,
      splitMethod: a.split,
      timeMethod: a.time,
      params: a.time === 'campaign' ? { uplifts: [a.uplift] } : {},
    });
    s.forEach((kid, i) => {
      const segment = `industry:${nodes.length}x${i}`;
      visit(kid, parentKey === null ? segment : `${key}/${segment}`, key);
    });
  };
  visit(root, 'company', null);
  const leaves = new Set(nodes.filter((n) => !nodes.some((m) => m.parentKey === n.key)).map((n) => n.key));
  let leaf = 0;
  const rolled = rollUp(
    buildTargetTree({
      metrics: METRICS,
      nodes,
      cell: (key, m) => {
        if (!leaves.has(key)) return undefined;
        leaf += 1;
        const base = Math.abs(leafValues[leaf % leafValues.length] ?? 0);
        return {
          months: Array.from({ length: 12 }, (_, i) => (m === 'visits' ? (base + i) % 40 : base * (i + 1))),
          lockedMonths: Array.from({ length: 12 }, () => false),
          totalLocked: false,
        };
      },
    }),
  );
  if (!rolled.ok) throw new Error('the generated plan does not roll up');
  const year = 2030;
  const planId = await repos.targetPlans.insertPlan({
    year,
    version: await repos.targetPlans.nextVersion(year),
    name: 'partial load',
    note: null,
    basedOnPlanId: null,
    createdBy: fx.users.director,
  });
  const depth = new Map<string, number>();
  const ids = await repos.targetPlans.insertNodes(
    planId,
    nodes.map((n) => {
      const d = n.parentKey === null ? 0 : (depth.get(n.parentKey) ?? 0) + 1;
      depth.set(n.key, d);
      const siblings = nodes.filter((m) => m.parentKey === n.parentKey);
      return {
        ...n,
        depth: d,
        sortOrder: siblings.indexOf(n),
        ansoffMarket: null,
        ansoffProduct: null,
        scope: NO_SCOPE,
      };
    }),
  );
  await repos.targetPlans.upsertValues(
    planId,
    [...rolled.tree.cells].flatMap(([key, byMetric]) =>
      [...byMetric].map(([m, cell]) => {
        const lock = locks.get(key) ?? null;
        return valueRowOf(ids.get(key) as number, m, {
          months: cell.months,
          lockedMonths: cell.lockedMonths.map((_, i) => lock === i + 1),
          totalLocked: lock === 0,
        });
      }),
    ),
  );
  return planId;
}
type Attributes = typeof attrs extends fc.Arbitrary<infer T> ? T : never;

/** The stored plan by node key: nodes with parent, order and methods; every cell. */
async function stored(planId: number) {
  const nodes = await repos.targetPlans.nodes(planId);
  const keyOf = new Map(nodes.map((n) => [n.id, n.key]));
  const values = await repos.targetPlans.values(planId);
  return {
    nodes: nodes.map((n) => ({
      key: n.key,
      parentKey: n.parentKey,
      depth: n.depth,
      sortOrder: n.sortOrder,
      label: n.label,
      split: n.splitMethod,
      time: n.timeMethod,
      params: n.params,
      scope: n.scope,
    })),
    values: values
      .map((v) => ({ ...v, nodeId: 0, key: keyOf.get(v.nodeId) }))
      .sort((a, b) => `${a.key}|${a.metric}`.localeCompare(`${b.key}|${b.metric}`)),
  };
}

type Answer =
  | { ok: true; saved: boolean; diff: TargetEditOutcome['diff']; explanations: unknown }
  | { ok: false; error: unknown };

async function answer(run: () => Promise<TargetEditOutcome>): Promise<Answer> {
  try {
    const outcome = await run();
    return { ok: true, saved: outcome.saved, diff: outcome.diff, explanations: outcome.explanations };
  } catch (e) {
    const err = e as { code?: string; message?: string; details?: unknown; params?: unknown };
    if (!err.code) throw e;
    return { ok: false, error: { code: err.code, message: err.message, details: err.details } };
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  repos = createRepositories(db.db);
  director = toActor((await repos.users.findById(fx.users.director))!);
});
afterAll(() => db.dispose());

describe('partial load of a target plan edit', () => {
  it('random edits store exactly what the same edits store with the whole plan loaded', async () => {
    const transaction = createTransaction(db.db);
    const partial = createTargetEditService({
      repos,
      transaction: countingTransaction(transaction),
      actuals: fakeActuals,
    });
    const whole = createTargetEditService({ repos, transaction, actuals: fakeActuals, loadWholePlan: true });
    let edits = 0;
    await fc.assert(
      fc.asyncProperty(
        shape(4),
        fc.array(attrs, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 90_000 }), { minLength: 1, maxLength: 10 }),
        fc.array(operation, { minLength: 1, maxLength: 20 }),
        async (root, attributes, leafValues, ops) => {
          const a = await writePlan(root, attributes, leafValues);
          const b = await writePlan(root, attributes, leafValues);
          for (const op of ops) {
            const keys = (await repos.targetPlans.nodes(a)).map((n) => n.key);
            const key = keys[op.node % keys.length] as string;
            const apply = (service: typeof partial, planId: number) => {
              switch (op.kind) {
                case 'total':
                  return service.setCell(
                    director,
                    planId,
                    { nodeKey: key, metric: op.metric, value: op.value },
                    ctx,
                  );
                case 'month':
                  return service.setCell(
                    director,
                    planId,
                    { nodeKey: key, metric: op.metric, month: op.month, value: op.value },
                    ctx,
                  );
                case 'lock':
                  return service.setLock(
                    director,
                    planId,
                    { nodeKey: key, metric: op.metric, month: op.month, locked: op.locked },
                    ctx,
                  );
                case 'methods':
                  return service.methods(
                    director,
                    planId,
                    { nodeKey: key, metric: op.metric, splitMethod: op.split, timeMethod: op.time },
                    false,
                    ctx,
                  );
                case 'add':
                  return service.addNode(
                    director,
                    planId,
                    { parentKey: key, dimension: 'industry', refKey: `new${op.ref}` },
                    ctx,
                  );
                case 'remove':
                  return service.removeNode(director, planId, key, ctx);
              }
            };
            const [got, expected] = [
              await answer(() => apply(partial, a)),
              await answer(() => apply(whole, b)),
            ];
            expect(got, `${op.kind} at ${key}`).toEqual(expected);
            edits += 1;
          }
          expect(await stored(a)).toEqual(await stored(b));
        },
      ),
      { numRuns: 25 },
    );
    expect(edits).toBeGreaterThan(0);
    // Every way was taken: a part, a part widened under a locked ancestor, the whole plan (at the root).
    for (const kind of ['part', 'widened', 'whole'] as const)
      expect(loads.filter((k) => k === kind).length, kind).toBeGreaterThan(0);
  }, 600_000);
});

// Saving a changed tree by difference: only what changed is written — removed subtrees by their top node, added
// nodes parents first with their scope, nodes whose methods or order changed, and value rows whose months or
// locks changed.
import { describe, expect, it } from 'vitest';
import type { Repositories } from '../shared/repositories.ts';
import { nodeScope } from './build-target-skeleton.ts';
import type { NodeScope } from './target-plan.ts';
import type { NewTargetNode, NodeMethodsUpdate, TargetValueRow } from './target-plan-repository.ts';
import type { TargetCell, TargetTree, TreeNode } from './target-tree.ts';
import { saveTreeChanges, zeroCell } from './target-tree-store.ts';
import { withChild, withoutSubtree } from './target-tree-structure.ts';

const node = (key: string, parentKey: string | null, refId: number | null = null): TreeNode => ({
  key,
  parentKey,
  dimension: parentKey === null ? 'company' : key.includes('customer') ? 'customer' : 'rep',
  refId,
  refKey: null,
  label: key,
  accountType: null,
  splitMethod: 'even',
  timeMethod: 'even',
  params: {},
});
const cell = (months: number[]): TargetCell => ({ ...zeroCell(), months });
const flat = (v: number) => Array.from({ length: 12 }, () => v);

// company → rep:1 → customer:10, customer:11 ; company → rep:2
const base: TargetTree = {
  rootKey: 'company',
  metrics: ['revenue'],
  nodes: new Map(
    [
      node('company', null),
      node('rep:1', 'company', 1),
      node('rep:1/customer:10', 'rep:1', 10),
      node('rep:1/customer:11', 'rep:1', 11),
      node('rep:2', 'company', 2),
    ].map((n) => [n.key, n]),
  ),
  children: new Map([
    ['company', ['rep:1', 'rep:2']],
    ['rep:1', ['rep:1/customer:10', 'rep:1/customer:11']],
    ['rep:1/customer:10', []],
    ['rep:1/customer:11', []],
    ['rep:2', []],
  ]),
  cells: new Map(
    [
      ['company', 48],
      ['rep:1', 24],
      ['rep:1/customer:10', 12],
      ['rep:1/customer:11', 12],
      ['rep:2', 24],
    ].map(([k, v]) => [k as string, new Map([['revenue', cell(flat((v as number) / 12))]])]),
  ) as TargetTree['cells'],
};

function recorder() {
  const calls = {
    deleted: [] as number[],
    inserted: [] as NewTargetNode[],
    updated: [] as NodeMethodsUpdate[],
    upserted: [] as TargetValueRow[],
  };
  let next = 100;
  const repos = {
    targetPlans: {
      deleteNodes: async (_p: number, ids: readonly number[]) => void calls.deleted.push(...ids),
      insertNodes: async (_p: number, nodes: readonly NewTargetNode[]) => {
        calls.inserted.push(...nodes);
        return new Map(nodes.map((n) => [n.key, next++]));
      },
      updateNodes: async (_p: number, u: readonly NodeMethodsUpdate[]) => void calls.updated.push(...u),
      upsertValues: async (_p: number, rows: readonly TargetValueRow[]) => void calls.upserted.push(...rows),
    },
  } as unknown as Repositories;
  return { calls, repos };
}
const ids = () =>
  new Map([
    ['company', 1],
    ['rep:1', 2],
    ['rep:1/customer:10', 3],
    ['rep:1/customer:11', 4],
    ['rep:2', 5],
  ]);
const scopes = () => {
  const s = new Map<string, NodeScope>();
  s.set('company', nodeScope(undefined, 'company', null, null));
  s.set('rep:2', nodeScope(s.get('company'), 'rep', 2, null));
  return s;
};
const scopeOf = (n: TreeNode, parent: NodeScope | undefined) =>
  nodeScope(parent, n.dimension, n.refId, n.refKey);

describe('saveTreeChanges writes only the difference', () => {
  it('an unchanged tree writes nothing', async () => {
    const { calls, repos } = recorder();
    await saveTreeChanges(repos, 1, base, base, ids(), scopeOf, scopes());
    expect(calls).toEqual({ deleted: [], inserted: [], updated: [], upserted: [] });
  });

  it('one changed month writes that node’s row only; a lock change too', async () => {
    const { calls, repos } = recorder();
    const cells = new Map(base.cells);
    cells.set(
      'rep:2',
      new Map([['revenue', { ...cell(flat(2)), lockedMonths: flat(0).map((_, i) => i === 2) }]]),
    );
    await saveTreeChanges(repos, 1, base, { ...base, cells }, ids(), scopeOf, scopes());
    expect(calls.upserted).toEqual([
      { nodeId: 5, metric: 'revenue', months: flat(2), lockedMonths: [3], totalLocked: false },
    ]);
    expect(calls.inserted).toEqual([]);
  });

  it('a removed subtree is deleted by its top node; siblings re-ordered are updated', async () => {
    const { calls, repos } = recorder();
    await saveTreeChanges(repos, 1, base, withoutSubtree(base, 'rep:1'), ids(), scopeOf, scopes());
    expect(calls.deleted).toEqual([2]);
    expect(calls.updated.map((u) => [u.nodeId, u.sortOrder])).toEqual([[5, 0]]);
  });

  it('an added node is inserted with its scope and its zero row written', async () => {
    const { calls, repos } = recorder();
    const grown = withChild(base, node('rep:2/customer:12', 'rep:2', 12));
    const idMap = ids();
    await saveTreeChanges(repos, 1, base, grown, idMap, scopeOf, scopes());
    expect(
      calls.inserted.map((n) => [n.key, n.depth, n.sortOrder, n.scope.ownerUserId, n.scope.accountId]),
    ).toEqual([['rep:2/customer:12', 2, 0, 2, 12]]);
    expect(idMap.get('rep:2/customer:12')).toBe(100);
    expect(calls.upserted.map((r) => r.nodeId)).toEqual([100]);
  });
});

// [TGT-5] breakdowns: seed 004 customer growth, the gap waterfall, the ranking, node visibility and the completion
// sheet's worksheets.
import { describe, expect, it } from 'vitest';
import { customerGrowth } from './customer-growth.ts';
import { gapWaterfall } from './gap-waterfall.ts';
import { nodeAttainment } from './node-attainment.ts';
import { rankNodes } from './rank-nodes.ts';
import { completionMetrics } from './target-tracking-service.ts';
import { mayViewTargetNode, visibleRoots } from './target-tracking-visibility.ts';
import type { TargetView } from './target-visibility.ts';

describe('customerGrowth 客户成长率', () => {
  it.each([
    [
      {
        existingCount: 4,
        existingNowFen: 1100,
        existingThenFen: 1000,
        newCount: 2,
        newNowFen: 50,
        lostCount: 1,
      },
      '0.1000',
      1,
    ],
    [
      { existingCount: 0, existingNowFen: 0, existingThenFen: 0, newCount: 3, newNowFen: 90, lostCount: 0 },
      null,
      3,
    ],
    [
      { existingCount: 2, existingNowFen: 0, existingThenFen: 400, newCount: 0, newNowFen: 0, lostCount: 2 },
      '-1.0000',
      -2,
    ],
  ])('%o → growth %s, net new %i', (sums, growth, netNew) => {
    const r = customerGrowth(sums);
    expect(r.existingGrowth).toBe(growth);
    expect(r.netNewCount).toBe(netNew);
  });
});

describe('gapWaterfall', () => {
  it.each([
    {
      name: 'children cover everything',
      node: { target: 1000, actual: 900 },
      children: [
        { key: 'a', label: 'A', target: 600, actual: 650 },
        { key: 'b', label: 'B', target: 400, actual: 250 },
      ],
      deltas: [
        ['b', -150],
        ['a', 50],
      ],
    },
    {
      name: 'actuals outside the children',
      node: { target: 1000, actual: 1000 },
      children: [{ key: 'a', label: 'A', target: 1000, actual: 900 }],
      deltas: [
        ['a', -100],
        [null, 100],
      ],
    },
    { name: 'a leaf', node: { target: 10, actual: 4 }, children: [], deltas: [[null, -6]] },
  ])('$name', ({ node, children, deltas }) => {
    const w = gapWaterfall(node, children);
    expect(w.steps.map((s) => [s.key, s.delta])).toEqual(deltas);
    expect(w.gap).toBe(node.target - node.actual);
    expect(w.steps.at(-1)?.to).toBe(node.actual);
    expect(w.steps[0]?.from).toBe(node.target);
  });
});

describe('rankNodes', () => {
  it('ranks by exact attainment, then actual; no target last', () => {
    const ranked = rankNodes([
      { key: 'a', label: 'A', target: 300, actual: 100 }, // 0.3333…
      { key: 'b', label: 'B', target: 0, actual: 999 },
      { key: 'c', label: 'C', target: 3, actual: 1 }, // same ratio as A, smaller actual
      { key: 'd', label: 'D', target: 100, actual: 90 },
    ]);
    expect(ranked.map((r) => [r.key, r.rank])).toEqual([
      ['d', 1],
      ['a', 2],
      ['c', 3],
      ['b', 4],
    ]);
    expect(ranked[3]?.attainment).toBeNull();
  });
});

describe('mayViewTargetNode', () => {
  const node = (scopeUnitPath: string | null, ownerUnitPath: string | null, ownerUserId: number | null) => ({
    scopeUnitPath,
    ownerUnitPath,
    scope: {
      orgUnitId: null,
      ownerUserId,
      industry: null,
      accountType: null,
      accountId: null,
      productLineId: null,
    },
  });
  const admin: TargetView = { kind: 'all' };
  const companyFinance: TargetView = { kind: 'unit', unitPath: '/1/' };
  const eastManager: TargetView = { kind: 'unit', unitPath: '/1/2/' };
  const rep: TargetView = { kind: 'own', userId: 7 };
  it.each([
    ['admin, company', admin, node(null, null, null), true],
    [
      'finance of the company, company (path only: no figures)',
      companyFinance,
      node(null, null, null),
      false,
    ],
    ['finance of the company, a region', companyFinance, node('/1/3/', null, null), true],
    ['east manager, company', eastManager, node(null, null, null), false],
    ['east manager, east region', eastManager, node('/1/2/', null, null), true],
    ['east manager, east team below', eastManager, node('/1/2/5/', null, null), true],
    ['east manager, west region', eastManager, node('/1/3/', null, null), false],
    ['east manager, rep of the east without unit scope', eastManager, node(null, '/1/2/5/', 7), true],
    ['rep, own node', rep, node('/1/2/5/', '/1/2/5/', 7), true],
    ['rep, colleague', rep, node('/1/2/5/', '/1/2/5/', 8), false],
    ['rep, own region', rep, node('/1/2/', null, null), false],
  ])('%s → %s', (_name, scope, n, expected) => expect(mayViewTargetNode(scope, n)).toBe(expected));

  it('roots are visible nodes with an invisible parent', () => {
    const nodes = [
      { id: 1, parentId: null, ...node(null, null, null) },
      { id: 2, parentId: 1, ...node('/1/2/', null, null) },
      { id: 3, parentId: 2, ...node('/1/2/', '/1/2/5/', 7) },
      { id: 4, parentId: 1, ...node('/1/3/', null, null) },
    ];
    expect(visibleRoots(eastManager, nodes).map((n) => n.id)).toEqual([2]);
    expect(visibleRoots(rep, nodes).map((n) => n.id)).toEqual([3]);
    expect(visibleRoots(admin, nodes).map((n) => n.id)).toEqual([1]);
  });
});

describe('completionMetrics (worksheets of 月度计划完成情况)', () => {
  const months = (fen: number) => Array.from({ length: 12 }, () => fen);
  const actuals = Array.from({ length: 12 }, () => ({
    revenueFen: 500,
    costFen: 200,
    collectionFen: 0,
    expenseFen: 90,
  }));
  const row = (targets: Parameters<typeof nodeAttainment>[0]['targets']) => ({
    metrics: nodeAttainment({ targets, actuals, lastYear: [], throughMonth: 6 }),
  });
  it.each([
    [
      'revenue and gross profit targeted: no 回款 or 费用 sheet',
      [{ revenue: months(1000), gross_profit: months(300) }],
      ['revenue', 'gross_profit'],
    ],
    [
      'a metric targeted on any row counts',
      [{ revenue: months(1000) }, { expense: [0, 0, 5, ...months(0).slice(3)] }],
      ['revenue', 'expense'],
    ],
    ['a zero target is no target', [{ revenue: months(1000), collections: months(0) }], ['revenue']],
    [
      'nothing targeted yet: all four, so the actuals still show',
      [{}],
      ['revenue', 'collections', 'gross_profit', 'expense'],
    ],
  ] as const)('%s', (_, targets, expected) => {
    expect(completionMetrics(targets.map((t) => row(t)))).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTargetSkeleton, type SkeletonLevel, skeletonLevelProblems } from './build-target-skeleton.ts';
import type { SkeletonAccount } from './target-plan-repository.ts';

const units = [
  { id: 1, name: '公司', kind: 'company', path: '/1/' },
  { id: 2, name: '华东', kind: 'region', path: '/1/2/' },
  { id: 3, name: '上海组', kind: 'team', path: '/1/2/3/' },
  { id: 4, name: '西部', kind: 'region', path: '/1/4/' },
];
const account = (
  accountId: number,
  ownerUserId: number,
  ownerUnitPath: string,
  industry: string | null = '食品',
  type = 'key_account',
): SkeletonAccount => ({
  accountId,
  name: `客户${accountId}`,
  type,
  industry,
  ownerUserId,
  ownerName: `销售${ownerUserId}`,
  ownerUnitId: Number(ownerUnitPath.split('/').filter(Boolean).at(-1)),
  ownerUnitPath,
});
const accounts = [
  account(100, 10, '/1/2/3/'),
  account(101, 10, '/1/2/3/', null, 'distributor'),
  account(102, 12, '/1/4/'),
  account(103, 1, '/1/'), // the director's own account: no region
];
const skeleton = (levels: SkeletonLevel[]) =>
  buildTargetSkeleton({
    rootLabel: '全公司',
    levels,
    accounts,
    units,
    productLines: new Map([[100, [7, 8]]]),
    productLineNames: new Map([
      [7, '乳品'],
      [8, '饮料'],
    ]),
    splitMethod: 'history_share',
    timeMethod: 'seasonality',
    params: {},
  });

describe('target plan skeleton: the chosen levels filled from the org tree, owners and accounts', () => {
  it('region → rep → customer → product line, with scopes inherited down the path', () => {
    const nodes = skeleton([
      { dimension: 'org_unit', orgUnitKind: 'region' },
      { dimension: 'rep' },
      { dimension: 'customer' },
      { dimension: 'product_line' },
    ]);
    expect(nodes.map((n) => n.key)).toEqual([
      'company',
      'org_unit:2',
      'org_unit:2/rep:10',
      'org_unit:2/rep:10/customer:100',
      'org_unit:2/rep:10/customer:100/product_line:7',
      'org_unit:2/rep:10/customer:100/product_line:8',
      'org_unit:2/rep:10/customer:101',
      'org_unit:4',
      'org_unit:4/rep:12',
      'org_unit:4/rep:12/customer:102',
      'rep:1', // no region above the director: the level is skipped for that account
      'rep:1/customer:103',
    ]);
    const line = nodes.find((n) => n.key === 'org_unit:2/rep:10/customer:100/product_line:8');
    expect(line?.scope).toEqual({
      orgUnitId: 2,
      ownerUserId: 10,
      industry: null,
      accountType: null,
      accountId: 100,
      productLineId: 8,
    });
    expect(line?.depth).toBe(4);
    expect(nodes.find((n) => n.key === 'org_unit:2')?.scope.ownerUserId).toBeNull();
  });

  it('industry and account type levels use the account attributes (no industry: level skipped)', () => {
    const nodes = skeleton([
      { dimension: 'industry' },
      { dimension: 'account_type' },
      { dimension: 'customer' },
    ]);
    expect(nodes.map((n) => n.key)).toContain('industry:食品/account_type:key_account/customer:100');
    expect(nodes.map((n) => n.key)).toContain('account_type:distributor/customer:101');
    expect(nodes.find((n) => n.key === 'account_type:distributor')?.label).toBe('经销商');
  });

  it.each([
    [
      'valid',
      [{ dimension: 'org_unit', orgUnitKind: 'region' }, { dimension: 'rep' }, { dimension: 'customer' }],
      [],
    ],
    ['org unit kind missing', [{ dimension: 'org_unit' }], ['levels.0.orgUnitKind']],
    ['repeated rep', [{ dimension: 'rep' }, { dimension: 'rep' }], ['levels.1']],
    [
      'team above region',
      [
        { dimension: 'org_unit', orgUnitKind: 'team' },
        { dimension: 'org_unit', orgUnitKind: 'region' },
      ],
      ['levels.1'],
    ],
    [
      'org unit below rep',
      [{ dimension: 'rep' }, { dimension: 'org_unit', orgUnitKind: 'team' }],
      ['levels.1'],
    ],
    ['rep below customer', [{ dimension: 'customer' }, { dimension: 'rep' }], ['levels.1']],
    ['product line without customer', [{ dimension: 'rep' }, { dimension: 'product_line' }], ['levels.1']],
  ] as Array<[string, SkeletonLevel[], string[]]>)('levels: %s', (_name, levels, paths) => {
    expect(skeletonLevelProblems(levels).map((p) => p.path)).toEqual(paths);
  });
});

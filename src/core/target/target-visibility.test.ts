import { describe, expect, it } from 'vitest';
import type { Actor } from '../org/actor.ts';
import type { Role } from '../org/roles.ts';
import {
  changesOutsidePart,
  type NodeForVisibility,
  targetViewOf,
  visibleNodes,
} from './target-visibility.ts';

// company → East (/1/2/) → team E1 (/1/2/3/) → rep 10 → customer 100
//                           → rep 11 (unit /1/2/3/) → customer 101
//         → West (/1/4/) → rep 12 (unit /1/4/5/) → customer 102
const node = (
  key: string,
  parentKey: string | null,
  scopeUnitPath: string | null,
  scopeOwnerUserId: number | null = null,
  scopeOwnerUnitPath: string | null = null,
): NodeForVisibility => ({ key, parentKey, scopeUnitPath, scopeOwnerUserId, scopeOwnerUnitPath });
const E = 'org_unit:2';
const W = 'org_unit:4';
const tree = [
  node('company', null, null),
  node(E, 'company', '/1/2/'),
  node(`${E}/rep:10`, E, '/1/2/', 10, '/1/2/3/'),
  node(`${E}/rep:10/customer:100`, `${E}/rep:10`, '/1/2/', 10, '/1/2/3/'),
  node(`${E}/rep:11`, E, '/1/2/', 11, '/1/2/3/'),
  node(`${E}/rep:11/customer:101`, `${E}/rep:11`, '/1/2/', 11, '/1/2/3/'),
  node(W, 'company', '/1/4/'),
  node(`${W}/rep:12`, W, '/1/4/', 12, '/1/4/5/'),
  node(`${W}/rep:12/customer:102`, `${W}/rep:12`, '/1/4/', 12, '/1/4/5/'),
];

const actor = (role: Role, userId: number, orgUnitPath: string): Actor => ({
  userId,
  username: `u${userId}`,
  displayName: `u${userId}`,
  role,
  orgUnitId: 1,
  orgUnitName: 'x',
  orgUnitPath,
});

describe('target tree visibility: users see only their part (+ the path to the root, totals only)', () => {
  it.each([
    ['admin sees all', actor('admin', 1, '/1/'), { full: tree.map((n) => n.key), path: [] }],
    ['director sees all', actor('director', 2, '/1/'), { full: tree.map((n) => n.key), path: [] }],
    [
      'East manager: the East subtree, company as path',
      actor('manager', 3, '/1/2/'),
      {
        full: [E, `${E}/rep:10`, `${E}/rep:10/customer:100`, `${E}/rep:11`, `${E}/rep:11/customer:101`],
        path: ['company'],
      },
    ],
    [
      'team manager below the region level: the reps of the team, region and company as path',
      actor('manager', 4, '/1/2/3/'),
      {
        full: [`${E}/rep:10`, `${E}/rep:10/customer:100`, `${E}/rep:11`, `${E}/rep:11/customer:101`],
        path: ['company', E],
      },
    ],
    [
      'rep 10: own rep node and customers, region and company as path',
      actor('rep', 10, '/1/2/3/'),
      { full: [`${E}/rep:10`, `${E}/rep:10/customer:100`], path: ['company', E] },
    ],
    [
      'account manager 12: own rep node',
      actor('account_manager', 12, '/1/4/5/'),
      { full: [`${W}/rep:12`, `${W}/rep:12/customer:102`], path: ['company', W] },
    ],
    ['rep without a node sees nothing', actor('rep', 99, '/1/2/3/'), { full: [], path: [] }],
    [
      'finance of West sees West',
      actor('finance', 5, '/1/4/'),
      {
        full: [W, `${W}/rep:12`, `${W}/rep:12/customer:102`],
        path: ['company'],
      },
    ],
  ])('%s', (_name, who, expected) => {
    const access = visibleNodes(targetViewOf(who), tree);
    const full = [...access].filter(([, a]) => a === 'full').map(([k]) => k);
    const path = [...access].filter(([, a]) => a === 'path').map(([k]) => k);
    expect(full.sort()).toEqual([...expected.full].sort());
    expect(path.sort()).toEqual([...expected.path].sort());
  });

  it.each([
    ['inside the part', [`${E}/rep:10`, `${E}/rep:10/customer:100`], []],
    ['touching the path node above', [E, 'company'], ['company']],
    ['touching another branch', [`${W}/rep:12`], [`${W}/rep:12`]],
  ])('an East manager edit %s', (_name, changed, outside) => {
    const access = visibleNodes(targetViewOf(actor('manager', 3, '/1/2/')), tree);
    expect(changesOutsidePart(access, changed)).toEqual(outside);
  });
});

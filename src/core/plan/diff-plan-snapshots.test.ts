import { describe, expect, it } from 'vitest';
import { diffPlanSnapshots } from './diff-plan-snapshots.ts';
import type { PlanSnapshot, SnapshotItem } from './plan-snapshot.ts';

const snap = (parts: Partial<PlanSnapshot['parts']>): PlanSnapshot => ({
  planYear: 2026,
  parts: { plan: [], strategicMap: [], opportunities: [], relationships: [], goals: [], ...parts },
});
const item = (key: string, fields: SnapshotItem['fields'], label = key): SnapshotItem => ({
  key,
  label,
  fields,
});

describe('seed 002 [PLAN-8] changes since the last approved version, per part', () => {
  it('identical snapshots have no changes', () => {
    const s = snap({ goals: [item('goal:1', { title: 'a', target: 5 })] });
    expect(diffPlanSnapshots(s, structuredClone(s))).toEqual([]);
  });

  it('reports added, removed and changed items with the changed fields only', () => {
    const before = snap({
      strategicMap: [item('node:1', { title: '降本' }), item('node:2', { title: '扩产' })],
      goals: [item('goal:1', { title: '份额', target: 40, due: '2026-12-31' })],
    });
    const after = snap({
      strategicMap: [item('node:1', { title: '降本' }), item('node:3', { title: '数字化' })],
      goals: [item('goal:1', { title: '份额', target: 45, due: '2026-12-31' })],
    });
    expect(diffPlanSnapshots(before, after)).toEqual([
      {
        part: 'strategicMap',
        added: [{ key: 'node:3', label: 'node:3' }],
        removed: [{ key: 'node:2', label: 'node:2' }],
        changed: [],
      },
      {
        part: 'goals',
        added: [],
        removed: [],
        changed: [{ key: 'goal:1', label: 'goal:1', fields: [{ field: 'target', before: 40, after: 45 }] }],
      },
    ]);
  });

  it.each([
    ['a field that appears', { a: 1 }, { a: 1, b: 'x' }, [{ field: 'b', before: null, after: 'x' }]],
    ['a field that disappears', { a: 1, b: 'x' }, { a: 1 }, [{ field: 'b', before: 'x', after: null }]],
    ['null and missing are the same', { a: 1, b: null }, { a: 1 }, []],
    [
      'role lists compare by content and order',
      { roles: ['coach'] },
      { roles: ['coach', 'sponsor'] },
      [{ field: 'roles', before: ['coach'], after: ['coach', 'sponsor'] }],
    ],
    ['0 and null differ', { v: 0 }, { v: null }, [{ field: 'v', before: 0, after: null }]],
  ] as const)('%s', (_name, a, b, fields) => {
    const out = diffPlanSnapshots(
      snap({ relationships: [item('person:contact:1', a as never)] }),
      snap({ relationships: [item('person:contact:1', b as never)] }),
    );
    expect(out.flatMap((p) => p.changed.flatMap((c) => c.fields))).toEqual(fields);
  });
});

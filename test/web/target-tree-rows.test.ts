// The tree editor's rows ([TGT-2], [TGT-3]): nodes nest under their parents, a method preview shows the new
// figures with the old ones kept per cell, the keyboard walks editable cells in reading order, and an engine
// problem path `<nodeKey>/<metric>/<month|total>` names its cell even though node keys contain '/'.
import { describe, expect, it } from 'vitest';
import type { TargetNodeT } from '../../web/src/api/targets.ts';
import {
  applyPreview,
  cellOfProblemPath,
  cellOrder,
  mergeNodes,
  neighbourCell,
  nestRows,
  parentKeys,
  placeCellProblems,
} from '../../web/src/routes/targets/target-detail/tree/tree-rows.ts';

const months = (value: number) => Array.from({ length: 12 }, () => value);

function node(key: string, parentKey: string | null, extra: Partial<TargetNodeT> = {}): TargetNodeT {
  return {
    key,
    parentKey,
    depth: parentKey === null ? 0 : key.split('/').length,
    dimension: parentKey === null ? 'company' : 'org_unit',
    refId: null,
    refKey: null,
    label: key,
    accountType: null,
    sortOrder: 0,
    splitMethod: 'even',
    timeMethod: 'even',
    params: {},
    ansoffMarket: null,
    ansoffProduct: null,
    ansoffStrategy: null,
    access: 'full',
    editable: true,
    childCount: 0,
    cells: {
      revenue: {
        months: months(100),
        quarters: [300, 300, 300, 300],
        total: 1200,
        lockedMonths: [],
        totalLocked: false,
      },
    },
    ...extra,
  };
}

const company = node('company', null, { childCount: 2 });
const east = node('org_unit:1', 'company');
const west = node('org_unit:2', 'company', { childCount: 1 });
const rep = node('org_unit:2/rep:7', 'org_unit:2');

describe('nestRows', () => {
  it('puts children under their parents in order and keeps orphans as roots', () => {
    const rows = nestRows([company, east, west, rep]);
    expect(rows.map((row) => row.key)).toEqual(['company']);
    expect(rows[0]?.children?.map((row) => row.key)).toEqual(['org_unit:1', 'org_unit:2']);
    expect(rows[0]?.children?.[1]?.children?.map((row) => row.key)).toEqual(['org_unit:2/rep:7']);
    expect(nestRows([west, rep]).map((row) => row.key)).toEqual(['org_unit:2']);
    expect(parentKeys(nestRows([company, east, west, rep]))).toEqual(['company', 'org_unit:2']);
  });
});

describe('mergeNodes', () => {
  it('keeps the first copy of a node and appends what an opened subtree adds', () => {
    const merged = mergeNodes([[company, west], undefined, [company, west, rep]]);
    expect(merged.map((n) => n.key)).toEqual(['company', 'org_unit:2', 'org_unit:2/rep:7']);
  });
});

describe('applyPreview', () => {
  it('shows the new months, keeps old values of months, quarter and total, and ignores other metrics', () => {
    const { nodes, before } = applyPreview(
      [company, east],
      [
        { nodeKey: 'org_unit:1', label: 'east', metric: 'revenue', month: 6, before: 100, after: 130 },
        { nodeKey: 'org_unit:1', label: 'east', metric: 'revenue', month: 1, before: 100, after: 70 },
        { nodeKey: 'org_unit:1', label: 'east', metric: 'expense', month: 2, before: 5, after: 9 },
      ],
      'revenue',
    );
    const cell = nodes[1]?.cells.revenue;
    expect(cell?.months?.slice(0, 6)).toEqual([70, 100, 100, 100, 100, 130]);
    expect(cell?.quarters).toEqual([270, 330, 300, 300]);
    expect(cell?.total).toBe(1200);
    expect(before.get('org_unit:1|6')).toBe(100);
    expect(before.get('org_unit:1|1')).toBe(100);
    expect(before.has('org_unit:1|total')).toBe(false);
    expect(before.get('org_unit:1|q1')).toBe(300);
    expect(before.has('org_unit:1|2')).toBe(false);
    expect(nodes[0]).toBe(company);
  });

  it('records the old year total when the months no longer add up to it', () => {
    const { nodes, before } = applyPreview(
      [east],
      [{ nodeKey: 'org_unit:1', label: 'east', metric: 'revenue', month: 3, before: 100, after: 150 }],
      'revenue',
    );
    expect(nodes[0]?.cells.revenue?.total).toBe(1250);
    expect(before.get('org_unit:1|total')).toBe(1200);
  });
});

describe('cellOrder and neighbourCell', () => {
  const rows = nestRows([company, east, node('org_unit:2', 'company', { editable: false })]);
  const order = cellOrder(rows, new Set(['company']), 'revenue');

  it('walks total then months 1–12 of each editable row as displayed', () => {
    expect(order).toHaveLength(26);
    expect(order[0]).toEqual({ nodeKey: 'company', month: null });
    expect(order[13]).toEqual({ nodeKey: 'org_unit:1', month: null });
  });

  it.each([
    [{ nodeKey: 'company', month: 12 }, 1, { nodeKey: 'org_unit:1', month: null }],
    [{ nodeKey: 'org_unit:1', month: null }, -1, { nodeKey: 'company', month: 12 }],
    [{ nodeKey: 'org_unit:1', month: 12 }, 1, null],
    [{ nodeKey: 'company', month: null }, -1, null],
  ] as const)('from %o by %d', (from, step, expected) => {
    expect(neighbourCell(order, from, step)).toEqual(expected);
  });

  it('skips collapsed children and rows seen totals-only', () => {
    expect(cellOrder(rows, new Set(), 'revenue')).toHaveLength(13);
    const path = nestRows([node('company', null, { access: 'path' }), east]);
    expect(cellOrder(path, new Set(['company']), 'revenue')[0]?.nodeKey).toBe('org_unit:1');
  });
});

describe('cellOfProblemPath', () => {
  it.each([
    ['org_unit:3/rep:17/revenue/4', { nodeKey: 'org_unit:3/rep:17', metric: 'revenue', month: 4 }],
    ['company/expense/total', { nodeKey: 'company', metric: 'expense', month: null }],
    ['company/revenue/13', null],
    ['name', null],
  ] as const)('%s', (path, expected) => {
    expect(cellOfProblemPath(path)).toEqual(expected);
  });
});

describe('placeCellProblems', () => {
  const refused = 'Some figures break the tree rules';
  it('keeps cell problems on their cells and names the first one in the toast too (QA: the reason showed on hover only)', () => {
    const placed = placeCellProblems(
      refused,
      [
        { path: 'org_unit:2/rep:7/sales/3', message: 'Above its locked parent' },
        { path: 'org_unit:2/rep:7/sales/total', message: 'Year total above its locked parent' },
      ],
      'sales',
    );
    expect([...placed.cells]).toEqual([
      ['org_unit:2/rep:7|3', 'Above its locked parent'],
      ['org_unit:2/rep:7|total', 'Year total above its locked parent'],
    ]);
    expect(placed.text).toBe(`${refused}：Above its locked parent`);
  });

  it('lists problems that name no shown cell (another metric, no cell) in the toast', () => {
    const placed = placeCellProblems(
      refused,
      [
        { path: 'org_unit:2/gross_profit/3', message: 'Profit problem' },
        { path: 'nodeKey', message: 'Unknown node' },
        { path: 'org_unit:2/sales/4', message: 'Cell problem' },
      ],
      'sales',
    );
    expect([...placed.cells.keys()]).toEqual(['org_unit:2|4']);
    expect(placed.text).toBe(`${refused}：Profit problem；Unknown node`);
  });

  it('is the plain message when there are no details', () => {
    expect(placeCellProblems(refused, [], 'sales')).toEqual({ cells: new Map(), text: refused });
  });
});

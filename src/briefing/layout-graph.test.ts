// seed 002, [PLAN-9]: the map layout of the executive briefing.
import { describe, expect, it } from 'vitest';
import {
  cardScale,
  clipBetween,
  countCrossings,
  fitPoints,
  layoutGraph,
  orderColumns,
} from './layout-graph.ts';

const e = (from: string, to: string) => ({ from, to });

describe('countCrossings', () => {
  it.each([
    [
      'parallel edges',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [e('c', 'a'), e('d', 'b')],
      0,
    ],
    [
      'one crossing',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [e('c', 'b'), e('d', 'a')],
      1,
    ],
    [
      'edges in either direction count',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [e('b', 'c'), e('a', 'd')],
      1,
    ],
    ['shared endpoint never crosses', [['a'], ['c', 'd']], [e('c', 'a'), e('d', 'a')], 0],
    [
      'three columns add up',
      [
        ['a', 'b'],
        ['c', 'd'],
        ['f', 'g'],
      ],
      [e('c', 'b'), e('d', 'a'), e('f', 'd'), e('g', 'c')],
      2,
    ],
    [
      'edges to unknown nodes are ignored',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [e('c', 'b'), e('x', 'a')],
      0,
    ],
  ])('%s', (_name, columns, edges, expected) => {
    expect(countCrossings(columns, edges)).toBe(expected);
  });
});

describe('orderColumns (barycentre)', () => {
  it.each([
    [
      'children follow their parents',
      [
        ['o1', 'o2'],
        ['s2', 's1'],
      ],
      [e('s1', 'o1'), e('s2', 'o2')],
      [
        ['o1', 'o2'],
        ['s1', 's2'],
      ],
    ],
    [
      'a tree of three levels untangles',
      [
        ['o1', 'o2'],
        ['s3', 's1', 's2'],
        ['t3', 't2', 't1'],
      ],
      [e('s1', 'o1'), e('s2', 'o2'), e('s3', 'o2'), e('t1', 's1'), e('t2', 's2'), e('t3', 's3')],
      [
        ['o1', 'o2'],
        ['s1', 's3', 's2'],
        ['t1', 't3', 't2'],
      ],
    ],
    [
      'nodes without a parent keep their place',
      [['o1'], ['x', 's1']],
      [e('s1', 'o1')],
      [['o1'], ['x', 's1']],
    ],
    [
      'already untangled input is returned as is',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [e('c', 'a'), e('d', 'b')],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
  ])('%s', (_name, columns, edges, expected) => {
    const ordered = orderColumns(columns, edges);
    expect(ordered).toEqual(expected);
    expect(countCrossings(ordered, edges)).toBeLessThanOrEqual(countCrossings(columns, edges));
  });

  it('never loses or duplicates a node', () => {
    const columns = [['a', 'b', 'c'], ['d', 'e', 'f', 'g'], ['h']];
    const edges = [e('d', 'c'), e('e', 'a'), e('f', 'b'), e('g', 'a'), e('h', 'f'), e('h', 'd')];
    const ordered = orderColumns(columns, edges);
    expect(ordered.map((c) => [...c].sort())).toEqual(columns.map((c) => [...c].sort()));
    expect(countCrossings(ordered, edges)).toBe(0);
  });
});

describe('layoutGraph', () => {
  const box = { x: 0, y: 0, w: 10, h: 6 };
  const options = { headerH: 0.5, gapX: 1, gapY: 0.2, maxNodeH: 1 };
  const nodes = [
    { id: 'o', kind: 'objective' as const },
    { id: 's1', kind: 'strategy' as const },
    { id: 's2', kind: 'strategy' as const },
    { id: 'n', kind: 'need' as const },
  ];

  it('puts one column per kind, in the order given, with equal widths and gaps', () => {
    const layout = layoutGraph(nodes, [], ['objective', 'strategy'], box, options);
    expect(layout.columns.map((c) => [c.kind, c.box.x, c.box.w])).toEqual([
      ['objective', 0, 4.5],
      ['strategy', 5.5, 4.5],
    ]);
    expect(layout.nodes.map((n) => n.id)).toEqual(['o', 's1', 's2']);
  });

  it('caps node height and centres the column vertically below the header', () => {
    const layout = layoutGraph(nodes, [], ['objective', 'strategy'], box, options);
    const o = layout.nodes.find((n) => n.id === 'o')!;
    expect(o.box.h).toBe(1);
    expect(o.box.y).toBeCloseTo(0.5 + (5.5 - 1) / 2);
    const [s1, s2] = layout.nodes.filter((n) => n.kind === 'strategy');
    expect(s2!.box.y - s1!.box.y).toBeCloseTo(1.2);
  });

  it('shrinks nodes so a crowded column still fits the box', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `t${i}`, kind: 'tactic' as const }));
    const layout = layoutGraph(many, [], ['tactic'], box, options);
    const last = layout.nodes.at(-1)!;
    expect(last.box.y + last.box.h).toBeLessThanOrEqual(box.h + 1e-9);
    expect(layout.nodes[0]!.box.y).toBeGreaterThanOrEqual(options.headerH - 1e-9);
  });

  it.each([
    ['to the left: from the left side to the right side', e('s1', 'o'), { x1: 5.5, x2: 4.5 }],
    ['to the right: from the right side to the left side', e('o', 's1'), { x1: 4.5, x2: 5.5 }],
  ])('draws an edge pointing %s', (_name, edge, ends) => {
    const layout = layoutGraph(nodes, [edge], ['objective', 'strategy'], box, options);
    expect(layout.edges).toHaveLength(1);
    expect(layout.edges[0]!.line).toMatchObject(ends);
  });

  it('leaves out edges to kinds not shown, self-loops and unknown ids', () => {
    const layout = layoutGraph(
      nodes,
      [e('n', 's1'), e('s1', 's1'), e('zz', 'o')],
      ['objective', 'strategy'],
      box,
      options,
    );
    expect(layout.edges).toEqual([]);
  });

  it('draws a repeated id once, the first node winning', () => {
    const layout = layoutGraph(
      [...nodes, { id: 'o', kind: 'strategy' as const }],
      [],
      ['objective', 'strategy'],
      box,
      options,
    );
    expect(layout.nodes.filter((n) => n.id === 'o').map((n) => n.kind)).toEqual(['objective']);
  });

  it('lays out nothing for no nodes without failing', () => {
    const layout = layoutGraph([], [], ['objective', 'strategy'], box, options);
    expect(layout.nodes).toEqual([]);
    expect(layout.columns).toHaveLength(2);
  });
});

describe('fitPoints', () => {
  const box = { x: 1, y: 1, w: 10, h: 4 };
  const margin = { x: 1, y: 0.5 };

  it.each([
    [
      'a wide drawing fills the width, centred vertically',
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 800, y: 100 },
      ],
      [
        { id: 'a', cx: 2, cy: 2.5 },
        { id: 'b', cx: 10, cy: 3.5 },
      ],
    ],
    [
      'a tall drawing fills the height, centred horizontally',
      [
        { id: 'a', x: 50, y: 0 },
        { id: 'b', x: 50, y: 300 },
      ],
      [
        { id: 'a', cx: 6, cy: 1.5 },
        { id: 'b', cx: 6, cy: 4.5 },
      ],
    ],
    ['a single point lands in the middle', [{ id: 'a', x: 7, y: 9 }], [{ id: 'a', cx: 6, cy: 3 }]],
    [
      'negative coordinates are shifted in',
      [
        { id: 'a', x: -100, y: -30 },
        { id: 'b', x: 100, y: 30 },
      ],
      [
        { id: 'a', cx: 2, cy: 1.8 },
        { id: 'b', cx: 10, cy: 4.2 },
      ],
    ],
  ])('%s', (_name, points, expected) => {
    const fitted = fitPoints(points, box, margin);
    expect(fitted).toHaveLength(expected.length);
    fitted.forEach((p, i) => {
      expect(p.id).toBe(expected[i]!.id);
      expect(p.cx).toBeCloseTo(expected[i]!.cx);
      expect(p.cy).toBeCloseTo(expected[i]!.cy);
    });
  });

  it('keeps the aspect ratio', () => {
    const [a, b, c] = fitPoints(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 30, y: 0 },
        { id: 'c', x: 0, y: 10 },
      ],
      box,
      margin,
    );
    expect((b!.cx - a!.cx) / (c!.cy - a!.cy)).toBeCloseTo(3);
  });

  it('treats a coordinate that is not a finite number as 0', () => {
    const fitted = fitPoints(
      [
        { id: 'a', x: Number.NaN, y: 0 },
        { id: 'b', x: 100, y: Number.POSITIVE_INFINITY },
      ],
      box,
      margin,
    );
    expect(fitted.flatMap((p) => [p.cx, p.cy]).every(Number.isFinite)).toBe(true);
  });

  it('returns nothing for no points', () => {
    expect(fitPoints([], box, margin)).toEqual([]);
  });
});

describe('clipBetween', () => {
  it.each([
    [
      'side by side: from the right border to the left border',
      { x: 0, y: 0, w: 2, h: 1 },
      { x: 4, y: 0, w: 2, h: 1 },
      { x1: 2, y1: 0.5, x2: 4, y2: 0.5 },
    ],
    [
      'one above the other: from the top border to the bottom border',
      { x: 0, y: 4, w: 2, h: 1 },
      { x: 0, y: 0, w: 2, h: 1 },
      { x1: 1, y1: 4, x2: 1, y2: 1 },
    ],
    [
      'diagonal: leaves through the nearer border',
      { x: 0, y: 0, w: 2, h: 2 },
      { x: 4, y: 1, w: 2, h: 2 },
      { x1: 2, y1: 1.25, x2: 4, y2: 1.75 },
    ],
  ])('%s', (_name, from, to, expected) => {
    const s = clipBetween(from, to);
    expect(s.x1).toBeCloseTo(expected.x1);
    expect(s.y1).toBeCloseTo(expected.y1);
    expect(s.x2).toBeCloseTo(expected.x2);
    expect(s.y2).toBeCloseTo(expected.y2);
  });
});

describe('cardScale', () => {
  const card = (cx: number, cy: number) => ({ cx, cy, w: 2, h: 1 });
  it.each([
    ['far apart cards keep their size', [card(0, 0), card(5, 0)], 1],
    ['cards that just touch keep their size', [card(0, 0), card(2, 0)], 1],
    ['side by side too close: shrink to touch', [card(0, 0), card(1.5, 0)], 0.75],
    ['apart vertically is enough', [card(0, 0), card(0.5, 1.2)], 1],
    ['the closest pair decides', [card(0, 0), card(1.8, 0), card(0, 0.6)], 0.6],
    ['never below the minimum', [card(0, 0), card(0.1, 0)], 0.55],
    ['one card keeps its size', [card(0, 0)], 1],
  ])('%s', (_name, cards, expected) => {
    expect(cardScale(cards, 0.55)).toBeCloseTo(expected);
  });
});

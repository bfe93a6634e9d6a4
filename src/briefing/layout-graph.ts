// Layout of the briefing's maps (seed 002, [PLAN-9]), pure geometry shared by the PPTX and the PDF writers.
// The strategic/execution map ([PLAN-2], [PLAN-3]) is drawn in one column per node kind, objective on the
// left to action on the right; rows are ordered by the barycentre of each node's neighbours in the next
// column (a few down and up sweeps, keeping the order with the fewest crossings), which untangles the
// usual tree-like plan without a graph library. The influence map ([PLAN-4]) keeps the user's drawing:
// its x/y are scaled into the slide box with the aspect ratio kept and centred.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LaidOutNode<K extends string> {
  id: string;
  kind: K;
  column: number;
  row: number;
  box: Box;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  /** From the `from` node's side to the `to` node's side (an arrow at the end points at what is served). */
  line: Segment;
}

export interface GraphLayout<K extends string> {
  columns: Array<{ kind: K; box: Box }>;
  nodes: LaidOutNode<K>[];
  edges: LaidOutEdge[];
  crossings: number;
}

export interface GraphLayoutOptions {
  headerH: number;
  gapX: number;
  gapY: number;
  maxNodeH: number;
}

interface Edge {
  from: string;
  to: string;
}

/** Edge crossings between adjacent columns, for the given row orders. */
export function countCrossings(columns: readonly string[][], edges: readonly Edge[]): number {
  const where = positions(columns);
  let crossings = 0;
  for (let c = 0; c + 1 < columns.length; c++) {
    const pairs: Array<[number, number]> = [];
    for (const e of edges) {
      const a = where.get(e.from);
      const b = where.get(e.to);
      if (!a || !b) continue;
      if (a.column === c && b.column === c + 1) pairs.push([a.row, b.row]);
      else if (b.column === c && a.column === c + 1) pairs.push([b.row, a.row]);
    }
    for (let i = 0; i < pairs.length; i++)
      for (let j = i + 1; j < pairs.length; j++) {
        const [a1, b1] = pairs[i]!;
        const [a2, b2] = pairs[j]!;
        if ((a1 - a2) * (b1 - b2) < 0) crossings++;
      }
  }
  return crossings;
}

/** Row orders with few crossings: barycentre sweeps down and up, the best order seen wins. */
export function orderColumns(columns: readonly string[][], edges: readonly Edge[]): string[][] {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const e of edges) {
    link(e.from, e.to);
    link(e.to, e.from);
  }
  const current = columns.map((c) => [...c]);
  let best = current.map((c) => [...c]);
  let bestCrossings = countCrossings(best, edges);
  const reorder = (c: number, reference: number) => {
    const refRow = new Map((current[reference] ?? []).map((id, row) => [id, row]));
    const column = current[c] ?? [];
    const keyed = column.map((id, row) => {
      const rows = (neighbours.get(id) ?? []).flatMap((n) => {
        const r = refRow.get(n);
        return r === undefined ? [] : [r];
      });
      const key = rows.length ? rows.reduce((s, r) => s + r, 0) / rows.length : row;
      return { id, key, row };
    });
    keyed.sort((a, b) => a.key - b.key || a.row - b.row);
    current[c] = keyed.map((k) => k.id);
  };
  for (let sweep = 0; sweep < 4 && bestCrossings > 0; sweep++) {
    if (sweep % 2 === 0) for (let c = 1; c < current.length; c++) reorder(c, c - 1);
    else for (let c = current.length - 2; c >= 0; c--) reorder(c, c + 1);
    const crossings = countCrossings(current, edges);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = current.map((c) => [...c]);
    }
  }
  return best;
}

/** Places the nodes of the given kinds in columns inside `box`; edges to other kinds are left out. */
export function layoutGraph<K extends string>(
  nodes: ReadonlyArray<{ id: string; kind: K }>,
  edges: readonly Edge[],
  kinds: readonly K[],
  box: Box,
  options: GraphLayoutOptions,
): GraphLayout<K> {
  const seen = new Set<string>();
  // An id drawn twice would make its edges ambiguous: the first node with an id wins.
  const shown = nodes.filter((n) => kinds.includes(n.kind) && !seen.has(n.id) && seen.add(n.id));
  const ids = new Set(shown.map((n) => n.id));
  const kept = edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to);
  const order = orderColumns(
    kinds.map((k) => shown.filter((n) => n.kind === k).map((n) => n.id)),
    kept,
  );
  const { headerH, gapX, gapY, maxNodeH } = options;
  const colW = (box.w - gapX * (kinds.length - 1)) / kinds.length;
  const availH = box.h - headerH;
  const columns = kinds.map((kind, c) => ({
    kind,
    box: { x: box.x + c * (colW + gapX), y: box.y, w: colW, h: headerH },
  }));
  const kindOf = new Map(shown.map((n) => [n.id, n.kind]));
  const laidOut: LaidOutNode<K>[] = order.flatMap((column, c) => {
    const n = column.length;
    const nodeH = Math.min(maxNodeH, (availH - gapY * (n - 1)) / Math.max(n, 1));
    const top = box.y + headerH + (availH - (n * nodeH + (n - 1) * gapY)) / 2;
    const x = box.x + c * (colW + gapX);
    return column.map((id, row) => ({
      id,
      kind: kindOf.get(id)!,
      column: c,
      row,
      box: { x, y: top + row * (nodeH + gapY), w: colW, h: nodeH },
    }));
  });
  const byId = new Map(laidOut.map((n) => [n.id, n]));
  const laidEdges = kept.map((e) => {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    return { from: e.from, to: e.to, line: joinBoxes(a, b) };
  });
  return { columns, nodes: laidOut, edges: laidEdges, crossings: countCrossings(order, kept) };
}

function joinBoxes(a: { column: number; box: Box }, b: { column: number; box: Box }): Segment {
  const midY = (n: Box) => n.y + n.h / 2;
  const midX = (n: Box) => n.x + n.w / 2;
  if (a.column < b.column) return { x1: a.box.x + a.box.w, y1: midY(a.box), x2: b.box.x, y2: midY(b.box) };
  if (a.column > b.column) return { x1: a.box.x, y1: midY(a.box), x2: b.box.x + b.box.w, y2: midY(b.box) };
  const down = a.box.y < b.box.y;
  return {
    x1: midX(a.box),
    y1: down ? a.box.y + a.box.h : a.box.y,
    x2: midX(b.box),
    y2: down ? b.box.y : b.box.y + b.box.h,
  };
}

function positions(columns: readonly string[][]): Map<string, { column: number; row: number }> {
  const where = new Map<string, { column: number; row: number }>();
  columns.forEach((ids, column) => {
    for (const [row, id] of ids.entries()) where.set(id, { column, row });
  });
  return where;
}

/**
 * Scales drawn points into `box` keeping the aspect ratio, centred; `margin` keeps node boxes around the
 * points inside. A single point, or points on one line, land in the middle of the free axis; a coordinate
 * that is not a finite number counts as 0.
 */
export function fitPoints(
  points: ReadonlyArray<{ id: string; x: number; y: number }>,
  box: Box,
  margin: { x: number; y: number },
): Array<{ id: string; cx: number; cy: number }> {
  if (points.length === 0) return [];
  const finite = (v: number) => (Number.isFinite(v) ? v : 0);
  const xs = points.map((p) => finite(p.x));
  const ys = points.map((p) => finite(p.y));
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX;
  const spanY = Math.max(...ys) - minY;
  const availW = Math.max(box.w - 2 * margin.x, 0);
  const availH = Math.max(box.h - 2 * margin.y, 0);
  const scales = [spanX > 0 ? availW / spanX : Infinity, spanY > 0 ? availH / spanY : Infinity];
  const scale = Math.min(...scales);
  const k = Number.isFinite(scale) ? scale : 0;
  const offsetX = box.x + margin.x + (availW - spanX * k) / 2;
  const offsetY = box.y + margin.y + (availH - spanY * k) / 2;
  return points.map((p, i) => ({
    id: p.id,
    cx: offsetX + (xs[i]! - minX) * k,
    cy: offsetY + (ys[i]! - minY) * k,
  }));
}

/**
 * The part of the line between two box centres that lies outside both boxes, so that an arrow drawn along
 * it ends at the target's border instead of under the card.
 */
export function clipBetween(from: Box, to: Box): Segment {
  const c1 = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
  const c2 = { x: to.x + to.w / 2, y: to.y + to.h / 2 };
  const dx = c2.x - c1.x;
  const dy = c2.y - c1.y;
  const exit = (b: Box) =>
    Math.min(dx === 0 ? Infinity : b.w / 2 / Math.abs(dx), dy === 0 ? Infinity : b.h / 2 / Math.abs(dy));
  const t1 = Number.isFinite(exit(from)) ? Math.min(exit(from), 1) : 0;
  const t2 = Number.isFinite(exit(to)) ? Math.min(exit(to), 1) : 0;
  return { x1: c1.x + dx * t1, y1: c1.y + dy * t1, x2: c2.x - dx * t2, y2: c2.y - dy * t2 };
}

/**
 * The largest factor (at most 1, at least `min`) by which cards centred at the given points can be scaled
 * so that no two overlap; a crowded drawing gets smaller cards rather than cards on top of each other.
 */
export function cardScale(
  cards: ReadonlyArray<{ cx: number; cy: number; w: number; h: number }>,
  min: number,
): number {
  let scale = 1;
  for (const [i, a] of cards.entries())
    for (const b of cards.slice(i + 1)) {
      const apart = Math.max(
        Math.abs(a.cx - b.cx) / ((a.w + b.w) / 2),
        Math.abs(a.cy - b.cy) / ((a.h + b.h) / 2),
      );
      scale = Math.min(scale, apart);
    }
  return Math.max(scale, min);
}

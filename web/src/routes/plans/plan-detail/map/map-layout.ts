// Where the map draws its nodes: one column per level, upstream on the left, in the nodes' sort order; and
// which nodes lie on a selected node's chain (everything it serves and everything that serves it).
import { NODE_LEVELS } from '../../../../../../src/core/plan/plan-types.ts';
import type { PlanEdgeT, PlanNodeT } from '../../../../api/plans.ts';

export const COLUMN_WIDTH = 250;
export const ROW_HEIGHT = 104;

export const LEVEL_COLORS: Record<string, string> = {
  objective: '#722ed1',
  strategy: '#2f54eb',
  tactic: '#1677ff',
  need: '#13c2c2',
  solution: '#52c41a',
  opportunity: '#fa8c16',
  action: '#eb2f96',
};

export function layoutNodes(nodes: readonly PlanNodeT[]): Map<number, { x: number; y: number }> {
  const positions = new Map<number, { x: number; y: number }>();
  NODE_LEVELS.forEach((level, column) => {
    const inColumn = nodes
      .filter((node) => node.level === level)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
    for (const [row, node] of inColumn.entries()) {
      positions.set(node.id, { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT });
    }
  });
  return positions;
}

/** The selected node, every node upstream of it and every node downstream of it. */
export function chainOf(edges: readonly PlanEdgeT[], selected: number): Set<number> {
  const chain = new Set<number>([selected]);
  const walk = (start: number, next: (edge: PlanEdgeT) => [number, number]) => {
    const stack = [start];
    while (stack.length) {
      const current = stack.pop() as number;
      for (const edge of edges) {
        const [from, to] = next(edge);
        if (from === current && !chain.has(to)) {
          chain.add(to);
          stack.push(to);
        }
      }
    }
  };
  walk(selected, (edge) => [edge.upstreamId, edge.downstreamId]);
  walk(selected, (edge) => [edge.downstreamId, edge.upstreamId]);
  return chain;
}

export interface ChainItem {
  id: number;
  level: string;
  title: string;
  distance: number;
}

/** What a node serves (upstream) and what serves it (downstream), with the number of links to each. */
export function chainLists(
  nodes: readonly PlanNodeT[],
  edges: readonly PlanEdgeT[],
  selected: number,
): { upstream: ChainItem[]; downstream: ChainItem[] } {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const walk = (next: (edge: PlanEdgeT) => [number, number]): ChainItem[] => {
    const distance = new Map<number, number>([[selected, 0]]);
    const queue = [selected];
    while (queue.length) {
      const current = queue.shift() as number;
      for (const edge of edges) {
        const [from, to] = next(edge);
        if (from === current && !distance.has(to)) {
          distance.set(to, (distance.get(current) ?? 0) + 1);
          queue.push(to);
        }
      }
    }
    return [...distance.entries()]
      .filter(([id]) => id !== selected)
      .flatMap(([id, d]) => {
        const node = byId.get(id);
        return node ? [{ id, level: node.level, title: node.title, distance: d }] : [];
      })
      .sort((a, b) => a.distance - b.distance);
  };
  return {
    upstream: walk((edge) => [edge.downstreamId, edge.upstreamId]),
    downstream: walk((edge) => [edge.upstreamId, edge.downstreamId]),
  };
}

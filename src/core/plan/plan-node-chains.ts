// seed 002, [PLAN-3]: every item of the graph is traceable both ways — from any node the user sees what it
// serves (upstream, up to the customer's objectives) and what serves it (downstream, down to the actions).
// Each chain lists every reachable node once, at its shortest distance, nearest first, then by id.
import type { GraphEdge } from './check-plan-edge.ts';

export interface ChainStep {
  id: number;
  /** 1 = directly linked. */
  distance: number;
}

function walk(start: number, next: Map<number, number[]>): ChainStep[] {
  const distance = new Map<number, number>();
  let frontier = [start];
  for (let d = 1; frontier.length; d++) {
    const following: number[] = [];
    for (const id of frontier)
      for (const n of next.get(id) ?? [])
        if (n !== start && !distance.has(n)) {
          distance.set(n, d);
          following.push(n);
        }
    frontier = following;
  }
  return [...distance]
    .map(([id, d]) => ({ id, distance: d }))
    .sort((a, b) => a.distance - b.distance || a.id - b.id);
}

/** What the node serves (upstream) and what serves it (downstream). */
export function planNodeChains(
  nodeId: number,
  edges: readonly GraphEdge[],
): { upstream: ChainStep[]; downstream: ChainStep[] } {
  const up = new Map<number, number[]>();
  const down = new Map<number, number[]>();
  for (const e of edges) {
    up.set(e.downstreamId, [...(up.get(e.downstreamId) ?? []), e.upstreamId]);
    down.set(e.upstreamId, [...(down.get(e.upstreamId) ?? []), e.downstreamId]);
  }
  return { upstream: walk(nodeId, up), downstream: walk(nodeId, down) };
}

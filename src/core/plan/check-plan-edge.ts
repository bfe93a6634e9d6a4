// seed 002, [PLAN-2]/[PLAN-3]: the strategic and execution map are one graph, objective → strategy → tactic →
// need → solution → opportunity → action. An edge says "the downstream node serves the upstream node". It may
// link two nodes of the same level (a sub-strategy serving a strategy) or of the next level down, never
// upward and never skipping a level; and because same-level edges are allowed, a cycle is possible, so it is
// checked explicitly: the new edge may not close a loop. Problems name the field and a message key.
import type { ErrorDetail } from '../shared/errors.ts';
import { NODE_LEVELS, type NodeLevel } from './plan-types.ts';

export interface GraphNode {
  id: number;
  level: NodeLevel;
}

export interface GraphEdge {
  upstreamId: number;
  downstreamId: number;
}

const rank = (level: NodeLevel) => NODE_LEVELS.indexOf(level);

/** True when `to` can be reached from `from` going downstream along the edges. */
export function reachesDownstream(edges: readonly GraphEdge[], from: number, to: number): boolean {
  const next = new Map<number, number[]>();
  for (const e of edges) next.set(e.upstreamId, [...(next.get(e.upstreamId) ?? []), e.downstreamId]);
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop() as number;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}

/** Field problems of adding `edge` to the graph; empty when it may be added. */
export function checkPlanEdge(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  edge: GraphEdge,
): ErrorDetail[] {
  const upstream = nodes.find((n) => n.id === edge.upstreamId);
  const downstream = nodes.find((n) => n.id === edge.downstreamId);
  const problems: ErrorDetail[] = [];
  if (!upstream) problems.push({ path: 'upstreamNodeId', message: 'plan.node_unknown' });
  if (!downstream) problems.push({ path: 'downstreamNodeId', message: 'plan.node_unknown' });
  if (!upstream || !downstream) return problems;
  if (upstream.id === downstream.id) return [{ path: 'downstreamNodeId', message: 'plan.edge_self' }];
  const step = rank(downstream.level) - rank(upstream.level);
  const params = { upstream: `plan.level.${upstream.level}`, downstream: `plan.level.${downstream.level}` };
  if (step < 0) return [{ path: 'downstreamNodeId', message: 'plan.edge_wrong_direction', params }];
  if (step > 1) return [{ path: 'downstreamNodeId', message: 'plan.edge_skips_level', params }];
  if (edges.some((e) => e.upstreamId === edge.upstreamId && e.downstreamId === edge.downstreamId))
    return [{ path: 'downstreamNodeId', message: 'plan.edge_exists' }];
  if (reachesDownstream(edges, downstream.id, upstream.id))
    return [{ path: 'downstreamNodeId', message: 'plan.edge_cycle' }];
  return [];
}

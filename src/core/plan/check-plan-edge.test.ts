import { describe, expect, it } from 'vitest';
import { checkPlanEdge, type GraphEdge, type GraphNode } from './check-plan-edge.ts';
import { planNodeChains } from './plan-node-chains.ts';

const nodes: GraphNode[] = [
  { id: 1, level: 'objective' },
  { id: 2, level: 'strategy' },
  { id: 3, level: 'strategy' },
  { id: 4, level: 'tactic' },
  { id: 5, level: 'need' },
  { id: 6, level: 'solution' },
  { id: 7, level: 'opportunity' },
  { id: 8, level: 'action' },
];
const edges: GraphEdge[] = [
  { upstreamId: 1, downstreamId: 2 },
  { upstreamId: 2, downstreamId: 3 },
  { upstreamId: 3, downstreamId: 4 },
];
const e = (upstreamId: number, downstreamId: number) => ({ upstreamId, downstreamId });

describe('seed 002 [PLAN-2]/[PLAN-3] an edge links the same or the next level down, without a cycle', () => {
  it.each([
    ['objective → strategy', e(1, 3), []],
    ['strategy → strategy (same level)', e(3, 2), ['plan.edge_cycle']],
    ['tactic → need', e(4, 5), []],
    ['need → solution', e(5, 6), []],
    ['solution → opportunity', e(6, 7), []],
    ['opportunity → action', e(7, 8), []],
    ['strategy → objective (upward)', e(2, 1), ['plan.edge_wrong_direction']],
    ['action → opportunity (upward)', e(8, 7), ['plan.edge_wrong_direction']],
    ['objective → tactic (skips strategy)', e(1, 4), ['plan.edge_skips_level']],
    ['need → action (skips two)', e(5, 8), ['plan.edge_skips_level']],
    ['existing edge again', e(1, 2), ['plan.edge_exists']],
    ['a node serving itself', e(2, 2), ['plan.edge_self']],
    ['unknown upstream node', e(99, 2), ['plan.node_unknown']],
  ])('%s', (_name, edge, messages) => {
    expect(checkPlanEdge(nodes, edges, edge).map((p) => p.message)).toEqual(messages);
  });

  it('names the field and both levels for a wrong direction', () => {
    expect(checkPlanEdge(nodes, edges, e(5, 4))).toEqual([
      {
        path: 'downstreamNodeId',
        message: 'plan.edge_wrong_direction',
        params: { upstream: 'plan.level.need', downstream: 'plan.level.tactic' },
      },
    ]);
  });

  it('refuses a longer same-level loop: 2 → 3 → 9 → 2', () => {
    const more = [...nodes, { id: 9, level: 'strategy' as const }];
    const loop = [...edges, e(3, 9)];
    expect(checkPlanEdge(more, loop, e(9, 2)).map((p) => p.message)).toEqual(['plan.edge_cycle']);
    expect(checkPlanEdge(more, loop, e(2, 9))).toEqual([]);
  });
});

describe('seed 002 [PLAN-3] chains: what a node serves and what serves it, nearest first', () => {
  const graph = [e(1, 2), e(2, 4), e(1, 3), e(3, 4), e(4, 5), e(5, 6)];
  it('lists upstream once at the shortest distance', () => {
    expect(planNodeChains(5, graph).upstream).toEqual([
      { id: 4, distance: 1 },
      { id: 2, distance: 2 },
      { id: 3, distance: 2 },
      { id: 1, distance: 3 },
    ]);
  });
  it('lists downstream', () => {
    expect(planNodeChains(3, graph).downstream).toEqual([
      { id: 4, distance: 1 },
      { id: 5, distance: 2 },
      { id: 6, distance: 3 },
    ]);
  });
  it('a lone node has empty chains', () => {
    expect(planNodeChains(8, graph)).toEqual({ upstream: [], downstream: [] });
  });
});

// Small target trees and histories for the engine's and the target sheet's tests (pure data, no test runner).
import { buildTargetTree } from './build-target-tree.ts';
import type { DecomposeHistory, TargetTree, TreeNode } from './target-tree.ts';
import type { MethodParams, SplitMethod, TargetMetric, TimeMethod } from './target-types.ts';

export interface FixtureNode {
  key: string;
  parentKey: string | null;
  label?: string;
  split?: SplitMethod;
  time?: TimeMethod;
  accountType?: string | null;
  params?: MethodParams;
}

/** A tree node with defaults for what a test does not care about. */
export function fixtureNode(n: FixtureNode): TreeNode {
  return {
    key: n.key,
    parentKey: n.parentKey,
    dimension: n.parentKey === null ? 'company' : 'customer',
    refId: null,
    refKey: null,
    label: n.label ?? n.key,
    accountType: n.accountType ?? null,
    splitMethod: n.split ?? 'even',
    timeMethod: n.time ?? 'even',
    params: n.params ?? {},
  };
}

/** A tree of all-zero unlocked cells. */
export function fixtureTree(
  nodes: readonly FixtureNode[],
  metrics: readonly TargetMetric[] = ['revenue'],
): TargetTree {
  return buildTargetTree({ metrics, nodes: nodes.map(fixtureNode) });
}

/** A history from plain records: totals and monthly figures per node key (every metric alike). */
export function fixtureHistory(
  totals: Record<string, number> = {},
  monthly: Record<string, number[]> = {},
): DecomposeHistory {
  return {
    total: (key) => totals[key],
    monthly: (key) => monthly[key],
  };
}

export const NO_HISTORY: DecomposeHistory = fixtureHistory();

/**
 * company (even) → east (history share, seasonality) → c1, c2; west (even) → c3, c4.
 * Last year: c1 800, c2 200, c3 and c4 nothing.
 */
export function regionTree(metrics: readonly TargetMetric[] = ['revenue']): TargetTree {
  return fixtureTree(
    [
      { key: 'company', parentKey: null, label: '公司' },
      { key: 'east', parentKey: 'company', label: '华东', split: 'history_share', time: 'seasonality' },
      { key: 'east/c1', parentKey: 'east', label: '客户一' },
      { key: 'east/c2', parentKey: 'east', label: '客户二' },
      { key: 'west', parentKey: 'company', label: '华西' },
      { key: 'west/c3', parentKey: 'west', label: '客户三' },
      { key: 'west/c4', parentKey: 'west', label: '客户四' },
    ],
    metrics,
  );
}

export const REGION_HISTORY = fixtureHistory(
  { 'east/c1': 800, 'east/c2': 200 },
  { east: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0] },
);

/** The 12 months of a node and metric. */
export function monthsOf(tree: TargetTree, key: string, metric: TargetMetric = 'revenue'): number[] {
  const cell = tree.cells.get(key)?.get(metric);
  if (!cell) throw new Error(`no ${metric} cell for ${key}`);
  return [...cell.months];
}

export const totalOf = (tree: TargetTree, key: string, metric: TargetMetric = 'revenue'): number =>
  monthsOf(tree, key, metric).reduce((a, b) => a + b, 0);

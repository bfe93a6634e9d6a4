// What the target plan use cases need from tracking ([TGT-3], [TGT-5]): the per-node actuals
// (target_node_actual) rebuilt after the tree changes (whole plan, or only the nodes added), and read back as the history the decomposition methods
// use. Implemented by tracking (target-actuals-service.ts); the plan use cases receive it at composition.
import type { Repositories } from '../shared/repositories.ts';
import type { DecomposeHistory } from './target-tree.ts';

export interface TargetActualsPort {
  /** Recompute target_node_actual of one plan from the monthly facts (after its nodes were added or removed). */
  rebuildPlan(repos: Repositories, planId: number): Promise<void>;
  /**
   * Builds target_node_actual of nodes just added to a plan; nothing else changes when nodes come or go (a node's
   * actuals follow its own scope; a removed node's rows are deleted with it).
   */
  rebuildNodes(repos: Repositories, planId: number, nodeIds: readonly number[]): Promise<void>;
  /**
   * History of the plan's nodes for the methods: revenue, gross profit (revenue − cost), collections and
   * expense per calendar month, summed over the `historyYears` years before `year`; process metrics have none.
   * `nodeKeys` reads only those nodes (an edit reads the part of the tree it re-splits); the others then have
   * no history. Omitted: every node of the plan.
   */
  history(
    repos: Repositories,
    planId: number,
    year: number,
    historyYears: number,
    nodeKeys?: readonly string[],
  ): Promise<DecomposeHistory>;
}

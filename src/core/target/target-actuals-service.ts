// [TGT-5] keeping target_node_actual current: a full rebuild of a plan from the monthly facts (a new plan or
// version, or on demand by an admin / `kamdesk targets refresh-actuals`), the rows of nodes added to a tree, the
// fact-delta hook that adds every order line, collection or expense write to the open plans in the same
// transaction, and the history the decomposition methods read ([TGT-3]). Implements the TargetActualsPort the
// plan use cases receive.
import { type FactDeltaHook, factDeltaCount } from '../facts/fact-delta.ts';
import type { Repositories } from '../shared/repositories.ts';
import { type ActualMonth, metricActual } from './node-attainment.ts';
import type { TargetActualsPort } from './target-actuals-port.ts';
import type { DecomposeHistory } from './target-tree.ts';
import { isMoneyMetric, type TargetMetric } from './target-types.ts';

/** target_node_actual holds the plan year and the two years before: history reaches back at most that far. */
export const HISTORY_YEARS_KEPT = 2;

/** Up to this many node keys are looked up by key; more read the plan's nodes and filter. */
const MAX_KEYS_BY_PARAMETER = 2_000;

const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** Summed history per node key and calendar month (index 0 = January) over the years read. */
export function historyFromRows(
  rows: ReadonlyArray<ActualMonth & { nodeKey: string; month: string }>,
  lastYear: number,
): DecomposeHistory {
  const monthly = new Map<string, ActualMonth[]>();
  const lastYearTotal = new Map<string, ActualMonth>();
  for (const r of rows) {
    let months = monthly.get(r.nodeKey);
    if (!months) {
      months = Array.from({ length: 12 }, () => ({
        revenueFen: 0,
        costFen: 0,
        collectionFen: 0,
        expenseFen: 0,
      }));
      monthly.set(r.nodeKey, months);
    }
    const m = months[Number(r.month.slice(5, 7)) - 1];
    if (m) add(m, r);
    if (Number(r.month.slice(0, 4)) === lastYear) {
      const total = lastYearTotal.get(r.nodeKey) ?? {
        revenueFen: 0,
        costFen: 0,
        collectionFen: 0,
        expenseFen: 0,
      };
      add(total, r);
      lastYearTotal.set(r.nodeKey, total);
    }
  }
  return {
    monthly(nodeKey: string, metric: TargetMetric) {
      if (!isMoneyMetric(metric)) return undefined;
      const months = monthly.get(nodeKey);
      if (!months) return undefined;
      const values = months.map((m) => metricActual(metric, m));
      return values.some((v) => v !== 0) ? values : undefined;
    },
    total(nodeKey: string, metric: TargetMetric) {
      if (!isMoneyMetric(metric)) return undefined;
      const total = lastYearTotal.get(nodeKey);
      return total ? metricActual(metric, total) : undefined;
    },
  };
}

function add(into: ActualMonth, row: ActualMonth): void {
  into.revenueFen += row.revenueFen;
  into.costFen += row.costFen;
  into.collectionFen += row.collectionFen;
  into.expenseFen += row.expenseFen;
}

/** The tracking side of the plan ↔ tracking port. */
export function createTargetActualsService(): TargetActualsPort & {
  /** Rebuilds every draft and published plan; reports each plan as it is done. */
  rebuildOpenPlans(
    repos: Repositories,
    onPlan?: (planId: number, done: number, total: number, rows: number) => void,
  ): Promise<{ plans: number; rows: number }>;
} {
  return {
    async rebuildPlan(repos: Repositories, planId: number) {
      await repos.targetActuals.rebuildPlan(planId);
    },

    async rebuildNodes(repos: Repositories, planId: number, nodeIds: readonly number[]) {
      await repos.targetActuals.rebuildNodes(planId, nodeIds);
    },

    async history(
      repos: Repositories,
      planId: number,
      year: number,
      historyYears: number,
      nodeKeys?: readonly string[],
    ) {
      const years = Math.max(1, Math.min(HISTORY_YEARS_KEPT, Math.trunc(historyYears)));
      // Some nodes: only their ids (an edit of a leaf reads a few dozen of thousands of nodes).
      // Many keys (a big subtree): every node, then only the wanted ones (keeps the statement's parameters few).
      const wanted = nodeKeys ? new Set(nodeKeys) : null;
      const ids =
        nodeKeys && nodeKeys.length <= MAX_KEYS_BY_PARAMETER
          ? await repos.targetTracking.nodeIds(planId, nodeKeys)
          : new Map(
              (await repos.targetTracking.nodes(planId))
                .filter((n) => !wanted || wanted.has(n.key))
                .map((n) => [n.key, n.id]),
            );
      const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
      const rows = await repos.targetTracking.actuals(
        planId,
        nodeKeys ? [...ids.values()] : undefined,
        monthStart(year - years, 1),
        monthStart(year - 1, 12),
      );
      return historyFromRows(
        rows.flatMap((r) => {
          const nodeKey = keyOf.get(r.nodeId);
          return nodeKey ? [{ ...r, nodeKey }] : [];
        }),
        year - 1,
      );
    },

    async rebuildOpenPlans(repos, onPlan) {
      const ids = await repos.targetTracking.openPlanIds();
      let rows = 0;
      for (const [i, id] of ids.entries()) {
        const n = await repos.targetActuals.rebuildPlan(id);
        rows += n;
        onPlan?.(id, i + 1, ids.length, n);
      }
      return { plans: ids.length, rows };
    },
  };
}

/**
 * The fact-delta hook of tracking: called by the order line, collection and expense use cases inside their
 * transaction, it adds the deltas to every draft/published plan's matching nodes in one statement.
 */
export function createTargetActualsHook(): FactDeltaHook {
  return async (deltas, repos) => {
    if (factDeltaCount(deltas) === 0) return;
    await repos.targetActuals.applyDeltas(deltas);
  };
}

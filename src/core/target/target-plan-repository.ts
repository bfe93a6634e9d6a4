// Port of stored target plans ([TGT-1]…[TGT-4]): plan headers and versions, the tree's nodes (with their
// scope_* columns), the 12-month values with locks, the OGSM board, and the org/account facts the skeleton is
// built from. Writes of a changed tree are batched: only changed rows, many rows per statement.

import type {
  AnsoffSide,
  NodeScope,
  OgsmItemRecord,
  OgsmKind,
  TargetNodeRecord,
  TargetPlanRecord,
} from './target-plan.ts';
import type {
  MethodParams,
  SplitMethod,
  TargetMetric,
  TargetPlanStatus,
  TimeMethod,
} from './target-types.ts';
import type { TargetView } from './target-visibility.ts';

export interface TargetPlanListFilter {
  year?: number | undefined;
  status?: TargetPlanStatus | undefined;
}

/** A node to insert; its parent is named by key (an existing node or one earlier in the same batch). */
export interface NewTargetNode {
  key: string;
  parentKey: string | null;
  depth: number;
  dimension: TargetNodeRecord['dimension'];
  refId: number | null;
  refKey: string | null;
  label: string;
  sortOrder: number;
  splitMethod: SplitMethod;
  timeMethod: TimeMethod;
  params: MethodParams;
  ansoffMarket: AnsoffSide | null;
  ansoffProduct: AnsoffSide | null;
  scope: NodeScope;
}

export interface NodeMethodsUpdate {
  nodeId: number;
  splitMethod: SplitMethod;
  timeMethod: TimeMethod;
  params: MethodParams;
  sortOrder: number;
  label: string;
}

/** One node's values of one metric, as stored. */
export interface TargetValueRow {
  nodeId: number;
  metric: TargetMetric;
  months: number[];
  lockedMonths: number[];
  totalLocked: boolean;
}

/** An account the skeleton may place, with its owner. */
export interface SkeletonAccount {
  accountId: number;
  name: string;
  type: string;
  industry: string | null;
  ownerUserId: number;
  ownerName: string;
  ownerUnitId: number;
  ownerUnitPath: string;
}

export interface TargetPlanRepository {
  /** Plans of which the view sees at least one node, newest year and version first. */
  list(view: TargetView, filter: TargetPlanListFilter): Promise<TargetPlanRecord[]>;
  find(planId: number): Promise<TargetPlanRecord | undefined>;
  /** The plan's status, the row locked until the transaction ends (edits and publishing serialise on it). */
  lockStatus(planId: number): Promise<TargetPlanStatus | undefined>;
  /** Every version of a year, newest first. */
  versionsOfYear(year: number): Promise<TargetPlanRecord[]>;
  nextVersion(year: number): Promise<number>;
  insertPlan(plan: {
    year: number;
    version: number;
    name: string;
    note: string | null;
    basedOnPlanId: number | null;
    createdBy: number;
  }): Promise<number>;
  updatePlan(
    planId: number,
    patch: { name?: string | undefined; note?: string | null | undefined },
  ): Promise<void>;
  /** Sets the status; 'published' also records who and when. */
  setStatus(planId: number, status: TargetPlanStatus, userId: number): Promise<void>;
  /** The published plan of a year, if any. */
  publishedOfYear(year: number): Promise<number | undefined>;

  nodes(planId: number): Promise<TargetNodeRecord[]>;
  /**
   * The part of the tree an edit at `key` can touch: the node's ancestors, every child of each of them (the node
   * and its siblings among them), and the node's whole subtree (`subtreeOfParent`: its parent's) — in display
   * order; empty when there is no such node. target-plan-access.ts (loadPlanAround) says when this is enough.
   */
  nodesAround(
    planId: number,
    key: string,
    options: { subtreeOfParent: boolean },
  ): Promise<TargetNodeRecord[]>;
  /** The largest params.historyYears of any node of the plan (0 when none sets it). */
  historyYears(planId: number): Promise<number>;
  /** Account type of customer nodes, by node id (for the customer_type method); `nodeIds` reads only those. */
  customerTypes(planId: number, nodeIds?: readonly number[]): Promise<Map<number, string>>;
  /** The plan's value rows; `nodeIds` reads only those nodes' rows. */
  values(planId: number, nodeIds?: readonly number[]): Promise<TargetValueRow[]>;
  /** Inserts nodes (parents before children) and returns their ids by key. */
  insertNodes(planId: number, nodes: readonly NewTargetNode[]): Promise<Map<string, number>>;
  /** Deletes nodes with their subtrees and values. */
  deleteNodes(planId: number, nodeIds: readonly number[]): Promise<void>;
  updateNodes(planId: number, updates: readonly NodeMethodsUpdate[]): Promise<void>;
  setAnsoff(nodeId: number, market: AnsoffSide | null, product: AnsoffSide | null): Promise<void>;
  /** Inserts or replaces value rows (multi-row upserts). */
  upsertValues(planId: number, rows: readonly TargetValueRow[]): Promise<void>;
  /** Copies a plan's nodes and values into another (new version); returns the number of nodes copied. */
  copyTree(fromPlanId: number, toPlanId: number): Promise<number>;

  ogsmItems(planId: number): Promise<OgsmItemRecord[]>;
  findOgsmItem(planId: number, itemId: number): Promise<OgsmItemRecord | undefined>;
  insertOgsmItem(
    planId: number,
    item: {
      kind: OgsmKind;
      parentItemId: number | null;
      nodeId: number | null;
      metric: TargetMetric | null;
      text: string;
      sortOrder: number;
    },
  ): Promise<number>;
  updateOgsmItem(
    itemId: number,
    patch: {
      parentItemId?: number | null;
      nodeId?: number | null;
      metric?: TargetMetric | null;
      text?: string;
      sortOrder?: number;
    },
  ): Promise<void>;
  deleteOgsmItem(itemId: number): Promise<void>;

  /** Active accounts with sales in `fromMonth`… or created since then, with their owners. */
  skeletonAccounts(fromMonth: string, toMonth: string, sinceDate: string): Promise<SkeletonAccount[]>;
  /** Product lines each account bought in the months, by account. */
  accountProductLines(
    accountIds: readonly number[],
    fromMonth: string,
    toMonth: string,
  ): Promise<Map<number, number[]>>;
  productLines(): Promise<Array<{ id: number; name: string }>>;
  /** Labels and owner facts for nodes added by hand. */
  findAccount(accountId: number): Promise<SkeletonAccount | undefined>;
}

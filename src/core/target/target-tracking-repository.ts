// Ports of tracking ([TGT-5]): maintaining target_node_actual from the monthly facts, reading a plan's tree,
// targets and actuals, the drill-down to order lines, and market sizes. Implemented in
// db/repositories/target-actuals-repository.ts, target-tracking-repository.ts and market-size-repository.ts.
import type { FactDeltas } from '../facts/fact-delta.ts';
import type { Scope } from '../org/actor.ts';
import type { CustomerPeriodSums } from './customer-growth.ts';
import type { TargetDimension, TargetMetric, TargetPlanStatus } from './target-types.ts';

export interface TargetActualsRepository {
  /** Replaces the plan's target_node_actual with one INSERT … SELECT over the facts; returns rows written. */
  rebuildPlan(planId: number): Promise<number>;
  /** Rebuilds only these nodes' rows (nodes just added: a node's actuals depend on its own scope alone). */
  rebuildNodes(planId: number, nodeIds: readonly number[]): Promise<number>;
  /** Adds fact deltas to every draft/published plan whose nodes match them (set-based); returns rows touched. */
  applyDeltas(deltas: FactDeltas): Promise<number>;
  /** Locks the accounts until the transaction ends: fact writes on them wait (before their attribution changes). */
  lockAccounts(accountIds: readonly number[]): Promise<void>;
  /**
   * Adds (+1) or takes out (−1) all facts of the accounts, attributed as the accounts are now, to every
   * draft/published plan's node actuals; returns rows touched.
   */
  applyAccountFacts(accountIds: readonly number[], sign: 1 | -1): Promise<number>;
}

export interface TrackedPlan {
  id: number;
  year: number;
  version: number;
  name: string;
  status: TargetPlanStatus;
}

/** The scope of a node (its own constraint and its ancestors'; null = any). */
export interface NodeScope {
  orgUnitId: number | null;
  ownerUserId: number | null;
  industry: string | null;
  accountType: string | null;
  accountId: number | null;
  productLineId: number | null;
}

export interface TrackedNode {
  id: number;
  parentId: number | null;
  key: string;
  depth: number;
  dimension: TargetDimension;
  refId: number | null;
  refKey: string | null;
  label: string;
  sortOrder: number;
  scope: NodeScope;
  /** Materialised path of scope.orgUnitId, for visibility. */
  scopeUnitPath: string | null;
  /** Org unit path of scope.ownerUserId, for visibility. */
  ownerUnitPath: string | null;
}

/** One node and month of target_node_actual. */
export interface NodeActualRow {
  nodeId: number;
  /** 'YYYY-MM-01'. */
  month: string;
  revenueFen: number;
  costFen: number;
  collectionFen: number;
  expenseFen: number;
  lineCount: number;
}

export interface NodeTargetRow {
  nodeId: number;
  metric: TargetMetric;
  months: number[];
}

/** An order line behind a node's actuals (drill-down). */
export interface NodeOrderLine {
  orderLineId: number;
  orderDate: string;
  orderNo: string | null;
  lineNo: number | null;
  accountId: number;
  accountName: string;
  /** Null for lines booked on a product line without a product. */
  productSku: string | null;
  /** The product's name, or the product line's for lines without a product. */
  productName: string;
  productLineName: string;
  quantity: number;
  amountFen: number;
  costFen: number;
}

export interface OrderLineQuery {
  /** Inclusive 'YYYY-MM-DD' bounds. */
  from: string;
  to: string;
  limit: number;
  offset: number;
}

export interface TargetTrackingRepository {
  findPlan(planId: number): Promise<TrackedPlan | undefined>;
  /** Newest year and version first. */
  listPlans(): Promise<TrackedPlan[]>;
  /** Draft and published plans: the ones the incremental actuals keep current. */
  openPlanIds(): Promise<number[]>;
  /** All nodes of a plan (or just the one asked for), by depth then sort order. */
  nodes(planId: number, nodeId?: number): Promise<TrackedNode[]>;
  /** Ids of the plan's nodes with these keys (unknown keys are left out). */
  nodeIds(planId: number, keys: readonly string[]): Promise<Map<string, number>>;
  /** The node and its ancestors, in no particular order (empty when the node is not in the plan). */
  ancestors(planId: number, nodeId: number): Promise<TrackedNode[]>;
  /**
   * Everything one node's attainment needs, in one round trip: the plan, the node and its ancestors (in no
   * particular order), its targets, and its actuals of the plan year and last year. Undefined without the plan.
   */
  nodeReading(
    planId: number,
    nodeId: number,
  ): Promise<
    { plan: TrackedPlan; line: TrackedNode[]; targets: NodeTargetRow[]; actuals: NodeActualRow[] } | undefined
  >;
  /** Money and process targets of the given nodes. */
  targets(planId: number, nodeIds: readonly number[]): Promise<NodeTargetRow[]>;
  /** Actual rows of the given nodes (all nodes when omitted) between two months, inclusive. */
  actuals(
    planId: number,
    nodeIds: readonly number[] | undefined,
    fromMonth: string,
    toMonth: string,
  ): Promise<NodeActualRow[]>;
  /** seed 004 客户成长率 inputs of a node: now = [nowFrom, nowTo], then = [thenFrom, thenTo] (months). */
  customerPeriodSums(
    planId: number,
    nodeId: number,
    period: { nowFrom: string; nowTo: string; thenFrom: string; thenTo: string },
  ): Promise<CustomerPeriodSums>;
  /** Order lines of the node's scope that the scope may see, newest first. */
  orderLines(
    planId: number,
    nodeId: number,
    scope: Scope,
    query: OrderLineQuery,
  ): Promise<{ items: NodeOrderLine[]; total: number }>;
}

export interface MarketSizeRecord {
  id: number;
  year: number;
  orgUnitId: number;
  orgUnitName: string;
  orgUnitPath: string;
  /** '' = all segments, else an industry. */
  segment: string;
  sizeFen: number;
  source: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

export interface MarketSizeFields {
  year: number;
  orgUnitId: number;
  segment: string;
  sizeFen: number;
  source: string | null;
}

export interface MarketSizeRepository {
  list(filter: { year?: number | undefined }): Promise<MarketSizeRecord[]>;
  find(id: number): Promise<MarketSizeRecord | undefined>;
  /** The size of one year, unit and segment ('' = all segments). */
  sizeOf(year: number, orgUnitId: number, segment: string): Promise<number | undefined>;
  /** Inserts or replaces the (year, unit, segment) row; returns its id. */
  upsert(fields: MarketSizeFields, userId: number): Promise<number>;
  remove(id: number): Promise<boolean>;
  /** The root org unit (the company), the market of a node without an org-unit scope. */
  rootUnitId(): Promise<number | undefined>;
}

// Records of a stored target plan ([TGT-1]…[TGT-4]): the plan header, its nodes as stored (with the scope_*
// columns that make a node's actuals one filter), and the OGSM board items.
import type {
  MethodParams,
  SplitMethod,
  TargetDimension,
  TargetMetric,
  TargetPlanStatus,
  TimeMethod,
} from './target-types.ts';

export interface TargetPlanRecord {
  id: number;
  year: number;
  version: number;
  name: string;
  status: TargetPlanStatus;
  basedOnPlanId: number | null;
  note: string | null;
  /** Metrics the plan targets (the metrics its root has values for), in vocabulary order. */
  metrics: TargetMetric[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
}

/** The scope of a node: its own constraint plus its ancestors' (null = any). */
export interface NodeScope {
  orgUnitId: number | null;
  ownerUserId: number | null;
  industry: string | null;
  accountType: string | null;
  accountId: number | null;
  productLineId: number | null;
}

export type AnsoffSide = 'existing' | 'new';

export interface TargetNodeRecord {
  id: number;
  key: string;
  parentKey: string | null;
  depth: number;
  dimension: TargetDimension;
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
  /** Org unit path of scope.orgUnitId and of the scope owner's unit ('/1/2/'), for visibility. */
  scopeUnitPath: string | null;
  scopeOwnerUnitPath: string | null;
}

export const OGSM_KINDS = ['objective', 'goal', 'strategy', 'measure'] as const;
export type OgsmKind = (typeof OGSM_KINDS)[number];

export interface OgsmItemRecord {
  id: number;
  kind: OgsmKind;
  parentItemId: number | null;
  nodeId: number | null;
  nodeKey: string | null;
  nodeLabel: string | null;
  metric: TargetMetric | null;
  text: string;
  sortOrder: number;
}

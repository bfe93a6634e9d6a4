// Vocabulary of target decomposition ([TGT-1]…[TGT-4], seeds 003, 004): metrics, tree dimensions, methods and
// plan states. Shared by the decomposition engine, the target plan use cases and tracking.

/** [TGT-1] result metrics 结果目标, in integer fen. */
export const MONEY_METRICS = ['revenue', 'collections', 'gross_profit', 'expense'] as const;
/** [TGT-1] process metrics 过程目标, in counts. */
export const PROCESS_METRICS = ['visits', 'new_accounts', 'proposals', 'distribution_points'] as const;
export const TARGET_METRICS = [...MONEY_METRICS, ...PROCESS_METRICS] as const;
export type MoneyMetric = (typeof MONEY_METRICS)[number];
export type ProcessMetric = (typeof PROCESS_METRICS)[number];
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const isMoneyMetric = (metric: TargetMetric): metric is MoneyMetric =>
  (MONEY_METRICS as readonly string[]).includes(metric);

/** [TGT-2] what a node of the tree stands for; ref_id / ref_key name the thing. */
export const TARGET_DIMENSIONS = [
  'company', // the root; no ref
  'org_unit', // a region, branch or team (ref_id = org_unit_id): accounts whose owner is in its subtree
  'rep', // a seller (ref_id = app_user_id): accounts they own
  'industry', // ref_key = account.industry
  'account_type', // ref_key = key_account | distributor | agent | retail
  'customer', // ref_id = account_id
  'product_line', // ref_id = product_line_id
] as const;
export type TargetDimension = (typeof TARGET_DIMENSIONS)[number];

/** [TGT-3] how a node's values go to its children. */
export const SPLIT_METHODS = [
  'even', // equal shares
  'history_share', // 80/20: shares of last year's actuals, top accounts first
  'customer_type', // weights per account type (method_params.typeWeights), then history share within a type
  'manual', // children keep what people typed; the node is their roll-up
] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

/** [TGT-3] how a node's year goes to its 12 months. */
export const TIME_METHODS = [
  'even', // 1/12 each
  'seasonality', // the last years' monthly shares of the node's actuals
  'campaign', // seasonality lifted in campaign months (method_params.uplifts: marketing–sales linkage)
] as const;
export type TimeMethod = (typeof TIME_METHODS)[number];

/** Method settings of a node (stored in target_node.method_params). */
export interface MethodParams {
  /** customer_type: relative weight per account type, e.g. { key_account: 70, distributor: 30 }. */
  typeWeights?: Partial<Record<string, number>>;
  /** campaign: extra percent of a month's normal share in campaign months, e.g. [{ month: 6, percent: 30 }]. */
  uplifts?: Array<{ month: number; percent: number }>;
  /** seasonality / history_share: how many past years to read (default 2 for seasonality, 1 for shares). */
  historyYears?: number;
}

/** [TGT-4] Ansoff growth strategy of a target cell, from (market, product) each existing or new. */
export type AnsoffStrategy = 'penetration' | 'product_development' | 'market_development' | 'diversification';

/** Plan versions: draft → published (frozen) → superseded when a newer version is published. */
export const TARGET_PLAN_STATUSES = ['draft', 'published', 'superseded'] as const;
export type TargetPlanStatus = (typeof TARGET_PLAN_STATUSES)[number];

/** Months of a target row: always 12 integers, January first. */
export type MonthValues = number[];

// [SEG] classification and segmentation: the vocabulary every engine shares — model keys, their values,
// the explainable result, and the inputs (pre-aggregated facts plus what people assess). DOMAIN.md §3.

/** The account-level models of [SEG] and [ACC-5]; `product_line_bcg` is per account × product line. */
export const ACCOUNT_MODEL_KEYS = [
  'purchase_grid',
  'portfolio',
  'clp_tier',
  'lifecycle',
  'relationship_stage',
  'kam_stage',
  'org_relationship',
  'loyalty',
  'pareto',
] as const;
export type AccountModelKey = (typeof ACCOUNT_MODEL_KEYS)[number];
export type ModelKey = AccountModelKey | 'product_line_bcg';

/** Every model's values, lowest first where the model is ordinal (movement.ts ranks them). */
export const MODEL_VALUES = {
  purchase_grid: ['C', 'B', 'A'],
  portfolio: ['harvest', 'maintain', 'selective', 'invest'],
  clp_tier: ['transactional', 'standard', 'value', 'strategic'],
  lifecycle: ['former', 'potential', 'customer', 'loyal'],
  relationship_stage: ['decline', 'exploration', 'formation', 'stable'],
  kam_stage: ['exploratory', 'basic', 'mid', 'partnership', 'synergistic'],
  org_relationship: ['general', 'major', 'core', 'strategic_partner'],
  loyalty: ['change_perception', 'expand', 'maintain'],
  pareto: ['rest', 'top'],
  product_line_bcg: ['dog', 'question_mark', 'cash_cow', 'star'],
} as const satisfies Record<ModelKey, readonly string[]>;

export type GridClass = (typeof MODEL_VALUES.purchase_grid)[number];
export type PortfolioQuadrant = (typeof MODEL_VALUES.portfolio)[number];
export type ClpTier = (typeof MODEL_VALUES.clp_tier)[number];
export type LifecycleStage = (typeof MODEL_VALUES.lifecycle)[number];
export type RelationshipStage = (typeof MODEL_VALUES.relationship_stage)[number];
export type KamStage = (typeof MODEL_VALUES.kam_stage)[number];
export type OrgRelationshipLevel = (typeof MODEL_VALUES.org_relationship)[number];
export type LoyaltyStrategy = (typeof MODEL_VALUES.loyalty)[number];
export type ParetoClass = (typeof MODEL_VALUES.pareto)[number];
export type BcgQuadrant = (typeof MODEL_VALUES.product_line_bcg)[number];

/** True when `value` is one of the model's values (use it to check an override at the edge). */
export function isModelValue(model: ModelKey, value: string): boolean {
  return (MODEL_VALUES[model] as readonly string[]).includes(value);
}

/** The 0–4 scale of seed 001 (0 none … 4 large), also the decision-maker step scale of [SEG-6]. */
export type Level = 0 | 1 | 2 | 3 | 4;

/** A text people configure, in both UI languages. */
export interface Text {
  'zh-CN': string;
  en: string;
}

/** A message key from core/shared/messages.ts and its parameters; a string parameter that is itself a
 * message key is translated too (keys used that way take no parameters of their own). */
export interface Explanation {
  key: string;
  params: Record<string, string | number>;
}

/** What every engine returns: the value, the rule that fired in words, and the inputs it used. */
export interface ModelResult {
  model: ModelKey;
  value: string;
  score?: number | null;
  explanation: Explanation;
  inputs: Record<string, unknown>;
  /** Set by applyOverride; inputs.computedValue then holds what the rule said. */
  overridden?: boolean;
  /** Extra markers shown beside the value: 'vip' ([SEG-1]), 'disruption_risk' ([SEG-5]). */
  flags?: readonly string[];
  /** Only for product_line_bcg. */
  productLineId?: number;
}

/** A person's decision that replaces a computed value, with the reason kept for the history. */
export interface Override {
  value: string;
  reason: string;
}

/** One month of pre-aggregated facts (account_month_fact), money in integer fen. */
export interface MonthFact {
  /** 'YYYY-MM-01' (any 'YYYY-MM…' string is read by its year and month). */
  month: string;
  revenueFen: number;
  costFen: number;
  byProductLine?: ReadonlyArray<{ productLineId: number; revenueFen: number; costFen: number }>;
}

/** An account's order history: the last 36 months of facts, in any order, months without orders may be absent. */
export interface AccountFacts {
  accountId: number;
  monthly: readonly MonthFact[];
  /** First and last month with an order ever, 'YYYY-MM-01'; null when the account never ordered. */
  firstOrderMonth: string | null;
  lastOrderMonth: string | null;
  /** Open receivables at the period end, for the credit cost of [SEG-3]. */
  receivableFen?: number | null;
}

export type LoyaltyGroup = 'advocate' | 'multi_supplier' | 'non_user';

/** Cost-to-serve drivers of [SEG-3]/[VAL-1]; percentages are of revenue or receivables, per year. */
export interface CostDrivers {
  visitsPerYear: number;
  costPerVisitFen: number;
  supportFenPerYear: number;
  logisticsPctOfRevenue: number;
  rebatePctOfRevenue: number;
  creditCostPctOfReceivable: number;
}

/** Everything people enter about an account; every part is optional and engines say when one was missing. */
export interface AccountAssessment {
  /** Y of [SEG-1]: total purchasing capacity 0–4 and where the judgement came from. */
  capacity?: { level: Level; source: 'assessment' | 'market_data' } | null;
  /** X of [SEG-1] set by hand instead of the sales quantile. */
  purchaseLevelOverride?: { level: Level; reason: string } | null;
  /** VIP 重量级客户 set by hand. */
  vip?: boolean | null;
  /** Industry influence 0–100; at or above the configured threshold the account is VIP. */
  influenceScore?: number | null;
  /** [SEG-2] answers 0–100 by criterion key. */
  portfolioAnswers?: Readonly<Record<string, number>> | null;
  /** [SEG-3] strategic weight 0–100. */
  strategicWeight?: number | null;
  /** [SEG-5] questionnaire answers 0–4 by item id. */
  kamAnswers?: Readonly<Record<string, number>> | null;
  /** Our share of the customer's spend in our categories, 0–100. */
  shareOfWalletPct?: number | null;
  /** [SEG-5] disruption risk ids from the configured catalogue. */
  disruptionRisks?: readonly string[] | null;
  /** [SEG-6] organisation relationship level. */
  orgRelationshipLevel?: OrgRelationshipLevel | null;
  /** [SEG-6] key decision-maker step 0 none, 1 liking … 4 emotional bond. */
  decisionMakerStep?: Level | null;
  /** [SEG-7] loyalty/usage group and sub-state id from the configured catalogue. */
  loyalty?: { group: LoyaltyGroup; subState?: string | null } | null;
  /** [SEG-3] account-specific cost-to-serve drivers (visitsPerYear included). */
  costDrivers?: Partial<CostDrivers> | null;
  /** [SEG-8] our share of the customer's spend per product line id, 0–100. */
  productLineShareOfWalletPct?: Readonly<Record<string, number>> | null;
  /** Hand-set values per model, applied after the rules ran. */
  overrides?: Partial<Record<AccountModelKey, Override>> | null;
}

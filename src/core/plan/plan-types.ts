// The vocabulary of the key account plan ([PLAN-1]…[PLAN-11], seed 002) and of opportunities ([OPP-1], [OPP-3]):
// the one English identifier of each term (docs/glossary.md maps the Chinese words).

/** [PLAN-2]/[PLAN-3] graph levels, upstream first: customer objective 客户目标 → strategy 战略 → tactic 策略 →
 * need 需求 → our solution 解决方案 → opportunity 商机 → action 行动. */
export const NODE_LEVELS = [
  'objective',
  'strategy',
  'tactic',
  'need',
  'solution',
  'opportunity',
  'action',
] as const;
export type NodeLevel = (typeof NODE_LEVELS)[number];
/** Levels of the strategic map (the customer's side); the rest form the execution map. */
export const STRATEGIC_LEVELS: readonly NodeLevel[] = ['objective', 'strategy', 'tactic', 'need'];

/** [PLAN-4] influence-map roles 顾问/教练, 批准者, 推荐者, 决策者, 执行赞助者; a person may hold several. */
export const INFLUENCE_ROLES = ['coach', 'approver', 'recommender', 'decision_maker', 'sponsor'] as const;
export type InfluenceRole = (typeof INFLUENCE_ROLES)[number];
export const INFLUENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type InfluenceLevel = (typeof INFLUENCE_LEVELS)[number];
/** Attitude toward us, five steps from supporter 支持者 to opponent 反对者. */
export const ATTITUDES = ['supporter', 'favourable', 'neutral', 'unfavourable', 'opponent'] as const;
export type Attitude = (typeof ATTITUDES)[number];
/** Who of ours meets the person: executives, management, operational staff. */
export const CONTACT_LEVELS = ['executive', 'management', 'operational'] as const;
export const CONTACT_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly', 'rarely'] as const;
export const EXTERNAL_KINDS = ['consultant', 'design_institute', 'other'] as const;

/** [OPP-3] decision-making unit roles. */
export const DMU_ROLES = ['initiator', 'user', 'influencer', 'decider', 'buyer', 'gatekeeper'] as const;
export type DmuRole = (typeof DMU_ROLES)[number];
/** [OPP-1] the default six-step pipeline. */
export const OPPORTUNITY_STAGES = [
  'lead',
  'qualify',
  'needs_analysis',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

/** [PLAN-8] workflow. */
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** An action still to be done. */
export const isOpenAction = (status: ActionStatus) => status === 'open' || status === 'in_progress';

/** [PLAN-10] review cadence: weekly issues, monthly operations, quarterly business review, yearly planning. */
export const REVIEW_CADENCES = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

/** [PLAN-11] how executives see the seller, and the outcome of the first executive visit. */
export const EXECUTIVE_VIEWS = ['trusted_advisor', 'problem_solver', 'product_expert'] as const;
export const FIRST_VISIT_OUTCOMES = ['invited_back', 'more_visits', 'delegated_down'] as const;

/** [PLAN-6] kinds of the customer's strategic relationships. */
export const PARTNER_KINDS = ['partner', 'strategic_supplier'] as const;

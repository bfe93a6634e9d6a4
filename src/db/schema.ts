// Kysely table types; one interface per table of the checked-in migrations.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<
  Record<string, unknown>,
  string | Record<string, unknown> | undefined,
  string | Record<string, unknown>
>;
type JsonNullable = ColumnType<unknown, string | null | undefined, string | null>;

export interface OrgUnitTable {
  org_unit_id: Generated<number>;
  parent_id: number | null;
  name: string;
  name_en: string | null;
  kind: 'company' | 'region' | 'branch' | 'team';
  path: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AppUserTable {
  app_user_id: Generated<number>;
  username: string;
  display_name: string;
  org_unit_id: number;
  role: string;
  password_hash: string | null;
  email: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserSessionTable {
  user_session_id: string;
  app_user_id: number;
  csrf_token: string;
  expires_at: Timestamp;
  created_at: Generated<Date>;
}

export interface ApiTokenTable {
  api_token_id: Generated<number>;
  app_user_id: number;
  name: string;
  token_hash: string;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface LoginAttemptTable {
  login_attempt_id: Generated<number>;
  username: string;
  ip: string;
  success: boolean;
  attempted_at: Generated<Date>;
}

export interface AuditLogTable {
  audit_log_id: Generated<number>;
  app_user_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: JsonNullable;
  after: JsonNullable;
  request_id: string | null;
  created_at: Generated<Date>;
}

export interface AccountTable {
  account_id: Generated<number>;
  code: string;
  name: string;
  type: string;
  parent_account_id: number | null;
  owner_user_id: number;
  region_unit_id: number | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  notes: string | null;
  status: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Maintained by triggers (0005): one row per account and each user who owns it or is on its team. */
export interface AccountAccessTable {
  account_id: number;
  app_user_id: number;
  name: string;
  code: string;
  status: string;
}

export interface AccountTeamMemberTable {
  account_id: number;
  app_user_id: number;
  team_role: string;
  created_at: Generated<Date>;
}

export interface ContactTable {
  contact_id: Generated<number>;
  account_id: number;
  name: string;
  title: string | null;
  department: string | null;
  reports_to_contact_id: number | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  profile_personal: Json;
  profile_interpersonal: Json;
  profile_work: Json;
  last_verified_on: string | null;
  status: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ProductLineTable {
  product_line_id: Generated<number>;
  code: string;
  name: string;
  category: string;
  created_at: Generated<Date>;
}

export interface ProductTable {
  product_id: Generated<number>;
  product_line_id: number;
  sku: string;
  name: string;
  unit: Generated<string>;
  list_price_fen: number;
  unit_cost_fen: number;
  created_at: Generated<Date>;
}

export interface OrderLineTable {
  order_line_id: Generated<number>;
  order_date: string;
  account_id: number;
  product_id: number | null;
  product_line_id: number;
  quantity: number;
  amount_fen: number;
  cost_fen: number;
  order_no: string | null;
  line_no: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AccountMonthFactTable {
  account_id: number;
  month: string;
  product_line_id: number;
  revenue_fen: number;
  cost_fen: number;
  line_count: number;
}

export interface SegmentationConfigTable {
  version: number;
  config: Json;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface AccountAssessmentTable {
  account_id: number;
  assessment: Json;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

export interface ClassificationOverrideTable {
  classification_override_id: Generated<number>;
  account_id: number;
  model: string;
  value: string;
  reason: string;
  created_by: number | null;
  created_at: Generated<Date>;
  removed_by: number | null;
  removed_at: Timestamp | null;
}

export interface AccountClassificationTable {
  account_id: number;
  period: string;
  model: string;
  value: string;
  computed_value: string;
  score: number | null;
  explanation_key: string;
  explanation_params: Json;
  inputs: Json;
  config_version: number;
  computed_at: Generated<Date>;
}

/** One row per account and month with every model's value: what segmentation reports read (0006). */
export interface AccountSegmentTable {
  period: string;
  account_id: number;
  purchase_grid: string | null;
  portfolio: string | null;
  clp_tier: string | null;
  lifecycle: string | null;
  relationship_stage: string | null;
  kam_stage: string | null;
  org_relationship: string | null;
  loyalty: string | null;
  pareto: string | null;
  grid_x: number | null;
  grid_y: number | null;
  grid_class: string | null;
  vip: Generated<boolean>;
  attractiveness: number | null;
  capability: number | null;
  revenue_fen: Generated<number>;
  computed_at: Generated<Date>;
  gross_profit_fen: number | null;
}

export interface BackgroundJobTable {
  background_job_id: Generated<number>;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  params: Json;
  total: Generated<number>;
  done: Generated<number>;
  error: string | null;
  requested_by: number | null;
  created_at: Generated<Date>;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  heartbeat_at: Timestamp | null;
}

export interface AccountDivisionTable {
  account_id: number;
  name: string;
  sort_order: Generated<number>;
}

export interface WhitespaceCellTable {
  account_id: number;
  division: string;
  product_line_id: number;
  status: string;
  potential_fen: number | null;
  current_fen: number | null;
  competitor: string | null;
  notes: string | null;
  updated_at: Generated<Date>;
}

export interface AccountBackgroundTable {
  account_id: number;
  sections: Json;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

export interface ProfileQuestionTable {
  profile_question_id: Generated<number>;
  block: 'personal' | 'interpersonal' | 'work';
  key: string;
  text_zh: string;
  text_en: string;
  sort_order: Generated<number>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

/** [PLAN] company plan settings, one row per saved version (0008). */
export interface PlanConfigTable {
  version: number;
  config: Json;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface AccountPlanTable {
  account_plan_id: Generated<number>;
  account_id: number;
  plan_year: number;
  status: Generated<string>;
  support_requested: string | null;
  executive_view: string | null;
  first_visit_outcome: string | null;
  self_assessment_note: string | null;
  created_by: number | null;
  updated_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanCommentTable {
  plan_comment_id: Generated<number>;
  account_plan_id: number;
  app_user_id: number | null;
  action: string;
  body: string | null;
  created_at: Generated<Date>;
}

export interface PlanVersionTable {
  account_plan_id: number;
  version: number;
  snapshot: Json;
  approved_by: number | null;
  approved_at: Generated<Date>;
}

export interface OpportunityTable {
  opportunity_id: Generated<number>;
  account_id: number;
  name: string;
  value_fen: Generated<number>;
  stage: Generated<string>;
  probability: number | null;
  close_date: string | null;
  owner_user_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OpportunityContactTable {
  opportunity_id: number;
  contact_id: number;
  dmu_role: string;
  account_id: number;
}

export interface PlanGoalTable {
  plan_goal_id: Generated<number>;
  account_plan_id: number;
  parent_goal_id: number | null;
  title: string;
  metric: string | null;
  unit: string | null;
  baseline_value: number | null;
  target_value: number | null;
  due_date: string | null;
  plan_node_id: number | null;
  sort_order: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanReviewTable {
  plan_review_id: Generated<number>;
  account_plan_id: number;
  cadence: string;
  scheduled_on: string;
  held_on: string | null;
  agenda: ColumnType<unknown, string | undefined, string>;
  baseline: Json;
  minutes: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanRelationshipGapTable {
  plan_relationship_gap_id: Generated<number>;
  account_plan_id: number;
  contact_id: number;
  app_user_id: number;
  current_level: number;
  desired_level: number;
  note: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanActionTable {
  plan_action_id: Generated<number>;
  account_plan_id: number;
  plan_goal_id: number | null;
  plan_relationship_gap_id: number | null;
  plan_review_id: number | null;
  title: string;
  owner_user_id: number;
  due_date: string | null;
  status: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanNodeTable {
  plan_node_id: Generated<number>;
  account_plan_id: number;
  level: string;
  title: string;
  description: string | null;
  owner_contact_id: number | null;
  owner_confirmed: Generated<boolean>;
  opportunity_id: number | null;
  plan_action_id: number | null;
  sort_order: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanEdgeTable {
  plan_edge_id: Generated<number>;
  account_plan_id: number;
  upstream_node_id: number;
  downstream_node_id: number;
  created_at: Generated<Date>;
}

export interface PlanContactTable {
  plan_contact_id: Generated<number>;
  account_plan_id: number;
  contact_id: number | null;
  external_name: string | null;
  external_organisation: string | null;
  external_kind: string | null;
  roles: ColumnType<unknown, string | undefined, string>;
  influence: string | null;
  attitude: string | null;
  x: Generated<number>;
  y: Generated<number>;
  contact_level: string | null;
  contact_frequency: string | null;
  coverage_user_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanInfluenceLineTable {
  plan_influence_line_id: Generated<number>;
  account_plan_id: number;
  from_plan_contact_id: number;
  to_plan_contact_id: number;
  note: string | null;
  created_at: Generated<Date>;
}

export interface PlanPartnerTable {
  plan_partner_id: Generated<number>;
  account_plan_id: number;
  name: string;
  kind: string;
  relation_to_customer: string | null;
  relation_to_us: string | null;
  can_help: Generated<boolean>;
  how_to_help: string | null;
  sort_order: Generated<number>;
}

export interface PlanCustomerVoiceTable {
  plan_customer_voice_id: Generated<number>;
  account_plan_id: number;
  contact_id: number;
  statement: string;
  heard_on: string | null;
  sort_order: Generated<number>;
}

export interface CollectionTable {
  collection_id: Generated<number>;
  account_id: number;
  collected_on: string;
  amount_fen: number;
  reference: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ExpenseTable {
  expense_id: Generated<number>;
  account_id: number;
  spent_on: string;
  category: string;
  amount_fen: number;
  note: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AccountMonthCashFactTable {
  account_id: number;
  month: string;
  collection_fen: Generated<number>;
  expense_fen: Generated<number>;
  collection_count: Generated<number>;
  expense_count: Generated<number>;
}

export interface MarketSizeTable {
  market_size_id: Generated<number>;
  year: number;
  org_unit_id: number;
  segment: Generated<string>;
  size_fen: number;
  source: string | null;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

export interface TargetPlanTable {
  target_plan_id: Generated<number>;
  year: number;
  version: number;
  name: string;
  status: Generated<'draft' | 'published' | 'superseded'>;
  based_on_plan_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  published_by: number | null;
  published_at: Timestamp | null;
}

export interface TargetNodeTable {
  target_node_id: Generated<number>;
  target_plan_id: number;
  parent_node_id: number | null;
  node_key: string;
  depth: number;
  dimension: 'company' | 'org_unit' | 'rep' | 'industry' | 'account_type' | 'customer' | 'product_line';
  ref_id: number | null;
  ref_key: string | null;
  label: string;
  sort_order: Generated<number>;
  split_method: Generated<'even' | 'history_share' | 'customer_type' | 'manual'>;
  time_method: Generated<'even' | 'seasonality' | 'campaign'>;
  method_params: Json;
  ansoff_market: 'existing' | 'new' | null;
  ansoff_product: 'existing' | 'new' | null;
  scope_org_unit_id: number | null;
  scope_owner_user_id: number | null;
  scope_industry: string | null;
  scope_account_type: string | null;
  scope_account_id: number | null;
  scope_product_line_id: number | null;
}

/** months: 12 integers (fen or counts); locked_months: locked month numbers 1–12. */
export interface TargetValueTable {
  target_plan_id: number;
  target_node_id: number;
  metric: string;
  months: ColumnType<number[], string, string>;
  locked_months: ColumnType<number[], string | undefined, string>;
  total_locked: Generated<boolean>;
}

export interface TargetOgsmItemTable {
  target_ogsm_item_id: Generated<number>;
  target_plan_id: number;
  kind: 'objective' | 'goal' | 'strategy' | 'measure';
  parent_item_id: number | null;
  target_node_id: number | null;
  metric: string | null;
  text: string;
  sort_order: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface TargetNodeActualTable {
  target_plan_id: number;
  target_node_id: number;
  month: string;
  revenue_fen: Generated<number>;
  cost_fen: Generated<number>;
  collection_fen: Generated<number>;
  expense_fen: Generated<number>;
  line_count: Generated<number>;
}

export interface DB {
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  account: AccountTable;
  account_access: AccountAccessTable;
  account_team_member: AccountTeamMemberTable;
  contact: ContactTable;
  product_line: ProductLineTable;
  product: ProductTable;
  order_line: OrderLineTable;
  account_month_fact: AccountMonthFactTable;
  segmentation_config: SegmentationConfigTable;
  account_assessment: AccountAssessmentTable;
  classification_override: ClassificationOverrideTable;
  account_classification: AccountClassificationTable;
  background_job: BackgroundJobTable;
  account_segment: AccountSegmentTable;
  account_division: AccountDivisionTable;
  whitespace_cell: WhitespaceCellTable;
  account_background: AccountBackgroundTable;
  profile_question: ProfileQuestionTable;
  plan_config: PlanConfigTable;
  account_plan: AccountPlanTable;
  plan_comment: PlanCommentTable;
  plan_version: PlanVersionTable;
  opportunity: OpportunityTable;
  opportunity_contact: OpportunityContactTable;
  plan_goal: PlanGoalTable;
  plan_review: PlanReviewTable;
  plan_relationship_gap: PlanRelationshipGapTable;
  plan_action: PlanActionTable;
  plan_node: PlanNodeTable;
  plan_edge: PlanEdgeTable;
  plan_contact: PlanContactTable;
  plan_influence_line: PlanInfluenceLineTable;
  plan_partner: PlanPartnerTable;
  plan_customer_voice: PlanCustomerVoiceTable;
  collection: CollectionTable;
  expense: ExpenseTable;
  account_month_cash_fact: AccountMonthCashFactTable;
  market_size: MarketSizeTable;
  target_plan: TargetPlanTable;
  target_node: TargetNodeTable;
  target_value: TargetValueTable;
  target_ogsm_item: TargetOgsmItemTable;
  target_node_actual: TargetNodeActualTable;
}

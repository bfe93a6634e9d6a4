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
  product_id: number;
  quantity: number;
  amount_fen: number;
  cost_fen: number;
  created_at: Generated<Date>;
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
}

// Ports: what plan use cases need from storage. Implemented in db/repositories/plan-*.ts. Every method takes
// the plan id (or a child id of that plan) so a query never leaves one plan, and one account.
import type { Scope } from '../org/actor.ts';
import type {
  ActionFields,
  ActionRecord,
  DmuMember,
  EdgeRecord,
  GapFields,
  GapRecord,
  GoalFields,
  GoalRecord,
  InfluenceEntryFields,
  InfluenceEntryRecord,
  InfluenceLineRecord,
  NodeFields,
  NodeRecord,
  OpportunityFields,
  OpportunityRecord,
  PartnerFields,
  PlanComment,
  PlanHeaderFields,
  PlanRecord,
  PlanVersionSummary,
  ReviewRecord,
  VoiceFields,
  VoiceRecord,
} from './plan.ts';
import type { PlanSnapshot } from './plan-snapshot.ts';
import type { PlanStatus } from './plan-types.ts';
import type { AgendaItem, ReviewBaseline } from './review-agenda.ts';

/** Sorts of the plan list; '-' first means descending. */
export const PLAN_SORTS = [
  '-planYear',
  'planYear',
  'accountName',
  '-accountName',
  '-updatedAt',
  'updatedAt',
] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];

export interface PlanListFilter {
  accountId?: number | undefined;
  planYear?: number | undefined;
  status?: PlanStatus | undefined;
  /** Part of the account's name or code. */
  q?: string | undefined;
  sort: PlanSort;
  limit: number;
  offset: number;
}

export interface PlanRepository {
  /** Undefined when missing or its account is outside the scope. */
  findVisible(scope: Scope, id: number): Promise<PlanRecord | undefined>;
  /** One page of the visible plans and how many match. */
  list(scope: Scope, filter: PlanListFilter): Promise<{ items: PlanRecord[]; total: number }>;
  findIdByAccountYear(accountId: number, planYear: number): Promise<number | undefined>;
  /** Undefined when the account already has a plan for the year. */
  insert(accountId: number, planYear: number, userId: number): Promise<number | undefined>;
  updateHeader(id: number, fields: Partial<PlanHeaderFields>, userId: number): Promise<void>;
  /** Locks the plan row until the transaction ends and returns its current status, so that an edit and a
   * submit (or two approvals) on different servers cannot both pass the workflow check. */
  lockStatus(id: number): Promise<PlanStatus>;
  setStatus(id: number, status: PlanStatus, userId: number): Promise<void>;
  addComment(id: number, userId: number, action: PlanComment['action'], body: string | null): Promise<void>;
  comments(id: number): Promise<PlanComment[]>;
  /** Stores an approved snapshot as the next version; returns its number. */
  insertVersion(id: number, snapshot: PlanSnapshot, userId: number): Promise<number>;
  latestVersion(id: number): Promise<(PlanVersionSummary & { snapshot: PlanSnapshot }) | undefined>;
  versions(id: number): Promise<PlanVersionSummary[]>;
  currentConfig(): Promise<
    { version: number; config: unknown; createdAt: string; createdBy: string | null } | undefined
  >;
  insertConfig(config: unknown, userId: number): Promise<number>;
}

export interface PlanGraphRepository {
  nodes(planId: number): Promise<NodeRecord[]>;
  edges(planId: number): Promise<EdgeRecord[]>;
  insertNode(planId: number, fields: NodeFields): Promise<number>;
  updateNode(planId: number, nodeId: number, fields: Partial<NodeFields>): Promise<void>;
  deleteNode(planId: number, nodeId: number): Promise<void>;
  insertEdge(planId: number, upstreamId: number, downstreamId: number): Promise<number>;
  deleteEdge(planId: number, edgeId: number): Promise<boolean>;
  /** The opportunities of the plan's account that the plan's nodes reference. */
  opportunities(planId: number): Promise<OpportunityRecord[]>;
  /** The account of an opportunity, undefined when it does not exist. */
  opportunityAccountId(opportunityId: number): Promise<number | undefined>;
  insertOpportunity(accountId: number, fields: OpportunityFields): Promise<number>;
  updateOpportunity(opportunityId: number, fields: Partial<OpportunityFields>): Promise<void>;
  dmu(opportunityIds: number[]): Promise<DmuMember[]>;
  replaceDmu(
    opportunityId: number,
    accountId: number,
    members: Array<{ contactId: number; role: string }>,
  ): Promise<void>;
}

export interface PlanPeopleRepository {
  entries(planId: number): Promise<InfluenceEntryRecord[]>;
  insertEntry(planId: number, fields: InfluenceEntryFields): Promise<number>;
  updateEntry(planId: number, entryId: number, fields: Partial<InfluenceEntryFields>): Promise<void>;
  deleteEntry(planId: number, entryId: number): Promise<boolean>;
  lines(planId: number): Promise<InfluenceLineRecord[]>;
  insertLine(planId: number, fromEntryId: number, toEntryId: number, note: string | null): Promise<number>;
  deleteLine(planId: number, lineId: number): Promise<boolean>;
  gaps(planId: number): Promise<GapRecord[]>;
  /** Inserts or replaces the row of (contact, user). */
  upsertGap(planId: number, fields: GapFields): Promise<number>;
  deleteGap(planId: number, gapId: number): Promise<boolean>;
  partners(planId: number): Promise<Array<PartnerFields & { id: number }>>;
  replacePartners(planId: number, partners: PartnerFields[]): Promise<void>;
  voices(planId: number): Promise<Array<VoiceRecord & { id: number }>>;
  replaceVoices(planId: number, voices: VoiceFields[]): Promise<void>;
}

export interface PlanGoalRepository {
  goals(planId: number): Promise<GoalRecord[]>;
  insertGoal(planId: number, fields: GoalFields): Promise<number>;
  updateGoal(planId: number, goalId: number, fields: Partial<GoalFields>): Promise<void>;
  deleteGoal(planId: number, goalId: number): Promise<boolean>;
  actions(planId: number): Promise<ActionRecord[]>;
  insertAction(planId: number, fields: ActionFields): Promise<number>;
  updateAction(planId: number, actionId: number, fields: Partial<ActionFields>): Promise<void>;
  deleteAction(planId: number, actionId: number): Promise<boolean>;
  reviews(planId: number): Promise<ReviewRecord[]>;
  insertReview(
    planId: number,
    review: { cadence: string; scheduledOn: string; agenda: AgendaItem[]; baseline: ReviewBaseline },
  ): Promise<number>;
  updateReview(
    planId: number,
    reviewId: number,
    fields: {
      heldOn?: string | null | undefined;
      minutes?: string | null | undefined;
      agenda?: AgendaItem[] | undefined;
      baseline?: ReviewBaseline | undefined;
    },
  ): Promise<void>;
}

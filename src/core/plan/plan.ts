// Plan records as use cases read and write them ([PLAN-1]…[PLAN-11], [OPP-1], [OPP-3]).

import type {
  ActionStatus,
  Attitude,
  DmuRole,
  InfluenceLevel,
  InfluenceRole,
  NodeLevel,
  PlanStatus,
  ReviewCadence,
} from './plan-types.ts';
import type { AgendaItem, ReviewBaseline } from './review-agenda.ts';

export interface PlanRecord {
  id: number;
  accountId: number;
  accountCode: string;
  accountName: string;
  ownerUserId: number;
  ownerName: string;
  ownerUnitPath: string;
  planYear: number;
  status: PlanStatus;
  supportRequested: string | null;
  executiveView: string | null;
  firstVisitOutcome: string | null;
  selfAssessmentNote: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

/** Writable header fields: support requested ([PLAN-9]) and the self-assessment ([PLAN-11]). */
export interface PlanHeaderFields {
  supportRequested: string | null;
  executiveView: string | null;
  firstVisitOutcome: string | null;
  selfAssessmentNote: string | null;
}

export interface PlanComment {
  id: number;
  action: 'submit' | 'approve' | 'return' | 'reopen' | 'comment';
  body: string | null;
  userName: string | null;
  createdAt: string;
}

export interface PlanVersionSummary {
  version: number;
  approvedBy: string | null;
  approvedAt: string;
}

export interface OpportunityFields {
  name: string;
  valueFen: number;
  stage: string;
  probability: number | null;
  closeDate: string | null;
  ownerUserId: number | null;
}

export interface OpportunityRecord extends OpportunityFields {
  id: number;
  accountId: number;
  ownerName: string | null;
}

export interface NodeFields {
  level: NodeLevel;
  title: string;
  description: string | null;
  ownerContactId: number | null;
  ownerConfirmed: boolean;
  opportunityId: number | null;
  actionId: number | null;
  sortOrder: number;
}

export interface NodeRecord extends NodeFields {
  id: number;
  ownerContactName: string | null;
}

export interface EdgeRecord {
  id: number;
  upstreamId: number;
  downstreamId: number;
}

export interface DmuMember {
  opportunityId: number;
  contactId: number;
  contactName: string;
  role: DmuRole;
}

export interface InfluenceEntryFields {
  contactId: number | null;
  external: { name: string; organisation: string | null; kind: string } | null;
  roles: InfluenceRole[];
  influence: InfluenceLevel | null;
  attitude: Attitude | null;
  x: number;
  y: number;
  contactLevel: string | null;
  contactFrequency: string | null;
  coverageUserId: number | null;
}

export interface InfluenceEntryRecord extends InfluenceEntryFields {
  id: number;
  /** The contact's name, or the external influencer's. */
  name: string;
  title: string | null;
  reportsToContactId: number | null;
  lastVerifiedOn: string | null;
  coverageUserName: string | null;
}

export interface InfluenceLineRecord {
  id: number;
  fromEntryId: number;
  toEntryId: number;
  note: string | null;
}

export interface GapFields {
  contactId: number;
  userId: number;
  currentLevel: number;
  desiredLevel: number;
  note: string | null;
}

export interface GapRecord extends GapFields {
  id: number;
  contactName: string;
  userName: string;
}

export interface PartnerFields {
  name: string;
  kind: string;
  relationToCustomer: string | null;
  relationToUs: string | null;
  canHelp: boolean;
  howToHelp: string | null;
}

export interface VoiceFields {
  contactId: number;
  statement: string;
  heardOn: string | null;
}

export interface VoiceRecord extends VoiceFields {
  contactName: string;
}

export interface GoalFields {
  parentGoalId: number | null;
  title: string;
  metric: string | null;
  unit: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  dueDate: string | null;
  nodeId: number | null;
  sortOrder: number;
}

export interface GoalRecord extends GoalFields {
  id: number;
}

export interface ActionFields {
  goalId: number | null;
  gapId: number | null;
  reviewId: number | null;
  title: string;
  ownerUserId: number;
  dueDate: string | null;
  status: ActionStatus;
}

export interface ActionRecord extends ActionFields {
  id: number;
  ownerName: string;
}

export interface ReviewRecord {
  id: number;
  cadence: ReviewCadence;
  scheduledOn: string;
  heldOn: string | null;
  agenda: AgendaItem[];
  baseline: ReviewBaseline | null;
  minutes: string | null;
}

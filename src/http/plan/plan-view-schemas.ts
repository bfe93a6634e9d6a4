// Response schemas of the key account plan: the whole plan (parts 1–5 with derived figures), its pieces, the
// workflow, versions and changes, reviews, the briefing and the config. Reasons and labels are translated.
import { z } from '@hono/zod-openapi';
import { HEALTH_RULE_IDS } from '../../core/plan/plan-config-types.ts';
import { NODE_LEVELS } from '../../core/plan/plan-types.ts';

const n = z.number();
const int = z.number().int();
const str = z.string();
const nstr = z.string().nullable();

export const PlanSummary = z
  .object({
    id: int,
    accountId: int,
    accountCode: str,
    accountName: str,
    ownerUserId: int,
    ownerName: str,
    planYear: int,
    status: str,
    updatedAt: str,
    updatedBy: nstr,
  })
  .openapi('PlanSummary');
export const PlanList = z.object({ items: z.array(PlanSummary), total: int }).openapi('PlanList');

export const PlanNode = z
  .object({
    id: int,
    level: str,
    title: str,
    description: nstr,
    ownerContactId: int.nullable(),
    ownerContactName: nstr,
    ownerConfirmed: z.boolean(),
    opportunityId: int.nullable(),
    actionId: int.nullable(),
    sortOrder: int,
  })
  .openapi('PlanNode');
export const PlanEdge = z.object({ id: int, upstreamId: int, downstreamId: int }).openapi('PlanEdge');

export const Opportunity = z
  .object({
    id: int,
    accountId: int,
    nodeId: int,
    name: str,
    valueFen: int,
    stage: str,
    probability: int.nullable(),
    closeDate: nstr,
    ownerUserId: int.nullable(),
    ownerName: nstr,
    dmu: z.array(z.object({ contactId: int, contactName: str, role: str })),
  })
  .openapi('Opportunity');
export const OpportunityListItem = Opportunity.extend({
  serves: z.array(z.object({ id: int, level: str, title: str })),
}).openapi('OpportunityListItem');
export const OpportunityList = z.object({ items: z.array(OpportunityListItem) }).openapi('OpportunityList');

export const NodeDetail = z
  .object({
    node: PlanNode,
    upstream: z.array(PlanNode.extend({ distance: int })),
    downstream: z.array(PlanNode.extend({ distance: int })),
    opportunity: Opportunity.nullable(),
  })
  .openapi('PlanNodeDetail');

export const InfluenceEntry = z
  .object({
    id: int,
    contactId: int.nullable(),
    name: str,
    title: nstr,
    external: z.object({ name: str, organisation: nstr, kind: str }).nullable(),
    reportsToContactId: int.nullable(),
    lastVerifiedOn: nstr,
    stale: z.boolean().nullable(),
    roles: z.array(str),
    influence: nstr,
    attitude: nstr,
    x: int,
    y: int,
    contactLevel: nstr,
    contactFrequency: nstr,
    coverageUserId: int.nullable(),
    coverageUserName: nstr,
  })
  .openapi('InfluenceEntry');

export const RelationshipGap = z
  .object({
    id: int,
    contactId: int,
    contactName: str,
    userId: int,
    userName: str,
    currentLevel: int,
    desiredLevel: int,
    currentLabel: str,
    desiredLabel: str,
    note: nstr,
    influence: nstr,
    gap: int,
    influenceWeight: n,
    priority: n,
    actionIds: z.array(int),
  })
  .openapi('RelationshipGap');

export const Partner = z
  .object({
    id: int,
    name: str,
    kind: str,
    relationToCustomer: nstr,
    relationToUs: nstr,
    canHelp: z.boolean(),
    howToHelp: nstr,
  })
  .openapi('StrategicPartner');
export const Voice = z
  .object({ id: int, contactId: int, contactName: str, statement: str, heardOn: nstr })
  .openapi('CustomerVoice');

export const Relationships = z
  .object({
    influenceMap: z.object({
      entries: z.array(InfluenceEntry),
      lines: z.array(z.object({ id: int, fromEntryId: int, toEntryId: int, note: nstr })),
    }),
    gaps: z.array(RelationshipGap),
    partners: z.array(Partner),
    voices: z.array(Voice),
  })
  .openapi('PlanRelationships');

export const Goal = z
  .object({
    id: int,
    parentGoalId: int.nullable(),
    title: str,
    metric: nstr,
    unit: nstr,
    baselineValue: n.nullable(),
    targetValue: n.nullable(),
    dueDate: nstr,
    nodeId: int.nullable(),
    sortOrder: int,
    smart: z.object({
      passed: z.boolean(),
      failing: z.array(z.object({ letter: z.enum(['S', 'M', 'A', 'R', 'T']), reason: str })),
    }),
  })
  .openapi('PlanGoal');
export const Action = z
  .object({
    id: int,
    goalId: int.nullable(),
    gapId: int.nullable(),
    reviewId: int.nullable(),
    title: str,
    ownerUserId: int,
    ownerName: str,
    dueDate: nstr,
    status: str,
  })
  .openapi('PlanAction');
export const Goals = z.object({ goals: z.array(Goal), actions: z.array(Action) }).openapi('PlanGoals');

export const Health = z
  .object({
    score: int,
    rules: z.array(z.object({ rule: str, weight: n, passed: z.boolean() })),
    reasons: z.array(z.object({ rule: str, message: str })),
  })
  .openapi('PlanHealth');

export const PlanComment = z
  .object({ id: int, action: str, body: nstr, userName: nstr, createdAt: str })
  .openapi('PlanComment');
export const PlanComments = z.object({ items: z.array(PlanComment) }).openapi('PlanComments');

export const Plan = PlanSummary.extend({
  supportRequested: nstr,
  selfAssessment: z.object({ executiveView: nstr, firstVisitOutcome: nstr, note: nstr }),
  createdAt: str,
  team: z.array(z.object({ userId: int, displayName: str, teamRole: str })),
  background: z.object({ sections: z.record(str, str), completeness: int, updatedAt: nstr }),
  graph: z.object({ nodes: z.array(PlanNode), edges: z.array(PlanEdge) }),
  opportunities: z.array(Opportunity),
  relationships: Relationships,
  goals: z.array(Goal),
  actions: z.array(Action),
  health: Health,
  workflow: z.object({
    lastApprovedVersion: int.nullable(),
    comments: z.array(PlanComment),
  }),
  /** What the caller may do now: edit (team or line above, not while submitted), approve/return (submitted). */
  access: z.object({ canEdit: z.boolean(), canApprove: z.boolean() }),
}).openapi('Plan');

export const Versions = z
  .object({ items: z.array(z.object({ version: int, approvedBy: nstr, approvedAt: str })) })
  .openapi('PlanVersions');

const value = z.union([str, n, z.boolean(), z.null(), z.array(str)]);
const ref = z.object({ key: str, label: str });
export const Changes = z
  .object({
    sinceVersion: int.nullable(),
    parts: z.array(
      z.object({
        part: str,
        added: z.array(ref),
        removed: z.array(ref),
        changed: z.array(
          ref.extend({ fields: z.array(z.object({ field: str, before: value, after: value })) }),
        ),
      }),
    ),
  })
  .openapi('PlanChanges');

export const Review = z
  .object({
    id: int,
    cadence: str,
    scheduledOn: str,
    heldOn: nstr,
    minutes: nstr,
    agenda: z.array(z.object({ kind: str, text: str })),
  })
  .openapi('PlanReview');
export const ReviewList = z.object({ items: z.array(Review) }).openapi('PlanReviewList');
export const ActionList = z.object({ items: z.array(Action) }).openapi('PlanActionList');

/** The settings as stored (core/plan/plan-config-types.ts); saving validates them field by field in core. */
export const PlanConfigBody = z
  .object({
    version: z.literal(1),
    influenceWeights: z.object({ high: n, medium: n, low: n, unknown: n }),
    smart: z.object({
      specificMinTitleChars: int,
      achievableMaxChangePct: n,
      achievableFromZero: z.boolean(),
      relevantLevels: z.array(z.enum(NODE_LEVELS)),
    }),
    health: z.object({
      weights: z.record(z.enum(HEALTH_RULE_IDS), n),
      maxStaleContactsPct: n,
    }),
  })
  .openapi('PlanConfig');

export const PlanConfigDoc = z.object({ version: int, config: PlanConfigBody }).openapi('PlanConfigDoc');

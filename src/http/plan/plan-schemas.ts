// Request schemas of the key account plan ([PLAN-1]…[PLAN-11], [OPP-3]): strict objects (unknown keys are
// refused by name), enums from core/plan/plan-types.ts, money in integer fen, dates 'YYYY-MM-DD'.
import { z } from '@hono/zod-openapi';
import {
  ACTION_STATUSES,
  ATTITUDES,
  CONTACT_FREQUENCIES,
  CONTACT_LEVELS,
  DMU_ROLES,
  EXECUTIVE_VIEWS,
  EXTERNAL_KINDS,
  FIRST_VISIT_OUTCOMES,
  INFLUENCE_LEVELS,
  INFLUENCE_ROLES,
  NODE_LEVELS,
  OPPORTUNITY_STAGES,
  PARTNER_KINDS,
  REVIEW_CADENCES,
} from '../../core/plan/plan-types.ts';
import { isoDate } from '../shared/list-schemas.ts';

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const param = (name: string) =>
  z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name, in: 'path' } });
export const PlanParam = z.object({ id: param('id') });
export const NodeParam = z.object({ id: param('id'), nodeId: param('nodeId') });
export const EdgeParam = z.object({ id: param('id'), edgeId: param('edgeId') });
export const OpportunityParam = z.object({ id: param('id'), opportunityId: param('opportunityId') });
export const EntryParam = z.object({ id: param('id'), entryId: param('entryId') });
export const LineParam = z.object({ id: param('id'), lineId: param('lineId') });
export const ContactParam = z.object({ id: param('id'), contactId: param('contactId') });
export const GapParam = z.object({ id: param('id'), gapId: param('gapId') });
export const GoalParam = z.object({ id: param('id'), goalId: param('goalId') });
export const ActionParam = z.object({ id: param('id'), actionId: param('actionId') });
export const ReviewParam = z.object({ id: param('id'), reviewId: param('reviewId') });

export const PlanListQuery = z
  .object({
    accountId: z.coerce.number().int().positive().optional(),
    planYear: z.coerce.number().int().min(2000).max(2100).optional(),
  })
  .strict();

export const PlanCreateInput = z
  .object({ accountId: id, planYear: z.number().int().min(2000).max(2100) })
  .strict()
  .openapi('PlanCreateInput');

export const PlanHeaderInput = z
  .object({
    supportRequested: optionalText(5000),
    executiveView: z.enum(EXECUTIVE_VIEWS).nullable().optional(),
    firstVisitOutcome: z.enum(FIRST_VISIT_OUTCOMES).nullable().optional(),
    selfAssessmentNote: optionalText(2000),
  })
  .strict()
  .openapi('PlanHeaderInput');

export const CommentInput = z
  .object({ body: text(2000) })
  .strict()
  .openapi('PlanCommentInput');

export const WorkflowInput = z
  .object({ comment: z.string().trim().max(2000).nullable().optional() })
  .strict()
  .openapi('PlanWorkflowInput');

const OpportunityInput = z
  .object({
    name: text(200),
    valueFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    stage: z.enum(OPPORTUNITY_STAGES),
    probability: z.number().int().min(0).max(100).nullable(),
    closeDate: isoDate.nullable(),
    ownerUserId: id.nullable(),
  })
  .strict();

export const NodeInput = z
  .object({
    level: z.enum(NODE_LEVELS),
    title: text(300),
    description: optionalText(2000),
    ownerContactId: id.nullable().optional(),
    ownerConfirmed: z.boolean().optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
    actionId: id.nullable().optional(),
    upstreamNodeIds: z.array(id).max(20).optional(),
    opportunity: OpportunityInput.optional(),
    opportunityId: id.optional(),
  })
  .strict()
  .openapi('PlanNodeInput');

export const NodePatch = z
  .object({
    title: text(300).optional(),
    description: optionalText(2000),
    ownerContactId: id.nullable().optional(),
    ownerConfirmed: z.boolean().optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
    actionId: id.nullable().optional(),
    opportunity: OpportunityInput.partial().strict().optional(),
  })
  .strict()
  .openapi('PlanNodePatch');

export const EdgeInput = z
  .object({ upstreamNodeId: id, downstreamNodeId: id })
  .strict()
  .openapi('PlanEdgeInput');

export const DmuInput = z
  .object({ members: z.array(z.object({ contactId: id, role: z.enum(DMU_ROLES) }).strict()).max(50) })
  .strict()
  .openapi('DmuInput');

const entryAttributes = {
  roles: z.array(z.enum(INFLUENCE_ROLES)).max(5).optional(),
  influence: z.enum(INFLUENCE_LEVELS).nullable().optional(),
  attitude: z.enum(ATTITUDES).nullable().optional(),
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  contactLevel: z.enum(CONTACT_LEVELS).nullable().optional(),
  contactFrequency: z.enum(CONTACT_FREQUENCIES).nullable().optional(),
  coverageUserId: id.nullable().optional(),
};

export const InfluenceEntryInput = z
  .object({
    contactId: id.nullable().optional(),
    external: z
      .object({ name: text(100), organisation: optionalText(200), kind: z.enum(EXTERNAL_KINDS) })
      .strict()
      .nullable()
      .optional(),
    ...entryAttributes,
  })
  .strict()
  .openapi('InfluenceEntryInput');

export const InfluenceEntryPatch = z.object(entryAttributes).strict().openapi('InfluenceEntryPatch');

export const InfluenceLineInput = z
  .object({ fromEntryId: id, toEntryId: id, note: optionalText(500) })
  .strict()
  .openapi('InfluenceLineInput');

export const ReportingLineInput = z
  .object({ reportsToId: id.nullable() })
  .strict()
  .openapi('ReportingLineInput');

const level = z.number().int().min(0).max(4);
export const GapInput = z
  .object({ contactId: id, userId: id, currentLevel: level, desiredLevel: level, note: optionalText(500) })
  .strict()
  .openapi('RelationshipGapInput');

export const GapActionInput = z
  .object({ title: text(300).optional(), ownerUserId: id.optional(), dueDate: isoDate.nullable().optional() })
  .strict()
  .openapi('GapActionInput');

export const PartnersInput = z
  .object({
    items: z
      .array(
        z
          .object({
            name: text(200),
            kind: z.enum(PARTNER_KINDS),
            relationToCustomer: optionalText(1000),
            relationToUs: optionalText(1000),
            canHelp: z.boolean(),
            howToHelp: optionalText(1000),
          })
          .strict(),
      )
      .max(100),
  })
  .strict()
  .openapi('PartnersInput');

export const VoicesInput = z
  .object({
    items: z
      .array(
        z.object({ contactId: id, statement: text(2000), heardOn: isoDate.nullable().optional() }).strict(),
      )
      .max(200),
  })
  .strict()
  .openapi('VoicesInput');

const goalFields = {
  parentGoalId: id.nullable().optional(),
  metric: optionalText(200),
  unit: optionalText(50),
  baselineValue: z.number().finite().nullable().optional(),
  targetValue: z.number().finite().nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  nodeId: id.nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
};
export const GoalInput = z
  .object({ title: text(300), ...goalFields })
  .strict()
  .openapi('PlanGoalInput');
export const GoalPatch = z
  .object({ title: text(300).optional(), ...goalFields })
  .strict()
  .openapi('PlanGoalPatch');

export const ActionInput = z
  .object({
    title: text(300),
    ownerUserId: id,
    goalId: id.nullable().optional(),
    dueDate: isoDate.nullable().optional(),
    status: z.enum(ACTION_STATUSES).optional(),
  })
  .strict()
  .openapi('PlanActionInput');
export const ActionPatch = ActionInput.partial().strict().openapi('PlanActionPatch');

export const ReviewInput = z
  .object({ cadence: z.enum(REVIEW_CADENCES), scheduledOn: isoDate })
  .strict()
  .openapi('PlanReviewInput');
export const ReviewSeriesInput = z
  .object({ cadence: z.enum(REVIEW_CADENCES), from: isoDate })
  .strict()
  .openapi('PlanReviewSeriesInput');
export const ReviewPatch = z
  .object({ heldOn: isoDate.nullable().optional(), minutes: optionalText(20_000) })
  .strict()
  .openapi('PlanReviewPatch');
export const ReviewActionItemsInput = z
  .object({
    items: z
      .array(z.object({ title: text(300), ownerUserId: id, dueDate: isoDate.nullable().optional() }).strict())
      .min(1)
      .max(50),
  })
  .strict()
  .openapi('ReviewActionItemsInput');

export const PlanConfigInput = z
  .object({ config: z.unknown().openapi({ type: 'object' }) })
  .strict()
  .openapi('PlanConfigInput');

// Request and response schemas of classification and segmentation ([SEG-1]…[SEG-8], [ACC-5]).
// The web client's types are inferred from these. The config itself is validated by the pure
// validateSegmentationConfig() in core (refusals name the field); here it travels as an object.
import { z } from '@hono/zod-openapi';
import { listOf } from '../shared/list-schemas.ts';

export const MODEL_KEYS = [
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
export const ModelKey = z.enum(MODEL_KEYS);

/** 'YYYY-MM' — classification results are stored per month. */
export const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'field.invalid_period' });

export const SegmentationConfigDoc = z
  .object({
    version: z.number().int(),
    config: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'SegmentationConfig (see core/segmentation)' }),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .openapi('SegmentationConfigDoc');

export const ConfigInput = z
  .object({ config: z.record(z.string(), z.unknown()) })
  .strict()
  .openapi('ConfigInput');

export const ConfigPreview = z
  .object({
    totalAccounts: z.number().int(),
    changedAccounts: z.number().int(),
    changes: z.array(
      z.object({ model: ModelKey, from: z.string(), to: z.string(), count: z.number().int() }),
    ),
  })
  .openapi('ConfigPreview');

export const RecomputeInput = z
  .object({ accountId: z.number().int().positive().optional(), period: Period.optional() })
  .strict()
  .openapi('RecomputeInput');

export const Job = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    total: z.number().int(),
    done: z.number().int(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .openapi('Job');

export const ModelResult = z
  .object({
    model: ModelKey,
    value: z.string(),
    /** Localised label of the value (e.g. "A 类", "投资"). */
    label: z.string(),
    score: z.number().nullable(),
    /** The rule that fired with its inputs, in the caller's language. */
    explanation: z.string(),
    inputs: z.record(z.string(), z.unknown()),
    overridden: z.boolean(),
    override: z
      .object({
        value: z.string(),
        reason: z.string(),
        by: z.string(),
        at: z.string(),
        computedValue: z.string(),
      })
      .nullable(),
    computedAt: z.string(),
  })
  .openapi('ModelResult');

export const AccountClassification = z
  .object({ accountId: z.number().int(), period: z.string(), results: z.array(ModelResult) })
  .openapi('AccountClassification');

export const ClassificationHistory = z
  .object({
    items: z.array(
      z.object({
        period: z.string(),
        model: ModelKey,
        value: z.string(),
        label: z.string(),
        overridden: z.boolean(),
      }),
    ),
  })
  .openapi('ClassificationHistory');

export const OverrideInput = z
  .object({ model: ModelKey, value: z.string().min(1).max(50), reason: z.string().trim().min(1).max(500) })
  .strict()
  .openapi('OverrideInput');

export const Movement = z
  .object({
    accountId: z.number().int(),
    accountCode: z.string(),
    accountName: z.string(),
    ownerName: z.string(),
    model: ModelKey,
    from: z.string(),
    to: z.string(),
    fromLabel: z.string(),
    toLabel: z.string(),
    direction: z.enum(['up', 'down', 'changed']),
    period: z.string(),
  })
  .openapi('Movement');
export const MovementList = listOf(Movement).openapi('MovementList');
export const MovementQuery = z
  .object({
    period: Period.optional(),
    model: ModelKey.optional(),
    direction: z.enum(['up', 'down', 'changed']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const DashboardQuery = z
  .object({ period: Period.optional(), regionId: z.coerce.number().int().positive().optional() })
  .strict();

export const Dashboard = z
  .object({
    period: z.string(),
    computedAt: z.string().nullable(),
    accountCount: z.number().int(),
    grid: z.array(
      z.object({
        x: z.number().int(),
        y: z.number().int(),
        value: z.string(),
        count: z.number().int(),
        revenueFen: z.number().int(),
      }),
    ),
    vipCount: z.number().int(),
    portfolio: z.array(
      z.object({
        accountId: z.number().int(),
        name: z.string(),
        attractiveness: z.number(),
        capability: z.number(),
        value: z.string(),
        revenueFen: z.number().int(),
      }),
    ),
    portfolioCounts: z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() })),
    clp: z.array(
      z.object({
        value: z.string(),
        label: z.string(),
        count: z.number().int(),
        revenueFen: z.number().int(),
        approach: z.string(),
      }),
    ),
    pareto: z.object({
      points: z.array(z.object({ accountPct: z.number(), revenuePct: z.number() })),
      cutPct: z.number(),
      accountsInCut: z.number().int(),
      accountsInCutPct: z.number(),
    }),
    distributions: z.array(
      z.object({
        model: ModelKey,
        items: z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() })),
      }),
    ),
    movements: z.object({ up: z.number().int(), down: z.number().int(), items: z.array(Movement) }),
  })
  .openapi('SegmentationDashboard');

export const SegmentAccountsQuery = z
  .object({
    model: ModelKey,
    value: z.string().max(50).optional(),
    x: z.coerce.number().int().min(0).max(4).optional(),
    y: z.coerce.number().int().min(0).max(4).optional(),
    period: Period.optional(),
    regionId: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export const SegmentAccount = z
  .object({
    accountId: z.number().int(),
    code: z.string(),
    name: z.string(),
    ownerName: z.string(),
    value: z.string(),
    label: z.string(),
    score: z.number().nullable(),
    revenueFen: z.number().int(),
  })
  .openapi('SegmentAccount');
export const SegmentAccountList = listOf(SegmentAccount).openapi('SegmentAccountList');

/** What people enter per account; every field optional (engines say when they fall back to a default). */
export const AssessmentInput = z.record(z.string(), z.unknown()).openapi('AssessmentInput');
export const AssessmentDoc = z
  .object({
    accountId: z.number().int(),
    assessment: z.record(z.string(), z.unknown()),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .openapi('AssessmentDoc');

export const ClassificationQuery = z.object({ period: Period.optional() }).strict();
export const HistoryQuery = z.object({ model: ModelKey.optional() }).strict();
export const OverrideParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
  model: ModelKey.openapi({ param: { name: 'model', in: 'path' } }),
});

export type DashboardT = z.infer<typeof Dashboard>;
export type ModelResultT = z.infer<typeof ModelResult>;
export type AccountClassificationT = z.infer<typeof AccountClassification>;
export type MovementT = z.infer<typeof Movement>;
export type JobT = z.infer<typeof Job>;
export type ConfigPreviewT = z.infer<typeof ConfigPreview>;
export type SegmentationConfigDocT = z.infer<typeof SegmentationConfigDoc>;
export type SegmentAccountT = z.infer<typeof SegmentAccount>;
export type AssessmentDocT = z.infer<typeof AssessmentDoc>;

// Request and response schemas of target plans ([TGT-1]…[TGT-4], seeds 003, 004): stored, versioned trees of
// targets per year, edited through the decomposition engine, seen by each user only for their part of the tree.
// Money metrics are integer fen, process metrics counts; every month array has 12 integers, January first.
//
// Routes (all under /api, signed in; a plan or node outside the caller's part answers 404):
//   GET    /target-plans?year&status                 TargetPlanList      plans the caller sees something of
//   POST   /target-plans                             TargetPlanTree 201  wizard: skeleton + top-down split (root + 1st level)
//   GET    /target-plans/{id}?under&depth            TargetPlanTree      the tree filtered by visibility
//   PATCH  /target-plans/{id}                        TargetPlanSummary   name / note (draft only)
//   GET    /target-plans/{id}/history                TargetPlanList      every version of the plan's year
//   PUT    /target-plans/{id}/cells                  TargetEditResult    set a node's year total or one month
//   PUT    /target-plans/{id}/locks                  TargetEditResult    lock / unlock a month or the year total
//   POST   /target-plans/{id}/methods/preview        TargetEditResult    methods per node: diff + explanations, not saved
//   POST   /target-plans/{id}/methods/apply          TargetEditResult    the same, saved
//   POST   /target-plans/{id}/nodes                  TargetEditResult    add a child node (then re-split the parent)
//   DELETE /target-plans/{id}/nodes?nodeKey          TargetEditResult    remove a node and its subtree
//   POST   /target-plans/{id}/roll-up                TargetEditResult    bottom-up: every parent := sum of children
//   PUT    /target-plans/{id}/ansoff                 TargetNode          Ansoff market/product of a node [TGT-4]
//   POST   /target-plans/{id}/publish                TargetPlanSummary   draft → published (previous → superseded)
//   POST   /target-plans/{id}/new-version            TargetPlanSummary 201  copy of a published plan as draft n+1
//   GET    /target-plans/{id}/diff?against={otherId} TargetDiff          changes from `against` to this plan
//   GET    /target-plans/{id}/ogsm                   OgsmBoard           OGSM board [TGT-4]
//   POST   /target-plans/{id}/ogsm                   OgsmItem 201
//   PATCH  /target-plans/{id}/ogsm/{itemId}          OgsmItem
//   DELETE /target-plans/{id}/ogsm/{itemId}          204
// Edits of a published or superseded plan answer 409 (target_plan.frozen). Engine problems answer 400 with one
// detail per cell; the detail's path is `<nodeKey>/<metric>/<month 1–12 | total>` (split the last two '/'
// segments off: node keys contain '/').
import { z } from '@hono/zod-openapi';
import { OGSM_KINDS } from '../../core/target/target-plan.ts';
import {
  SPLIT_METHODS,
  TARGET_DIMENSIONS,
  TARGET_METRICS,
  TARGET_PLAN_STATUSES,
  TIME_METHODS,
} from '../../core/target/target-types.ts';

const int = z.number().int();
const str = z.string();
const nstr = z.string().nullable();

const param = (name: string) =>
  z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name, in: 'path' } });
export const TargetPlanParam = z.object({ id: param('id') });
export const OgsmItemParam = z.object({ id: param('id'), itemId: param('itemId') });

const nodeKey = z.string().min(1).max(2000);
const metric = z.enum(TARGET_METRICS);
/** A target figure: integer fen (money) or count; the sign is checked per cell by the engine. */
const figure = z
  .number({ message: 'target.value_not_integer' })
  .int({ message: 'target.value_not_integer' })
  .min(-Number.MAX_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER);
const month = z.number().int().min(1).max(12);

export const MethodParamsSchema = z
  .object({
    typeWeights: z.record(z.string().max(40), z.number().min(0).max(1_000_000)).optional(),
    uplifts: z
      .array(z.object({ month, percent: z.number().min(-100).max(1000) }).strict())
      .max(12)
      .optional(),
    historyYears: z.number().int().min(1).max(5).optional(),
  })
  .strict()
  .openapi('TargetMethodParams');

// ---------------------------------------------------------------- requests

export const TargetPlanListQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    status: z.enum(TARGET_PLAN_STATUSES).optional(),
  })
  .strict();

/** One level of the skeleton; org_unit levels take the org units of one kind (region, branch, team). */
export const TargetLevel = z
  .object({
    dimension: z.enum(['org_unit', 'rep', 'industry', 'account_type', 'customer', 'product_line']),
    orgUnitKind: z.enum(['region', 'branch', 'team']).optional(),
  })
  .strict()
  .openapi('TargetLevel');

export const TargetPlanCreateInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    year: z.number().int().min(2000).max(2100),
    metrics: z.array(metric).min(1).max(TARGET_METRICS.length),
    /** Top to bottom, e.g. org_unit(region) → rep → customer → product_line. */
    levels: z.array(TargetLevel).min(1).max(8),
    /** Company year total per metric (fen or count); a metric left out starts at 0 (or see growthPercent). */
    totals: z.partialRecord(metric, figure).default({}),
    /** Methods every node starts with (default history_share / seasonality). */
    splitMethod: z.enum(SPLIT_METHODS).optional(),
    timeMethod: z.enum(TIME_METHODS).optional(),
    historyYears: z.number().int().min(1).max(5).optional(),
    /** A metric left out of `totals` takes last year's actual company total × (1 + growthPercent / 100). */
    growthPercent: z.number().min(-100).max(1000).optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('TargetPlanCreateInput');

export const TargetPlanPatch = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .strict()
  .openapi('TargetPlanPatch');

export const TargetTreeQuery = z
  .object({
    /** Only this node and what lies below it (plus its path to the root). */
    under: nodeKey.optional(),
    /** Levels below `under` (or the root) to include; all when left out. */
    depth: z.coerce.number().int().min(0).max(20).optional(),
  })
  .strict();

export const TargetCellInput = z
  .object({
    nodeKey,
    metric,
    /** 1–12 sets one month; null or left out sets the year total. */
    month: month.nullable().optional(),
    value: figure,
  })
  .strict()
  .openapi('TargetCellInput');

export const TargetLockInput = z
  .object({
    nodeKey,
    metric,
    /** 1–12 locks one month; null or left out locks the year total. */
    month: month.nullable().optional(),
    locked: z.boolean(),
  })
  .strict()
  .openapi('TargetLockInput');

export const TargetMethodsInput = z
  .object({
    nodeKey,
    splitMethod: z.enum(SPLIT_METHODS).optional(),
    timeMethod: z.enum(TIME_METHODS).optional(),
    params: MethodParamsSchema.optional(),
    /** Which metric to re-split below the node; all metrics of the plan when left out. */
    metric: metric.optional(),
  })
  .strict()
  .openapi('TargetMethodsInput');

export const TargetNodeAddInput = z
  .object({
    parentKey: nodeKey,
    dimension: z.enum(['org_unit', 'rep', 'industry', 'account_type', 'customer', 'product_line']),
    /** org_unit / rep / customer / product_line: the id of the unit, user, account or product line. */
    refId: z.number().int().positive().nullable().optional(),
    /** industry / account_type: the value. */
    refKey: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .strict()
  .openapi('TargetNodeAddInput');

export const TargetNodeRemoveQuery = z.object({ nodeKey }).strict();

export const TargetAnsoffInput = z
  .object({
    nodeKey,
    market: z.enum(['existing', 'new']).nullable(),
    product: z.enum(['existing', 'new']).nullable(),
  })
  .strict()
  .openapi('TargetAnsoffInput');

export const TargetDiffQuery = z
  .object({ against: z.coerce.number().int().positive().openapi({ description: 'The older plan id' }) })
  .strict();

export const OgsmItemInput = z
  .object({
    kind: z.enum(OGSM_KINDS),
    /** A strategy under a goal, a measure under a strategy (optional). */
    parentItemId: z.number().int().positive().nullable().optional(),
    /** A goal tied to a target cell: node and metric (the goal shows the node's target of that metric). */
    nodeKey: nodeKey.nullable().optional(),
    metric: metric.nullable().optional(),
    text: z.string().trim().min(1).max(2000),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()
  .openapi('OgsmItemInput');

export const OgsmItemPatch = z
  .object({
    parentItemId: z.number().int().positive().nullable().optional(),
    nodeKey: nodeKey.nullable().optional(),
    metric: metric.nullable().optional(),
    text: z.string().trim().min(1).max(2000).optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()
  .openapi('OgsmItemPatch');

// ---------------------------------------------------------------- responses

export const TargetPlanSummary = z
  .object({
    id: int,
    year: int,
    version: int,
    name: str,
    status: z.enum(TARGET_PLAN_STATUSES),
    basedOnPlanId: int.nullable(),
    note: nstr,
    metrics: z.array(metric),
    createdBy: nstr,
    createdAt: str,
    updatedAt: str,
    publishedBy: nstr,
    publishedAt: nstr,
  })
  .openapi('TargetPlanSummary');
export const TargetPlanList = z.object({ items: z.array(TargetPlanSummary) }).openapi('TargetPlanList');

export const TargetCellOut = z
  .object({
    /** 12 months; null on a path-only node (the caller sees its year and quarters, not its months). */
    months: z.array(int).length(12).nullable(),
    quarters: z.array(int).length(4).nullable(),
    total: int,
    /** Locked month numbers 1–12. */
    lockedMonths: z.array(int),
    totalLocked: z.boolean(),
  })
  .openapi('TargetCell');

export const TargetNode = z
  .object({
    key: str,
    parentKey: nstr,
    depth: int,
    dimension: z.enum(TARGET_DIMENSIONS),
    refId: int.nullable(),
    refKey: nstr,
    label: str,
    accountType: nstr,
    sortOrder: int,
    splitMethod: z.enum(SPLIT_METHODS),
    timeMethod: z.enum(TIME_METHODS),
    params: MethodParamsSchema,
    ansoffMarket: z.enum(['existing', 'new']).nullable(),
    ansoffProduct: z.enum(['existing', 'new']).nullable(),
    /** penetration | product_development | market_development | diversification, when both are set. */
    ansoffStrategy: nstr,
    /** full: the caller's part of the tree; path: an ancestor shown for orientation (totals only). */
    access: z.enum(['full', 'path']),
    /** Whether the caller may change this node's figures now (draft plan, their part, their role). */
    editable: z.boolean(),
    /** Children in the whole tree (some may be hidden from the caller or cut by `depth`). */
    childCount: int,
    cells: z.partialRecord(metric, TargetCellOut),
  })
  .openapi('TargetNode');

export const TargetPlanTree = z
  .object({
    plan: TargetPlanSummary,
    /** What the caller may do with the plan as a whole. */
    permissions: z.object({ edit: z.boolean(), publish: z.boolean(), newVersion: z.boolean() }),
    /** Nodes in display order (depth first), parents before children. */
    nodes: z.array(TargetNode),
  })
  .openapi('TargetPlanTree');

export const TargetExplanation = z.object({ nodeKey: str, metric, text: str }).openapi('TargetExplanation');

export const TargetCellChange = z
  .object({ nodeKey: str, label: str, metric, month, before: int, after: int })
  .openapi('TargetCellChange');

export const TargetDiff = z
  .object({
    cells: z.array(TargetCellChange),
    /** Changed cells left out of `cells` (a large re-split lists the first 2,000). */
    omittedCells: int,
    addedNodes: z.array(z.object({ key: str, label: str })),
    removedNodes: z.array(z.object({ key: str, label: str })),
  })
  .openapi('TargetDiff');

export const TargetEditResult = z
  .object({
    /** false for a preview: nothing was saved. */
    saved: z.boolean(),
    diff: TargetDiff,
    explanations: z.array(TargetExplanation),
  })
  .openapi('TargetEditResult');

export const OgsmItem = z
  .object({
    id: int,
    kind: z.enum(OGSM_KINDS),
    parentItemId: int.nullable(),
    nodeKey: nstr,
    nodeLabel: nstr,
    metric: metric.nullable(),
    /** The tied node's year target of the metric, when the caller sees that node. */
    targetValue: int.nullable(),
    text: str,
    sortOrder: int,
  })
  .openapi('OgsmItem');
export const OgsmBoard = z.object({ items: z.array(OgsmItem) }).openapi('OgsmBoard');

export type TargetPlanTreeOut = z.infer<typeof TargetPlanTree>;
export type TargetNodeOut = z.infer<typeof TargetNode>;
export type TargetDiffOut = z.infer<typeof TargetDiff>;

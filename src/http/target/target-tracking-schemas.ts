// Schemas of target tracking ([TGT-5]): money in integer fen, rates as exact 4-decimal ratio strings
// ("0.8523" = 85.23 %, null without a base), months 1–12. The web client's types are inferred from these.
import { z } from '@hono/zod-openapi';
import { MONEY_METRICS, TARGET_DIMENSIONS, TARGET_PLAN_STATUSES } from '../../core/target/target-types.ts';

const param = (name: string) =>
  z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name, in: 'path' } });
export const TrackingPlanParam = z.object({ planId: param('planId') });
export const TrackingNodeParam = z.object({ planId: param('planId'), nodeId: param('nodeId') });
export const MarketSizeParam = z.object({ id: param('id') });

const through = z.coerce.number().int().min(0).max(12).optional().openapi({
  description: 'Last elapsed month (0–12); default: the months completed by today',
});
const month = z.coerce.number().int().min(1).max(12);
export const ThroughQuery = z.object({ through }).strict();
export const PeriodQuery = z
  .object({
    metric: z.enum(MONEY_METRICS).default('revenue'),
    period: z.enum(['ytd', 'year', 'month']).default('ytd'),
    month: month.optional().openapi({ description: "The month of period 'month'" }),
    through,
  })
  .strict();
export const RankingQuery = PeriodQuery.extend({
  dimension: z.enum(TARGET_DIMENSIONS).optional().openapi({
    description:
      'Rank every visible descendant of this dimension (org_unit, rep, customer…); default: the children',
  }),
}).strict();
export const OrderLineQuery = z
  .object({
    month: month.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export const CompletionQuery = z
  .object({ nodeId: z.coerce.number().int().positive().optional(), through })
  .strict();
export const RefreshInput = z
  .object({ planId: z.number().int().positive().optional() })
  .strict()
  .openapi('TargetActualsRefreshInput');

const Rate = z.string().nullable().openapi({ description: 'Exact ratio, 4 decimals; null without a base' });

export const TrackedPlan = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    version: z.number().int(),
    name: z.string(),
    status: z.enum(TARGET_PLAN_STATUSES),
  })
  .openapi('TrackedPlan');
export const TrackedPlanList = z.object({ items: z.array(TrackedPlan) }).openapi('TrackedPlanList');

export const TrackedNode = z
  .object({
    id: z.number().int(),
    parentId: z.number().int().nullable(),
    key: z.string(),
    depth: z.number().int(),
    dimension: z.enum(TARGET_DIMENSIONS),
    label: z.string(),
  })
  .openapi('TrackedNode');

export const TrackingTree = z
  .object({ plan: TrackedPlan, nodes: z.array(TrackedNode), rootIds: z.array(z.number().int()) })
  .openapi('TrackingTree');

const Period = z.object({
  target: z.number().int(),
  actual: z.number().int(),
  attainment: Rate,
  gap: z.number().int().openapi({ description: 'target − actual' }),
  lastYear: z.number().int(),
  yoy: Rate,
});

export const MetricAttainment = z
  .object({
    metric: z.enum(MONEY_METRICS),
    months: z.array(Period.extend({ month: z.number().int() })),
    ytd: Period,
    year: Period,
    projection: z
      .object({ method: z.enum(['seasonality', 'linear']), value: z.number().int(), attainment: Rate })
      .nullable(),
  })
  .openapi('MetricAttainment');

export const NodeAttainment = z
  .object({
    plan: TrackedPlan,
    node: TrackedNode,
    throughMonth: z.number().int(),
    path: z.array(z.object({ id: z.number().int(), label: z.string() })),
    metrics: z.array(MetricAttainment),
  })
  .openapi('NodeAttainment');

export const ThreeRates = z
  .object({
    throughMonth: z.number().int(),
    salesAttainment: z.object({ target: z.number().int(), actual: z.number().int(), rate: Rate }),
    customerGrowth: z.object({
      existingCount: z.number().int(),
      existingNowFen: z.number().int(),
      existingThenFen: z.number().int(),
      existingGrowth: Rate,
      newCount: z.number().int(),
      newNowFen: z.number().int(),
      lostCount: z.number().int(),
      netNewCount: z.number().int(),
    }),
    marketShare: z.object({
      orgUnitId: z.number().int().nullable(),
      segment: z.string(),
      marketSizeFen: z.number().int().nullable(),
      ourSalesFen: z.number().int(),
      rate: Rate,
    }),
  })
  .openapi('ThreeRates');

export const Ranking = z
  .object({
    throughMonth: z.number().int(),
    items: z.array(
      z.object({
        id: z.number().int(),
        key: z.string(),
        label: z.string(),
        dimension: z.enum(TARGET_DIMENSIONS),
        rank: z.number().int(),
        target: z.number().int(),
        actual: z.number().int(),
        attainment: Rate,
        gap: z.number().int(),
      }),
    ),
  })
  .openapi('TargetRanking');

export const Waterfall = z
  .object({
    throughMonth: z.number().int(),
    target: z.number().int(),
    actual: z.number().int(),
    gap: z.number().int(),
    steps: z.array(
      z.object({
        nodeId: z.number().int().nullable(),
        label: z.string().nullable(),
        delta: z.number().int(),
        from: z.number().int(),
        to: z.number().int(),
      }),
    ),
  })
  .openapi('TargetGapWaterfall');

export const NodeOrderLines = z
  .object({
    total: z.number().int(),
    items: z.array(
      z.object({
        orderLineId: z.number().int(),
        orderDate: z.string(),
        orderNo: z.string().nullable(),
        lineNo: z.number().int().nullable(),
        accountId: z.number().int(),
        accountName: z.string(),
        productSku: z.string().nullable(),
        productName: z.string(),
        productLineName: z.string(),
        quantity: z.number(),
        amountFen: z.number().int(),
        costFen: z.number().int(),
      }),
    ),
  })
  .openapi('TargetNodeOrderLines');

export const RefreshResult = z
  .object({ plans: z.number().int(), rows: z.number().int() })
  .openapi('TargetActualsRefreshResult');

export const MarketSizeInput = z
  .object({
    year: z.number().int().min(2000).max(2100),
    orgUnitId: z.number().int().positive(),
    segment: z.string().trim().max(50).default(''),
    sizeFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    source: z.string().trim().max(200).nullable().optional(),
  })
  .strict()
  .openapi('MarketSizeInput');

export const MarketSizeQuery = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).optional() })
  .strict();

export const MarketSize = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    orgUnitId: z.number().int(),
    orgUnitName: z.string(),
    segment: z.string(),
    sizeFen: z.number().int(),
    source: z.string().nullable(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('MarketSize');
export const MarketSizeList = z.object({ items: z.array(MarketSize) }).openapi('MarketSizeList');

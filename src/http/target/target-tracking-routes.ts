// Target tracking endpoints ([TGT-5]): the plans and the visible part of a plan's tree, a node's attainment
// (12 months × 4 metrics), seed 004's three rates, ranking of units / reps, the waterfall of the gap, the order
// lines behind a node, the monthly completion sheet (.xlsx), and the admin's actuals refresh. Nodes outside
// the caller's part of the tree answer 404.
import type { RouteConfig, z } from '@hono/zod-openapi';
import { translate } from '../../core/shared/messages.ts';
import type { TrackedNode } from '../../core/target/target-tracking-repository.ts';
import type { Services } from '../../create-services.ts';
import { writeCompletionWorkbook } from '../../excel/target-completion-workbook.ts';
import { attachment, XLSX_MEDIA_TYPE } from '../../excel/write-workbook.ts';
import { createRouter } from '../app-env.ts';
import { xlsxFile } from '../excel/excel-io-schemas.ts';
import { json, securedRoute } from '../shared/openapi-helpers.ts';
import {
  CompletionQuery,
  NodeAttainment,
  NodeOrderLines,
  OrderLineQuery,
  PeriodQuery,
  Ranking,
  RankingQuery,
  RefreshInput,
  RefreshResult,
  ThreeRates,
  ThroughQuery,
  TrackedPlanList,
  TrackingNodeParam,
  TrackingPlanParam,
  TrackingTree,
  Waterfall,
} from './target-tracking-schemas.ts';

const tags = ['target-tracking'];
const base = '/target-tracking/plans/{planId}';

const nodeOut = (n: TrackedNode) => ({
  id: n.id,
  parentId: n.parentId,
  key: n.key,
  depth: n.depth,
  dimension: n.dimension,
  label: n.label,
});

export function targetTrackingRoutes(services: Services) {
  const app = createRouter();
  const { targetTracking } = services;
  const read = <P extends string, Q extends NonNullable<RouteConfig['request']>, S extends z.ZodType>(
    path: P,
    summary: string,
    request: Q,
    schema: S,
    description: string,
  ) =>
    securedRoute(tags, {
      method: 'get',
      path,
      summary,
      request,
      responses: { 200: { description, ...json(schema) } },
    });

  app.openapi(
    read(
      '/target-tracking/plans',
      'Target plans, newest year and version first',
      {},
      TrackedPlanList,
      'Plans',
    ),
    async (c) => c.json({ items: await targetTracking.plans(c.get('actor')) }, 200),
  );

  app.openapi(
    read(
      `${base}/tree`,
      "The plan's nodes the caller may see, and the tops of their part of the tree",
      { params: TrackingPlanParam },
      TrackingTree,
      'Tree',
    ),
    async (c) => {
      const tree = await targetTracking.tree(c.get('actor'), c.req.valid('param').planId);
      return c.json({ plan: tree.plan, nodes: tree.nodes.map(nodeOut), rootIds: tree.rootIds }, 200);
    },
  );

  app.openapi(
    read(
      `${base}/nodes/{nodeId}/attainment`,
      'A node: 12 months × 4 metrics of target, actual, attainment, gap, YoY, and the run-rate to year end',
      { params: TrackingNodeParam, query: ThroughQuery },
      NodeAttainment,
      'Attainment',
    ),
    async (c) => {
      const { planId, nodeId } = c.req.valid('param');
      const view = await targetTracking.attainment(
        c.get('actor'),
        planId,
        nodeId,
        c.req.valid('query').through,
      );
      return c.json({ ...view, node: nodeOut(view.node) }, 200);
    },
  );

  app.openapi(
    read(
      `${base}/nodes/{nodeId}/rates`,
      'seed 004 三率 of a node to date: sales attainment, customer growth, market share',
      { params: TrackingNodeParam, query: ThroughQuery },
      ThreeRates,
      'Rates',
    ),
    async (c) => {
      const { planId, nodeId } = c.req.valid('param');
      return c.json(
        await targetTracking.rates(c.get('actor'), planId, nodeId, c.req.valid('query').through),
        200,
      );
    },
  );

  app.openapi(
    read(
      `${base}/nodes/{nodeId}/ranking`,
      'Visible children (or descendants of one dimension) ranked by attainment of a metric and period',
      { params: TrackingNodeParam, query: RankingQuery },
      Ranking,
      'Ranking',
    ),
    async (c) => {
      const { planId, nodeId } = c.req.valid('param');
      return c.json(await targetTracking.ranking(c.get('actor'), planId, nodeId, c.req.valid('query')), 200);
    },
  );

  app.openapi(
    read(
      `${base}/nodes/{nodeId}/waterfall`,
      "The node's gap from target to actual, one step per visible child and one for the rest",
      { params: TrackingNodeParam, query: PeriodQuery },
      Waterfall,
      'Waterfall',
    ),
    async (c) => {
      const { planId, nodeId } = c.req.valid('param');
      const w = await targetTracking.waterfall(c.get('actor'), planId, nodeId, c.req.valid('query'));
      return c.json(
        {
          throughMonth: w.throughMonth,
          target: w.target,
          actual: w.actual,
          gap: w.gap,
          steps: w.steps.map((s) => ({
            nodeId: s.key === null ? null : (w.nodeIds[s.key] ?? null),
            label: s.label,
            delta: s.delta,
            from: s.from,
            to: s.to,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    read(
      `${base}/nodes/{nodeId}/order-lines`,
      "Order lines behind a node's actuals in the plan year (or one month), newest first, paginated",
      { params: TrackingNodeParam, query: OrderLineQuery },
      NodeOrderLines,
      'Order lines',
    ),
    async (c) => {
      const { planId, nodeId } = c.req.valid('param');
      return c.json(
        await targetTracking.orderLines(c.get('actor'), planId, nodeId, c.req.valid('query')),
        200,
      );
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'get',
      path: `${base}/completion.xlsx`,
      summary:
        '月度计划完成情况: rows = visible nodes, per month target / actual / attainment, one sheet per metric',
      request: { params: TrackingPlanParam, query: CompletionQuery },
      responses: { 200: xlsxFile('The completion sheet (.xlsx)') },
    }),
    async (c) => {
      const lang = c.get('lang');
      const t = (key: string, params: Record<string, string | number> = {}) => translate(key, lang, params);
      const q = c.req.valid('query');
      const sheet = await targetTracking.completionSheet(
        c.get('actor'),
        c.req.valid('param').planId,
        q.nodeId,
        q.through,
      );
      const minDepth = Math.min(...sheet.rows.map((r) => r.node.depth));
      const cell = (p: { target: number; actual: number; attainment: string | null }) => ({
        target: p.target,
        actual: p.actual,
        attainment: p.attainment,
      });
      const data = await writeCompletionWorkbook({
        title: `${sheet.plan.name} ${t('targetTracking.sheet.title')}`,
        labels: {
          node: t('targetTracking.sheet.node'),
          target: t('targetTracking.sheet.target'),
          actual: t('targetTracking.sheet.actual'),
          attainment: t('targetTracking.sheet.attainment'),
          month: (m) => t('targetTracking.sheet.month', { month: m }),
          ytd: t('targetTracking.sheet.ytd', { month: sheet.throughMonth }),
          year: t('targetTracking.sheet.year'),
          projection: t('targetTracking.sheet.projection'),
        },
        sheets: sheet.metrics.map((metric) => ({
          name: t(`targetTracking.metric.${metric}`),
          rows: sheet.rows.map((r) => {
            const m = r.metrics.find((x) => x.metric === metric);
            const zero = { target: 0, actual: 0, attainment: null };
            return {
              label: r.node.label,
              depth: r.node.depth - minDepth,
              months: m ? m.months.map(cell) : Array.from({ length: 12 }, () => zero),
              ytd: m ? cell(m.ytd) : zero,
              year: m ? cell(m.year) : zero,
              projection: m?.projection?.value ?? null,
            };
          }),
        })),
      });
      return c.body(data, 200, {
        'content-type': XLSX_MEDIA_TYPE,
        'content-disposition': attachment(
          `${sheet.plan.name}-${t('targetTracking.sheet.title')}.xlsx`,
          `target-completion-${sheet.plan.year}-v${sheet.plan.version}.xlsx`,
        ),
        'cache-control': 'no-store',
      });
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'post',
      path: '/target-tracking/refresh',
      summary: 'Rebuild target_node_actual of one plan or of every draft and published plan (admin)',
      request: { body: { required: true, ...json(RefreshInput) } },
      responses: { 200: { description: 'Rebuilt', ...json(RefreshResult) } },
    }),
    async (c) => c.json(await targetTracking.refresh(c.get('actor'), c.req.valid('json').planId), 200),
  );

  return app;
}

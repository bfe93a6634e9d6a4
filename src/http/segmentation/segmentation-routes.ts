// Classification and segmentation endpoints ([SEG-1]…[SEG-8], [ACC-5]): the company's config (read, save,
// preview), recompute (one account now, or all as a job), jobs, dashboard, drill-down and movements; the
// per-account endpoints (classification, history, assessment, overrides) are mounted from
// account-classification-routes.ts. Visibility and roles are the services'.
import { createRoute } from '@hono/zod-openapi';
import { storagePeriod } from '../../core/segmentation/classification-period.ts';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { accountClassificationRoutes } from './account-classification-routes.ts';
import {
  labelOf,
  toAccountClassification,
  toDashboard,
  toJob,
  toMovement,
} from './segmentation-presenter.ts';
import {
  AccountClassification,
  ConfigInput,
  ConfigPreview,
  Dashboard,
  DashboardQuery,
  Job,
  MovementList,
  MovementQuery,
  RecomputeInput,
  SegmentAccountList,
  SegmentAccountsQuery,
  SegmentationConfigDoc,
} from './segmentation-schemas.ts';

const tags = ['segmentation'];
const optionalPeriod = (period: string | undefined) =>
  period === undefined ? undefined : storagePeriod(period);

export function segmentationRoutes(services: Services) {
  const app = createRouter();
  const { classification, segmentationConfig, segmentationReports: reports } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/segmentation/config',
      tags,
      summary: 'The segmentation configuration in force (the default until one is saved)',
      security: SECURED,
      responses: { 200: { description: 'Config', ...json(SegmentationConfigDoc) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await segmentationConfig.config(c.get('actor')), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/segmentation/config',
      tags,
      summary: 'Save a new config version (admin, director) and recompute every account in the background',
      security: SECURED,
      request: { body: { required: true, ...json(ConfigInput) } },
      responses: { 200: { description: 'Saved', ...json(SegmentationConfigDoc) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { doc } = await segmentationConfig.saveConfig(
        c.get('actor'),
        c.req.valid('json').config,
        writeContext(c),
      );
      return c.json(doc, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/segmentation/config/preview',
      tags,
      summary: 'How many visible accounts would change class under a draft config (nothing is saved)',
      security: SECURED,
      request: { body: { required: true, ...json(ConfigInput) } },
      responses: { 200: { description: 'Preview', ...json(ConfigPreview) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(await segmentationConfig.previewConfig(c.get('actor'), c.req.valid('json').config), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/segmentation/recompute',
      tags,
      summary:
        'Recompute one account now (200 with its classification) or every account as a background job (202; admin, director)',
      security: SECURED,
      request: { body: { required: true, ...json(RecomputeInput) } },
      responses: {
        200: { description: 'The account recomputed', ...json(AccountClassification) },
        202: { description: 'The job recomputing every account (or the one already running)', ...json(Job) },
        ...WRITE_ERRORS,
      },
    }),
    async (c) => {
      const { accountId, period } = c.req.valid('json');
      const actor = c.get('actor');
      if (accountId !== undefined) {
        const view = await classification.recomputeAccount(actor, accountId, optionalPeriod(period));
        return c.json(toAccountClassification(view, c.get('lang')), 200);
      }
      const job = await classification.recomputeAll(actor, optionalPeriod(period), writeContext(c));
      return c.json(toJob(job), 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/segmentation/jobs/latest',
      tags,
      summary: 'The newest recompute job',
      security: SECURED,
      responses: { 200: { description: 'Job', ...json(Job) }, ...READ_ERRORS },
    }),
    async (c) => c.json(toJob(await classification.latestJob(c.get('actor'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/segmentation/jobs/{id}',
      tags,
      summary: 'A recompute job with its progress',
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Job', ...json(Job) }, ...READ_ERRORS },
    }),
    async (c) => c.json(toJob(await classification.job(c.get('actor'), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/segmentation/dashboard',
      tags,
      summary: 'Grid, portfolio, CLP pyramid, Pareto, distributions and movements of the visible accounts',
      security: SECURED,
      request: { query: DashboardQuery },
      responses: { 200: { description: 'Dashboard', ...json(Dashboard) }, ...READ_ERRORS },
    }),
    async (c) => {
      const { period, regionId } = c.req.valid('query');
      const dashboard = await reports.dashboard(c.get('actor'), { period: optionalPeriod(period), regionId });
      return c.json(toDashboard(dashboard, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/segmentation/accounts',
      tags,
      summary: 'The visible accounts of a model value or of a grid cell (x, y), largest revenue first',
      security: SECURED,
      request: { query: SegmentAccountsQuery },
      responses: { 200: { description: 'One page', ...json(SegmentAccountList) }, ...READ_ERRORS },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await reports.accounts(c.get('actor'), { ...query, period: optionalPeriod(query.period) });
      const lang = c.get('lang');
      return c.json(
        {
          items: page.items.map((a) => ({ ...a, label: labelOf(query.model, a.value, lang) })),
          total: page.total,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/segmentation/movements',
      tags,
      summary: 'Visible accounts whose class changed since the previous stored month',
      security: SECURED,
      request: { query: MovementQuery },
      responses: { 200: { description: 'One page', ...json(MovementList) }, ...READ_ERRORS },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await reports.movements(c.get('actor'), {
        ...query,
        period: optionalPeriod(query.period),
      });
      const lang = c.get('lang');
      return c.json({ items: page.items.map((m) => toMovement(m, lang)), total: page.total }, 200);
    },
  );

  app.route('/', accountClassificationRoutes(services));

  return app;
}

// Per-account classification endpoints ([SEG], [ACC-5]): an account's classification for a month with
// explanations, its history, its assessment and overrides. Mounted by segmentation-routes.ts; visibility
// and roles are the services' (hidden accounts answer 404).
import { createRoute } from '@hono/zod-openapi';
import { storagePeriod } from '../../core/segmentation/classification-period.ts';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { IdParam } from '../shared/list-schemas.ts';
import { err, json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { labelOf, toAccountClassification } from './segmentation-presenter.ts';
import {
  AccountClassification,
  AssessmentDoc,
  AssessmentInput,
  ClassificationHistory,
  ClassificationQuery,
  HistoryQuery,
  type ModelResultT,
  OverrideInput,
  OverrideParams,
} from './segmentation-schemas.ts';

const tags = ['segmentation'];
const optionalPeriod = (period: string | undefined) =>
  period === undefined ? undefined : storagePeriod(period);

export function accountClassificationRoutes(services: Services) {
  const app = createRouter();
  const { classification, accountAssessments } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/classification',
      tags,
      summary: "An account's classification for a month (default: the newest) with explanations",
      security: SECURED,
      request: { params: IdParam, query: ClassificationQuery },
      responses: { 200: { description: 'Classification', ...json(AccountClassification) }, ...READ_ERRORS },
    }),
    async (c) => {
      const view = await classification.classification(
        c.get('actor'),
        c.req.valid('param').id,
        optionalPeriod(c.req.valid('query').period),
      );
      return c.json(toAccountClassification(view, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/classification/history',
      tags,
      summary: "Every stored month of an account's classes, newest first",
      security: SECURED,
      request: { params: IdParam, query: HistoryQuery },
      responses: { 200: { description: 'History', ...json(ClassificationHistory) }, ...READ_ERRORS },
    }),
    async (c) => {
      const items = await classification.history(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('query').model,
      );
      const lang = c.get('lang');
      return c.json(
        {
          items: items.map((i) => ({
            period: i.period.slice(0, 7),
            model: i.model as ModelResultT['model'],
            value: i.value,
            label: labelOf(i.model, i.value, lang),
            overridden: i.overridden,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}/assessment',
      tags,
      summary: "An account's assessment (capacity, VIP, portfolio and KAM answers, …)",
      security: SECURED,
      request: { params: IdParam },
      responses: { 200: { description: 'Assessment', ...json(AssessmentDoc) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await accountAssessments.assessment(c.get('actor'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/accounts/{id}/assessment',
      tags,
      summary: "Replace an account's assessment; the account is recomputed at once",
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(AssessmentInput) } },
      responses: { 200: { description: 'Saved', ...json(AssessmentDoc) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await accountAssessments.saveAssessment(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          writeContext(c),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/accounts/{id}/overrides',
      tags,
      summary: "Set a model's value by hand with a reason (kept in history); the account is recomputed",
      security: SECURED,
      request: { params: IdParam, body: { required: true, ...json(OverrideInput) } },
      responses: { 200: { description: 'Classification', ...json(AccountClassification) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const view = await accountAssessments.setOverride(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        writeContext(c),
      );
      return c.json(toAccountClassification(view, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/accounts/{id}/overrides/{model}',
      tags,
      summary: "Remove a model's override (it stays in history); the account is recomputed",
      security: SECURED,
      request: { params: OverrideParams },
      responses: {
        200: { description: 'Classification', ...json(AccountClassification) },
        ...WRITE_ERRORS,
        404: err('No override, or the account is not visible'),
      },
    }),
    async (c) => {
      const { id, model } = c.req.valid('param');
      const view = await accountAssessments.removeOverride(c.get('actor'), id, model, writeContext(c));
      return c.json(toAccountClassification(view, c.get('lang')), 200);
    },
  );

  return app;
}

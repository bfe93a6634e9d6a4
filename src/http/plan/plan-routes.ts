// Key account plan endpoints ([PLAN-1], [PLAN-8], [PLAN-9], [PLAN-11]): list, create, read and edit the plan,
// the approval workflow, versions and "changes since the last approved version", the executive briefing and
// the plan settings. A plan outside the caller's visibility answers 404; approving needs the line above the
// account owner (403 otherwise).
import { createRoute } from '@hono/zod-openapi';
import type { PlanRecord } from '../../core/plan/plan.ts';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { Briefing } from './plan-briefing-schemas.ts';
import { planOut } from './plan-presenter.ts';
import {
  CommentInput,
  PlanConfigInput,
  PlanCreateInput,
  PlanHeaderInput,
  PlanListQuery,
  PlanParam,
  WorkflowInput,
} from './plan-schemas.ts';
import { Changes, Plan, PlanComments, PlanConfigDoc, PlanList, Versions } from './plan-view-schemas.ts';

const tags = ['plan'];

const summaryOut = (p: PlanRecord) => ({
  id: p.id,
  accountId: p.accountId,
  accountCode: p.accountCode,
  accountName: p.accountName,
  ownerUserId: p.ownerUserId,
  ownerName: p.ownerName,
  planYear: p.planYear,
  status: p.status,
  updatedAt: p.updatedAt,
  updatedBy: p.updatedBy,
});

export function planRoutes(services: Services) {
  const app = createRouter();
  const { plans, planWorkflow, planConfig } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans',
      tags,
      summary:
        'Plans of visible accounts: search by account name or code, filter by account, year and status, sort and page',
      security: SECURED,
      request: { query: PlanListQuery },
      responses: { 200: { description: 'Plans', ...json(PlanList) }, ...READ_ERRORS },
    }),
    async (c) => {
      const { items, total } = await plans.list(c.get('actor'), c.req.valid('query'));
      return c.json({ items: items.map(summaryOut), total }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans',
      tags,
      summary: 'Create the plan of a key account for a plan year (one per account and year)',
      security: SECURED,
      request: { body: { required: true, ...json(PlanCreateInput) } },
      responses: { 201: { description: 'Created', ...json(Plan) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        planOut(await plans.create(c.get('actor'), c.req.valid('json'), writeContext(c)), c.get('lang')),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}',
      tags,
      summary:
        'The whole plan: team and background (read from the account), strategic/execution graph, opportunities, relationships, goals, actions, health and workflow',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: { description: 'Plan', ...json(Plan) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json(planOut(await plans.get(c.get('actor'), c.req.valid('param').id), c.get('lang')), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}',
      tags,
      summary: 'Edit support requested and the self-assessment (an approved plan reopens as a draft)',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(PlanHeaderInput) } },
      responses: { 200: { description: 'Plan', ...json(Plan) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        planOut(
          await plans.updateHeader(
            c.get('actor'),
            c.req.valid('param').id,
            c.req.valid('json'),
            writeContext(c),
          ),
          c.get('lang'),
        ),
        200,
      ),
  );

  for (const [event, summary] of [
    ['submit', 'Submit a draft or returned plan for approval'],
    [
      'approve',
      'Approve a submitted plan (a manager above the owner, a director or an admin); stores a version',
    ],
    ['return', 'Return a submitted plan with a comment (same approvers)'],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/plans/{id}/${event}`,
        tags,
        summary,
        security: SECURED,
        request: { params: PlanParam, body: { required: true, ...json(WorkflowInput) } },
        responses: { 200: { description: 'Plan', ...json(Plan) }, ...WRITE_ERRORS },
      }),
      async (c) => {
        const move =
          event === 'submit'
            ? planWorkflow.submit
            : event === 'approve'
              ? planWorkflow.approve
              : planWorkflow.returnPlan;
        const view = await move(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json').comment ?? null,
          writeContext(c),
        );
        return c.json(planOut(view, c.get('lang')), 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/comments',
      tags,
      summary: "Add a comment to the plan's workflow thread (the account team or an approver)",
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(CommentInput) } },
      responses: { 201: { description: 'Comments', ...json(PlanComments) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const items = await planWorkflow.comment(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json').body,
        writeContext(c),
      );
      return c.json({ items }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/versions',
      tags,
      summary: 'Approved versions, newest first',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: { description: 'Versions', ...json(Versions) }, ...READ_ERRORS },
    }),
    async (c) => c.json({ items: await plans.versions(c.get('actor'), c.req.valid('param').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/changes',
      tags,
      summary: 'What changed since the last approved version: added, removed and changed items per part',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: { description: 'Changes', ...json(Changes) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await plans.changes(c.get('actor'), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/briefing',
      tags,
      summary:
        'Everything the 9-step executive briefing shows (team, background, strategic map, execution map and opportunities, relationships, competition, goals, action plan, support requested), labelled in the caller’s language',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: { description: 'BriefingData', ...json(Briefing) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await plans.briefing(c.get('actor'), c.req.valid('param').id, c.get('lang')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plan-config',
      tags,
      summary: 'Plan settings in force: influence weights, SMART thresholds, health rule weights',
      security: SECURED,
      responses: { 200: { description: 'Config', ...json(PlanConfigDoc) }, ...READ_ERRORS },
    }),
    async (c) => c.json(await planConfig.get(c.get('actor')), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/plan-config',
      tags,
      summary: 'Save a new version of the plan settings (admin, director); every field is checked by name',
      security: SECURED,
      request: { body: { required: true, ...json(PlanConfigInput) } },
      responses: { 200: { description: 'Config', ...json(PlanConfigDoc) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(await planConfig.save(c.get('actor'), c.req.valid('json').config, writeContext(c)), 200),
  );

  return app;
}

// Goals, actions and reviews of a plan ([PLAN-7], [PLAN-10]): goals and sub-goals with their SMART result
// (failing letters and why, translated), actions with owner, due date and status, scheduled reviews with a
// generated agenda, minutes and action items that become plan actions.
import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { goalsOut, reviewOut } from './plan-presenter.ts';
import {
  ActionInput,
  ActionParam,
  ActionPatch,
  GoalInput,
  GoalParam,
  GoalPatch,
  PlanParam,
  ReviewActionItemsInput,
  ReviewInput,
  ReviewParam,
  ReviewPatch,
  ReviewSeriesInput,
} from './plan-schemas.ts';
import { ActionList, Goals, Review, ReviewList } from './plan-view-schemas.ts';

const tags = ['plan'];
const answer = { 200: { description: 'Goals and actions', ...json(Goals) }, ...WRITE_ERRORS };

export function planGoalRoutes(services: Services) {
  const app = createRouter();
  const { planGoals, planReviews } = services;
  const out = (part: Awaited<ReturnType<typeof planGoals.get>>, lang: Parameters<typeof goalsOut>[1]) => ({
    goals: goalsOut(part.goals, lang),
    actions: part.actions,
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/goals',
      tags,
      summary: 'Goals and sub-goals with their SMART check, and the action plan',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: { description: 'Goals and actions', ...json(Goals) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json(out(await planGoals.get(c.get('actor'), c.req.valid('param').id), c.get('lang')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/goals',
      tags,
      summary: 'Add a goal, or a sub-goal with parentGoalId',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(GoalInput) } },
      responses: answer,
    }),
    async (c) =>
      c.json(
        out(
          await planGoals.addGoal(
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

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}/goals/{goalId}',
      tags,
      summary: 'Change a goal',
      security: SECURED,
      request: { params: GoalParam, body: { required: true, ...json(GoalPatch) } },
      responses: answer,
    }),
    async (c) => {
      const { id, goalId } = c.req.valid('param');
      return c.json(
        out(
          await planGoals.updateGoal(c.get('actor'), id, goalId, c.req.valid('json'), writeContext(c)),
          c.get('lang'),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{id}/goals/{goalId}',
      tags,
      summary: 'Remove a goal with its sub-goals (their actions stay, unlinked)',
      security: SECURED,
      request: { params: GoalParam },
      responses: answer,
    }),
    async (c) => {
      const { id, goalId } = c.req.valid('param');
      return c.json(
        out(await planGoals.removeGoal(c.get('actor'), id, goalId, writeContext(c)), c.get('lang')),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/actions',
      tags,
      summary: 'Add an action (owner: one of our users), optionally under a goal',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(ActionInput) } },
      responses: answer,
    }),
    async (c) =>
      c.json(
        out(
          await planGoals.addAction(
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

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}/actions/{actionId}',
      tags,
      summary: 'Change an action (status, due date, owner, title, goal)',
      security: SECURED,
      request: { params: ActionParam, body: { required: true, ...json(ActionPatch) } },
      responses: answer,
    }),
    async (c) => {
      const { id, actionId } = c.req.valid('param');
      return c.json(
        out(
          await planGoals.updateAction(c.get('actor'), id, actionId, c.req.valid('json'), writeContext(c)),
          c.get('lang'),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{id}/actions/{actionId}',
      tags,
      summary: 'Remove an action',
      security: SECURED,
      request: { params: ActionParam },
      responses: answer,
    }),
    async (c) => {
      const { id, actionId } = c.req.valid('param');
      return c.json(
        out(await planGoals.removeAction(c.get('actor'), id, actionId, writeContext(c)), c.get('lang')),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/reviews',
      tags,
      summary: 'Scheduled reviews with their agendas and minutes',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: { description: 'Reviews', ...json(ReviewList) }, ...READ_ERRORS },
    }),
    async (c) => {
      const items = await planReviews.list(c.get('actor'), c.req.valid('param').id);
      return c.json({ items: items.map((r) => reviewOut(r, c.get('lang'))) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/reviews',
      tags,
      summary:
        'Schedule a weekly/monthly/quarterly/yearly review; its agenda is generated from what changed since the previous review',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(ReviewInput) } },
      responses: { 201: { description: 'Review', ...json(Review) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const review = await planReviews.schedule(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        writeContext(c),
      );
      return c.json(reviewOut(review, c.get('lang')), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/reviews/series',
      tags,
      summary: 'Schedule weekly/monthly/quarterly/yearly reviews from a date to the end of the plan year',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(ReviewSeriesInput) } },
      responses: { 201: { description: 'Reviews', ...json(ReviewList) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const reviews = await planReviews.scheduleSeries(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        writeContext(c),
      );
      return c.json({ items: reviews.map((r) => reviewOut(r, c.get('lang'))) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}/reviews/{reviewId}',
      tags,
      summary: 'Record the minutes and the date the review was held',
      security: SECURED,
      request: { params: ReviewParam, body: { required: true, ...json(ReviewPatch) } },
      responses: { 200: { description: 'Review', ...json(Review) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, reviewId } = c.req.valid('param');
      const review = await planReviews.record(
        c.get('actor'),
        id,
        reviewId,
        c.req.valid('json'),
        writeContext(c),
      );
      return c.json(reviewOut(review, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/reviews/{reviewId}/agenda',
      tags,
      summary: 'Generate the agenda again from what changed since the previous review, as the plan is now',
      security: SECURED,
      request: { params: ReviewParam },
      responses: { 200: { description: 'Review', ...json(Review) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, reviewId } = c.req.valid('param');
      const review = await planReviews.refreshAgenda(c.get('actor'), id, reviewId, writeContext(c));
      return c.json(reviewOut(review, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/reviews/{reviewId}/action-items',
      tags,
      summary: 'Add action items of a review as plan actions (all or none)',
      security: SECURED,
      request: { params: ReviewParam, body: { required: true, ...json(ReviewActionItemsInput) } },
      responses: { 201: { description: 'Actions', ...json(ActionList) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, reviewId } = c.req.valid('param');
      const items = c.req.valid('json').items.map((i) => ({ ...i, dueDate: i.dueDate ?? null }));
      return c.json(
        { items: await planReviews.addActionItems(c.get('actor'), id, reviewId, items, writeContext(c)) },
        201,
      );
    },
  );

  return app;
}

// Relationship gap endpoints of a plan ([PLAN-5]): set current and desired level of (contact, our team member)
// on the [SEG-6] scale, remove a row, and turn a gap into an action. The table answers sorted by priority.
import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { json, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { relationshipsOut } from './plan-presenter.ts';
import { GapActionInput, GapInput, GapParam, PlanParam } from './plan-schemas.ts';
import { Action, Relationships } from './plan-view-schemas.ts';

const tags = ['plan'];
const answer = { 200: { description: 'Relationships', ...json(Relationships) }, ...WRITE_ERRORS };

export function planGapRoutes(services: Services) {
  const app = createRouter();
  const { planPeople } = services;

  app.openapi(
    createRoute({
      method: 'put',
      path: '/plans/{id}/gaps',
      tags,
      summary:
        'Set current and desired relationship level ([SEG-6] 0–4) of a contact and one of our team members',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(GapInput) } },
      responses: answer,
    }),
    async (c) => {
      const b = c.req.valid('json');
      const part = await planPeople.setGap(
        c.get('actor'),
        c.req.valid('param').id,
        { ...b, note: b.note ?? null },
        writeContext(c),
      );
      return c.json(relationshipsOut(part, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{id}/gaps/{gapId}',
      tags,
      summary: 'Remove a gap row',
      security: SECURED,
      request: { params: GapParam },
      responses: answer,
    }),
    async (c) => {
      const { id, gapId } = c.req.valid('param');
      return c.json(
        relationshipsOut(
          await planPeople.removeGap(c.get('actor'), id, gapId, writeContext(c)),
          c.get('lang'),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/gaps/{gapId}/action',
      tags,
      summary: "Turn a gap into a plan action (owner: the gap's team member unless given)",
      security: SECURED,
      request: { params: GapParam, body: { required: true, ...json(GapActionInput) } },
      responses: { 201: { description: 'Action', ...json(Action) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, gapId } = c.req.valid('param');
      return c.json(
        await planPeople.gapToAction(c.get('actor'), id, gapId, c.req.valid('json'), writeContext(c)),
        201,
      );
    },
  );

  return app;
}

// Relationship endpoints of a plan ([PLAN-4], [PLAN-6]): influence map entries and lines, a contact's reporting
// line (through the contact rule that refuses cycles), strategic partners and the voice of the customer.
// Writes answer part 4 as it now is. The gap table is in plan-gap-routes.ts.
import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import { relationshipsOut } from './plan-presenter.ts';
import {
  ContactParam,
  EntryParam,
  InfluenceEntryInput,
  InfluenceEntryPatch,
  InfluenceLineInput,
  LineParam,
  PartnersInput,
  PlanParam,
  ReportingLineInput,
  VoicesInput,
} from './plan-schemas.ts';
import { Relationships } from './plan-view-schemas.ts';

const tags = ['plan'];
const answer = { 200: { description: 'Relationships', ...json(Relationships) }, ...WRITE_ERRORS };

export function planPeopleRoutes(services: Services) {
  const app = createRouter();
  const { planPeople } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/relationships',
      tags,
      summary:
        'Influence map (with stale marks), relationship gaps by priority, strategic partners, voice of the customer',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: { description: 'Relationships', ...json(Relationships) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json(
        relationshipsOut(await planPeople.get(c.get('actor'), c.req.valid('param').id), c.get('lang')),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/influence-map/entries',
      tags,
      summary: 'Put a contact of the account, or an external influencer, on the influence map',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(InfluenceEntryInput) } },
      responses: answer,
    }),
    async (c) => {
      const b = c.req.valid('json');
      const part = await planPeople.addEntry(
        c.get('actor'),
        c.req.valid('param').id,
        {
          contactId: b.contactId ?? null,
          external: b.external
            ? { name: b.external.name, organisation: b.external.organisation ?? null, kind: b.external.kind }
            : null,
          roles: b.roles ?? [],
          influence: b.influence ?? null,
          attitude: b.attitude ?? null,
          x: b.x ?? 0,
          y: b.y ?? 0,
          contactLevel: b.contactLevel ?? null,
          contactFrequency: b.contactFrequency ?? null,
          coverageUserId: b.coverageUserId ?? null,
        },
        writeContext(c),
      );
      return c.json(relationshipsOut(part, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}/influence-map/entries/{entryId}',
      tags,
      summary:
        'Change roles, influence, attitude, position, contact level/frequency or coverage of a map entry',
      security: SECURED,
      request: { params: EntryParam, body: { required: true, ...json(InfluenceEntryPatch) } },
      responses: answer,
    }),
    async (c) => {
      const { id, entryId } = c.req.valid('param');
      const part = await planPeople.updateEntry(
        c.get('actor'),
        id,
        entryId,
        c.req.valid('json'),
        writeContext(c),
      );
      return c.json(relationshipsOut(part, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{id}/influence-map/entries/{entryId}',
      tags,
      summary: 'Take a person off the influence map (with their influence lines)',
      security: SECURED,
      request: { params: EntryParam },
      responses: answer,
    }),
    async (c) => {
      const { id, entryId } = c.req.valid('param');
      return c.json(
        relationshipsOut(
          await planPeople.removeEntry(c.get('actor'), id, entryId, writeContext(c)),
          c.get('lang'),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/influence-map/lines',
      tags,
      summary: 'Add an informal influence line between two people of the map',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(InfluenceLineInput) } },
      responses: answer,
    }),
    async (c) => {
      const b = c.req.valid('json');
      const part = await planPeople.addLine(
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
      path: '/plans/{id}/influence-map/lines/{lineId}',
      tags,
      summary: 'Remove an influence line',
      security: SECURED,
      request: { params: LineParam },
      responses: answer,
    }),
    async (c) => {
      const { id, lineId } = c.req.valid('param');
      return c.json(
        relationshipsOut(
          await planPeople.removeLine(c.get('actor'), id, lineId, writeContext(c)),
          c.get('lang'),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/plans/{id}/reporting-lines/{contactId}',
      tags,
      summary:
        "Set a contact's manager (the contact's own reporting line; nobody may become their own manager)",
      security: SECURED,
      request: { params: ContactParam, body: { required: true, ...json(ReportingLineInput) } },
      responses: answer,
    }),
    async (c) => {
      const { id, contactId } = c.req.valid('param');
      const part = await planPeople.setReportingLine(
        c.get('actor'),
        id,
        contactId,
        c.req.valid('json').reportsToId,
        writeContext(c),
      );
      return c.json(relationshipsOut(part, c.get('lang')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/plans/{id}/partners',
      tags,
      summary:
        "Replace the strategic relationship assessment: the customer's partners and strategic suppliers",
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(PartnersInput) } },
      responses: answer,
    }),
    async (c) => {
      const items = c.req.valid('json').items.map((p) => ({
        ...p,
        relationToCustomer: p.relationToCustomer ?? null,
        relationToUs: p.relationToUs ?? null,
        howToHelp: p.howToHelp ?? null,
      }));
      return c.json(
        relationshipsOut(
          await planPeople.setPartners(c.get('actor'), c.req.valid('param').id, items, writeContext(c)),
          c.get('lang'),
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/plans/{id}/voices',
      tags,
      summary: 'Replace the voice of the customer: what contacts of the account think of us',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(VoicesInput) } },
      responses: answer,
    }),
    async (c) => {
      const items = c.req.valid('json').items.map((v) => ({ ...v, heardOn: v.heardOn ?? null }));
      return c.json(
        relationshipsOut(
          await planPeople.setVoices(c.get('actor'), c.req.valid('param').id, items, writeContext(c)),
          c.get('lang'),
        ),
        200,
      );
    },
  );

  return app;
}

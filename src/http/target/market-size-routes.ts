// Market sizes 市场容量 ([TGT-5]) per year, region and segment, the base of market share: list, set (insert or
// replace the year/unit/segment row), remove. Readers see their unit's subtree; editors are admins, directors
// and managers for their subtree.
import { createRoute } from '@hono/zod-openapi';
import type { MarketSizeRecord } from '../../core/target/target-tracking-repository.ts';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import {
  MarketSize,
  MarketSizeInput,
  MarketSizeList,
  MarketSizeParam,
  MarketSizeQuery,
} from './target-tracking-schemas.ts';

const tags = ['target-tracking'];

const out = ({ orgUnitPath: _path, ...m }: MarketSizeRecord) => m;

export function marketSizeRoutes(services: Services) {
  const app = createRouter();
  const { marketSizes } = services;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/market-sizes',
      tags,
      summary: "Market sizes of the caller's part of the organisation",
      security: SECURED,
      request: { query: MarketSizeQuery },
      responses: { 200: { description: 'Market sizes', ...json(MarketSizeList) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json({ items: (await marketSizes.list(c.get('actor'), c.req.valid('query').year)).map(out) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/market-sizes',
      tags,
      summary: 'Set the market size of a year, org unit and segment (insert or replace)',
      security: SECURED,
      request: { body: { required: true, ...json(MarketSizeInput) } },
      responses: { 200: { description: 'Saved', ...json(MarketSize) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const b = c.req.valid('json');
      const saved = await marketSizes.set(
        c.get('actor'),
        {
          year: b.year,
          orgUnitId: b.orgUnitId,
          segment: b.segment,
          sizeFen: b.sizeFen,
          source: b.source ?? null,
        },
        writeContext(c),
      );
      return c.json(out(saved), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/market-sizes/{id}',
      tags,
      summary: 'Remove a market size',
      security: SECURED,
      request: { params: MarketSizeParam },
      responses: { 204: { description: 'Removed' }, ...WRITE_ERRORS },
    }),
    async (c) => {
      await marketSizes.remove(c.get('actor'), c.req.valid('param').id, writeContext(c));
      return c.body(null, 204);
    },
  );

  return app;
}

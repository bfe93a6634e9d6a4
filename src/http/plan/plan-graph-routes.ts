// Strategic and execution map endpoints ([PLAN-2], [PLAN-3], [OPP-3]): nodes and edges of the one graph, a
// node with its upstream and downstream chains, the opportunity list and an opportunity's DMU. Bad links
// (wrong direction, skipped level, cycle) and contacts of another account are refused naming the field.
import { createRoute } from '@hono/zod-openapi';
import type { Services } from '../../create-services.ts';
import { createRouter, SECURED, writeContext } from '../app-env.ts';
import { json, READ_ERRORS, WRITE_ERRORS } from '../shared/openapi-helpers.ts';
import {
  DmuInput,
  EdgeInput,
  EdgeParam,
  NodeInput,
  NodeParam,
  NodePatch,
  OpportunityParam,
  PlanParam,
} from './plan-schemas.ts';
import { NodeDetail, OpportunityList, OpportunityListItem, PlanEdge } from './plan-view-schemas.ts';

const tags = ['plan'];

export function planGraphRoutes(services: Services) {
  const app = createRouter();
  const { planGraph } = services;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/nodes',
      tags,
      summary:
        'Add a node (objective, strategy, tactic, need, solution, opportunity with its opportunity record, action) and link it to the nodes it serves',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(NodeInput) } },
      responses: { 201: { description: 'Node', ...json(NodeDetail) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await planGraph.addNode(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          writeContext(c),
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/nodes/{nodeId}',
      tags,
      summary: 'A node with what it serves (upstream) and what serves it (downstream), nearest first',
      security: SECURED,
      request: { params: NodeParam },
      responses: { 200: { description: 'Node', ...json(NodeDetail) }, ...READ_ERRORS },
    }),
    async (c) => {
      const { id, nodeId } = c.req.valid('param');
      return c.json(await planGraph.node(c.get('actor'), id, nodeId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}/nodes/{nodeId}',
      tags,
      summary: 'Change a node (not its level) and, for an opportunity node, its opportunity',
      security: SECURED,
      request: { params: NodeParam, body: { required: true, ...json(NodePatch) } },
      responses: { 200: { description: 'Node', ...json(NodeDetail) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, nodeId } = c.req.valid('param');
      return c.json(
        await planGraph.updateNode(c.get('actor'), id, nodeId, c.req.valid('json'), writeContext(c)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{id}/nodes/{nodeId}',
      tags,
      summary: 'Remove a node and its links (an opportunity record stays for the pipeline)',
      security: SECURED,
      request: { params: NodeParam },
      responses: { 204: { description: 'Removed' }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, nodeId } = c.req.valid('param');
      await planGraph.deleteNode(c.get('actor'), id, nodeId, writeContext(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/edges',
      tags,
      summary: 'Link a node to a node it serves: same or next level down, no cycle',
      security: SECURED,
      request: { params: PlanParam, body: { required: true, ...json(EdgeInput) } },
      responses: { 201: { description: 'Edge', ...json(PlanEdge) }, ...WRITE_ERRORS },
    }),
    async (c) =>
      c.json(
        await planGraph.addEdge(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          writeContext(c),
        ),
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{id}/edges/{edgeId}',
      tags,
      summary: 'Remove a link',
      security: SECURED,
      request: { params: EdgeParam },
      responses: { 204: { description: 'Removed' }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, edgeId } = c.req.valid('param');
      await planGraph.deleteEdge(c.get('actor'), id, edgeId, writeContext(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/opportunities',
      tags,
      summary:
        'The opportunity list 商机列表: opportunities of the execution map with the needs and solutions they serve',
      security: SECURED,
      request: { params: PlanParam },
      responses: { 200: { description: 'Opportunities', ...json(OpportunityList) }, ...READ_ERRORS },
    }),
    async (c) =>
      c.json({ items: await planGraph.opportunities(c.get('actor'), c.req.valid('param').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/plans/{id}/opportunities/{opportunityId}/dmu',
      tags,
      summary: 'Replace the decision-making unit of an opportunity (contacts of the account with a DMU role)',
      security: SECURED,
      request: { params: OpportunityParam, body: { required: true, ...json(DmuInput) } },
      responses: { 200: { description: 'Opportunity', ...json(OpportunityListItem) }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id, opportunityId } = c.req.valid('param');
      const result = await planGraph.setDmu(
        c.get('actor'),
        id,
        opportunityId,
        c.req.valid('json').members,
        writeContext(c),
      );
      if (!result) throw new Error('opportunity vanished');
      return c.json(result, 200);
    },
  );

  return app;
}

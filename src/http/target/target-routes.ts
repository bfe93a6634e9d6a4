// Target plan endpoints ([TGT-1]…[TGT-4]): list and create (wizard), the caller's part of a plan's tree, edits
// through the decomposition engine (cells, locks, methods with preview, nodes, roll-up, Ansoff), versions
// (publish, new version, history, diff) and the OGSM board. Routes are listed in target-schemas.ts. A plan in
// which the caller has no part answers 404; an edit of a frozen plan 409; engine problems 400 per cell.
import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../core/org/actor.ts';
import type { WriteContext } from '../../core/shared/repositories.ts';
import type { TargetEditOutcome } from '../../core/target/target-edit-service.ts';
import type { Services } from '../../create-services.ts';
import { createRouter, writeContext } from '../app-env.ts';
import { json, securedRoute } from '../shared/openapi-helpers.ts';
import { diffOut, explanationsOut, ogsmOut, planSummaryOut, planTreeOut } from './target-presenter.ts';
import {
  OgsmBoard,
  OgsmItem,
  OgsmItemInput,
  OgsmItemParam,
  OgsmItemPatch,
  TargetAnsoffInput,
  TargetCellInput,
  TargetDiff,
  TargetDiffQuery,
  TargetEditResult,
  TargetLockInput,
  TargetMethodsInput,
  TargetNode,
  TargetNodeAddInput,
  TargetNodeRemoveQuery,
  TargetPlanCreateInput,
  TargetPlanList,
  TargetPlanListQuery,
  TargetPlanParam,
  TargetPlanPatch,
  TargetPlanSummary,
  TargetPlanTree,
  TargetTreeQuery,
} from './target-schemas.ts';

const tags = ['target'];
const editAnswer = { 200: { description: 'What changed', ...json(TargetEditResult) } };

export function targetPlanRoutes(services: Services) {
  const app = createRouter();
  const { targetPlans, targetPlanEdits, targetPlanVersions, targetOgsm } = services;
  const editOut = (outcome: TargetEditOutcome, lang: Parameters<typeof explanationsOut>[1]) => ({
    saved: outcome.saved,
    diff: diffOut(outcome.diff, outcome.labelOf),
    explanations: explanationsOut(outcome.explanations, lang),
  });

  app.openapi(
    securedRoute(tags, {
      method: 'get',
      path: '/target-plans',
      summary: 'Target plans the caller has a part in, by year and status (newest first)',
      request: { query: TargetPlanListQuery },
      responses: { 200: { description: 'Plans', ...json(TargetPlanList) } },
    }),
    async (c) => {
      const items = await targetPlans.list(c.get('actor'), c.req.valid('query'));
      return c.json({ items: items.map(planSummaryOut) }, 200);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'post',
      path: '/target-plans',
      summary:
        'Create a draft plan for a year: the tree from the chosen levels (org units, reps, industry, account type, customers, product lines) and the company totals split top-down (admin, director)',
      request: { body: { required: true, ...json(TargetPlanCreateInput) } },
      responses: { 201: { description: 'Created', ...json(TargetPlanTree) } },
    }),
    async (c) => {
      const view = await targetPlans.create(c.get('actor'), c.req.valid('json'), writeContext(c));
      return c.json(planTreeOut(view, { depth: 1 }), 201);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'get',
      path: '/target-plans/{id}',
      summary:
        "The caller's part of the plan's tree: 12 months, quarters and year per metric, locks and methods (ancestors as path, totals only)",
      request: { params: TargetPlanParam, query: TargetTreeQuery },
      responses: { 200: { description: 'Plan tree', ...json(TargetPlanTree) } },
    }),
    async (c) => {
      const view = await targetPlans.get(c.get('actor'), c.req.valid('param').id);
      return c.json(planTreeOut(view, c.req.valid('query')), 200);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'patch',
      path: '/target-plans/{id}',
      summary: 'Rename a draft plan or change its note',
      request: { params: TargetPlanParam, body: { required: true, ...json(TargetPlanPatch) } },
      responses: { 200: { description: 'Plan', ...json(TargetPlanSummary) } },
    }),
    async (c) =>
      c.json(
        planSummaryOut(
          await targetPlans.update(
            c.get('actor'),
            c.req.valid('param').id,
            c.req.valid('json'),
            writeContext(c),
          ),
        ),
        200,
      ),
  );

  app.openapi(
    securedRoute(tags, {
      method: 'get',
      path: '/target-plans/{id}/history',
      summary: "Every version of the plan's year the caller has a part in, newest first",
      request: { params: TargetPlanParam },
      responses: { 200: { description: 'Versions', ...json(TargetPlanList) } },
    }),
    async (c) => {
      const items = await targetPlans.history(c.get('actor'), c.req.valid('param').id);
      return c.json({ items: items.map(planSummaryOut) }, 200);
    },
  );

  /** An engine edit of the plan `{id}` with a JSON body, answered with what changed. */
  const bodyEdit = <In>(
    method: 'put' | 'post',
    path: string,
    summary: string,
    body: z.ZodType<In>,
    edit: (actor: Actor, planId: number, input: In, ctx: WriteContext) => Promise<TargetEditOutcome>,
  ) =>
    app.openapi(
      securedRoute(tags, {
        method,
        path,
        summary,
        request: { params: TargetPlanParam, body: { required: true, ...json(body) } },
        responses: editAnswer,
      }),
      async (c) => {
        const outcome = await edit(
          c.get('actor'),
          c.req.valid('param').id,
          c.req.valid('json'),
          writeContext(c),
        );
        return c.json(editOut(outcome, c.get('lang')), 200);
      },
    );

  bodyEdit(
    'put',
    '/target-plans/{id}/cells',
    "Set a node's year total (month null) or one month: its months and children split by its methods, ancestors roll up or siblings re-balance under locks",
    TargetCellInput,
    targetPlanEdits.setCell,
  );
  bodyEdit(
    'put',
    '/target-plans/{id}/locks',
    'Lock or unlock one month or the year total of a node and metric (locked cells keep their value)',
    TargetLockInput,
    targetPlanEdits.setLock,
  );
  for (const [step, summary] of [
    ['preview', 'Preview new split/time methods of a node: the changed cells and why, nothing saved'],
    ['apply', 'Apply new split/time methods of a node: re-split below it keeping its total'],
  ] as const)
    bodyEdit(
      'post',
      `/target-plans/{id}/methods/${step}`,
      summary,
      TargetMethodsInput,
      (actor, id, input, ctx) => targetPlanEdits.methods(actor, id, input, step === 'preview', ctx),
    );
  bodyEdit(
    'post',
    '/target-plans/{id}/nodes',
    'Add a child node (org unit, rep, industry, account type, customer, product line); the parent re-splits',
    TargetNodeAddInput,
    targetPlanEdits.addNode,
  );

  app.openapi(
    securedRoute(tags, {
      method: 'delete',
      path: '/target-plans/{id}/nodes',
      summary: 'Remove a node and its subtree; the parent keeps its total and its other children re-split',
      request: { params: TargetPlanParam, query: TargetNodeRemoveQuery },
      responses: editAnswer,
    }),
    async (c) => {
      const outcome = await targetPlanEdits.removeNode(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('query').nodeKey,
        writeContext(c),
      );
      return c.json(editOut(outcome, c.get('lang')), 200);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'post',
      path: '/target-plans/{id}/roll-up',
      summary: 'Bottom-up: every parent becomes the sum of its children (admin, director)',
      request: { params: TargetPlanParam },
      responses: editAnswer,
    }),
    async (c) => {
      const outcome = await targetPlanEdits.rollUp(c.get('actor'), c.req.valid('param').id, writeContext(c));
      return c.json(editOut(outcome, c.get('lang')), 200);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'put',
      path: '/target-plans/{id}/ansoff',
      summary: "Set a node's Ansoff market and product (existing/new); both set give its growth strategy",
      request: { params: TargetPlanParam, body: { required: true, ...json(TargetAnsoffInput) } },
      responses: { 200: { description: 'The node', ...json(TargetNode) } },
    }),
    async (c) => {
      const actor = c.get('actor');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      await targetPlanEdits.setAnsoff(actor, id, input, writeContext(c));
      const view = await targetPlans.get(actor, id);
      const node = planTreeOut(view, { under: input.nodeKey, depth: 0 }).nodes.at(-1);
      return c.json(node as NonNullable<typeof node>, 200);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'post',
      path: '/target-plans/{id}/publish',
      summary:
        "Publish a draft (every sum checked); the year's published plan becomes superseded (admin, director)",
      request: { params: TargetPlanParam },
      responses: { 200: { description: 'Published', ...json(TargetPlanSummary) } },
    }),
    async (c) =>
      c.json(
        planSummaryOut(
          await targetPlanVersions.publish(c.get('actor'), c.req.valid('param').id, writeContext(c)),
        ),
        200,
      ),
  );

  app.openapi(
    securedRoute(tags, {
      method: 'post',
      path: '/target-plans/{id}/new-version',
      summary: 'Copy a published plan as a draft of the next version, to change it (admin, director)',
      request: { params: TargetPlanParam },
      responses: { 201: { description: 'The new draft', ...json(TargetPlanSummary) } },
    }),
    async (c) =>
      c.json(
        planSummaryOut(
          await targetPlanVersions.newVersion(c.get('actor'), c.req.valid('param').id, writeContext(c)),
        ),
        201,
      ),
  );

  app.openapi(
    securedRoute(tags, {
      method: 'get',
      path: '/target-plans/{id}/diff',
      summary:
        "What changed from another version (`against`) to this one, cell by cell, in the caller's part",
      request: { params: TargetPlanParam, query: TargetDiffQuery },
      responses: { 200: { description: 'Changes', ...json(TargetDiff) } },
    }),
    async (c) => {
      const { diff, labelOf } = await targetPlanVersions.diff(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('query').against,
      );
      return c.json(diffOut(diff, labelOf), 200);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'get',
      path: '/target-plans/{id}/ogsm',
      summary: 'The OGSM board: objectives, goals (with their tied targets), strategies, measures',
      request: { params: TargetPlanParam },
      responses: { 200: { description: 'Board', ...json(OgsmBoard) } },
    }),
    async (c) => {
      const items = await targetOgsm.list(c.get('actor'), c.req.valid('param').id);
      return c.json({ items: items.map(ogsmOut) }, 200);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'post',
      path: '/target-plans/{id}/ogsm',
      summary: 'Add an OGSM item (admin, director; draft plans)',
      request: { params: TargetPlanParam, body: { required: true, ...json(OgsmItemInput) } },
      responses: { 201: { description: 'Created', ...json(OgsmItem) } },
    }),
    async (c) => {
      const item = await targetOgsm.create(
        c.get('actor'),
        c.req.valid('param').id,
        c.req.valid('json'),
        writeContext(c),
      );
      return c.json(ogsmOut(item), 201);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'patch',
      path: '/target-plans/{id}/ogsm/{itemId}',
      summary: "Change an OGSM item's text, order, parent or tied target",
      request: { params: OgsmItemParam, body: { required: true, ...json(OgsmItemPatch) } },
      responses: { 200: { description: 'Item', ...json(OgsmItem) } },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      const item = await targetOgsm.update(c.get('actor'), id, itemId, c.req.valid('json'), writeContext(c));
      return c.json(ogsmOut(item), 200);
    },
  );

  app.openapi(
    securedRoute(tags, {
      method: 'delete',
      path: '/target-plans/{id}/ogsm/{itemId}',
      summary: 'Remove an OGSM item and the items under it',
      request: { params: OgsmItemParam },
      responses: { 204: { description: 'Removed' } },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      await targetOgsm.remove(c.get('actor'), id, itemId, writeContext(c));
      return c.body(null, 204);
    },
  );

  return app;
}

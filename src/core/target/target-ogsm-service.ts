// [TGT-4] The OGSM board of a target plan (seed 003): one or more objectives, goals (each optionally tied to a
// target cell — a node and a metric — whose year target the board shows), strategies under goals and measures
// under strategies, in the board's order. Everyone with a part in the plan reads the board (a tied target shows
// only when the reader sees that node); admins and directors edit it while the plan is a draft.
import type { Actor } from '../org/actor.ts';
import { type ErrorDetail, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import type { OgsmItemRecord, OgsmKind } from './target-plan.ts';
import {
  auditTargetPlan,
  type LoadedPlan,
  loadVisiblePlan,
  openTargetPlanForEdit,
} from './target-plan-access.ts';
import type { TargetMetric } from './target-types.ts';

export interface OgsmItemView extends OgsmItemRecord {
  /** The tied node's year target of the metric, when the reader sees the node. */
  targetValue: number | null;
}

export interface OgsmItemFields {
  kind: OgsmKind;
  parentItemId?: number | null | undefined;
  nodeKey?: string | null | undefined;
  metric?: TargetMetric | null | undefined;
  text: string;
  sortOrder?: number | undefined;
}

/** The kind an item's parent must have (null: top level only). */
const PARENT_KIND: Record<OgsmKind, OgsmKind | null> = {
  objective: null,
  goal: 'objective',
  strategy: 'goal',
  measure: 'strategy',
};

export function createTargetOgsmService({
  repos,
  transaction,
}: {
  repos: Repositories;
  transaction: Transaction;
}) {
  const board = (loaded: LoadedPlan, items: OgsmItemRecord[]): OgsmItemView[] =>
    items.map((item) => {
      const seen = item.nodeKey !== null && loaded.access.has(item.nodeKey);
      const cell =
        seen && item.metric ? loaded.tree.cells.get(item.nodeKey as string)?.get(item.metric) : undefined;
      return {
        ...item,
        nodeKey: seen ? item.nodeKey : null,
        nodeLabel: seen ? item.nodeLabel : null,
        targetValue: cell ? cell.months.reduce((a, b) => a + b, 0) : null,
      };
    });

  async function check(
    r: Repositories,
    loaded: LoadedPlan,
    fields: {
      kind: OgsmKind;
      parentItemId: number | null;
      nodeKey: string | null;
      metric: TargetMetric | null;
    },
    selfId: number | null,
  ): Promise<number | null> {
    const problems: ErrorDetail[] = [];
    if (fields.parentItemId !== null) {
      const parent = await r.targetPlans.findOgsmItem(loaded.plan.id, fields.parentItemId);
      if (!parent || parent.id === selfId || parent.kind !== PARENT_KIND[fields.kind])
        problems.push({
          path: 'parentItemId',
          message: 'target_plan.ogsm_parent_kind',
          params: { kind: fields.kind },
        });
    }
    if ((fields.nodeKey === null) !== (fields.metric === null))
      problems.push({
        path: fields.nodeKey === null ? 'nodeKey' : 'metric',
        message: 'target_plan.ogsm_node_and_metric',
      });
    let nodeId: number | null = null;
    if (fields.nodeKey !== null) {
      nodeId = loaded.ids.get(fields.nodeKey) ?? null;
      if (nodeId === null)
        problems.push({
          path: 'nodeKey',
          message: 'target_plan.unknown_node',
          params: { node: fields.nodeKey },
        });
    }
    if (fields.metric !== null && !loaded.plan.metrics.includes(fields.metric))
      problems.push({
        path: 'metric',
        message: 'target_plan.metric_not_in_plan',
        params: { metric: fields.metric },
      });
    if (problems.length > 0) throw validationError(problems);
    return nodeId;
  }

  return {
    /** The board in its order. */
    async list(actor: Actor, planId: number): Promise<OgsmItemView[]> {
      const loaded = await loadVisiblePlan(repos, actor, planId);
      return board(loaded, await repos.targetPlans.ogsmItems(planId));
    },

    /** Adds an item. */
    async create(
      actor: Actor,
      planId: number,
      input: OgsmItemFields,
      ctx: WriteContext,
    ): Promise<OgsmItemView> {
      return transaction(async (r) => {
        const loaded = await openTargetPlanForEdit(r, actor, planId, { wholePlan: true });
        const fields = {
          kind: input.kind,
          parentItemId: input.parentItemId ?? null,
          nodeKey: input.nodeKey ?? null,
          metric: input.metric ?? null,
        };
        const nodeId = await check(r, loaded, fields, null);
        const id = await r.targetPlans.insertOgsmItem(planId, {
          kind: input.kind,
          parentItemId: fields.parentItemId,
          nodeId,
          metric: fields.metric,
          text: input.text,
          sortOrder: input.sortOrder ?? 0,
        });
        await auditTargetPlan(r, actor, planId, 'target_plan.ogsm_create', null, { id, ...input }, ctx);
        const item = (await r.targetPlans.findOgsmItem(planId, id)) as OgsmItemRecord;
        return board(loaded, [item])[0] as OgsmItemView;
      });
    },

    /** Changes an item's text, order, parent or tied target. */
    async update(
      actor: Actor,
      planId: number,
      itemId: number,
      patch: Partial<Omit<OgsmItemFields, 'kind'>>,
      ctx: WriteContext,
    ): Promise<OgsmItemView> {
      return transaction(async (r) => {
        const loaded = await openTargetPlanForEdit(r, actor, planId, { wholePlan: true });
        const item = await r.targetPlans.findOgsmItem(planId, itemId);
        if (!item) throw notFound('entity.ogsm_item');
        const fields = {
          kind: item.kind,
          parentItemId: patch.parentItemId !== undefined ? patch.parentItemId : item.parentItemId,
          nodeKey: patch.nodeKey !== undefined ? patch.nodeKey : item.nodeKey,
          metric: patch.metric !== undefined ? patch.metric : item.metric,
        };
        const nodeId = await check(r, loaded, fields, itemId);
        await r.targetPlans.updateOgsmItem(itemId, {
          ...(patch.parentItemId !== undefined ? { parentItemId: patch.parentItemId } : {}),
          ...(patch.nodeKey !== undefined ? { nodeId } : {}),
          ...(patch.metric !== undefined ? { metric: patch.metric } : {}),
          ...(patch.text !== undefined ? { text: patch.text } : {}),
          ...(patch.sortOrder !== undefined ? { sortOrder: patch.sortOrder } : {}),
        });
        await auditTargetPlan(r, actor, planId, 'target_plan.ogsm_update', item, patch, ctx);
        const updated = (await r.targetPlans.findOgsmItem(planId, itemId)) as OgsmItemRecord;
        return board(loaded, [updated])[0] as OgsmItemView;
      });
    },

    /** Removes an item with the items under it. */
    async remove(actor: Actor, planId: number, itemId: number, ctx: WriteContext): Promise<void> {
      await transaction(async (r) => {
        await openTargetPlanForEdit(r, actor, planId, { wholePlan: true });
        const item = await r.targetPlans.findOgsmItem(planId, itemId);
        if (!item) throw notFound('entity.ogsm_item');
        await r.targetPlans.deleteOgsmItem(itemId);
        await auditTargetPlan(r, actor, planId, 'target_plan.ogsm_delete', item, null, ctx);
      });
    },
  };
}

export type TargetOgsmService = ReturnType<typeof createTargetOgsmService>;

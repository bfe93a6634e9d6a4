// Versions of a year's target plan ([TGT-2], issue 5): draft → published, frozen from then on; publishing a
// draft supersedes the year's previously published plan in the same transaction (one published plan per year);
// a change after publishing is a new version — a draft copy (n+1, based_on_plan_id) of the published plan,
// nodes, values, locks, methods, Ansoff and OGSM board included — and versions compare cell by cell, matched
// by node key (diffTrees). Publishing and new versions are for admins and directors.
import type { Actor } from '../org/actor.ts';
import { DomainError, forbidden, notFound } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { diffTrees, validateTree } from './decompose-target-tree.ts';
import type { TargetActualsPort } from './target-actuals-port.ts';
import type { TargetPlanRecord } from './target-plan.ts';
import { auditTargetPlan, loadVisiblePlan, problemsError } from './target-plan-access.ts';
import type { TreeDiff } from './target-tree.ts';
import { mayManageTargets } from './target-visibility.ts';

export interface TargetVersionServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  actuals: TargetActualsPort;
}

export interface TargetPlanDiff {
  diff: TreeDiff;
  labelOf(key: string): string;
}

export function createTargetVersionService({ repos, transaction, actuals }: TargetVersionServiceDeps) {
  return {
    /** Publishes a draft (after checking every sum and lock); the year's published plan becomes superseded. */
    async publish(actor: Actor, planId: number, ctx: WriteContext): Promise<TargetPlanRecord> {
      return transaction(async (r) => {
        const status = await r.targetPlans.lockStatus(planId);
        if (status === undefined) throw notFound('entity.target_plan');
        const { plan, tree } = await loadVisiblePlan(r, actor, planId);
        if (!mayManageTargets(actor)) throw forbidden();
        if (status !== 'draft')
          throw new DomainError('conflict', 'target_plan.publish_not_draft', [], {
            status: `target_plan.status.${status}`,
          });
        const problems = validateTree(tree);
        if (problems.length > 0) throw problemsError(problems);
        const previous = await r.targetPlans.publishedOfYear(plan.year);
        if (previous !== undefined) {
          await r.targetPlans.lockStatus(previous);
          await r.targetPlans.setStatus(previous, 'superseded', actor.userId);
          await auditTargetPlan(
            r,
            actor,
            previous,
            'target_plan.supersede',
            { status: 'published' },
            {
              status: 'superseded',
              by: planId,
            },
            ctx,
          );
        }
        await r.targetPlans.setStatus(planId, 'published', actor.userId);
        await auditTargetPlan(
          r,
          actor,
          planId,
          'target_plan.publish',
          { status },
          { status: 'published' },
          ctx,
        );
        return (await r.targetPlans.find(planId)) as TargetPlanRecord;
      });
    },

    /** A draft copy of a published plan as the year's next version. */
    async newVersion(actor: Actor, planId: number, ctx: WriteContext): Promise<TargetPlanRecord> {
      return transaction(async (r) => {
        const status = await r.targetPlans.lockStatus(planId);
        if (status === undefined) throw notFound('entity.target_plan');
        const { plan } = await loadVisiblePlan(r, actor, planId);
        if (!mayManageTargets(actor)) throw forbidden();
        if (status !== 'published')
          throw new DomainError('conflict', 'target_plan.new_version_not_published');
        const version = await r.targetPlans.nextVersion(plan.year);
        const id = await r.targetPlans.insertPlan({
          year: plan.year,
          version,
          name: plan.name,
          note: plan.note,
          basedOnPlanId: planId,
          createdBy: actor.userId,
        });
        const nodes = await r.targetPlans.copyTree(planId, id);
        const copiedNodes = new Map((await r.targetPlans.nodes(id)).map((n) => [n.key, n.id]));
        const itemIds = new Map<number, number>();
        for (const item of await r.targetPlans.ogsmItems(planId)) {
          const newId = await r.targetPlans.insertOgsmItem(id, {
            kind: item.kind,
            parentItemId: item.parentItemId === null ? null : (itemIds.get(item.parentItemId) ?? null),
            nodeId: item.nodeKey === null ? null : (copiedNodes.get(item.nodeKey) ?? null),
            metric: item.metric,
            text: item.text,
            sortOrder: item.sortOrder,
          });
          itemIds.set(item.id, newId);
        }
        await actuals.rebuildPlan(r, id);
        await auditTargetPlan(
          r,
          actor,
          id,
          'target_plan.new_version',
          null,
          {
            basedOnPlanId: planId,
            version,
            nodes,
          },
          ctx,
        );
        return (await r.targetPlans.find(id)) as TargetPlanRecord;
      });
    },

    /** What changed from `againstId` (older) to `planId`, limited to the caller's part of either plan. */
    async diff(actor: Actor, planId: number, againstId: number): Promise<TargetPlanDiff> {
      const [after, before] = await Promise.all([
        loadVisiblePlan(repos, actor, planId),
        loadVisiblePlan(repos, actor, againstId),
      ]);
      const full = (key: string) => after.access.get(key) === 'full' || before.access.get(key) === 'full';
      const raw = diffTrees(before.tree, after.tree);
      const diff: TreeDiff = {
        changes: raw.changes.filter((c) => full(c.nodeKey)),
        totals: raw.totals.filter((c) => full(c.nodeKey)),
        locks: raw.locks.filter((c) => full(c.nodeKey)),
        added: raw.added.filter(full),
        removed: raw.removed.filter(full),
      };
      return {
        diff,
        labelOf: (key) => after.tree.nodes.get(key)?.label ?? before.tree.nodes.get(key)?.label ?? key,
      };
    },
  };
}

export type TargetVersionService = ReturnType<typeof createTargetVersionService>;

// Access to a stored target plan, shared by every target plan use case: load the plan and the caller's part of
// its tree (target-visibility.ts; no part = not_found), refuse edits of a frozen (published or superseded) plan
// with conflict, translate the engine's problems into validation details named by cell, and audit writes.
import type { Actor } from '../org/actor.ts';
import { DomainError, type ErrorDetail, forbidden, notFound } from '../shared/errors.ts';
import type { Repositories, WriteContext } from '../shared/repositories.ts';
import type { NodeScope, TargetNodeRecord, TargetPlanRecord } from './target-plan.ts';
import type { TargetTree, TreeProblem } from './target-tree.ts';
import { toTargetTree } from './target-tree-store.ts';
import type { TargetPlanStatus } from './target-types.ts';
import {
  mayEditTargetPart,
  mayManageTargets,
  type NodeAccess,
  targetViewOf,
  visibleNodes,
} from './target-visibility.ts';

export interface LoadedPlan {
  plan: TargetPlanRecord;
  records: TargetNodeRecord[];
  tree: TargetTree;
  /** Stored node ids by key (added nodes' ids are added when saved). */
  ids: Map<string, number>;
  scopes: Map<string, NodeScope>;
  /** The caller's part: 'full' nodes and their 'path' ancestors; hidden nodes are absent. */
  access: Map<string, NodeAccess>;
}

/** The plan with its whole tree and the caller's part; not_found when the caller has no part in it. */
export async function loadVisiblePlan(r: Repositories, actor: Actor, planId: number): Promise<LoadedPlan> {
  const plan = await r.targetPlans.find(planId);
  if (!plan) throw notFound('entity.target_plan');
  const [records, values, customerTypes] = await Promise.all([
    r.targetPlans.nodes(planId),
    r.targetPlans.values(planId),
    r.targetPlans.customerTypes(planId),
  ]);
  const access = visibleNodes(
    targetViewOf(actor),
    records.map((n) => ({
      key: n.key,
      parentKey: n.parentKey,
      scopeUnitPath: n.scopeUnitPath,
      scopeOwnerUserId: n.scope.ownerUserId,
      scopeOwnerUnitPath: n.scopeOwnerUnitPath,
    })),
  );
  if (![...access.values()].includes('full')) throw notFound('entity.target_plan');
  return {
    plan,
    records,
    tree: toTargetTree(plan.metrics, records, values, customerTypes),
    ids: new Map(records.map((n) => [n.key, n.id])),
    scopes: new Map(records.map((n) => [n.key, n.scope])),
    access,
  };
}

/** Conflict unless the plan is a draft: published and superseded plans are frozen. */
export function mustBeDraft(plan: { version: number }, status: TargetPlanStatus | undefined): void {
  if (status === undefined) throw notFound('entity.target_plan');
  if (status !== 'draft')
    throw new DomainError('conflict', 'target_plan.frozen', [], {
      version: plan.version,
      status: `target_plan.status.${status}`,
    });
}

/** Call inside the edit's transaction: the plan, locked, when the caller may edit part of it now. */
export async function openTargetPlanForEdit(
  r: Repositories,
  actor: Actor,
  planId: number,
  options: { wholePlan: boolean },
): Promise<LoadedPlan> {
  const status = await r.targetPlans.lockStatus(planId);
  if (status === undefined) throw notFound('entity.target_plan');
  const loaded = await loadVisiblePlan(r, actor, planId);
  if (!(options.wholePlan ? mayManageTargets(actor) : mayEditTargetPart(actor))) throw forbidden();
  mustBeDraft(loaded.plan, status);
  return loaded;
}

/** Where a tree problem sits: `<nodeKey>/<metric | node>/<month | total>`. */
export const cellPath = (nodeKey: string, metric: string | null, month: number | null): string =>
  `${nodeKey}/${metric ?? 'node'}/${month ?? 'total'}`;

/** The engine's problems as a validation error with one detail per cell. */
export function problemsError(problems: readonly TreeProblem[]): DomainError {
  const details: ErrorDetail[] = problems.map((p) => ({
    path: cellPath(p.nodeKey, p.metric, p.month),
    message: p.messageKey,
    params: p.values,
  }));
  return new DomainError('validation', 'error.validation', details);
}

/** Records a target plan write in the audit log. */
export function auditTargetPlan(
  r: Repositories,
  actor: Actor,
  planId: number,
  action: string,
  before: unknown,
  after: unknown,
  ctx: WriteContext,
): Promise<void> {
  return r.audit.record({
    userId: actor.userId,
    action,
    entity: 'target_plan',
    entityId: String(planId),
    before,
    after,
    requestId: ctx.requestId,
  });
}

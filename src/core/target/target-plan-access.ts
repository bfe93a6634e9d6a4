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
  /**
   * Whether `tree` is the whole plan. An edit may load only the part it can change (openTargetPlanForEdit with
   * `around`): then nodes off that part are absent, and its outermost nodes stand for their subtrees as totals.
   */
  whole: boolean;
  /** The largest params.historyYears of any node of the plan, loaded or not (0 when none sets it). */
  historyYears: number;
}

const maxHistoryYears = (records: readonly TargetNodeRecord[]) =>
  records.reduce((max, n) => Math.max(max, n.params.historyYears ?? 0), 0);

const visibilityOf = (actor: Actor, records: readonly TargetNodeRecord[]) =>
  visibleNodes(
    targetViewOf(actor),
    records.map((n) => ({
      key: n.key,
      parentKey: n.parentKey,
      scopeUnitPath: n.scopeUnitPath,
      scopeOwnerUserId: n.scope.ownerUserId,
      scopeOwnerUnitPath: n.scopeOwnerUnitPath,
    })),
  );

/** The plan with its whole tree and the caller's part; not_found when the caller has no part in it. */
export async function loadVisiblePlan(r: Repositories, actor: Actor, planId: number): Promise<LoadedPlan> {
  const plan = await r.targetPlans.find(planId);
  if (!plan) throw notFound('entity.target_plan');
  return wholePlanOf(r, actor, plan, await r.targetPlans.nodes(planId));
}

/** The loaded plan from every node record of it. */
async function wholePlanOf(
  r: Repositories,
  actor: Actor,
  plan: TargetPlanRecord,
  records: TargetNodeRecord[],
): Promise<LoadedPlan> {
  const [values, customerTypes] = await Promise.all([
    r.targetPlans.values(plan.id),
    r.targetPlans.customerTypes(plan.id),
  ]);
  const access = visibilityOf(actor, records);
  if (![...access.values()].includes('full')) throw notFound('entity.target_plan');
  return {
    plan,
    records,
    tree: toTargetTree(plan.metrics, records, values, customerTypes),
    ids: new Map(records.map((n) => [n.key, n.id])),
    scopes: new Map(records.map((n) => [n.key, n.scope])),
    access,
    whole: true,
    historyYears: maxHistoryYears(records),
  };
}

/** Where an edit works: at `key`, or at its parent (`parent`: removing `key` re-splits the parent). */
export interface EditFocus {
  key: string;
  parent?: boolean;
}

/**
 * [TGT-2] The part of the plan an edit at the focus node can change, or null when the whole plan must be loaded.
 * An edit re-splits the focus node's subtree and rolls its ancestors up; each ancestor becomes the sum of its
 * children, which are loaded with their own figures (their subtrees, unchanged, stay in the database). That is
 * exact as long as no ancestor has a locked month or total: a lock makes the engine re-balance the siblings
 * inside it, down their subtrees — so the part grows to the subtree of the highest locked ancestor (at the root:
 * the whole plan). An unknown node or a caller with nothing in the loaded part (whose answer may depend on nodes
 * not loaded) loads the whole plan.
 * Visibility of the loaded nodes is exact: 'full' depends on the node alone, 'path' on nodes below it, and
 * every node below the focus is loaded.
 */
async function loadPlanAround(
  r: Repositories,
  actor: Actor,
  planId: number,
  focus: EditFocus,
): Promise<LoadedPlan | null> {
  const [plan, first] = await Promise.all([
    r.targetPlans.find(planId),
    r.targetPlans.nodesAround(planId, focus.key, { subtreeOfParent: focus.parent === true }),
  ]);
  let records = first;
  const node = records.find((n) => n.key === focus.key);
  let top = focus.parent ? node?.parentKey : node?.key;
  if (!plan || !node || top == null) return null;
  let tree: TargetTree | undefined;
  let historyYears = 0;
  for (;;) {
    const topParent: string | null = records.find((n) => n.key === top)?.parentKey ?? null;
    // At the root, the part is the whole plan: it is loaded already.
    if (topParent === null) return wholePlanOf(r, actor, plan, records);
    const ids = records.map((n) => n.id);
    const [values, customerTypes, years] = await Promise.all([
      r.targetPlans.values(planId, ids),
      r.targetPlans.customerTypes(planId, ids),
      r.targetPlans.historyYears(planId),
    ]);
    tree = toTargetTree(plan.metrics, records, values, customerTypes);
    historyYears = years;
    // The highest ancestor with a lock re-balances its children: the part becomes that ancestor's subtree.
    let locked: string | null = null;
    for (let key: string | null = topParent; key !== null; key = tree.nodes.get(key)?.parentKey ?? null) {
      const cells = [...(tree.cells.get(key)?.values() ?? [])];
      if (cells.some((c) => c.totalLocked || c.lockedMonths.some(Boolean))) locked = key;
    }
    if (locked === null) break;
    top = locked;
    records = await r.targetPlans.nodesAround(planId, locked, { subtreeOfParent: false });
  }
  const access = visibilityOf(actor, records);
  if (![...access.values()].includes('full')) return null;
  return {
    plan,
    records,
    tree,
    ids: new Map(records.map((n) => [n.key, n.id])),
    scopes: new Map(records.map((n) => [n.key, n.scope])),
    access,
    whole: false,
    historyYears,
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

/**
 * Call inside the edit's transaction: the plan, locked, when the caller may edit part of it now. With `around`,
 * only the part an edit there can change is loaded where that is exact (loadPlanAround), else the whole plan.
 */
export async function openTargetPlanForEdit(
  r: Repositories,
  actor: Actor,
  planId: number,
  options: { wholePlan: boolean; around?: EditFocus | undefined },
): Promise<LoadedPlan> {
  const status = await r.targetPlans.lockStatus(planId);
  if (status === undefined) throw notFound('entity.target_plan');
  const part =
    options.around && !options.wholePlan ? await loadPlanAround(r, actor, planId, options.around) : null;
  const loaded = part ?? (await loadVisiblePlan(r, actor, planId));
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

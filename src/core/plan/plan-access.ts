// Access to a plan, shared by every plan use case. Who may read = the account team and the line above the owner
// ([PLAN-8]; a hidden plan answers not_found): for reps, account managers, managers, directors and admins that
// is their [ORG-1] visibility; finance and channel managers see only plans of accounts whose team they are on;
// editing needs a writer role (forbidden) and a workflow state that allows it (conflict while submitted;
// an approved plan reopens as a draft, recorded as a comment and in the audit log). References inside a plan
// must belong to the plan's account: contacts of the same account, users of the account team.
import { type Actor, type Scope, scopeOf } from '../org/actor.ts';
import type { Role } from '../org/roles.ts';
import { DomainError, type ErrorDetail, forbidden, notFound } from '../shared/errors.ts';
import type { Repositories, WriteContext } from '../shared/repositories.ts';
import type { PlanRecord } from './plan.ts';
import { DEFAULT_PLAN_CONFIG } from './plan-config-defaults.ts';
import type { PlanConfig } from './plan-config-types.ts';
import { validatePlanConfig } from './plan-config-validator.ts';
import { mayEditPlan, nextPlanStatus } from './plan-workflow.ts';

/** Roles whose visibility scope is the plan's line: their own and team accounts, or their unit subtree. */
const PLAN_LINE_ROLES: readonly Role[] = ['admin', 'director', 'manager', 'account_manager', 'rep'];

/** The scope of plans the actor may read: the account team and the line above the owner ([PLAN-8]). */
export function planScopeOf(actor: Actor): Scope {
  const scope = scopeOf(actor);
  return PLAN_LINE_ROLES.includes(actor.role) ? scope : { ...scope, kind: 'own' };
}

/** The plan when the actor may see it; not_found otherwise. */
export async function mustSeePlan(r: Repositories, actor: Actor, planId: number): Promise<PlanRecord> {
  const plan = await r.plans.findVisible(planScopeOf(actor), planId);
  if (!plan) throw notFound('entity.plan');
  return plan;
}

/** The plan when the actor may edit it (the team and the line above the owner); not_found when hidden,
 * forbidden when visible but not theirs to edit. Does not look at the workflow state. */
export async function mustEditPlan(r: Repositories, actor: Actor, planId: number): Promise<PlanRecord> {
  const plan = await mustSeePlan(r, actor, planId);
  const approver = { userId: actor.userId, role: actor.role, unitPath: actor.orgUnitPath };
  if (!mayEditPlan(approver, plan.ownerUserId, plan.ownerUnitPath, await accountTeamIds(r, actor, plan)))
    throw forbidden();
  return plan;
}

/** Records a plan write in the audit log. */
export function auditPlan(
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
    entity: 'account_plan',
    entityId: String(planId),
    before,
    after,
    requestId: ctx.requestId,
  });
}

/** Call inside the use case's transaction: the plan when the actor may edit it now; reopens an approved plan. */
export async function openPlanForEdit(
  r: Repositories,
  actor: Actor,
  planId: number,
  ctx: WriteContext,
): Promise<PlanRecord> {
  const seen = await mustEditPlan(r, actor, planId);
  const plan = { ...seen, status: await r.plans.lockStatus(planId) };
  const next = nextPlanStatus(plan.status, 'edit');
  if (next === null) throw new DomainError('conflict', 'plan.locked_submitted');
  if (next !== plan.status) {
    await r.plans.setStatus(planId, next, actor.userId);
    await r.plans.addComment(planId, actor.userId, 'reopen', null);
    await auditPlan(r, actor, planId, 'plan.reopen', { status: plan.status }, { status: next }, ctx);
    return { ...plan, status: next };
  }
  return plan;
}

/** A field problem unless the contact exists and belongs to the account. */
export async function checkAccountContact(
  r: Repositories,
  accountId: number,
  contactId: number,
  path: string,
): Promise<ErrorDetail | null> {
  const contact = await r.contacts.findFieldsById(contactId);
  if (!contact) return { path, message: 'field.unknown_contact' };
  if (contact.accountId !== accountId) return { path, message: 'plan.contact_other_account' };
  return null;
}

/** The account's owner and team members (our side of the plan, [ACC-2]). */
export async function accountTeamIds(r: Repositories, actor: Actor, plan: PlanRecord): Promise<Set<number>> {
  const account = await r.accounts.findVisible(scopeOf(actor), plan.accountId);
  return new Set([plan.ownerUserId, ...(account?.team ?? []).map((m) => m.userId)]);
}

/** A field problem unless the user is an active user of ours. */
export async function checkActiveUser(
  r: Repositories,
  userId: number,
  path: string,
): Promise<ErrorDetail | null> {
  const user = await r.users.findById(userId);
  return user?.active ? null : { path, message: 'field.unknown_user' };
}

/** The plan config in force: the latest saved version when it is valid, else the default. */
export async function planConfigInForce(r: Repositories): Promise<{ version: number; config: PlanConfig }> {
  const stored = await r.plans.currentConfig();
  if (stored) {
    const checked = validatePlanConfig(stored.config);
    if (checked.ok) return { version: stored.version, config: checked.config };
  }
  return { version: 0, config: DEFAULT_PLAN_CONFIG };
}

// [PLAN-8] review and governance: submit (the team), approve or return (the line above the owner, never the
// owner) with comments; each approval stores a snapshot as a new version. The state rule is plan-workflow.ts.
import type { Actor } from '../org/actor.ts';
import { businessDate, type Clock } from '../shared/clock.ts';
import { DomainError, forbidden, validationError } from '../shared/errors.ts';
import type { Transaction, WriteContext } from '../shared/repositories.ts';
import { buildPlanSnapshot } from './build-plan-snapshot.ts';
import type { PlanComment } from './plan.ts';
import { accountTeamIds, auditPlan, mustEditPlan, mustSeePlan, planConfigInForce } from './plan-access.ts';
import { loadPlanView, type PlanView } from './plan-view.ts';
import { mayApprovePlan, mayEditPlan, nextPlanStatus, type PlanEvent } from './plan-workflow.ts';

export interface PlanWorkflowServiceDeps {
  transaction: Transaction;
  clock: Clock;
}

export function createPlanWorkflowService({ transaction, clock }: PlanWorkflowServiceDeps) {
  async function move(
    actor: Actor,
    planId: number,
    event: Exclude<PlanEvent, 'edit'>,
    comment: string | null,
    ctx: WriteContext,
  ): Promise<PlanView> {
    return transaction(async (r) => {
      const seen = await mustSeePlan(r, actor, planId);
      const plan = { ...seen, status: await r.plans.lockStatus(planId) };
      if (event === 'submit') {
        await mustEditPlan(r, actor, planId);
      } else if (
        !mayApprovePlan(
          { userId: actor.userId, role: actor.role, unitPath: actor.orgUnitPath },
          plan.ownerUserId,
          plan.ownerUnitPath,
        )
      )
        throw new DomainError('forbidden', 'plan.may_not_approve');
      if (event === 'return' && !comment?.trim())
        throw validationError([{ path: 'comment', message: 'plan.return_needs_comment' }]);
      const next = nextPlanStatus(plan.status, event);
      if (next === null)
        throw new DomainError('conflict', 'plan.wrong_status', [], {
          status: `plan.status.${plan.status}`,
          event: `plan.event.${event}`,
        });
      await r.plans.setStatus(planId, next, actor.userId);
      await r.plans.addComment(planId, actor.userId, event, comment?.trim() || null);
      const { config } = await planConfigInForce(r);
      const load = () => loadPlanView(r, actor, { ...plan, status: next }, businessDate(clock.now()), config);
      const version =
        event === 'approve'
          ? await r.plans.insertVersion(planId, buildPlanSnapshot(await load()), actor.userId)
          : null;
      await auditPlan(
        r,
        actor,
        planId,
        `plan.${event}`,
        { status: plan.status },
        { status: next, comment, version },
        ctx,
      );
      return load();
    });
  }

  return {
    /** Adds a comment to the plan's workflow thread (the team, or an approver). */
    async comment(actor: Actor, planId: number, body: string, ctx: WriteContext): Promise<PlanComment[]> {
      return transaction(async (r) => {
        const plan = await mustSeePlan(r, actor, planId);
        const who = { userId: actor.userId, role: actor.role, unitPath: actor.orgUnitPath };
        const team = await accountTeamIds(r, actor, plan);
        if (
          !mayEditPlan(who, plan.ownerUserId, plan.ownerUnitPath, team) &&
          !mayApprovePlan(who, plan.ownerUserId, plan.ownerUnitPath)
        )
          throw forbidden();
        if (!body.trim()) throw validationError([{ path: 'body', message: 'plan.comment_required' }]);
        await r.plans.addComment(planId, actor.userId, 'comment', body.trim());
        await auditPlan(r, actor, planId, 'plan.comment', null, { body: body.trim() }, ctx);
        return r.plans.comments(planId);
      });
    },

    /** Hands a draft or returned plan in for approval. */
    submit: (actor: Actor, planId: number, comment: string | null, ctx: WriteContext) =>
      move(actor, planId, 'submit', comment, ctx),
    /** Approves a submitted plan and stores its snapshot as the next version. */
    approve: (actor: Actor, planId: number, comment: string | null, ctx: WriteContext) =>
      move(actor, planId, 'approve', comment, ctx),
    /** Sends a submitted plan back with a comment saying why. */
    returnPlan: (actor: Actor, planId: number, comment: string | null, ctx: WriteContext) =>
      move(actor, planId, 'return', comment, ctx),
  };
}

export type PlanWorkflowService = ReturnType<typeof createPlanWorkflowService>;

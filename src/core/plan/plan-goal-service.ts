// [PLAN-7] goals → sub-goals → actions: each goal is checked against SMART (check-smart-goal.ts) when the plan
// is read; each action has an owner (one of our users), a due date and a status. A sub-goal's parent is a
// top-level goal of the same plan; a goal's node is a node of the same plan.
import type { Actor } from '../org/actor.ts';
import { type ErrorDetail, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import type { ActionFields, GoalFields } from './plan.ts';
import { auditPlan, checkActiveUser, openPlanForEdit } from './plan-access.ts';
import type { PlanService } from './plan-service.ts';
import type { PlanView } from './plan-view.ts';

export interface PlanGoalServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  plans: PlanService;
}

export type GoalInput = Pick<GoalFields, 'title'> & Partial<Omit<GoalFields, 'title'>>;
export type ActionInput = Pick<ActionFields, 'title' | 'ownerUserId'> &
  Partial<Pick<ActionFields, 'goalId' | 'dueDate' | 'status'>>;

/** Part 5 of the plan view. */
export type PlanGoals = Pick<PlanView, 'goals' | 'actions'>;

export function createPlanGoalService({ repos, transaction, plans }: PlanGoalServiceDeps) {
  async function part(r: Repositories, actor: Actor, planId: number): Promise<PlanGoals> {
    const { goals, actions } = await plans.view(r, actor, planId);
    return { goals, actions };
  }

  function edit(actor: Actor, planId: number, ctx: WriteContext, work: (r: Repositories) => Promise<void>) {
    return transaction(async (r) => {
      await openPlanForEdit(r, actor, planId, ctx);
      await work(r);
      return part(r, actor, planId);
    });
  }

  async function checkGoal(
    r: Repositories,
    planId: number,
    goalId: number | null,
    fields: Partial<GoalFields>,
  ) {
    const problems: ErrorDetail[] = [];
    if (fields.parentGoalId != null) {
      const goals = await r.planGoals.goals(planId);
      const parent = goals.find((g) => g.id === fields.parentGoalId);
      if (!parent) problems.push({ path: 'parentGoalId', message: 'plan.unknown_goal' });
      else if (
        parent.parentGoalId !== null ||
        parent.id === goalId ||
        (goalId !== null && goals.some((g) => g.parentGoalId === goalId))
      )
        problems.push({ path: 'parentGoalId', message: 'plan.goal_depth' });
    }
    if (fields.nodeId != null && !(await r.planGraph.nodes(planId)).some((n) => n.id === fields.nodeId))
      problems.push({ path: 'nodeId', message: 'plan.node_unknown' });
    return problems;
  }

  async function checkAction(r: Repositories, planId: number, fields: Partial<ActionFields>) {
    const problems: ErrorDetail[] = [];
    if (fields.ownerUserId !== undefined) {
      const p = await checkActiveUser(r, fields.ownerUserId, 'ownerUserId');
      if (p) problems.push(p);
    }
    if (fields.goalId != null && !(await r.planGoals.goals(planId)).some((g) => g.id === fields.goalId))
      problems.push({ path: 'goalId', message: 'plan.unknown_goal' });
    return problems;
  }

  return {
    /** Goals with their SMART result, and actions. */
    get: (actor: Actor, planId: number) => part(repos, actor, planId),

    /** Adds a goal or, with parentGoalId, a sub-goal. */
    addGoal: (actor: Actor, planId: number, input: GoalInput, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        const problems = await checkGoal(r, planId, null, input);
        if (problems.length) throw validationError(problems);
        const fields: GoalFields = {
          parentGoalId: input.parentGoalId ?? null,
          title: input.title,
          metric: input.metric ?? null,
          unit: input.unit ?? null,
          baselineValue: input.baselineValue ?? null,
          targetValue: input.targetValue ?? null,
          dueDate: input.dueDate ?? null,
          nodeId: input.nodeId ?? null,
          sortOrder: input.sortOrder ?? 0,
        };
        const id = await r.planGoals.insertGoal(planId, fields);
        await auditPlan(r, actor, planId, 'plan.add_goal', null, { id, ...fields }, ctx);
      }),

    /** Changes a goal. */
    updateGoal: (
      actor: Actor,
      planId: number,
      goalId: number,
      patch: Partial<GoalFields>,
      ctx: WriteContext,
    ) =>
      edit(actor, planId, ctx, async (r) => {
        const before = (await r.planGoals.goals(planId)).find((g) => g.id === goalId);
        if (!before) throw notFound('entity.plan_goal');
        const problems = await checkGoal(r, planId, goalId, patch);
        if (problems.length) throw validationError(problems);
        await r.planGoals.updateGoal(planId, goalId, patch);
        await auditPlan(r, actor, planId, 'plan.update_goal', before, { id: goalId, ...patch }, ctx);
      }),

    /** Removes a goal with its sub-goals; their actions stay, unlinked. */
    removeGoal: (actor: Actor, planId: number, goalId: number, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        const before = (await r.planGoals.goals(planId)).find((g) => g.id === goalId);
        if (!before || !(await r.planGoals.deleteGoal(planId, goalId))) throw notFound('entity.plan_goal');
        await auditPlan(r, actor, planId, 'plan.remove_goal', before, null, ctx);
      }),

    /** Adds an action, optionally under a goal. */
    addAction: (actor: Actor, planId: number, input: ActionInput, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        const problems = await checkAction(r, planId, input);
        if (problems.length) throw validationError(problems);
        const fields: ActionFields = {
          goalId: input.goalId ?? null,
          gapId: null,
          reviewId: null,
          title: input.title,
          ownerUserId: input.ownerUserId,
          dueDate: input.dueDate ?? null,
          status: input.status ?? 'open',
        };
        const id = await r.planGoals.insertAction(planId, fields);
        await auditPlan(r, actor, planId, 'plan.add_action', null, { id, ...fields }, ctx);
      }),

    /** Changes an action (status, due date, owner, title, goal). */
    updateAction: (
      actor: Actor,
      planId: number,
      actionId: number,
      patch: Partial<ActionInput>,
      ctx: WriteContext,
    ) =>
      edit(actor, planId, ctx, async (r) => {
        const before = (await r.planGoals.actions(planId)).find((a) => a.id === actionId);
        if (!before) throw notFound('entity.plan_action');
        const problems = await checkAction(r, planId, patch);
        if (problems.length) throw validationError(problems);
        await r.planGoals.updateAction(planId, actionId, patch);
        await auditPlan(r, actor, planId, 'plan.update_action', before, { id: actionId, ...patch }, ctx);
      }),

    /** Removes an action. */
    removeAction: (actor: Actor, planId: number, actionId: number, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        const before = (await r.planGoals.actions(planId)).find((a) => a.id === actionId);
        if (!before || !(await r.planGoals.deleteAction(planId, actionId)))
          throw notFound('entity.plan_action');
        await auditPlan(r, actor, planId, 'plan.remove_action', before, null, ctx);
      }),
  };
}

export type PlanGoalService = ReturnType<typeof createPlanGoalService>;

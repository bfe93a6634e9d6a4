// [PLAN-10] review cadence: schedule a weekly/monthly/quarterly/yearly review of a plan; its agenda is generated
// (review-agenda.ts) from what changed since the previous review's baseline, which is stored with the review;
// a series of one cadence can be scheduled to the end of the plan year (review-dates.ts); minutes and the date
// held are recorded afterwards; action items of a review become real plan actions.
// Reviews are governance of the plan, not its content: they do not reopen an approved plan.
import type { Actor } from '../org/actor.ts';
import { businessDate, type Clock } from '../shared/clock.ts';
import { notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import type { ActionRecord, ReviewRecord } from './plan.ts';
import { auditPlan, checkActiveUser, mustEditPlan, mustSeePlan } from './plan-access.ts';
import type { PlanService } from './plan-service.ts';
import type { ReviewCadence } from './plan-types.ts';
import type { PlanView } from './plan-view.ts';
import { type ReviewBaseline, reviewAgenda } from './review-agenda.ts';
import { reviewDates } from './review-dates.ts';

export interface PlanReviewServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  clock: Clock;
  plans: PlanService;
}

/** What a review sees of the plan now. */
export function reviewBaseline(view: PlanView): ReviewBaseline {
  return {
    healthScore: view.health.score,
    gaps: view.gaps.map((g) => ({
      key: `${g.contactId}:${g.userId}`,
      label: `${g.contactName} / ${g.userName}`,
      gap: g.gap,
    })),
    opportunities: view.opportunities.map((o) => ({
      id: o.id,
      name: o.name,
      stage: o.stage,
      valueFen: o.valueFen,
    })),
    actions: view.actions.map((a) => ({ id: a.id, title: a.title, dueDate: a.dueDate, status: a.status })),
  };
}

export function createPlanReviewService({ repos, transaction, clock, plans }: PlanReviewServiceDeps) {
  const today = () => businessDate(clock.now());

  const writable = (r: Repositories, actor: Actor, planId: number) => mustEditPlan(r, actor, planId);

  async function mustFindReview(r: Repositories, planId: number, reviewId: number): Promise<ReviewRecord> {
    const review = (await r.planGoals.reviews(planId)).find((x) => x.id === reviewId);
    if (!review) throw notFound('entity.plan_review');
    return review;
  }

  async function insertReview(
    r: Repositories,
    actor: Actor,
    planId: number,
    cadence: ReviewCadence,
    scheduledOn: string,
  ): Promise<number> {
    const view = await plans.view(r, actor, planId);
    const previous = (await r.planGoals.reviews(planId)).filter((x) => x.scheduledOn <= scheduledOn).at(-1);
    const baseline = reviewBaseline(view);
    const agenda = reviewAgenda(cadence, previous?.baseline ?? null, baseline, today());
    return r.planGoals.insertReview(planId, { cadence, scheduledOn, agenda, baseline });
  }

  return {
    /** The plan's reviews by date, with their agendas. */
    async list(actor: Actor, planId: number): Promise<ReviewRecord[]> {
      await mustSeePlan(repos, actor, planId);
      return repos.planGoals.reviews(planId);
    },

    /** Schedules a review and generates its agenda from the changes since the latest earlier review. */
    async schedule(
      actor: Actor,
      planId: number,
      input: { cadence: ReviewCadence; scheduledOn: string },
      ctx: WriteContext,
    ): Promise<ReviewRecord> {
      return transaction(async (r) => {
        await writable(r, actor, planId);
        const id = await insertReview(r, actor, planId, input.cadence, input.scheduledOn);
        await auditPlan(r, actor, planId, 'plan.schedule_review', null, { id, ...input }, ctx);
        return mustFindReview(r, planId, id);
      });
    },

    /** Schedules a series of reviews of one cadence from a date to the end of the plan year (review-dates.ts);
     * each agenda is generated now and can be generated again before the meeting. */
    async scheduleSeries(
      actor: Actor,
      planId: number,
      input: { cadence: ReviewCadence; from: string },
      ctx: WriteContext,
    ): Promise<ReviewRecord[]> {
      return transaction(async (r) => {
        const plan = await writable(r, actor, planId);
        const yearEnd = `${plan.planYear}-12-31`;
        if (input.from < `${plan.planYear}-01-01` || input.from > yearEnd)
          throw validationError([
            { path: 'from', message: 'plan.review_outside_year', params: { year: plan.planYear } },
          ]);
        const ids: number[] = [];
        for (const date of reviewDates(input.cadence, input.from, yearEnd))
          ids.push(await insertReview(r, actor, planId, input.cadence, date));
        await auditPlan(r, actor, planId, 'plan.schedule_review_series', null, { ids, ...input }, ctx);
        return (await r.planGoals.reviews(planId)).filter((x) => ids.includes(x.id));
      });
    },

    /** Generates the agenda again from the plan as it is now (before the meeting, for a review scheduled early). */
    async refreshAgenda(
      actor: Actor,
      planId: number,
      reviewId: number,
      ctx: WriteContext,
    ): Promise<ReviewRecord> {
      return transaction(async (r) => {
        await writable(r, actor, planId);
        const review = await mustFindReview(r, planId, reviewId);
        const view = await plans.view(r, actor, planId);
        const previous = (await r.planGoals.reviews(planId))
          .filter((x) => x.id !== reviewId && x.scheduledOn <= review.scheduledOn)
          .at(-1);
        const baseline = reviewBaseline(view);
        const agenda = reviewAgenda(review.cadence, previous?.baseline ?? null, baseline, today());
        await r.planGoals.updateReview(planId, reviewId, { agenda, baseline });
        await auditPlan(r, actor, planId, 'plan.refresh_agenda', { agenda: review.agenda }, { agenda }, ctx);
        return mustFindReview(r, planId, reviewId);
      });
    },

    /** Records the minutes and the date the review was held. */
    async record(
      actor: Actor,
      planId: number,
      reviewId: number,
      patch: { heldOn?: string | null | undefined; minutes?: string | null | undefined },
      ctx: WriteContext,
    ): Promise<ReviewRecord> {
      return transaction(async (r) => {
        await writable(r, actor, planId);
        const before = await mustFindReview(r, planId, reviewId);
        await r.planGoals.updateReview(planId, reviewId, patch);
        await auditPlan(
          r,
          actor,
          planId,
          'plan.record_review',
          { heldOn: before.heldOn, minutes: before.minutes },
          patch,
          ctx,
        );
        return mustFindReview(r, planId, reviewId);
      });
    },

    /** Adds action items of a review as plan actions (all or none). */
    async addActionItems(
      actor: Actor,
      planId: number,
      reviewId: number,
      items: Array<{ title: string; ownerUserId: number; dueDate: string | null }>,
      ctx: WriteContext,
    ): Promise<ActionRecord[]> {
      return transaction(async (r) => {
        await writable(r, actor, planId);
        await mustFindReview(r, planId, reviewId);
        const problems = [];
        for (const [i, item] of items.entries()) {
          const p = await checkActiveUser(r, item.ownerUserId, `items.${i}.ownerUserId`);
          if (p) problems.push(p);
        }
        if (problems.length) throw validationError(problems);
        const ids: number[] = [];
        for (const item of items)
          ids.push(
            await r.planGoals.insertAction(planId, {
              ...item,
              goalId: null,
              gapId: null,
              reviewId,
              status: 'open',
            }),
          );
        await auditPlan(r, actor, planId, 'plan.review_actions', null, { reviewId, ids, items }, ctx);
        return (await r.planGoals.actions(planId)).filter((a) => ids.includes(a.id));
      });
    },
  };
}

export type PlanReviewService = ReturnType<typeof createPlanReviewService>;

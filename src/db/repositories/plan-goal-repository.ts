// Kysely implementation of the plan goal port ([PLAN-7], [PLAN-10]): goals and sub-goals, actions, reviews.
import { type Kysely, sql } from 'kysely';
import type { ActionFields, GoalFields } from '../../core/plan/plan.ts';
import type { PlanGoalRepository } from '../../core/plan/plan-repository.ts';
import type { ActionStatus, ReviewCadence } from '../../core/plan/plan-types.ts';
import type { AgendaItem, ReviewBaseline } from '../../core/plan/review-agenda.ts';
import type { DB } from '../schema.ts';
import { columns } from './plan-graph-repository.ts';

const GOAL_COLUMN: Record<keyof GoalFields, string> = {
  parentGoalId: 'parent_goal_id',
  title: 'title',
  metric: 'metric',
  unit: 'unit',
  baselineValue: 'baseline_value',
  targetValue: 'target_value',
  dueDate: 'due_date',
  nodeId: 'plan_node_id',
  sortOrder: 'sort_order',
};
const ACTION_COLUMN: Record<keyof ActionFields, string> = {
  goalId: 'plan_goal_id',
  gapId: 'plan_relationship_gap_id',
  reviewId: 'plan_review_id',
  title: 'title',
  ownerUserId: 'owner_user_id',
  dueDate: 'due_date',
  status: 'status',
};

export function createPlanGoalRepository(db: Kysely<DB>): PlanGoalRepository {
  const remove = async (table: 'plan_goal' | 'plan_action', idColumn: string, planId: number, id: number) => {
    const result = await db
      .deleteFrom(table)
      .where('account_plan_id', '=', planId)
      .where(sql.ref(idColumn), '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  };

  return {
    async goals(planId) {
      return db
        .selectFrom('plan_goal')
        .select([
          'plan_goal_id as id',
          'parent_goal_id as parentGoalId',
          'title',
          'metric',
          'unit',
          'baseline_value as baselineValue',
          'target_value as targetValue',
          'due_date as dueDate',
          'plan_node_id as nodeId',
          'sort_order as sortOrder',
        ])
        .where('account_plan_id', '=', planId)
        .orderBy('sort_order')
        .orderBy('plan_goal_id')
        .execute();
    },

    async insertGoal(planId, fields) {
      const row = await db
        .insertInto('plan_goal')
        .values({ account_plan_id: planId, ...columns(fields, GOAL_COLUMN) } as never)
        .returning('plan_goal_id')
        .executeTakeFirstOrThrow();
      return row.plan_goal_id;
    },

    async updateGoal(planId, goalId, fields) {
      await db
        .updateTable('plan_goal')
        .set({ ...columns(fields, GOAL_COLUMN), updated_at: sql`now()` })
        .where('account_plan_id', '=', planId)
        .where('plan_goal_id', '=', goalId)
        .execute();
    },

    deleteGoal: (planId, goalId) => remove('plan_goal', 'plan_goal_id', planId, goalId),

    async actions(planId) {
      const rows = await db
        .selectFrom('plan_action as a')
        .innerJoin('app_user as u', 'u.app_user_id', 'a.owner_user_id')
        .select([
          'a.plan_action_id as id',
          'a.plan_goal_id as goalId',
          'a.plan_relationship_gap_id as gapId',
          'a.plan_review_id as reviewId',
          'a.title',
          'a.owner_user_id as ownerUserId',
          'u.display_name as ownerName',
          'a.due_date as dueDate',
          'a.status',
        ])
        .where('a.account_plan_id', '=', planId)
        .orderBy(sql`a.due_date NULLS LAST`)
        .orderBy('a.plan_action_id')
        .execute();
      return rows.map((r) => ({ ...r, status: r.status as ActionStatus }));
    },

    async insertAction(planId, fields) {
      const row = await db
        .insertInto('plan_action')
        .values({ account_plan_id: planId, ...columns(fields, ACTION_COLUMN) } as never)
        .returning('plan_action_id')
        .executeTakeFirstOrThrow();
      return row.plan_action_id;
    },

    async updateAction(planId, actionId, fields) {
      await db
        .updateTable('plan_action')
        .set({ ...columns(fields, ACTION_COLUMN), updated_at: sql`now()` })
        .where('account_plan_id', '=', planId)
        .where('plan_action_id', '=', actionId)
        .execute();
    },

    deleteAction: (planId, actionId) => remove('plan_action', 'plan_action_id', planId, actionId),

    async reviews(planId) {
      const rows = await db
        .selectFrom('plan_review')
        .select([
          'plan_review_id as id',
          'cadence',
          'scheduled_on as scheduledOn',
          'held_on as heldOn',
          'agenda',
          'baseline',
          'minutes',
        ])
        .where('account_plan_id', '=', planId)
        .orderBy('scheduled_on')
        .orderBy('plan_review_id')
        .execute();
      return rows.map((r) => ({
        ...r,
        cadence: r.cadence as ReviewCadence,
        agenda: r.agenda as AgendaItem[],
        baseline: r.baseline as unknown as ReviewBaseline,
      }));
    },

    async insertReview(planId, review) {
      const row = await db
        .insertInto('plan_review')
        .values({
          account_plan_id: planId,
          cadence: review.cadence,
          scheduled_on: review.scheduledOn,
          agenda: JSON.stringify(review.agenda),
          baseline: JSON.stringify(review.baseline),
        })
        .returning('plan_review_id')
        .executeTakeFirstOrThrow();
      return row.plan_review_id;
    },

    async updateReview(planId, reviewId, fields) {
      const values: Record<string, unknown> = { updated_at: sql`now()` };
      if (fields.heldOn !== undefined) values.held_on = fields.heldOn;
      if (fields.minutes !== undefined) values.minutes = fields.minutes;
      if (fields.agenda !== undefined) values.agenda = JSON.stringify(fields.agenda);
      if (fields.baseline !== undefined) values.baseline = JSON.stringify(fields.baseline);
      await db
        .updateTable('plan_review')
        .set(values)
        .where('account_plan_id', '=', planId)
        .where('plan_review_id', '=', reviewId)
        .execute();
    },
  };
}

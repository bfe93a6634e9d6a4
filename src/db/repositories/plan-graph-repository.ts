// Kysely implementation of the plan graph port ([PLAN-2], [PLAN-3]): nodes, edges, the opportunity records
// the execution map references ([OPP-1]) and their decision-making units ([OPP-3]).
import { type Kysely, sql } from 'kysely';
import type { DmuMember, NodeFields, OpportunityFields } from '../../core/plan/plan.ts';
import type { PlanGraphRepository } from '../../core/plan/plan-repository.ts';
import type { DmuRole, NodeLevel } from '../../core/plan/plan-types.ts';
import type { DB } from '../schema.ts';

const NODE_COLUMN: Record<keyof NodeFields, string> = {
  level: 'level',
  title: 'title',
  description: 'description',
  ownerContactId: 'owner_contact_id',
  ownerConfirmed: 'owner_confirmed',
  opportunityId: 'opportunity_id',
  actionId: 'plan_action_id',
  sortOrder: 'sort_order',
};
const OPPORTUNITY_COLUMN: Record<keyof OpportunityFields, string> = {
  name: 'name',
  valueFen: 'value_fen',
  stage: 'stage',
  probability: 'probability',
  closeDate: 'close_date',
  ownerUserId: 'owner_user_id',
};

/** Column values of the defined fields, by a field → column map. */
export function columns<F extends object>(
  fields: Partial<F>,
  map: Record<keyof F, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) out[map[key as keyof F]] = value;
  return out;
}

export function createPlanGraphRepository(db: Kysely<DB>): PlanGraphRepository {
  return {
    async nodes(planId) {
      const rows = await db
        .selectFrom('plan_node as n')
        .leftJoin('contact as c', 'c.contact_id', 'n.owner_contact_id')
        .select([
          'n.plan_node_id as id',
          'n.level',
          'n.title',
          'n.description',
          'n.owner_contact_id as ownerContactId',
          'c.name as ownerContactName',
          'n.owner_confirmed as ownerConfirmed',
          'n.opportunity_id as opportunityId',
          'n.plan_action_id as actionId',
          'n.sort_order as sortOrder',
        ])
        .where('n.account_plan_id', '=', planId)
        .orderBy('n.sort_order')
        .orderBy('n.plan_node_id')
        .execute();
      return rows.map((r) => ({ ...r, level: r.level as NodeLevel }));
    },

    async edges(planId) {
      return db
        .selectFrom('plan_edge')
        .select([
          'plan_edge_id as id',
          'upstream_node_id as upstreamId',
          'downstream_node_id as downstreamId',
        ])
        .where('account_plan_id', '=', planId)
        .orderBy('plan_edge_id')
        .execute();
    },

    async insertNode(planId, fields) {
      const row = await db
        .insertInto('plan_node')
        .values({ account_plan_id: planId, ...columns(fields, NODE_COLUMN) } as never)
        .returning('plan_node_id')
        .executeTakeFirstOrThrow();
      return row.plan_node_id;
    },

    async updateNode(planId, nodeId, fields) {
      await db
        .updateTable('plan_node')
        .set({ ...columns(fields, NODE_COLUMN), updated_at: sql`now()` })
        .where('account_plan_id', '=', planId)
        .where('plan_node_id', '=', nodeId)
        .execute();
    },

    async deleteNode(planId, nodeId) {
      await db
        .deleteFrom('plan_node')
        .where('account_plan_id', '=', planId)
        .where('plan_node_id', '=', nodeId)
        .execute();
    },

    async insertEdge(planId, upstreamId, downstreamId) {
      const row = await db
        .insertInto('plan_edge')
        .values({ account_plan_id: planId, upstream_node_id: upstreamId, downstream_node_id: downstreamId })
        .returning('plan_edge_id')
        .executeTakeFirstOrThrow();
      return row.plan_edge_id;
    },

    async deleteEdge(planId, edgeId) {
      const result = await db
        .deleteFrom('plan_edge')
        .where('account_plan_id', '=', planId)
        .where('plan_edge_id', '=', edgeId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async opportunities(planId) {
      return db
        .selectFrom('opportunity as o')
        .leftJoin('app_user as u', 'u.app_user_id', 'o.owner_user_id')
        .select([
          'o.opportunity_id as id',
          'o.account_id as accountId',
          'o.name',
          'o.value_fen as valueFen',
          'o.stage',
          'o.probability',
          'o.close_date as closeDate',
          'o.owner_user_id as ownerUserId',
          'u.display_name as ownerName',
        ])
        .where(
          'o.opportunity_id',
          'in',
          db
            .selectFrom('plan_node')
            .select('opportunity_id')
            .where('account_plan_id', '=', planId)
            .where('opportunity_id', 'is not', null),
        )
        .orderBy('o.close_date')
        .orderBy('o.opportunity_id')
        .execute()
        .then((rows) => rows.map((r) => ({ ...r, ownerUserId: r.ownerUserId })));
    },

    async opportunityAccountId(opportunityId) {
      const row = await db
        .selectFrom('opportunity')
        .select('account_id')
        .where('opportunity_id', '=', opportunityId)
        .executeTakeFirst();
      return row?.account_id;
    },

    async insertOpportunity(accountId, fields) {
      const row = await db
        .insertInto('opportunity')
        .values({ account_id: accountId, ...columns(fields, OPPORTUNITY_COLUMN) } as never)
        .returning('opportunity_id')
        .executeTakeFirstOrThrow();
      return row.opportunity_id;
    },

    async updateOpportunity(opportunityId, fields) {
      await db
        .updateTable('opportunity')
        .set({ ...columns(fields, OPPORTUNITY_COLUMN), updated_at: sql`now()` })
        .where('opportunity_id', '=', opportunityId)
        .execute();
    },

    async dmu(opportunityIds) {
      if (opportunityIds.length === 0) return [];
      const rows = await db
        .selectFrom('opportunity_contact as d')
        .innerJoin('contact as c', 'c.contact_id', 'd.contact_id')
        .select([
          'd.opportunity_id as opportunityId',
          'd.contact_id as contactId',
          'c.name as contactName',
          'd.dmu_role as role',
        ])
        .where('d.opportunity_id', 'in', opportunityIds)
        .orderBy('d.opportunity_id')
        .orderBy('c.name')
        .orderBy('d.dmu_role')
        .execute();
      return rows.map((r): DmuMember => ({ ...r, role: r.role as DmuRole }));
    },

    async replaceDmu(opportunityId, accountId, members) {
      await db.deleteFrom('opportunity_contact').where('opportunity_id', '=', opportunityId).execute();
      if (members.length)
        await db
          .insertInto('opportunity_contact')
          .values(
            members.map((m) => ({
              opportunity_id: opportunityId,
              contact_id: m.contactId,
              dmu_role: m.role,
              account_id: accountId,
            })),
          )
          .execute();
    },
  };
}

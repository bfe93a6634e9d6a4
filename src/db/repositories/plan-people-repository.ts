// Kysely implementation of the plan people port ([PLAN-4]…[PLAN-6]): influence map entries and lines,
// relationship gaps, strategic partners and the voice of the customer.
import { type Kysely, sql } from 'kysely';
import type { InfluenceEntryFields } from '../../core/plan/plan.ts';
import type { PlanPeopleRepository } from '../../core/plan/plan-repository.ts';
import type { Attitude, InfluenceLevel, InfluenceRole } from '../../core/plan/plan-types.ts';
import type { DB } from '../schema.ts';

function entryColumns(fields: Partial<InfluenceEntryFields>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (fields.contactId !== undefined) out.contact_id = fields.contactId;
  if (fields.external !== undefined) {
    out.external_name = fields.external?.name ?? null;
    out.external_organisation = fields.external?.organisation ?? null;
    out.external_kind = fields.external?.kind ?? null;
  }
  if (fields.roles !== undefined) out.roles = JSON.stringify(fields.roles);
  const simple: Array<[keyof InfluenceEntryFields, string]> = [
    ['influence', 'influence'],
    ['attitude', 'attitude'],
    ['x', 'x'],
    ['y', 'y'],
    ['contactLevel', 'contact_level'],
    ['contactFrequency', 'contact_frequency'],
    ['coverageUserId', 'coverage_user_id'],
  ];
  for (const [field, column] of simple) if (fields[field] !== undefined) out[column] = fields[field];
  return out;
}

export function createPlanPeopleRepository(db: Kysely<DB>): PlanPeopleRepository {
  const byPlan =
    <T extends 'plan_influence_line' | 'plan_relationship_gap'>(table: T, idColumn: string) =>
    async (planId: number, id: number) => {
      const result = await db
        .deleteFrom(table as 'plan_influence_line')
        .where('account_plan_id', '=', planId)
        .where(sql.ref(idColumn), '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    };

  return {
    async entries(planId) {
      const rows = await db
        .selectFrom('plan_contact as e')
        .leftJoin('contact as c', 'c.contact_id', 'e.contact_id')
        .leftJoin('app_user as u', 'u.app_user_id', 'e.coverage_user_id')
        .select([
          'e.plan_contact_id as id',
          'e.contact_id as contactId',
          'c.name as contactName',
          'c.title',
          'c.reports_to_contact_id as reportsToContactId',
          'c.last_verified_on as lastVerifiedOn',
          'e.external_name as externalName',
          'e.external_organisation as externalOrganisation',
          'e.external_kind as externalKind',
          'e.roles',
          'e.influence',
          'e.attitude',
          'e.x',
          'e.y',
          'e.contact_level as contactLevel',
          'e.contact_frequency as contactFrequency',
          'e.coverage_user_id as coverageUserId',
          'u.display_name as coverageUserName',
        ])
        .where('e.account_plan_id', '=', planId)
        .orderBy('e.plan_contact_id')
        .execute();
      return rows.map(({ contactName, externalName, externalOrganisation, externalKind, ...r }) => ({
        ...r,
        name: contactName ?? externalName ?? '',
        external: externalName
          ? { name: externalName, organisation: externalOrganisation, kind: externalKind ?? 'other' }
          : null,
        roles: r.roles as InfluenceRole[],
        influence: r.influence as InfluenceLevel | null,
        attitude: r.attitude as Attitude | null,
      }));
    },

    async insertEntry(planId, fields) {
      const row = await db
        .insertInto('plan_contact')
        .values({ account_plan_id: planId, ...entryColumns(fields) } as never)
        .returning('plan_contact_id')
        .executeTakeFirstOrThrow();
      return row.plan_contact_id;
    },

    async updateEntry(planId, entryId, fields) {
      await db
        .updateTable('plan_contact')
        .set({ ...entryColumns(fields), updated_at: sql`now()` })
        .where('account_plan_id', '=', planId)
        .where('plan_contact_id', '=', entryId)
        .execute();
    },

    async deleteEntry(planId, entryId) {
      const result = await db
        .deleteFrom('plan_contact')
        .where('account_plan_id', '=', planId)
        .where('plan_contact_id', '=', entryId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async lines(planId) {
      return db
        .selectFrom('plan_influence_line')
        .select([
          'plan_influence_line_id as id',
          'from_plan_contact_id as fromEntryId',
          'to_plan_contact_id as toEntryId',
          'note',
        ])
        .where('account_plan_id', '=', planId)
        .orderBy('plan_influence_line_id')
        .execute();
    },

    async insertLine(planId, fromEntryId, toEntryId, note) {
      const row = await db
        .insertInto('plan_influence_line')
        .values({
          account_plan_id: planId,
          from_plan_contact_id: fromEntryId,
          to_plan_contact_id: toEntryId,
          note,
        })
        .returning('plan_influence_line_id')
        .executeTakeFirstOrThrow();
      return row.plan_influence_line_id;
    },

    deleteLine: byPlan('plan_influence_line', 'plan_influence_line_id'),

    async gaps(planId) {
      return db
        .selectFrom('plan_relationship_gap as g')
        .innerJoin('contact as c', 'c.contact_id', 'g.contact_id')
        .innerJoin('app_user as u', 'u.app_user_id', 'g.app_user_id')
        .select([
          'g.plan_relationship_gap_id as id',
          'g.contact_id as contactId',
          'c.name as contactName',
          'g.app_user_id as userId',
          'u.display_name as userName',
          'g.current_level as currentLevel',
          'g.desired_level as desiredLevel',
          'g.note',
        ])
        .where('g.account_plan_id', '=', planId)
        .orderBy('g.plan_relationship_gap_id')
        .execute();
    },

    async upsertGap(planId, fields) {
      const values = {
        current_level: fields.currentLevel,
        desired_level: fields.desiredLevel,
        note: fields.note,
      };
      const row = await db
        .insertInto('plan_relationship_gap')
        .values({
          account_plan_id: planId,
          contact_id: fields.contactId,
          app_user_id: fields.userId,
          ...values,
        })
        .onConflict((oc) =>
          oc
            .columns(['account_plan_id', 'contact_id', 'app_user_id'])
            .doUpdateSet({ ...values, updated_at: sql`now()` }),
        )
        .returning('plan_relationship_gap_id')
        .executeTakeFirstOrThrow();
      return row.plan_relationship_gap_id;
    },

    deleteGap: byPlan('plan_relationship_gap', 'plan_relationship_gap_id'),

    async partners(planId) {
      return db
        .selectFrom('plan_partner')
        .select([
          'plan_partner_id as id',
          'name',
          'kind',
          'relation_to_customer as relationToCustomer',
          'relation_to_us as relationToUs',
          'can_help as canHelp',
          'how_to_help as howToHelp',
        ])
        .where('account_plan_id', '=', planId)
        .orderBy('sort_order')
        .orderBy('plan_partner_id')
        .execute();
    },

    async replacePartners(planId, partners) {
      await db.deleteFrom('plan_partner').where('account_plan_id', '=', planId).execute();
      if (partners.length)
        await db
          .insertInto('plan_partner')
          .values(
            partners.map((p, i) => ({
              account_plan_id: planId,
              name: p.name,
              kind: p.kind,
              relation_to_customer: p.relationToCustomer,
              relation_to_us: p.relationToUs,
              can_help: p.canHelp,
              how_to_help: p.howToHelp,
              sort_order: i,
            })),
          )
          .execute();
    },

    async voices(planId) {
      return db
        .selectFrom('plan_customer_voice as v')
        .innerJoin('contact as c', 'c.contact_id', 'v.contact_id')
        .select([
          'v.plan_customer_voice_id as id',
          'v.contact_id as contactId',
          'c.name as contactName',
          'v.statement',
          'v.heard_on as heardOn',
        ])
        .where('v.account_plan_id', '=', planId)
        .orderBy('v.sort_order')
        .orderBy('v.plan_customer_voice_id')
        .execute();
    },

    async replaceVoices(planId, voices) {
      await db.deleteFrom('plan_customer_voice').where('account_plan_id', '=', planId).execute();
      if (voices.length)
        await db
          .insertInto('plan_customer_voice')
          .values(
            voices.map((v, i) => ({
              account_plan_id: planId,
              contact_id: v.contactId,
              statement: v.statement,
              heard_on: v.heardOn,
              sort_order: i,
            })),
          )
          .execute();
    },
  };
}

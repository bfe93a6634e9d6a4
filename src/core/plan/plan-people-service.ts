// [PLAN-4]…[PLAN-6] relationships of a plan: influence map entries (contacts of the account or external
// influencers) and informal influence lines, reporting lines (the contact's own, changed through the contact
// use case and its cycle rule), the relationship gap table with "turn a gap into an action", strategic
// partners and the voice of the customer. Every person is a contact of the plan's account; coverage and gap
// rows name members of the account team.

import type { ContactService } from '../contact/contact-service.ts';
import type { Actor } from '../org/actor.ts';
import { DomainError, type ErrorDetail, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import type { GapFields, InfluenceEntryFields, PartnerFields, VoiceFields } from './plan.ts';
import {
  accountTeamIds,
  auditPlan,
  checkAccountContact,
  checkActiveUser,
  mustEditPlan,
  mustSeePlan,
  openPlanForEdit,
} from './plan-access.ts';
import type { PlanService } from './plan-service.ts';
import type { PlanView } from './plan-view.ts';

export interface PlanPeopleServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  plans: PlanService;
  contacts: ContactService;
}

export type EntryInput = Omit<InfluenceEntryFields, 'x' | 'y' | 'roles'> & {
  x?: number;
  y?: number;
  roles?: InfluenceEntryFields['roles'];
};
export type EntryPatch = Partial<Omit<InfluenceEntryFields, 'contactId' | 'external'>>;

/** Part 4 of the plan view. */
export type PlanRelationships = Pick<PlanView, 'influence' | 'lines' | 'gaps' | 'partners' | 'voices'>;

export function createPlanPeopleService({ repos, transaction, plans, contacts }: PlanPeopleServiceDeps) {
  async function relationships(r: Repositories, actor: Actor, planId: number): Promise<PlanRelationships> {
    const { influence, lines, gaps, partners, voices } = await plans.view(r, actor, planId);
    return { influence, lines, gaps, partners, voices };
  }

  async function checkCoverage(
    r: Repositories,
    actor: Actor,
    planId: number,
    userId: number | null | undefined,
    path: string,
  ) {
    if (userId == null) return null;
    const plan = await mustSeePlan(r, actor, planId);
    return (await accountTeamIds(r, actor, plan)).has(userId)
      ? null
      : { path, message: 'plan.not_team_member' };
  }

  /** Runs an edit of part 4 in one transaction and answers the part as it now is. */
  function edit(
    actor: Actor,
    planId: number,
    ctx: WriteContext,
    work: (r: Repositories, accountId: number) => Promise<void>,
  ) {
    return transaction(async (r) => {
      const plan = await openPlanForEdit(r, actor, planId, ctx);
      await work(r, plan.accountId);
      return relationships(r, actor, planId);
    });
  }

  return {
    /** Part 4 as it is. */
    get: (actor: Actor, planId: number) => relationships(repos, actor, planId),

    /** Puts a contact of the account, or an external influencer, on the influence map. */
    addEntry: (actor: Actor, planId: number, input: EntryInput, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r, accountId) => {
        const problems: ErrorDetail[] = [];
        if ((input.contactId === null) === (input.external === null))
          problems.push({ path: 'contactId', message: 'plan.contact_or_external' });
        if (input.contactId !== null) {
          const p = await checkAccountContact(r, accountId, input.contactId, 'contactId');
          if (p) problems.push(p);
          else if ((await r.planPeople.entries(planId)).some((e) => e.contactId === input.contactId))
            throw new DomainError('conflict', 'plan.person_already_on_map', [
              { path: 'contactId', message: 'plan.person_already_on_map' },
            ]);
        }
        const cover = await checkCoverage(r, actor, planId, input.coverageUserId, 'coverageUserId');
        if (cover) problems.push(cover);
        if (problems.length) throw validationError(problems);
        const fields: InfluenceEntryFields = {
          ...input,
          x: input.x ?? 0,
          y: input.y ?? 0,
          roles: [...new Set(input.roles ?? [])],
        };
        const id = await r.planPeople.insertEntry(planId, fields);
        await auditPlan(r, actor, planId, 'plan.add_person', null, { id, ...fields }, ctx);
      }),

    /** Changes roles, influence, attitude, position, contact level/frequency or coverage of a map entry. */
    updateEntry: (actor: Actor, planId: number, entryId: number, patch: EntryPatch, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        const before = (await r.planPeople.entries(planId)).find((e) => e.id === entryId);
        if (!before) throw notFound('entity.plan_person');
        const cover = await checkCoverage(r, actor, planId, patch.coverageUserId, 'coverageUserId');
        if (cover) throw validationError([cover]);
        const fields = patch.roles ? { ...patch, roles: [...new Set(patch.roles)] } : patch;
        await r.planPeople.updateEntry(planId, entryId, fields);
        await auditPlan(r, actor, planId, 'plan.update_person', before, { id: entryId, ...fields }, ctx);
      }),

    /** Takes a person off the map, with their influence lines. */
    removeEntry: (actor: Actor, planId: number, entryId: number, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        const before = (await r.planPeople.entries(planId)).find((e) => e.id === entryId);
        if (!before || !(await r.planPeople.deleteEntry(planId, entryId)))
          throw notFound('entity.plan_person');
        await auditPlan(r, actor, planId, 'plan.remove_person', before, null, ctx);
      }),

    /** Adds an informal influence line between two people of the map. */
    addLine: (
      actor: Actor,
      planId: number,
      input: { fromEntryId: number; toEntryId: number; note: string | null },
      ctx: WriteContext,
    ) =>
      edit(actor, planId, ctx, async (r) => {
        const ids = new Set((await r.planPeople.entries(planId)).map((e) => e.id));
        const problems: ErrorDetail[] = [];
        if (!ids.has(input.fromEntryId))
          problems.push({ path: 'fromEntryId', message: 'plan.unknown_person' });
        if (!ids.has(input.toEntryId)) problems.push({ path: 'toEntryId', message: 'plan.unknown_person' });
        if (input.fromEntryId === input.toEntryId)
          problems.push({ path: 'toEntryId', message: 'plan.line_self' });
        if (problems.length) throw validationError(problems);
        const id = await r.planPeople.insertLine(planId, input.fromEntryId, input.toEntryId, input.note);
        await auditPlan(r, actor, planId, 'plan.add_line', null, { id, ...input }, ctx);
      }),

    /** Removes an influence line. */
    removeLine: (actor: Actor, planId: number, lineId: number, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        if (!(await r.planPeople.deleteLine(planId, lineId))) throw notFound('entity.plan_line');
        await auditPlan(r, actor, planId, 'plan.remove_line', { id: lineId }, null, ctx);
      }),

    /** Sets a contact's manager: the contact's own reporting line, through the contact rule (same account, no
     * cycle), so the influence map and the contact page never disagree. */
    async setReportingLine(
      actor: Actor,
      planId: number,
      contactId: number,
      reportsToId: number | null,
      ctx: WriteContext,
    ): Promise<PlanRelationships> {
      const plan = await mustEditPlan(repos, actor, planId);
      const problem = await checkAccountContact(repos, plan.accountId, contactId, 'contactId');
      if (problem) throw validationError([problem]);
      await contacts.update(actor, contactId, { reportsToId }, ctx);
      return relationships(repos, actor, planId);
    },

    /** Sets the current and desired level of (contact, our team member); one row per pair. */
    setGap: (actor: Actor, planId: number, input: GapFields, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r, accountId) => {
        const problems: ErrorDetail[] = [];
        const contact = await checkAccountContact(r, accountId, input.contactId, 'contactId');
        if (contact) problems.push(contact);
        const member = await checkCoverage(r, actor, planId, input.userId, 'userId');
        if (member) problems.push(member);
        if (problems.length) throw validationError(problems);
        const before = (await r.planPeople.gaps(planId)).find(
          (g) => g.contactId === input.contactId && g.userId === input.userId,
        );
        const id = await r.planPeople.upsertGap(planId, input);
        await auditPlan(r, actor, planId, 'plan.set_gap', before ?? null, { id, ...input }, ctx);
      }),

    /** Removes a gap row. */
    removeGap: (actor: Actor, planId: number, gapId: number, ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        if (!(await r.planPeople.deleteGap(planId, gapId))) throw notFound('entity.plan_gap');
        await auditPlan(r, actor, planId, 'plan.remove_gap', { id: gapId }, null, ctx);
      }),

    /** [PLAN-5] one call turns a gap into an action, owned by the gap's team member unless told otherwise. */
    async gapToAction(
      actor: Actor,
      planId: number,
      gapId: number,
      input: {
        title?: string | undefined;
        ownerUserId?: number | undefined;
        dueDate?: string | null | undefined;
      },
      ctx: WriteContext,
    ) {
      return transaction(async (r) => {
        await openPlanForEdit(r, actor, planId, ctx);
        const gap = (await r.planPeople.gaps(planId)).find((g) => g.id === gapId);
        if (!gap) throw notFound('entity.plan_gap');
        const ownerUserId = input.ownerUserId ?? gap.userId;
        const owner = await checkActiveUser(r, ownerUserId, 'ownerUserId');
        if (owner) throw validationError([owner]);
        const fields = {
          goalId: null,
          gapId,
          reviewId: null,
          title:
            input.title ?? `${gap.contactName} · ${gap.userName}: ${gap.currentLevel} → ${gap.desiredLevel}`,
          ownerUserId,
          dueDate: input.dueDate ?? null,
          status: 'open' as const,
        };
        const id = await r.planGoals.insertAction(planId, fields);
        await auditPlan(r, actor, planId, 'plan.gap_to_action', null, { id, ...fields }, ctx);
        const action = (await r.planGoals.actions(planId)).find((a) => a.id === id);
        if (!action) throw notFound('entity.plan_action');
        return action;
      });
    },

    /** [PLAN-6] replaces the strategic partners. */
    setPartners: (actor: Actor, planId: number, items: PartnerFields[], ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r) => {
        const before = await r.planPeople.partners(planId);
        await r.planPeople.replacePartners(planId, items);
        await auditPlan(r, actor, planId, 'plan.set_partners', before, items, ctx);
      }),

    /** [PLAN-6] replaces the voice of the customer; each speaker is a contact of the account. */
    setVoices: (actor: Actor, planId: number, items: VoiceFields[], ctx: WriteContext) =>
      edit(actor, planId, ctx, async (r, accountId) => {
        const problems: ErrorDetail[] = [];
        for (const [i, v] of items.entries()) {
          const p = await checkAccountContact(r, accountId, v.contactId, `items.${i}.contactId`);
          if (p) problems.push(p);
        }
        if (problems.length) throw validationError(problems);
        const before = await r.planPeople.voices(planId);
        await r.planPeople.replaceVoices(planId, items);
        await auditPlan(r, actor, planId, 'plan.set_voices', before, items, ctx);
      }),
  };
}

export type PlanPeopleService = ReturnType<typeof createPlanPeopleService>;

// Contact use cases ([ACC-4]): list, read, create, edit, archive. A contact is visible when its account is;
// its manager must be a contact of the same account and the reporting line may not loop.
import { type Actor, canWrite, scopeOf } from '../org/actor.ts';
import { businessDate, type Clock } from '../shared/clock.ts';
import { DomainError, type ErrorDetail, forbidden, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import type { ContactDetail, ContactFields, ContactListFilter } from './contact.ts';

export interface ContactServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  clock: Clock;
}

export type ContactInput = Pick<ContactFields, 'accountId' | 'name'> &
  Partial<Omit<ContactFields, 'accountId' | 'name'>>;

export function createContactService({ repos, transaction, clock }: ContactServiceDeps) {
  const today = () => businessDate(clock.now());

  async function mustSee(actor: Actor, id: number): Promise<ContactDetail> {
    const questions = await repos.profileQuestions.listActive();
    const found = await repos.contacts.findVisible(scopeOf(actor), id, today(), questions);
    if (!found) throw notFound('entity.contact');
    return found;
  }

  async function checkReferences(
    r: Repositories,
    actor: Actor,
    fields: Partial<ContactFields>,
    contactId: number | null,
    accountId: number,
  ): Promise<ErrorDetail[]> {
    const problems: ErrorDetail[] = [];
    if (fields.accountId !== undefined && !(await r.accounts.isVisible(scopeOf(actor), fields.accountId)))
      problems.push({ path: 'accountId', message: 'field.unknown_account' });
    if (fields.reportsToId != null) {
      const manager = await r.contacts.findFieldsById(fields.reportsToId);
      if (!manager) problems.push({ path: 'reportsToId', message: 'field.unknown_contact' });
      else if (manager.accountId !== accountId)
        problems.push({ path: 'reportsToId', message: 'error.reports_to_other_account' });
      else if (contactId !== null) {
        const chain = await r.contacts.managerChain(fields.reportsToId);
        if (fields.reportsToId === contactId || chain.includes(contactId))
          problems.push({ path: 'reportsToId', message: 'error.reports_to_cycle' });
      }
    }
    if (fields.name !== undefined) {
      const existing = await r.contacts.findIdByName(accountId, fields.name);
      if (existing !== undefined && existing !== contactId)
        throw new DomainError(
          'conflict',
          'error.duplicate_contact',
          [{ path: 'name', message: 'error.duplicate_contact', params: { name: fields.name } }],
          { name: fields.name },
        );
    }
    return problems;
  }

  function mustWrite(actor: Actor) {
    if (!canWrite(actor)) throw forbidden();
  }

  return {
    /** Lists contacts of accounts the actor may see. */
    list(actor: Actor, filter: ContactListFilter) {
      return repos.contacts.list(scopeOf(actor), filter, today());
    },

    /** One contact with profile blocks, completeness over the active questionnaire and direct reports. */
    get: mustSee,

    /** Creates a contact on a visible account. */
    async create(actor: Actor, input: ContactInput, ctx: WriteContext): Promise<ContactDetail> {
      mustWrite(actor);
      const fields: ContactFields = {
        accountId: input.accountId,
        name: input.name,
        title: input.title ?? null,
        department: input.department ?? null,
        reportsToId: input.reportsToId ?? null,
        phone: input.phone ?? null,
        email: input.email || null,
        wechat: input.wechat ?? null,
        profilePersonal: input.profilePersonal ?? {},
        profileInterpersonal: input.profileInterpersonal ?? {},
        profileWork: input.profileWork ?? {},
        lastVerifiedOn: input.lastVerifiedOn ?? null,
      };
      const id = await transaction(async (r) => {
        const problems = await checkReferences(r, actor, fields, null, fields.accountId);
        if (problems.length) throw validationError(problems);
        const newId = await r.contacts.insert(fields);
        await r.audit.record({
          userId: actor.userId,
          action: 'create',
          entity: 'contact',
          entityId: String(newId),
          before: null,
          after: fields,
          requestId: ctx.requestId,
        });
        return newId;
      });
      return mustSee(actor, id);
    },

    /** Changes fields of a visible contact; moving it to another account must keep the reporting line valid. */
    async update(
      actor: Actor,
      id: number,
      patch: Partial<ContactInput>,
      ctx: WriteContext,
    ): Promise<ContactDetail> {
      mustWrite(actor);
      await mustSee(actor, id);
      await transaction(async (r) => {
        const before = await r.contacts.findFieldsById(id);
        if (!before) throw notFound('entity.contact');
        const changes: Partial<ContactFields> = {};
        for (const [key, value] of Object.entries(patch) as Array<[keyof ContactFields, unknown]>) {
          if (value === undefined) continue;
          const normalised = key === 'email' && value === '' ? null : value;
          if (JSON.stringify(before[key]) !== JSON.stringify(normalised))
            (changes as Record<string, unknown>)[key] = normalised;
        }
        if (Object.keys(changes).length === 0) return;
        const accountId = changes.accountId ?? before.accountId;
        if (
          changes.accountId !== undefined &&
          changes.reportsToId === undefined &&
          before.reportsToId !== null
        )
          changes.reportsToId = null;
        const problems = await checkReferences(
          r,
          actor,
          {
            ...changes,
            ...(changes.name === undefined && changes.accountId !== undefined ? { name: before.name } : {}),
          },
          id,
          accountId,
        );
        if (problems.length) throw validationError(problems);
        await r.contacts.update(id, changes);
        await r.audit.record({
          userId: actor.userId,
          action: 'update',
          entity: 'contact',
          entityId: String(id),
          before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof ContactFields]])),
          after: changes,
          requestId: ctx.requestId,
        });
      });
      return mustSee(actor, id);
    },

    /** Archives or restores a visible contact. */
    async setStatus(
      actor: Actor,
      id: number,
      status: 'active' | 'archived',
      ctx: WriteContext,
    ): Promise<ContactDetail> {
      mustWrite(actor);
      const current = await mustSee(actor, id);
      if (current.status === status) return current;
      await transaction(async (r) => {
        await r.contacts.setStatus(id, status);
        await r.audit.record({
          userId: actor.userId,
          action: status === 'archived' ? 'archive' : 'restore',
          entity: 'contact',
          entityId: String(id),
          before: { status: current.status },
          after: { status },
          requestId: ctx.requestId,
        });
      });
      return mustSee(actor, id);
    },
  };
}

export type ContactService = ReturnType<typeof createContactService>;

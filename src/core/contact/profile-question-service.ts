// [ACC-4] the contact profile questionnaire: everybody reads it, administrators add, edit and deactivate
// questions. Deactivating (not deleting) keeps the answers; completeness counts active questions only.
import type { Actor } from '../org/actor.ts';
import { DomainError, forbidden, notFound } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import type { ProfileQuestion, ProfileQuestionFields } from './profile-question-repository.ts';

export interface ProfileQuestionServiceDeps {
  repos: Repositories;
  transaction: Transaction;
}

const duplicateKey = (key: string) =>
  new DomainError(
    'conflict',
    'error.duplicate_question_key',
    [{ path: 'key', message: 'error.duplicate_question_key', params: { key } }],
    { key },
  );

export function createProfileQuestionService({ repos, transaction }: ProfileQuestionServiceDeps) {
  function mustBeAdmin(actor: Actor) {
    if (actor.role !== 'admin') throw forbidden();
  }

  async function mustFind(r: Repositories, id: number): Promise<ProfileQuestion> {
    const found = await r.profileQuestions.findById(id);
    if (!found) throw notFound('entity.profile_question');
    return found;
  }

  return {
    /** Every question, active or not, in block and sort order. */
    list(): Promise<ProfileQuestion[]> {
      return repos.profileQuestions.list();
    },

    /** Adds a question (admin only); a key already used is a conflict. */
    async create(actor: Actor, input: ProfileQuestionFields, ctx: WriteContext): Promise<ProfileQuestion> {
      mustBeAdmin(actor);
      return transaction(async (r) => {
        const id = await r.profileQuestions.insert(input);
        if (id === undefined) throw duplicateKey(input.key);
        await r.audit.record({
          userId: actor.userId,
          action: 'create',
          entity: 'profile_question',
          entityId: String(id),
          before: null,
          after: input,
          requestId: ctx.requestId,
        });
        return mustFind(r, id);
      });
    },

    /** Changes a question (admin only). A new key must be free; answers stored under the old key stop counting. */
    async update(
      actor: Actor,
      id: number,
      patch: Partial<ProfileQuestionFields>,
      ctx: WriteContext,
    ): Promise<ProfileQuestion> {
      mustBeAdmin(actor);
      return transaction(async (r) => {
        const before = await mustFind(r, id);
        const changes: Partial<ProfileQuestionFields> = {};
        for (const [key, value] of Object.entries(patch) as Array<[keyof ProfileQuestionFields, unknown]>) {
          if (value !== undefined && before[key] !== value) (changes as Record<string, unknown>)[key] = value;
        }
        if (Object.keys(changes).length === 0) return before;
        if (changes.key !== undefined) {
          const holder = await r.profileQuestions.findIdByKey(changes.key);
          if (holder !== undefined && holder !== id) throw duplicateKey(changes.key);
        }
        await r.profileQuestions.update(id, changes);
        await r.audit.record({
          userId: actor.userId,
          action: 'update',
          entity: 'profile_question',
          entityId: String(id),
          before: Object.fromEntries(
            Object.keys(changes).map((k) => [k, before[k as keyof ProfileQuestion]]),
          ),
          after: changes,
          requestId: ctx.requestId,
        });
        return mustFind(r, id);
      });
    },
  };
}

export type ProfileQuestionService = ReturnType<typeof createProfileQuestionService>;

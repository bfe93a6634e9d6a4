// [ACC-3] account background and 3C research: read and replace the free-text sections of a visible account,
// with completeness; unknown section keys are refused by name; every save is audited.
import type { Actor } from '../org/actor.ts';
import { validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { mustSeeAccount, mustWriteAccount } from './account-access.ts';
import { backgroundCompleteness, normaliseBackground, unknownBackgroundKeys } from './background-sections.ts';

export interface BackgroundServiceDeps {
  repos: Repositories;
  transaction: Transaction;
}

export interface AccountBackground {
  accountId: number;
  sections: Record<string, string>;
  updatedAt: string | null;
  updatedBy: string | null;
  completeness: number;
}

export function createBackgroundService({ repos, transaction }: BackgroundServiceDeps) {
  async function load(r: Repositories, accountId: number): Promise<AccountBackground> {
    const stored = await r.backgrounds.find(accountId);
    const sections = normaliseBackground(stored?.sections ?? {});
    return {
      accountId,
      sections,
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: stored?.updatedBy ?? null,
      completeness: backgroundCompleteness(sections),
    };
  }

  return {
    /** The account's background sections (blank ones left out) and completeness. */
    async get(actor: Actor, accountId: number): Promise<AccountBackground> {
      await mustSeeAccount(repos, actor, accountId);
      return load(repos, accountId);
    },

    /** Replaces the sections: keys left out or blank are cleared. */
    async replace(
      actor: Actor,
      accountId: number,
      sections: Record<string, string>,
      ctx: WriteContext,
    ): Promise<AccountBackground> {
      await mustWriteAccount(repos, actor, accountId);
      const problems = unknownBackgroundKeys(sections);
      if (problems.length) throw validationError(problems);
      const next = normaliseBackground(sections);
      return transaction(async (r) => {
        const before = await load(r, accountId);
        await r.backgrounds.save(accountId, next, actor.userId);
        const changed = [...new Set([...Object.keys(before.sections), ...Object.keys(next)])].filter(
          (key) => before.sections[key] !== next[key],
        );
        if (changed.length)
          await r.audit.record({
            userId: actor.userId,
            action: 'update_background',
            entity: 'account',
            entityId: String(accountId),
            before: Object.fromEntries(changed.map((k) => [k, before.sections[k] ?? null])),
            after: Object.fromEntries(changed.map((k) => [k, next[k] ?? null])),
            requestId: ctx.requestId,
          });
        return load(r, accountId);
      });
    },
  };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;

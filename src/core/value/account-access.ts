// Access to an account's value, whitespace and background: a hidden account does not exist for the caller
// (404, checked first so a read-only role learns nothing about it), and writing needs a writer role (403).
import { type Actor, canWrite, scopeOf } from '../org/actor.ts';
import { forbidden, notFound } from '../shared/errors.ts';
import type { Repositories } from '../shared/repositories.ts';

/** Throws not_found unless the actor may see the account. */
export async function mustSeeAccount(repos: Repositories, actor: Actor, accountId: number): Promise<void> {
  if (!(await repos.accounts.isVisible(scopeOf(actor), accountId))) throw notFound('entity.account');
}

/** Throws not_found for a hidden account, forbidden for a read-only role. */
export async function mustWriteAccount(repos: Repositories, actor: Actor, accountId: number): Promise<void> {
  await mustSeeAccount(repos, actor, accountId);
  if (!canWrite(actor)) throw forbidden();
}

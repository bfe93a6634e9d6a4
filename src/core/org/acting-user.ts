// The CLI acts as a named user (`--as USERNAME`) so that visibility, permissions and the audit trail apply
// to command-line imports and exports exactly as to the web app.
import { notFound } from '../shared/errors.ts';
import type { Actor } from './actor.ts';
import { toActor, type UserRepository } from './org-repository.ts';

export function createActingUser({ users }: { users: Pick<UserRepository, 'findByUsername'> }) {
  /** The active user with this name as an actor; not_found when missing or deactivated. */
  return async function actingUser(username: string): Promise<Actor> {
    const user = await users.findByUsername(username);
    if (!user?.active) throw notFound('entity.user');
    return toActor(user);
  };
}

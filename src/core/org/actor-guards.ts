// Role checks shared by use cases.

import { forbidden } from '../shared/errors.ts';
import type { Actor } from './actor.ts';

export type { Actor };

/** Throws forbidden unless the actor is an administrator (audit log, user management). */
export function forbiddenUnlessAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw forbidden();
}

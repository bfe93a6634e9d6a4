// The one way actuals are written: inside the caller's transaction, the summed fact changes go to the fact
// tables and then to every FactDeltaHook (tracking's node actuals), so derived figures never drift from facts.
import type { Actor } from '../org/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { forbidden } from '../shared/errors.ts';
import type { Repositories, Transaction } from '../shared/repositories.ts';
import type { FactKind } from './fact-access.ts';
import { mayWriteFacts } from './fact-access.ts';
import { sumFactChanges, toFactDeltas } from './fact-changes.ts';
import type { FactDeltaHook } from './fact-delta.ts';
import type { FactChange } from './fact-types.ts';

export interface FactServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  clock: Clock;
  /** Called in the writing transaction with the summed deltas of each write (none when nothing changed). */
  onFactDeltas?: readonly FactDeltaHook[] | undefined;
}

/** Applies the changes to the facts and hands them to the hooks; returns the summed changes. */
export async function applyFactChanges(
  r: Repositories,
  changes: readonly FactChange[],
  hooks: readonly FactDeltaHook[] = [],
  options: { bypassForeignKeyTriggers?: boolean | undefined } = {},
): Promise<FactChange[]> {
  const summed = sumFactChanges(changes);
  if (summed.length === 0) return summed;
  await r.facts.applyFactChanges(summed, options);
  const deltas = toFactDeltas(summed);
  for (const hook of hooks) await hook(deltas, r);
  return summed;
}

/** Throws forbidden unless the actor's role writes rows of this kind ([fact-access]). */
export function mustWriteFacts(actor: Actor, kind: FactKind): void {
  if (!mayWriteFacts(actor.role, kind)) throw forbidden();
}

// [ORG-1] The signed-in user as every use case sees them, and the visibility scope that follows.
import { ROLE_SCOPE, type Role, type ScopeKind, WRITER_ROLES } from './roles.ts';

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: number;
  orgUnitName: string;
  /** Materialised path of the actor's org unit, '/1/2/'. */
  orgUnitPath: string;
}

/** What records an actor may see: everything, their unit subtree, or their own (plus account teams). */
export interface Scope {
  kind: ScopeKind;
  userId: number;
  unitPath: string;
}

/** [ORG-1] visibility: admins see all; managers, directors, finance and channel managers their unit subtree;
 * reps and account managers what they own. Everyone also sees accounts whose team they are on. */
export function scopeOf(actor: Actor): Scope {
  return { kind: ROLE_SCOPE[actor.role], userId: actor.userId, unitPath: actor.orgUnitPath };
}

export function canWrite(actor: Actor): boolean {
  return WRITER_ROLES.includes(actor.role);
}

/** Whether a unit path lies in the scope's subtree (used to check owners assigned by the actor). */
export function unitInScope(scope: Scope, unitPath: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'unit' && unitPath.startsWith(scope.unitPath));
}

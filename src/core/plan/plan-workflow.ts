// seed 002, [PLAN-8] review and governance; issue 4 access: the plan is read by whoever may see the account
// ([ORG-1] visibility) and edited by the account team (owner and members, in a writer role) and the line above
// the owner (a manager or director whose unit subtree holds the owner's unit, or an admin).
// draft → submitted → approved (by the team lead's line: a manager
// whose unit subtree holds the account owner, a director above the owner, or an admin — never the owner) or
// returned with comments. Decided here: a submitted plan is frozen (only approve or return); a returned plan is
// edited like a draft; editing an approved plan reopens it as a new draft (the approved version stays stored).
import { type Role, WRITER_ROLES } from '../org/roles.ts';
import type { PlanStatus } from './plan-types.ts';

export type PlanEvent = 'edit' | 'submit' | 'approve' | 'return';

/** The status after `event`, or null when the workflow forbids it in `status`. */
export function nextPlanStatus(status: PlanStatus, event: PlanEvent): PlanStatus | null {
  switch (event) {
    case 'edit':
      return status === 'submitted' ? null : status === 'approved' ? 'draft' : status;
    case 'submit':
      return status === 'draft' || status === 'returned' ? 'submitted' : null;
    case 'approve':
      return status === 'submitted' ? 'approved' : null;
    case 'return':
      return status === 'submitted' ? 'returned' : null;
  }
}

export interface Approver {
  userId: number;
  role: string;
  unitPath: string;
}

/** Whether `actor` may approve or return a plan of an account owned by `owner` (in unit `ownerUnitPath`). */
export function mayApprovePlan(actor: Approver, ownerUserId: number, ownerUnitPath: string): boolean {
  if (actor.userId === ownerUserId) return false;
  if (actor.role === 'admin') return true;
  if (actor.role !== 'manager' && actor.role !== 'director') return false;
  return ownerUnitPath.startsWith(actor.unitPath);
}

/** Whether `actor` may edit the plan of an account owned by `ownerUserId` with these team members. */
export function mayEditPlan(
  actor: Approver,
  ownerUserId: number,
  ownerUnitPath: string,
  teamUserIds: ReadonlySet<number>,
): boolean {
  if (!WRITER_ROLES.includes(actor.role as Role)) return false;
  if (actor.userId === ownerUserId || teamUserIds.has(actor.userId)) return true;
  if (actor.role === 'admin') return true;
  return (actor.role === 'manager' || actor.role === 'director') && ownerUnitPath.startsWith(actor.unitPath);
}

// Who may write actuals ([ORG-1], [TGT-5]): order lines are sales records, so the people who sell and the line
// above them write them — reps and account managers on the accounts they see (their own and their teams'),
// managers and directors on their unit subtree, admins everywhere. Collections and expenses are also booked by
// finance (their unit subtree). Channel managers read only. Everyone reads the actuals of the accounts they see.
import type { Role } from '../org/roles.ts';

export type FactKind = 'order_line' | 'collection' | 'expense';

const SALES_WRITERS: readonly Role[] = ['admin', 'director', 'manager', 'account_manager', 'rep'];

const WRITERS: Record<FactKind, readonly Role[]> = {
  order_line: SALES_WRITERS,
  collection: [...SALES_WRITERS, 'finance'],
  expense: [...SALES_WRITERS, 'finance'],
};

/** Whether the role may write rows of this kind (on accounts the actor sees; others stay 404). */
export function mayWriteFacts(role: Role, kind: FactKind): boolean {
  return WRITERS[kind].includes(role);
}

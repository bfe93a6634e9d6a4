// [ORG-1] visibility, enforced in one place: every account and contact query filters through
// visibleAccountIds(). A record outside it does not exist for the caller (404, never 403).
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Scope } from '../../core/org/actor.ts';
import type { DB } from '../schema.ts';

/** SQL set of account ids the scope may see: owned by users of the subtree (or by the user), or on the team. */
export function visibleAccountIds(db: Kysely<DB>, scope: Scope) {
  const team = db
    .selectFrom('account_team_member')
    .select('account_id')
    .where('app_user_id', '=', scope.userId);
  if (scope.kind === 'own') {
    return db
      .selectFrom('account')
      .select('account_id')
      .where('owner_user_id', '=', scope.userId)
      .union(team);
  }
  return db
    .selectFrom('account')
    .select('account_id')
    .where(
      'owner_user_id',
      'in',
      db
        .selectFrom('app_user')
        .innerJoin('org_unit', 'org_unit.org_unit_id', 'app_user.org_unit_id')
        .select('app_user.app_user_id')
        .where('org_unit.path', 'like', `${escapeLike(scope.unitPath)}%`),
    )
    .union(team);
}

/** A WHERE condition on `column` (an account id column) that keeps only visible accounts. */
export function accountVisible(db: Kysely<DB>, scope: Scope, column: string): Expression<SqlBool> {
  if (scope.kind === 'all') return sql<SqlBool>`true`;
  // A rep's own accounts and teams are a few hundred of 100,000: `= ANY (ARRAY(…))` makes the planner fetch
  // exactly those by key. With `IN (…)` it estimates the set too large, scans every account and hash-joins.
  if (scope.kind === 'own')
    return sql<SqlBool>`${sql.ref(column)} = ANY (ARRAY(${visibleAccountIds(db, scope)}))`;
  return sql<SqlBool>`${sql.ref(column)} IN (${visibleAccountIds(db, scope)})`;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

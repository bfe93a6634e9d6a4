// Which demo key accounts get a complete account plan ([PLAN-1]…[PLAN-11]): for each of the given owners, their
// active key accounts with the most contacts (a fuller influence map), each with the owner's approver — the
// manager whose unit holds the owner's unit most closely, else a director. Read-only; the plans themselves are
// written through the plan use cases (core/demo/load-demo-plans.ts), so they pass every rule a user's would.
import { sql } from 'kysely';
import type { DemoPlanCandidate } from '../../core/demo/load-demo-plans.ts';
import { toActor } from '../../core/org/org-repository.ts';
import type { Database } from '../connect.ts';
import { createRepositories } from '../repositories/create-repositories.ts';

/** Picks `perOwner[username]` accounts of each named owner; owners that do not exist are skipped. */
export async function selectDemoPlanCandidates(
  database: Database,
  perOwner: Record<string, number>,
): Promise<DemoPlanCandidate[]> {
  const db = database.db;
  const repos = createRepositories(db);
  const candidates: DemoPlanCandidate[] = [];
  for (const [username, count] of Object.entries(perOwner)) {
    const owner = await repos.users.findByUsername(username);
    if (!owner) continue;
    const approverRow = await sql<{ username: string }>`
      SELECT u.username
        FROM app_user u JOIN org_unit o ON o.org_unit_id = u.org_unit_id
       WHERE u.active AND u.role IN ('manager', 'director')
         AND ${owner.orgUnitPath} LIKE o.path || '%'
       ORDER BY (u.role = 'manager') DESC, length(o.path) DESC, u.app_user_id
       LIMIT 1`.execute(db);
    const approverName = approverRow.rows[0]?.username;
    const approver = approverName ? await repos.users.findByUsername(approverName) : undefined;
    if (!approver) continue;
    const accounts = await sql<{ accountId: number; name: string }>`
      SELECT a.account_id::int AS "accountId", a.name
        FROM account a
       WHERE a.owner_user_id = ${owner.id} AND a.type = 'key_account' AND a.status = 'active'
       ORDER BY (SELECT count(*) FROM contact c WHERE c.account_id = a.account_id AND c.status = 'active') DESC,
                a.account_id
       LIMIT ${count}`.execute(db);
    for (const account of accounts.rows) {
      const contacts = await sql<{
        id: number;
        name: string;
        title: string | null;
        reportsToId: number | null;
      }>`
        SELECT contact_id::int AS id, name, title, reports_to_contact_id::int AS "reportsToId"
          FROM contact WHERE account_id = ${account.accountId} AND status = 'active'
         ORDER BY contact_id`.execute(db);
      const team = await sql<{ userId: number }>`
        SELECT app_user_id::int AS "userId" FROM account_team_member
         WHERE account_id = ${account.accountId} AND app_user_id <> ${owner.id}
         ORDER BY app_user_id`.execute(db);
      candidates.push({
        accountId: account.accountId,
        accountName: account.name,
        owner: toActor(owner),
        approver: toActor(approver),
        teamUserIds: team.rows.map((t) => t.userId),
        contacts: contacts.rows,
      });
    }
  }
  return candidates;
}

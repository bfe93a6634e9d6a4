// [ACC-2] Account teams 客户团队: the owner leads; one to three colleagues join as sales, presales,
// service or executive sponsor. Some come from another region and group owners sit on their
// subsidiaries' teams, so that "visible through the account team" happens in the demo, not just in theory.
import type { TeamRole } from '../account/account-types.ts';
import type { RegionKey } from './demo-geography.ts';
import type { DemoOrg, DemoOwner } from './demo-org.ts';
import type { DemoAccount, DemoTeamMember } from './demo-types.ts';
import type { Random } from './random.ts';

const MAX_TEAM = 5;

/** Team members of every account; the owner is always the lead. */
export function buildTeams(rng: Random, accounts: readonly DemoAccount[], org: DemoOrg): DemoTeamMember[] {
  const regionOfUnit = new Map<number, RegionKey>(
    (Object.entries(org.regionUnitIds) as Array<[RegionKey, number]>).map(([key, id]) => [id, key]),
  );
  const ownersIn = (region: RegionKey, predicate: (o: DemoOwner) => boolean) =>
    org.owners.filter((o) => o.region === region && predicate(o));
  const ownersOutside = (region: RegionKey, predicate: (o: DemoOwner) => boolean) =>
    org.owners.filter((o) => o.region !== region && predicate(o));
  const teams = new Map<number, Map<number, TeamRole>>();
  const byId = new Map(accounts.map((a) => [a.id, a]));

  for (const account of accounts) {
    const region = regionOfUnit.get(account.regionUnitId) as RegionKey;
    const team = new Map<number, TeamRole>([[account.ownerUserId, 'lead']]);
    teams.set(account.id, team);
    const notMember = (o: DemoOwner) => !team.has(o.userId);
    const colleague = (predicate: (o: DemoOwner) => boolean): number | undefined => {
      const local = ownersIn(region, (o) => notMember(o) && predicate(o));
      const away = ownersOutside(region, (o) => notMember(o) && predicate(o));
      const pool = away.length > 0 && (local.length === 0 || rng.chance(0.15)) ? away : local;
      return pool.length > 0 ? rng.pick(pool).userId : undefined;
    };

    const isKey = account.type === 'key_account';
    const extra = isKey
      ? rng.weighted([1, 2, 3], [4, 4, 2])
      : account.type === 'distributor'
        ? rng.weighted([1, 2], [6, 4])
        : 1;
    const roles: TeamRole[] = rng.shuffle(
      isKey
        ? ['sales', 'presales', 'service', 'executive_sponsor']
        : ['sales', 'service', 'executive_sponsor'],
    );
    for (const role of roles.slice(0, extra)) {
      let userId: number | undefined;
      if (role === 'executive_sponsor') {
        userId =
          isKey && account.parentId === null && rng.chance(0.3) ? org.directorId : org.managerIds[region];
      } else if (role === 'presales') {
        userId = colleague((o) => o.role === 'account_manager');
      } else if (role === 'service' && !isKey && rng.chance(0.6)) {
        userId = org.channelManagerId;
      } else {
        userId = colleague((o) => o.role === 'rep' || role === 'sales');
      }
      if (userId !== undefined && !team.has(userId)) team.set(userId, role);
    }

    // A subsidiary's team includes the group's owner, so the group owner sees every subsidiary.
    const parent = account.parentId === null ? undefined : byId.get(account.parentId);
    if (parent && !team.has(parent.ownerUserId) && team.size < MAX_TEAM)
      team.set(parent.ownerUserId, 'sales');
  }

  ensureCrossRegion(accounts, teams, org, 'rep_east', 2);
  ensureCrossRegion(accounts, teams, org, 'rep_west', 1);

  const members: DemoTeamMember[] = [];
  for (const [accountId, team] of teams) {
    for (const [userId, teamRole] of team) members.push({ accountId, userId, teamRole });
  }
  return members;
}

/** Puts the rep on at least `count` key-account teams outside their region (deterministic: lowest ids). */
function ensureCrossRegion(
  accounts: readonly DemoAccount[],
  teams: Map<number, Map<number, TeamRole>>,
  org: DemoOrg,
  username: string,
  count: number,
): void {
  const rep = org.owners.find((o) => o.username === username);
  if (!rep) return;
  const away = accounts.filter((a) => a.type === 'key_account' && a.regionUnitId !== rep.regionUnitId);
  let have = away.filter((a) => teams.get(a.id)?.has(rep.userId)).length;
  for (const account of away) {
    if (have >= count) break;
    const team = teams.get(account.id);
    if (!team || team.has(rep.userId) || team.size >= MAX_TEAM) continue;
    team.set(rep.userId, 'sales');
    have++;
  }
}

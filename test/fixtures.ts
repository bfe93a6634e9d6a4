// A small company for service and route tests: two regions, five users with the demo names, a few accounts
// (one group with a subsidiary) and contacts. Everything goes through the same repositories as production.
import { hashPassword } from '../src/core/auth/password.ts';
import type { Database } from '../src/db/connect.ts';
import { createRepositories } from '../src/db/repositories/create-repositories.ts';

export const PASSWORD = 'kamdesk-test';

export interface Fixture {
  units: { company: number; east: number; eastTeam: number; west: number; westTeam: number };
  users: Record<
    'admin' | 'director' | 'manager_east' | 'rep_east' | 'rep_west' | 'finance' | 'rep_east2',
    number
  >;
  accounts: { eastGroup: number; eastSub: number; eastOther: number; west: number; westShared: number };
  contacts: { eastBoss: number; eastBuyer: number; westBoss: number };
}

let cachedHash: string | undefined;

export async function seedFixture(database: Database): Promise<Fixture> {
  const repos = createRepositories(database.db);
  cachedHash ??= await hashPassword(PASSWORD);
  const company = await repos.orgUnits.insert({
    parentId: null,
    name: '测试公司',
    nameEn: 'Test Co',
    kind: 'company',
  });
  const east = await repos.orgUnits.insert({
    parentId: company,
    name: '华东大区',
    nameEn: 'East',
    kind: 'region',
  });
  const eastTeam = await repos.orgUnits.insert({
    parentId: east,
    name: '上海一组',
    nameEn: 'Shanghai 1',
    kind: 'team',
  });
  const west = await repos.orgUnits.insert({
    parentId: company,
    name: '西部大区',
    nameEn: 'West',
    kind: 'region',
  });
  const westTeam = await repos.orgUnits.insert({
    parentId: west,
    name: '成都一组',
    nameEn: 'Chengdu 1',
    kind: 'team',
  });
  const user = (username: string, role: string, orgUnitId: number) =>
    repos.users.insert({
      username,
      displayName: username,
      role: role as never,
      orgUnitId,
      passwordHash: cachedHash!,
      email: null,
    });
  const users = {
    admin: await user('admin', 'admin', company),
    director: await user('director', 'director', company),
    manager_east: await user('manager_east', 'manager', east),
    rep_east: await user('rep_east', 'rep', eastTeam),
    rep_east2: await user('rep_east2', 'rep', eastTeam),
    rep_west: await user('rep_west', 'rep', westTeam),
    finance: await user('finance', 'finance', company),
  };
  const account = (
    code: string,
    name: string,
    ownerId: number,
    regionId: number,
    parentId: number | null = null,
  ) =>
    repos.accounts.insert({
      code,
      name,
      type: 'key_account',
      parentId,
      ownerId,
      regionId,
      industry: '食品',
      province: null,
      city: null,
      address: null,
      phone: null,
      website: null,
      notes: null,
    });
  const eastGroup = await account('KA-1', '东方集团', users.rep_east, east);
  const eastSub = await account('KA-2', '东方集团苏州分公司', users.rep_east, east, eastGroup);
  const eastOther = await account('KA-3', '浦江贸易', users.rep_east2, east);
  const westAccount = await account('KA-4', '西蜀食品', users.rep_west, west);
  const westShared = await account('KA-5', '天府连锁', users.rep_west, west);
  await repos.accounts.replaceTeam(westShared, [
    { userId: users.rep_west, teamRole: 'lead' },
    { userId: users.rep_east, teamRole: 'presales' },
  ]);
  const contact = (accountId: number, name: string, reportsToId: number | null) =>
    repos.contacts.insert({
      accountId,
      name,
      title: null,
      department: null,
      reportsToId,
      phone: null,
      email: null,
      wechat: null,
      profilePersonal: {},
      profileInterpersonal: {},
      profileWork: {},
      lastVerifiedOn: null,
    });
  const eastBoss = await contact(eastGroup, '张总', null);
  const eastBuyer = await contact(eastGroup, '李经理', eastBoss);
  const westBoss = await contact(westAccount, '王总', null);
  return {
    units: { company, east, eastTeam, west, westTeam },
    users,
    accounts: { eastGroup, eastSub, eastOther, west: westAccount, westShared },
    contacts: { eastBoss, eastBuyer, westBoss },
  };
}

// [ORG-1] The demo company's org tree (company → region 大区 → branch 分公司 → team) and its people.
// The usernames in DEMO_LOGINS are relied on by tests, e2e flows and the README; keep them stable.
import type { Role } from '../org/roles.ts';
import { DEMO_COMPANY_NAME, DEMO_COMPANY_NAME_EN } from './demo-catalogue.ts';
import type { RegionKey } from './demo-geography.ts';
import { personName } from './demo-names.ts';
import type { DemoOrgUnit, DemoUser, OrgUnitKind } from './demo-types.ts';
import type { Random } from './random.ts';

interface TeamTemplate {
  key: string;
  name: string;
  nameEn: string;
}

interface BranchTemplate {
  name: string;
  nameEn: string;
  province: string;
  teams: TeamTemplate[];
}

interface RegionTemplate {
  key: RegionKey;
  name: string;
  nameEn: string;
  branches: BranchTemplate[];
}

const REGIONS: readonly RegionTemplate[] = [
  {
    key: 'east',
    name: '华东大区',
    nameEn: 'East',
    branches: [
      {
        name: '上海分公司',
        nameEn: 'Shanghai Branch',
        province: '上海',
        teams: [
          { key: 'sh', name: '上海大客户一组', nameEn: 'Shanghai Key Accounts 1' },
          { key: 'shch', name: '上海渠道组', nameEn: 'Shanghai Channel' },
        ],
      },
      {
        name: '江苏分公司',
        nameEn: 'Jiangsu Branch',
        province: '江苏',
        teams: [{ key: 'js', name: '江苏大客户组', nameEn: 'Jiangsu Key Accounts' }],
      },
      {
        name: '浙江分公司',
        nameEn: 'Zhejiang Branch',
        province: '浙江',
        teams: [{ key: 'zj', name: '浙江大客户组', nameEn: 'Zhejiang Key Accounts' }],
      },
    ],
  },
  {
    key: 'south',
    name: '华南大区',
    nameEn: 'South',
    branches: [
      {
        name: '广东分公司',
        nameEn: 'Guangdong Branch',
        province: '广东',
        teams: [{ key: 'gd', name: '广东大客户组', nameEn: 'Guangdong Key Accounts' }],
      },
      {
        name: '福建分公司',
        nameEn: 'Fujian Branch',
        province: '福建',
        teams: [{ key: 'fj', name: '福建大客户组', nameEn: 'Fujian Key Accounts' }],
      },
    ],
  },
  {
    key: 'north',
    name: '华北大区',
    nameEn: 'North',
    branches: [
      {
        name: '北京分公司',
        nameEn: 'Beijing Branch',
        province: '北京',
        teams: [{ key: 'bj', name: '北京大客户组', nameEn: 'Beijing Key Accounts' }],
      },
      {
        name: '山东分公司',
        nameEn: 'Shandong Branch',
        province: '山东',
        teams: [{ key: 'sd', name: '山东大客户组', nameEn: 'Shandong Key Accounts' }],
      },
    ],
  },
  {
    key: 'west',
    name: '西部大区',
    nameEn: 'West',
    branches: [
      {
        name: '四川分公司',
        nameEn: 'Sichuan Branch',
        province: '四川',
        teams: [{ key: 'sc', name: '四川大客户组', nameEn: 'Sichuan Key Accounts' }],
      },
      {
        name: '陕西分公司',
        nameEn: 'Shaanxi Branch',
        province: '陕西',
        teams: [{ key: 'sx', name: '陕西大客户组', nameEn: 'Shaanxi Key Accounts' }],
      },
    ],
  },
];

/** Where a user sits: 'company', a region key, or a team key. */
type Seat = 'company' | RegionKey | string;

const FIXED_USERS: ReadonlyArray<{ username: string; displayName: string; role: Role; seat: Seat }> = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', seat: 'company' },
  { username: 'director', displayName: '王建国', role: 'director', seat: 'company' },
  { username: 'finance', displayName: '刘晓梅', role: 'finance', seat: 'company' },
  { username: 'channel', displayName: '赵志强', role: 'channel_manager', seat: 'company' },
  { username: 'manager_east', displayName: '陈立新', role: 'manager', seat: 'east' },
  { username: 'manager_south', displayName: '黄志明', role: 'manager', seat: 'south' },
  { username: 'manager_north', displayName: '张海涛', role: 'manager', seat: 'north' },
  { username: 'manager_west', displayName: '李俊', role: 'manager', seat: 'west' },
  { username: 'am_shanghai', displayName: '周敏', role: 'account_manager', seat: 'sh' },
  { username: 'am_guangdong', displayName: '林婉婷', role: 'account_manager', seat: 'gd' },
  { username: 'am_beijing', displayName: '孙浩', role: 'account_manager', seat: 'bj' },
  { username: 'am_sichuan', displayName: '杨雪', role: 'account_manager', seat: 'sc' },
  { username: 'rep_east', displayName: '吴磊', role: 'rep', seat: 'sh' },
  { username: 'rep_channel_sh', displayName: '郑凯', role: 'rep', seat: 'shch' },
  { username: 'rep_jiangsu', displayName: '徐静', role: 'rep', seat: 'js' },
  { username: 'rep_zhejiang', displayName: '朱鹏', role: 'rep', seat: 'zj' },
  { username: 'rep_south', displayName: '何俊杰', role: 'rep', seat: 'gd' },
  { username: 'rep_fujian', displayName: '郭丽娟', role: 'rep', seat: 'fj' },
  { username: 'rep_north', displayName: '马超', role: 'rep', seat: 'bj' },
  { username: 'rep_shandong', displayName: '高翔', role: 'rep', seat: 'sd' },
  { username: 'rep_west', displayName: '罗文', role: 'rep', seat: 'sc' },
  { username: 'rep_shaanxi', displayName: '梁宇', role: 'rep', seat: 'sx' },
];

/** The logins worth showing on a demo: who they are and what they see. */
export const DEMO_LOGINS: ReadonlyArray<{ username: string; role: Role; description: string }> = [
  { username: 'admin', role: 'admin', description: '系统管理员，全部数据 (administrator, everything)' },
  { username: 'director', role: 'director', description: '销售总监，全公司 (sales director, whole company)' },
  { username: 'manager_east', role: 'manager', description: '华东大区经理 (East region manager)' },
  {
    username: 'am_shanghai',
    role: 'account_manager',
    description: '上海大客户经理 (Shanghai key-account manager)',
  },
  {
    username: 'rep_east',
    role: 'rep',
    description: '华东销售代表，自己的客户 (East sales rep, own accounts)',
  },
  { username: 'rep_west', role: 'rep', description: '西部销售代表 (West sales rep)' },
  { username: 'channel', role: 'channel_manager', description: '经销商经理 (distributor manager)' },
  {
    username: 'finance',
    role: 'finance',
    description:
      '财务，全公司只读，可记回款和费用 (finance, reads everything, books collections and expenses)',
  },
];

/** A user who can own accounts, with the territory their accounts are placed in. */
export interface DemoOwner {
  userId: number;
  username: string;
  role: Role;
  region: RegionKey;
  regionUnitId: number;
  /** The province of the owner's branch; most of their accounts are there. */
  province: string;
  /** Sells through distributors rather than to key accounts. */
  channelFocus: boolean;
}

export interface DemoOrg {
  orgUnits: DemoOrgUnit[];
  users: DemoUser[];
  owners: DemoOwner[];
  regionUnitIds: Record<RegionKey, number>;
  managerIds: Record<RegionKey, number>;
  directorId: number;
  channelManagerId: number;
}

const EMAIL_DOMAIN = 'ruiheda.example.com';

/** Builds units and users with ids from 1; extraReps are spread round-robin over the teams. */
export function buildOrg(rng: Random, extraReps: number): DemoOrg {
  const orgUnits: DemoOrgUnit[] = [];
  const addUnit = (
    parent: DemoOrgUnit | null,
    name: string,
    nameEn: string,
    kind: OrgUnitKind,
  ): DemoOrgUnit => {
    const id = orgUnits.length + 1;
    const unit = {
      id,
      parentId: parent?.id ?? null,
      name,
      nameEn,
      kind,
      path: `${parent?.path ?? '/'}${id}/`,
    };
    orgUnits.push(unit);
    return unit;
  };
  const company = addUnit(null, DEMO_COMPANY_NAME, DEMO_COMPANY_NAME_EN, 'company');
  const seats = new Map<Seat, { unit: DemoOrgUnit; region: RegionKey | null; province: string | null }>();
  seats.set('company', { unit: company, region: null, province: null });
  const teamKeys: string[] = [];
  for (const region of REGIONS) {
    const regionUnit = addUnit(company, region.name, region.nameEn, 'region');
    seats.set(region.key, { unit: regionUnit, region: region.key, province: null });
    for (const branch of region.branches) {
      const branchUnit = addUnit(regionUnit, branch.name, branch.nameEn, 'branch');
      for (const team of branch.teams) {
        const teamUnit = addUnit(branchUnit, team.name, team.nameEn, 'team');
        seats.set(team.key, { unit: teamUnit, region: region.key, province: branch.province });
        teamKeys.push(team.key);
      }
    }
  }

  const templates = [...FIXED_USERS];
  const taken = new Set(templates.map((t) => t.displayName));
  for (let i = 0; i < extraReps; i++) {
    const teamKey = teamKeys[i % teamKeys.length] as string;
    let displayName = personName(rng).name;
    while (taken.has(displayName)) displayName = personName(rng).name;
    taken.add(displayName);
    const round = Math.floor(i / teamKeys.length) + 2;
    templates.push({ username: `rep_${teamKey}_${round}`, displayName, role: 'rep', seat: teamKey });
  }

  const users: DemoUser[] = [];
  const owners: DemoOwner[] = [];
  for (const template of templates) {
    const seat = seats.get(template.seat);
    if (!seat) throw new Error(`unknown seat ${template.seat}`);
    const id = users.length + 1;
    users.push({
      id,
      username: template.username,
      displayName: template.displayName,
      role: template.role,
      orgUnitId: seat.unit.id,
      email: `${template.username}@${EMAIL_DOMAIN}`,
    });
    if ((template.role === 'rep' || template.role === 'account_manager') && seat.region && seat.province) {
      owners.push({
        userId: id,
        username: template.username,
        role: template.role,
        region: seat.region,
        regionUnitId: (seats.get(seat.region) as { unit: DemoOrgUnit }).unit.id,
        province: seat.province,
        channelFocus: template.seat === 'shch',
      });
    }
  }

  const userId = (username: string): number => {
    const user = users.find((u) => u.username === username);
    if (!user) throw new Error(`missing demo user ${username}`);
    return user.id;
  };
  const regionUnitId = (key: RegionKey): number => (seats.get(key) as { unit: DemoOrgUnit }).unit.id;
  return {
    orgUnits,
    users,
    owners,
    regionUnitIds: {
      east: regionUnitId('east'),
      south: regionUnitId('south'),
      north: regionUnitId('north'),
      west: regionUnitId('west'),
    },
    managerIds: {
      east: userId('manager_east'),
      south: userId('manager_south'),
      north: userId('manager_north'),
      west: userId('manager_west'),
    },
    directorId: userId('director'),
    channelManagerId: userId('channel'),
  };
}

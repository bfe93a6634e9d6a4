// The demo company as plain rows with explicit ids; the loader writes them as they are.
import type { AccountType, TeamRole } from '../account/account-types.ts';
import type { Role } from '../org/roles.ts';

export type OrgUnitKind = 'company' | 'region' | 'branch' | 'team';

export interface DemoOrgUnit {
  id: number;
  parentId: number | null;
  name: string;
  nameEn: string;
  kind: OrgUnitKind;
  /** Materialised ancestor chain including itself, '/1/2/5/'. */
  path: string;
}

export interface DemoUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: number;
  email: string;
}

export interface DemoProductLine {
  id: number;
  code: string;
  name: string;
  category: string;
}

export interface DemoProduct {
  id: number;
  productLineId: number;
  sku: string;
  name: string;
  unit: string;
  listPriceFen: number;
  unitCostFen: number;
}

export interface DemoAccount {
  id: number;
  code: string;
  name: string;
  type: AccountType;
  parentId: number | null;
  ownerUserId: number;
  regionUnitId: number;
  industry: string;
  province: string;
  city: string;
  address: string;
  phone: string;
  website: string | null;
  notes: string | null;
}

export interface DemoTeamMember {
  accountId: number;
  userId: number;
  teamRole: TeamRole;
}

export type ProfileBlock = Record<string, string>;

export interface DemoContact {
  id: number;
  accountId: number;
  name: string;
  title: string;
  department: string;
  reportsToContactId: number | null;
  phone: string;
  email: string | null;
  wechat: string | null;
  /** family, hobbies, socialStyle, habits */
  profilePersonal: ProfileBlock;
  /** colleagues, friends, suppliers */
  profileInterpersonal: ProfileBlock;
  /** duties, results, goals, workingStyle, potential */
  profileWork: ProfileBlock;
  lastVerifiedOn: string | null;
}

export interface DemoCompany {
  /** The parameters it was generated from; order lines derive from the same seed. */
  seed: number;
  today: string;
  orgUnits: DemoOrgUnit[];
  users: DemoUser[];
  productLines: DemoProductLine[];
  products: DemoProduct[];
  accounts: DemoAccount[];
  teamMembers: DemoTeamMember[];
  contacts: DemoContact[];
}

export interface DemoOrderLine {
  id: number;
  /** 'YYYY-MM-DD' */
  orderDate: string;
  accountId: number;
  productId: number;
  quantity: number;
  amountFen: number;
  costFen: number;
}

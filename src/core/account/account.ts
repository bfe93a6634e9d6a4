// Account records as use cases read and write them ([ACC-1], [ACC-2]).
import type { AccountType, TeamRole } from './account-types.ts';

export interface AccountSummary {
  id: number;
  code: string;
  name: string;
  type: AccountType;
  status: 'active' | 'archived';
  industry: string | null;
  province: string | null;
  city: string | null;
  regionId: number | null;
  regionName: string | null;
  ownerId: number;
  ownerName: string;
  parentId: number | null;
  parentName: string | null;
  updatedAt: string;
}

export interface AccountTeamMember {
  userId: number;
  displayName: string;
  username: string;
  teamRole: TeamRole;
}

export interface AccountDetail extends AccountSummary {
  address: string | null;
  phone: string | null;
  website: string | null;
  notes: string | null;
  createdAt: string;
  ancestors: Array<{ id: number; name: string }>;
  children: Array<{ id: number; code: string; name: string; type: AccountType }>;
  team: AccountTeamMember[];
  contactCount: number;
}

/** Writable fields of an account. */
export interface AccountFields {
  code: string;
  name: string;
  type: AccountType;
  parentId: number | null;
  ownerId: number;
  regionId: number | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  notes: string | null;
}

export interface AccountListFilter {
  q?: string | undefined;
  type?: AccountType | undefined;
  regionId?: number | undefined;
  ownerId?: number | undefined;
  parentId?: number | undefined;
  industry?: string | undefined;
  status: 'active' | 'archived' | 'all';
  sort: string;
  limit: number;
  offset: number;
}

export interface MonthRevenue {
  month: string;
  revenueFen: number;
  grossProfitFen: number;
  groupRevenueFen: number;
}

// Contacts of an account with reporting line and the three profile blocks ([ACC-4]).

export type ProfileBlock = Record<string, string>;

export interface ContactSummary {
  id: number;
  accountId: number;
  accountName: string;
  name: string;
  title: string | null;
  department: string | null;
  phone: string | null;
  email: string | null;
  reportsToId: number | null;
  reportsToName: string | null;
  lastVerifiedOn: string | null;
  stale: boolean;
  status: 'active' | 'archived';
}

export interface ContactDetail extends ContactSummary {
  wechat: string | null;
  profilePersonal: ProfileBlock;
  profileInterpersonal: ProfileBlock;
  profileWork: ProfileBlock;
  profileCompleteness: number;
  directReports: Array<{ id: number; name: string; title: string | null }>;
  createdAt: string;
  updatedAt: string;
}

export interface ContactFields {
  accountId: number;
  name: string;
  title: string | null;
  department: string | null;
  reportsToId: number | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  profilePersonal: ProfileBlock;
  profileInterpersonal: ProfileBlock;
  profileWork: ProfileBlock;
  lastVerifiedOn: string | null;
}

export interface ContactListFilter {
  q?: string | undefined;
  accountId?: number | undefined;
  stale?: boolean | undefined;
  status: 'active' | 'archived' | 'all';
  sort: string;
  limit: number;
  offset: number;
}

// [ORG-1] roles and what each may see. The scope of a role decides visibility everywhere (see visibility.ts).

export const ROLES = [
  'admin',
  'director',
  'manager',
  'account_manager',
  'rep',
  'channel_manager',
  'finance',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * all: every record; unit: records owned by users in the caller's org-unit subtree (plus account teams);
 * own: records the caller owns or whose account team they are on.
 */
export type ScopeKind = 'all' | 'unit' | 'own';

export const ROLE_SCOPE: Record<Role, ScopeKind> = {
  admin: 'all',
  director: 'unit',
  manager: 'unit',
  channel_manager: 'unit',
  finance: 'unit',
  account_manager: 'own',
  rep: 'own',
};

/** Roles that may create and edit accounts and contacts (finance reads only). */
export const WRITER_ROLES: readonly Role[] = [
  'admin',
  'director',
  'manager',
  'account_manager',
  'rep',
  'channel_manager',
];

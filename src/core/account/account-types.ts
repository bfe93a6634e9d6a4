// [ACC-1] account types and [ACC-2] account-team roles (DOMAIN.md §2).

/** key_account 大客户, distributor 经销商, agent 代理商, retail 终端. */
export const ACCOUNT_TYPES = ['key_account', 'distributor', 'agent', 'retail'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** lead 客户负责人, sales 销售, presales 售前, service 交付/服务, executive_sponsor 高层赞助人. */
export const TEAM_ROLES = ['lead', 'sales', 'presales', 'service', 'executive_sponsor'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

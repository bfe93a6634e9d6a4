// [TGT-5] Who may enter market sizes 市场容量: admins, directors and managers (for their own subtree; the service
// checks the unit). One rule for the service and for the screen that hides the entry form from everyone else.
import type { Role } from '../org/roles.ts';

/** Roles that may set and remove market sizes. */
export const MARKET_SIZE_EDITOR_ROLES: readonly Role[] = ['admin', 'director', 'manager'];

/** Whether a role may set and remove market sizes at all (the unit is checked per size by the service). */
export const mayEditMarketSizes = (role: Role): boolean => MARKET_SIZE_EDITOR_ROLES.includes(role);

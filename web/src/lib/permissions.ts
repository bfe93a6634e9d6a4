// What the signed-in user may do, from the server's role rules (core/org/roles.ts); the server enforces it,
// the UI only hides buttons that would be refused.
import { type Role, WRITER_ROLES } from '../../../src/core/org/roles.ts';

/** Accounts and contacts may be created and edited by every role except finance. */
export const canWrite = (role: Role): boolean => WRITER_ROLES.includes(role);

/** Segmentation settings and recomputing all accounts are for administrators and sales directors. */
export const canConfigureSegmentation = (role: Role): boolean => role === 'admin' || role === 'director';

// Who may start a target plan: administrators and sales directors (the target-plan rules; the server enforces
// it, the UI only hides the button). What a user may change inside a plan comes with the plan itself.
import type { Role } from '../../../../src/core/org/roles.ts';

export const canPlanTargets = (role: Role): boolean => role === 'admin' || role === 'director';

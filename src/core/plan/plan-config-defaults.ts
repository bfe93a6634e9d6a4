// seed 002, [PLAN-5]/[PLAN-7]/[PLAN-8]: the default plan settings. The seed asks for a relationship gap table
// sorted by importance, SMART goals and a plan reviewed for completeness; it gives no numbers, so these are
// ours (DOMAIN.md: every default is configurable data): influence high 3 / medium 2 / low 1; a SMART goal
// names a metric with a baseline, changes it by at most 100% (new business from 0 allowed), serves a customer
// objective or need and is due inside the plan year; health weights favour knowing the decision maker and
// the sponsor, fresh contacts and covered opponents, as the seed's influence-map lesson stresses.
import type { PlanConfig } from './plan-config-types.ts';

export const DEFAULT_PLAN_CONFIG: PlanConfig = {
  version: 1,
  influenceWeights: { high: 3, medium: 2, low: 1, unknown: 1 },
  smart: {
    specificMinTitleChars: 4,
    achievableMaxChangePct: 100,
    achievableFromZero: true,
    relevantLevels: ['objective', 'strategy', 'tactic', 'need'],
  },
  health: {
    weights: {
      decisionMaker: 15,
      sponsor: 10,
      coach: 5,
      staleContacts: 10,
      uncoveredOpponents: 15,
      actionDueThisMonth: 10,
      overdueActions: 10,
      goalsSmart: 10,
      strategicMap: 10,
      opportunities: 5,
    },
    maxStaleContactsPct: 30,
  },
};

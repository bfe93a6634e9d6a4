// seed 002, [PLAN-8]: plan completeness/health score with its reasons. Each rule of the config (`health.weights`,
// summing to 100; weight 0 = off) passes or fails; score = Σ weights of the passing rules. Rules:
//   decisionMaker / sponsor / coach — somebody on the influence map holds that role;
//   staleContacts — at most maxStaleContactsPct % of the map's contacts are stale ([ACC-4] staleness rule);
//   uncoveredOpponents — no high-influence person who is an opponent or unfavourable lacks a coverage owner;
//   actionDueThisMonth — an open action is due in the current month;
//   overdueActions — no open action is past its due date;
//   goalsSmart — there are goals and every one passes SMART;
//   strategicMap — some need traces up to a customer objective;
//   opportunities — the execution map names at least one opportunity.
import type { GraphEdge } from './check-plan-edge.ts';
import { HEALTH_RULE_IDS, type HealthRuleId, type PlanConfig } from './plan-config-types.ts';
import { planNodeChains } from './plan-node-chains.ts';
import {
  type ActionStatus,
  type Attitude,
  type InfluenceLevel,
  type InfluenceRole,
  isOpenAction,
  type NodeLevel,
} from './plan-types.ts';

export interface HealthInput {
  /** 'YYYY-MM-DD' business date. */
  today: string;
  people: Array<{
    roles: readonly InfluenceRole[];
    influence: InfluenceLevel | null;
    attitude: Attitude | null;
    covered: boolean;
    /** Null for external influencers, who have no contact record to verify. */
    stale: boolean | null;
  }>;
  actions: Array<{ dueDate: string | null; status: ActionStatus }>;
  goals: Array<{ smartPassed: boolean }>;
  nodes: Array<{ id: number; level: NodeLevel }>;
  edges: readonly GraphEdge[];
}

export interface HealthRuleResult {
  rule: HealthRuleId;
  weight: number;
  passed: boolean;
}

export interface HealthReason {
  rule: HealthRuleId;
  /** Message key (plan.health.*) with params. */
  messageKey: string;
  params: Record<string, string | number>;
}

export interface PlanHealth {
  score: number;
  rules: HealthRuleResult[];
  reasons: HealthReason[];
}

type Verdict =
  | { passed: true }
  | { passed: false; messageKey: string; params?: Record<string, string | number> };
const pass: Verdict = { passed: true };
const fail = (messageKey: string, params: Record<string, string | number> = {}): Verdict => ({
  passed: false,
  messageKey,
  params,
});

function verdicts(input: HealthInput, config: PlanConfig['health']): Record<HealthRuleId, Verdict> {
  const hasRole = (role: InfluenceRole) => input.people.some((p) => p.roles.includes(role));
  const contacts = input.people.filter((p) => p.stale !== null);
  const stale = contacts.filter((p) => p.stale).length;
  const stalePct = contacts.length ? Math.round((stale * 100) / contacts.length) : 0;
  const uncovered = input.people.filter(
    (p) =>
      p.influence === 'high' && (p.attitude === 'opponent' || p.attitude === 'unfavourable') && !p.covered,
  ).length;
  const open = input.actions.filter((a) => isOpenAction(a.status));
  const month = input.today.slice(0, 7);
  const overdue = open.filter((a) => a.dueDate !== null && a.dueDate < input.today).length;
  const failingGoals = input.goals.filter((g) => !g.smartPassed).length;
  const objectives = new Set(input.nodes.filter((n) => n.level === 'objective').map((n) => n.id));
  const needTraced = input.nodes.some(
    (n) => n.level === 'need' && planNodeChains(n.id, input.edges).upstream.some((s) => objectives.has(s.id)),
  );
  return {
    decisionMaker: hasRole('decision_maker') ? pass : fail('plan.health.no_decision_maker'),
    sponsor: hasRole('sponsor') ? pass : fail('plan.health.no_sponsor'),
    coach: hasRole('coach') ? pass : fail('plan.health.no_coach'),
    staleContacts:
      stalePct <= config.maxStaleContactsPct
        ? pass
        : fail('plan.health.stale_contacts', { pct: stalePct, max: config.maxStaleContactsPct }),
    uncoveredOpponents:
      uncovered === 0 ? pass : fail('plan.health.uncovered_opponents', { count: uncovered }),
    actionDueThisMonth: open.some((a) => a.dueDate?.startsWith(month))
      ? pass
      : fail('plan.health.no_action_this_month'),
    overdueActions: overdue === 0 ? pass : fail('plan.health.overdue_actions', { count: overdue }),
    goalsSmart:
      input.goals.length === 0
        ? fail('plan.health.no_goals')
        : failingGoals === 0
          ? pass
          : fail('plan.health.goals_not_smart', { count: failingGoals }),
    strategicMap: needTraced ? pass : fail('plan.health.no_strategic_map'),
    opportunities: input.nodes.some((n) => n.level === 'opportunity')
      ? pass
      : fail('plan.health.no_opportunities'),
  };
}

/** The health score (0–100) with each rule's verdict and the reasons of the failing rules, heaviest first. */
export function planHealth(input: HealthInput, config: PlanConfig['health']): PlanHealth {
  const all = verdicts(input, config);
  const rules: HealthRuleResult[] = [];
  const reasons: Array<HealthReason & { weight: number }> = [];
  let score = 0;
  for (const rule of HEALTH_RULE_IDS) {
    const weight = config.weights[rule];
    if (weight === 0) continue;
    const v = all[rule];
    rules.push({ rule, weight, passed: v.passed });
    if (v.passed) score += weight;
    else reasons.push({ rule, weight, messageKey: v.messageKey, params: v.params ?? {} });
  }
  reasons.sort((a, b) => b.weight - a.weight);
  return { score, rules, reasons: reasons.map(({ weight: _w, ...r }) => r) };
}

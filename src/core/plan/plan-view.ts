// The whole plan as the plan page, the briefing, the health score and the approval snapshot read it: the five
// parts of [PLAN-1] with parts 1 and 2 read from their own tables (account team, [ACC-3] background) — nothing
// typed twice — plus the computed parts: stale marks ([ACC-4] rule), gap priorities ([PLAN-5]), SMART results
// ([PLAN-7]) and the health score ([PLAN-8]).
import { isStale } from '../contact/contact-profile.ts';
import type { Actor } from '../org/actor.ts';
import { scopeOf } from '../org/actor.ts';
import type { Repositories } from '../shared/repositories.ts';
import { backgroundCompleteness, normaliseBackground } from '../value/background-sections.ts';
import { checkSmartGoal, type SmartResult } from './check-smart-goal.ts';
import { gapPriorities } from './gap-priorities.ts';
import type {
  ActionRecord,
  DmuMember,
  EdgeRecord,
  GapRecord,
  GoalRecord,
  InfluenceEntryRecord,
  InfluenceLineRecord,
  NodeRecord,
  OpportunityRecord,
  PartnerFields,
  PlanComment,
  PlanRecord,
  VoiceRecord,
} from './plan.ts';
import type { PlanConfig } from './plan-config-types.ts';
import { type PlanHealth, planHealth } from './plan-health.ts';
import type { InfluenceLevel } from './plan-types.ts';
import { mayApprovePlan, mayEditPlan } from './plan-workflow.ts';

export interface PlanView {
  plan: PlanRecord;
  /** Part 1 ([ACC-2]): the account's owner and team as stored on the account. */
  team: Array<{ userId: number; displayName: string; teamRole: string }>;
  /** Part 2 ([ACC-3]): the account's background sections as stored on the account. */
  background: { sections: Record<string, string>; completeness: number; updatedAt: string | null };
  /** Part 3 ([PLAN-2]/[PLAN-3]): one graph. */
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  opportunities: Array<OpportunityRecord & { nodeId: number; dmu: DmuMember[] }>;
  /** Part 4 ([PLAN-4]…[PLAN-6]). */
  influence: Array<InfluenceEntryRecord & { stale: boolean | null }>;
  lines: InfluenceLineRecord[];
  gaps: Array<
    GapRecord & {
      influence: InfluenceLevel | null;
      gap: number;
      influenceWeight: number;
      priority: number;
      actionIds: number[];
    }
  >;
  partners: Array<PartnerFields & { id: number }>;
  voices: Array<VoiceRecord & { id: number }>;
  /** Part 5 ([PLAN-7]). */
  goals: Array<GoalRecord & { smart: SmartResult }>;
  actions: ActionRecord[];
  health: PlanHealth;
  comments: PlanComment[];
  lastApprovedVersion: number | null;
  /** What the reader may do, so screens show only the buttons that work (the services check again). */
  access: { canEdit: boolean; canApprove: boolean };
}

/** Reads every part of the plan and computes the derived figures. */
export async function loadPlanView(
  r: Repositories,
  actor: Actor,
  plan: PlanRecord,
  today: string,
  config: PlanConfig,
): Promise<PlanView> {
  const id = plan.id;
  const [
    account,
    stored,
    nodes,
    edges,
    opps,
    entries,
    lines,
    gapRows,
    partners,
    voices,
    goalRows,
    actions,
    comments,
    latest,
  ] = await Promise.all([
    r.accounts.findVisible(scopeOf(actor), plan.accountId),
    r.backgrounds.find(plan.accountId),
    r.planGraph.nodes(id),
    r.planGraph.edges(id),
    r.planGraph.opportunities(id),
    r.planPeople.entries(id),
    r.planPeople.lines(id),
    r.planPeople.gaps(id),
    r.planPeople.partners(id),
    r.planPeople.voices(id),
    r.planGoals.goals(id),
    r.planGoals.actions(id),
    r.plans.comments(id),
    r.plans.versions(id),
  ]);
  const dmu = await r.planGraph.dmu(opps.map((o) => o.id));
  const sections = normaliseBackground(stored?.sections ?? {});
  const influence = entries.map((e) => ({
    ...e,
    stale: e.contactId === null ? null : isStale(e.lastVerifiedOn, today),
  }));
  const influenceOf = new Map(
    influence.filter((e) => e.contactId !== null).map((e) => [e.contactId, e.influence]),
  );
  const gaps = gapPriorities(
    gapRows.map((g) => ({ ...g, influence: influenceOf.get(g.contactId) ?? null })),
    config.influenceWeights,
  ).map((g) => ({ ...g, actionIds: actions.filter((a) => a.gapId === g.id).map((a) => a.id) }));
  const levelOf = new Map(nodes.map((n) => [n.id, n.level]));
  const goalById = new Map(goalRows.map((g) => [g.id, g]));
  const goals = goalRows.map((g) => {
    const linked =
      g.nodeId ?? (g.parentGoalId !== null ? (goalById.get(g.parentGoalId)?.nodeId ?? null) : null);
    const smart = checkSmartGoal(
      { ...g, linkedLevel: linked === null ? null : (levelOf.get(linked) ?? null) },
      plan.planYear,
      config.smart,
    );
    return { ...g, smart };
  });
  const nodeOfOpp = new Map(
    nodes.filter((n) => n.opportunityId !== null).map((n) => [n.opportunityId, n.id]),
  );
  const opportunities = opps.map((o) => ({
    ...o,
    nodeId: nodeOfOpp.get(o.id) ?? 0,
    dmu: dmu.filter((d) => d.opportunityId === o.id),
  }));
  const team = account
    ? [
        { userId: account.ownerId, displayName: account.ownerName, teamRole: 'owner' },
        ...account.team.filter((m) => m.userId !== account.ownerId),
      ].map(({ userId, displayName, teamRole }) => ({ userId, displayName, teamRole }))
    : [];
  const who = { userId: actor.userId, role: actor.role, unitPath: actor.orgUnitPath };
  const teamIds = new Set([plan.ownerUserId, ...(account?.team ?? []).map((m) => m.userId)]);
  const health = planHealth(
    {
      today,
      people: influence.map((e) => ({
        roles: e.roles,
        influence: e.influence,
        attitude: e.attitude,
        covered: e.coverageUserId !== null,
        stale: e.stale,
      })),
      actions,
      goals: goals.map((g) => ({ smartPassed: g.smart.passed })),
      nodes,
      edges,
    },
    config.health,
  );
  return {
    plan,
    team,
    background: {
      sections,
      completeness: backgroundCompleteness(sections),
      updatedAt: stored?.updatedAt ?? null,
    },
    nodes,
    edges,
    opportunities,
    influence,
    lines,
    gaps,
    partners,
    voices,
    goals,
    actions,
    health,
    comments,
    lastApprovedVersion: latest[0]?.version ?? null,
    access: {
      canEdit: mayEditPlan(who, plan.ownerUserId, plan.ownerUnitPath, teamIds) && plan.status !== 'submitted',
      canApprove: mayApprovePlan(who, plan.ownerUserId, plan.ownerUnitPath) && plan.status === 'submitted',
    },
  };
}

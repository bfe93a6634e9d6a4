// The demo company's complete key account plans (seed 002, [PLAN-1]…[PLAN-11]), written through the plan use
// cases as the account owner would write them and, for most, approved by the owner's manager — so a new user
// finds real plans with both maps, gaps, goals, reviews and versions. Deterministic: the same candidates and
// today give the same plans. Statuses vary on purpose (approved, submitted, returned, draft).
import type { Actor } from '../org/actor.ts';
import type { PlanGoalService } from '../plan/plan-goal-service.ts';
import type { PlanGraphService } from '../plan/plan-graph-service.ts';
import type { PlanPeopleService } from '../plan/plan-people-service.ts';
import type { PlanReviewService } from '../plan/plan-review-service.ts';
import type { PlanService } from '../plan/plan-service.ts';
import type { PlanWorkflowService } from '../plan/plan-workflow-service.ts';
import type { WriteContext } from '../shared/repositories.ts';
import { addDays } from './demo-dates.ts';
import { DEMO_PEOPLE_PROFILES, DEMO_PLAN_THEMES, type DemoPlanTheme } from './demo-plan-content.ts';

export interface DemoPlanCandidate {
  accountId: number;
  accountName: string;
  owner: Actor;
  approver: Actor;
  /** Account-team members other than the owner. */
  teamUserIds: number[];
  contacts: Array<{ id: number; name: string; title: string | null; reportsToId: number | null }>;
}

export interface DemoPlanServices {
  plans: PlanService;
  planGraph: PlanGraphService;
  planPeople: PlanPeopleService;
  planGoals: PlanGoalService;
  planWorkflow: PlanWorkflowService;
  planReviews: PlanReviewService;
}

/** Where each plan ends up, in candidate order. */
const FINAL_STATUS = ['approved', 'submitted', 'approved', 'returned', 'draft'] as const;
const MAX_PEOPLE = DEMO_PEOPLE_PROFILES.length;
const CTX: WriteContext = { requestId: null };

/** Writes one plan per candidate for the year of `today` ('YYYY-MM-DD'); returns the plan ids. */
export async function loadDemoPlans(
  services: DemoPlanServices,
  candidates: readonly DemoPlanCandidate[],
  today: string,
): Promise<number[]> {
  const ids: number[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const theme = DEMO_PLAN_THEMES[index % DEMO_PLAN_THEMES.length] as DemoPlanTheme;
    ids.push(await loadOnePlan(services, candidate, theme, today, FINAL_STATUS[index % FINAL_STATUS.length]));
  }
  return ids;
}

async function loadOnePlan(
  s: DemoPlanServices,
  c: DemoPlanCandidate,
  theme: DemoPlanTheme,
  today: string,
  finalStatus: (typeof FINAL_STATUS)[number] | undefined,
): Promise<number> {
  const owner = c.owner;
  const planId = (
    await s.plans.create(owner, { accountId: c.accountId, planYear: Number(today.slice(0, 4)) }, CTX)
  ).plan.id;
  const people = orderedByHierarchy(c.contacts).slice(0, MAX_PEOPLE);
  const coverers = [owner.userId, ...c.teamUserIds];

  // Part 4: influence map, laid out as the reporting tree (x by position in its level, y by level).
  const depthOf = depths(people);
  const perDepth = new Map<number, number>();
  const entryOf = new Map<number, number>();
  for (const [i, person] of people.entries()) {
    const profile = DEMO_PEOPLE_PROFILES[i] ?? DEMO_PEOPLE_PROFILES[DEMO_PEOPLE_PROFILES.length - 1];
    if (!profile) continue;
    const depth = depthOf.get(person.id) ?? 0;
    const column = perDepth.get(depth) ?? 0;
    perDepth.set(depth, column + 1);
    // The high-influence opponent is left uncovered, so the plan's health shows that risk.
    const uncovered = profile.attitude === 'opponent';
    const result = await s.planPeople.addEntry(
      owner,
      planId,
      {
        contactId: person.id,
        external: null,
        roles: profile.roles,
        influence: profile.influence,
        attitude: profile.attitude,
        x: column * 240 + depth * 60,
        y: depth * 160,
        contactLevel: depth === 0 ? 'executive' : depth === 1 ? 'management' : 'operational',
        contactFrequency: depth === 0 ? 'quarterly' : 'monthly',
        coverageUserId: uncovered ? null : (coverers[i % coverers.length] ?? owner.userId),
      },
      CTX,
    );
    const entry = result.influence.find((e) => e.contactId === person.id);
    if (entry) entryOf.set(person.id, entry.id);
  }
  if (theme.external) {
    await s.planPeople.addEntry(
      owner,
      planId,
      {
        contactId: null,
        external: { ...theme.external },
        roles: ['recommender'],
        influence: 'medium',
        attitude: 'favourable',
        x: (perDepth.get(1) ?? 1) * 240 + 120,
        y: 160,
        contactLevel: 'management',
        contactFrequency: 'quarterly',
        coverageUserId: owner.userId,
      },
      CTX,
    );
  }
  const [first, second, third] = people;
  const fromEntry = third ? entryOf.get(third.id) : undefined;
  const toEntry = first ? entryOf.get(first.id) : undefined;
  if (fromEntry !== undefined && toEntry !== undefined)
    await s.planPeople.addLine(
      owner,
      planId,
      { fromEntryId: fromEntry, toEntryId: toEntry, note: '同乡，私下关系很好' },
      CTX,
    );

  // Part 4: relationship gaps of the owner with the top people; the widest becomes an action.
  let widestGap: number | undefined;
  for (const [i, person] of people.slice(0, 4).entries()) {
    const current = [1, 0, 2, 3][i] ?? 1;
    const desired = [3, 2, 3, 4][i] ?? 3;
    const relationships = await s.planPeople.setGap(
      owner,
      planId,
      {
        contactId: person.id,
        userId: owner.userId,
        currentLevel: current,
        desiredLevel: desired,
        note: null,
      },
      CTX,
    );
    if (i === 0) widestGap = relationships.gaps.find((g) => g.contactId === person.id)?.id;
  }
  if (widestGap !== undefined)
    await s.planPeople.gapToAction(owner, planId, widestGap, { dueDate: addDays(today, 21) }, CTX);
  await s.planPeople.setPartners(
    owner,
    planId,
    theme.partners.map((p) => ({
      name: p.name,
      kind: p.kind,
      relationToCustomer: p.toCustomer,
      relationToUs: p.toUs,
      canHelp: p.canHelp,
      howToHelp: p.how,
    })),
    CTX,
  );
  const speakers = [first, second].filter((p) => p !== undefined);
  await s.planPeople.setVoices(
    owner,
    planId,
    theme.voices.flatMap((statement, i) => {
      const speaker = speakers[i % Math.max(1, speakers.length)];
      return speaker ? [{ contactId: speaker.id, statement, heardOn: addDays(today, -30 * (i + 1)) }] : [];
    }),
    CTX,
  );

  // Part 3: the strategic and execution map as one graph.
  const ownerOf = (i: number) => people[i % Math.max(1, people.length)]?.id ?? null;
  const add = async (
    level: Parameters<PlanGraphService['addNode']>[2]['level'],
    title: string,
    upstream: number[],
    extra: Partial<Parameters<PlanGraphService['addNode']>[2]> = {},
  ) =>
    (await s.planGraph.addNode(owner, planId, { level, title, upstreamNodeIds: upstream, ...extra }, CTX))
      .node.id;
  const objective = await add('objective', theme.graph.objective, [], {
    ownerContactId: ownerOf(0),
    ownerConfirmed: true,
  });
  const solutions: number[] = [];
  let needIndex = 0;
  for (const [si, strategy] of theme.graph.strategies.entries()) {
    const strategyId = await add('strategy', strategy.title, [objective], {
      ownerContactId: ownerOf(si),
      ownerConfirmed: si === 0,
    });
    for (const tactic of strategy.tactics) {
      const tacticId = await add('tactic', tactic.title, [strategyId], { ownerContactId: ownerOf(si + 1) });
      for (const need of tactic.needs) {
        const needId = await add('need', need.title, [tacticId], {
          ownerContactId: ownerOf(2 + needIndex++),
        });
        solutions.push(await add('solution', need.solution, [needId]));
      }
    }
  }
  let graphActionIndex = 0;
  for (const [oi, opportunity] of theme.graph.opportunities.entries()) {
    const solution = solutions[oi % Math.max(1, solutions.length)];
    if (solution === undefined) break;
    const opportunityId = await add('opportunity', opportunity.name, [solution], {
      opportunity: {
        name: opportunity.name,
        valueFen: opportunity.yuan * 100,
        stage: opportunity.stage,
        probability: opportunity.probability,
        closeDate: addDays(today, opportunity.closeInMonths * 30),
        ownerUserId: owner.userId,
      },
    });
    const action = theme.graph.actions[graphActionIndex++];
    if (action) await add('action', action, [opportunityId]);
  }

  // Part 5: goals, sub-goals and actions (one overdue, one done, the rest open).
  for (const [gi, goal] of theme.goals.entries()) {
    const goals = await s.planGoals.addGoal(
      owner,
      planId,
      {
        title: goal.title,
        metric: goal.metric,
        unit: goal.unit,
        baselineValue: goal.baseline,
        targetValue: goal.target,
        dueDate: `${today.slice(0, 4)}-12-31`,
        nodeId: objective,
        sortOrder: gi,
      },
      CTX,
    );
    const goalId = goals.goals.find((g) => g.title === goal.title && g.parentGoalId === null)?.id ?? null;
    for (const [si, sub] of goal.subGoals.entries())
      await s.planGoals.addGoal(
        owner,
        planId,
        {
          title: sub,
          parentGoalId: goalId,
          dueDate: addDays(today, 60 * (si + 1)),
          nodeId: objective,
          sortOrder: si,
        },
        CTX,
      );
  }
  for (const [ai, title] of theme.actions.entries())
    await s.planGoals.addAction(
      owner,
      planId,
      {
        title,
        ownerUserId: coverers[ai % coverers.length] ?? owner.userId,
        dueDate: addDays(today, ai === 0 ? -7 : 14 * ai),
        status: ai === theme.actions.length - 1 ? 'done' : 'open',
      },
      CTX,
    );

  // Header: support requested ([PLAN-9]) and the self-assessment ([PLAN-11]).
  await s.plans.updateHeader(
    owner,
    planId,
    {
      supportRequested: theme.supportRequested,
      executiveView: 'problem_solver',
      firstVisitOutcome: 'invited_back',
      selfAssessmentNote: theme.selfAssessment,
    },
    CTX,
  );

  // [PLAN-10] last month's review, held, with minutes and an action item; next month's review scheduled.
  const held = await s.planReviews.schedule(
    owner,
    planId,
    { cadence: 'monthly', scheduledOn: addDays(today, -20) },
    CTX,
  );
  await s.planReviews.record(
    owner,
    planId,
    held.id,
    { heldOn: addDays(today, -20), minutes: '回顾了商机进展和关系差距；决定加快高层拜访。' },
    CTX,
  );
  await s.planReviews.addActionItems(
    owner,
    planId,
    held.id,
    [{ title: '预约客户总经理面谈', ownerUserId: owner.userId, dueDate: addDays(today, 10) }],
    CTX,
  );

  // Workflow ([PLAN-8]).
  if (finalStatus === 'draft' || finalStatus === undefined) return planId;
  await s.planWorkflow.submit(owner, planId, '请审批今年的客户计划。', CTX);
  if (finalStatus === 'approved')
    await s.planWorkflow.approve(c.approver, planId, '同意，重点推进框架协议。', CTX);
  if (finalStatus === 'returned')
    await s.planWorkflow.returnPlan(c.approver, planId, '关系差距的行动不够具体，请补充时间和负责人。', CTX);
  if (finalStatus === 'approved')
    await s.planReviews.schedule(
      owner,
      planId,
      { cadence: 'quarterly', scheduledOn: addDays(today, 30) },
      CTX,
    );
  return planId;
}

/** Contacts with everyone's manager before them (roots first), so depth and layout follow the hierarchy. */
function orderedByHierarchy(contacts: DemoPlanCandidate['contacts']): DemoPlanCandidate['contacts'] {
  const d = depths(contacts);
  return [...contacts].sort((a, b) => (d.get(a.id) ?? 0) - (d.get(b.id) ?? 0) || a.id - b.id);
}

function depths(contacts: DemoPlanCandidate['contacts']): Map<number, number> {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const result = new Map<number, number>();
  for (const contact of contacts) {
    let depth = 0;
    let cursor = contact.reportsToId;
    const seen = new Set<number>([contact.id]);
    while (cursor !== null && byId.has(cursor) && !seen.has(cursor)) {
      seen.add(cursor);
      depth += 1;
      cursor = byId.get(cursor)?.reportsToId ?? null;
    }
    result.set(contact.id, depth);
  }
  return result;
}

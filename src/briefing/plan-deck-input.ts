// The deck input of a stored plan (seed 002, [PLAN-9]): the plan's briefing data (labels in the user's language)
// plus what only the drawn maps need from the plan itself — node ids and edges, people's positions, reporting
// and influence lines — and the account's revenue by year for the background chart.
import type { BriefingData } from '../core/plan/plan-briefing.ts';
import type { PlanView } from '../core/plan/plan-view.ts';
import { translate } from '../core/shared/messages.ts';
import type {
  Attitude,
  BriefingDeckInput,
  RevenueYear,
  RoleBadge,
  SmartLetter,
} from './briefing-deck-input.ts';

/** [SEG-6] relationship levels 0–4, as the gap table shows them. */
const LEVEL_KEYS = ['exploratory', 'basic', 'mid', 'partnership', 'synergistic'] as const;
const ATTITUDE_OF: Record<string, Attitude> = {
  supporter: 'supporter',
  favourable: 'positive',
  neutral: 'neutral',
  unfavourable: 'negative',
  opponent: 'opponent',
};
const NOT_SET = '—';

export interface PlanDeckExtras {
  companyName: string;
  revenueByYear: RevenueYear[];
}

/** Builds the deck input; every label comes from `briefing`, which is already in the requested language. */
export function planDeckInput(
  view: PlanView,
  briefing: BriefingData,
  extras: PlanDeckExtras,
): BriefingDeckInput {
  const lang = briefing.lang;
  const level = (n: number) => {
    const key = LEVEL_KEYS[n];
    return key ? `${n} ${translate(`segmentation.value.kam_stage.${key}`, lang)}` : String(n);
  };
  const entryOfContact = new Map(
    view.influence.filter((e) => e.contactId !== null).map((e) => [e.contactId as number, e.id]),
  );
  const reporting = view.influence.flatMap((e) => {
    const boss = e.reportsToContactId === null ? undefined : entryOfContact.get(e.reportsToContactId);
    return boss === undefined ? [] : [{ from: String(e.id), to: String(boss), kind: 'reporting' as const }];
  });
  const subGoals = (id: number) => view.goals.filter((g) => g.parentGoalId === id).map((g) => g.title);
  return {
    lang,
    companyName: extras.companyName,
    accountName: briefing.account.name,
    accountCode: briefing.account.code,
    planYear: briefing.planYear,
    generatedDate: briefing.generatedOn,
    team: briefing.team.map((m) => ({ name: m.name, role: m.teamRoleLabel, title: '' })),
    background: {
      sections: briefing.background.map((s) => ({ title: s.label, text: s.text })),
      revenueByYear: extras.revenueByYear,
      keyFigures: [
        { label: lang === 'en' ? 'Plan health' : '计划健康度', value: String(briefing.health.score) },
        { label: lang === 'en' ? 'Status' : '状态', value: briefing.statusLabel },
      ],
    },
    graph: {
      nodes: view.nodes.map((n) => ({
        id: String(n.id),
        kind: n.level,
        title: n.title,
        customerOwner: n.ownerContactName,
        ownerConfirmed: n.ownerConfirmed,
      })),
      edges: view.edges.map((e) => ({ from: String(e.downstreamId), to: String(e.upstreamId) })),
    },
    opportunities: briefing.executionMap.opportunities.map((o) => ({
      name: o.name,
      valueFen: o.valueFen,
      stage: o.stageLabel,
      closeDate: o.closeDate ?? NOT_SET,
      probabilityPct: o.probability ?? 0,
    })),
    influence: {
      people: view.influence.map((e) => ({
        id: String(e.id),
        name: e.name,
        title: e.title ?? e.external?.organisation ?? '',
        roles: e.roles as RoleBadge[],
        influence: e.influence ?? 'low',
        attitude: ATTITUDE_OF[e.attitude ?? 'neutral'] ?? 'neutral',
        x: e.x,
        y: e.y,
        coveredBy: e.coverageUserName,
        stale: e.stale === true,
        external: e.contactId === null,
      })),
      lines: [
        ...reporting,
        ...view.lines.map((l) => ({
          from: String(l.fromEntryId),
          to: String(l.toEntryId),
          kind: 'influence' as const,
        })),
      ],
    },
    gaps: [...view.gaps]
      .sort((a, b) => b.priority - a.priority)
      .map((g) => ({
        contact: g.contactName,
        ourMember: g.userName,
        currentLevel: level(g.currentLevel),
        desiredLevel: level(g.desiredLevel),
        priority: g.priority,
      })),
    strategicRelationships: {
      partners: briefing.relationships.partners.map((p) => ({
        name: p.name,
        relationToCustomer: p.relationToCustomer ?? NOT_SET,
        relationToUs: p.relationToUs ?? NOT_SET,
        canHelp: p.canHelp,
      })),
      voices: briefing.relationships.voices.map((v) => ({ contact: v.contact, statement: v.statement })),
    },
    competition: briefing.competition.map((c) => ({
      competitor: c.competitor,
      position: [c.division, c.productLine].filter(Boolean).join(' · '),
      ourStrategy: c.notes ?? NOT_SET,
    })),
    goals: view.goals
      .filter((g) => g.parentGoalId === null)
      .map((g) => ({
        title: g.title,
        subGoals: subGoals(g.id),
        smartFailing: g.smart.failing.map((f) => f.letter as SmartLetter),
      })),
    actions: briefing.actionPlan.map((a) => ({
      title: a.title,
      owner: a.owner,
      dueDate: a.dueDate ?? NOT_SET,
      status: a.statusLabel,
    })),
    supportRequested: (briefing.supportRequested ?? '')
      .split(/\n|；|;/)
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

// seed 002, [PLAN-9] 汇报: the nine steps of the executive briefing generated from the plan — team introduction,
// account background, strategic map, execution map and opportunities, relationships, competition, goals,
// action plan, support requested. `BriefingData` is what the PPTX/PDF renderer reads: plain JSON (numbers,
// strings, booleans, arrays), labels already in the requested language, money in integer fen.
import { type Lang, translate } from '../shared/messages.ts';
import { BACKGROUND_SECTIONS, backgroundSectionLabelKey } from '../value/background-sections.ts';
import type { WhitespaceCell } from '../value/whitespace-grid.ts';
import { STRATEGIC_LEVELS } from './plan-types.ts';
import type { PlanView } from './plan-view.ts';

export interface BriefingNode {
  id: number;
  level: string;
  levelLabel: string;
  title: string;
  description: string | null;
  /** The customer-side owner and whether that is confirmed or assumed. */
  owner: string | null;
  ownerConfirmed: boolean;
  /** Ids of the nodes this one serves (upstream). */
  serves: number[];
}

export interface BriefingData {
  lang: Lang;
  generatedOn: string;
  account: { id: number; code: string; name: string };
  planYear: number;
  status: string;
  statusLabel: string;
  /** The latest approved version, null when never approved. */
  approvedVersion: number | null;
  health: { score: number; reasons: string[] };
  /** 1. Team introduction ([ACC-2]). */
  team: Array<{ name: string; teamRole: string; teamRoleLabel: string }>;
  /** 2. Account background ([ACC-3]), the sections that hold text, in display order. */
  background: Array<{ key: string; label: string; text: string }>;
  /** 3. Strategic map ([PLAN-2]): objective, strategy, tactic and need nodes. */
  strategicMap: BriefingNode[];
  /** 4. Execution map and opportunities ([PLAN-3]). */
  executionMap: {
    nodes: BriefingNode[];
    opportunities: Array<{
      name: string;
      valueFen: number;
      stage: string;
      stageLabel: string;
      probability: number | null;
      closeDate: string | null;
      owner: string | null;
      dmu: Array<{ contact: string; role: string; roleLabel: string }>;
    }>;
    totalValueFen: number;
    /** Σ value × probability ÷ 100, rounded to the fen. */
    weightedValueFen: number;
  };
  /** 5. Relationships ([PLAN-4]…[PLAN-6]). */
  relationships: {
    people: Array<{
      name: string;
      title: string | null;
      external: boolean;
      roles: string[];
      roleLabels: string[];
      influence: string | null;
      attitude: string | null;
      attitudeLabel: string | null;
      coverage: string | null;
      stale: boolean | null;
    }>;
    gaps: Array<{
      contact: string;
      member: string;
      currentLevel: number;
      desiredLevel: number;
      gap: number;
      priority: number;
    }>;
    partners: Array<{
      name: string;
      kind: string;
      relationToCustomer: string | null;
      relationToUs: string | null;
      canHelp: boolean;
      howToHelp: string | null;
    }>;
    voices: Array<{ contact: string; statement: string; heardOn: string | null }>;
  };
  /** 6. Competition: competitors named in the account's whitespace grid ([VAL-3]); empty when none. */
  competition: Array<{ competitor: string; division: string; productLine: string; notes: string | null }>;
  /** 7. Goals ([PLAN-7]), sub-goals carry their parent's title. */
  goals: Array<{
    title: string;
    parentTitle: string | null;
    metric: string | null;
    unit: string | null;
    baselineValue: number | null;
    targetValue: number | null;
    dueDate: string | null;
    smartFailing: string[];
  }>;
  /** 8. Action plan. */
  actionPlan: Array<{
    title: string;
    owner: string;
    dueDate: string | null;
    status: string;
    statusLabel: string;
  }>;
  /** 9. Support requested from management. */
  supportRequested: string | null;
}

/** The briefing of a plan view, labelled in `lang`. */
export function planBriefing(
  view: PlanView,
  competition: { cells: WhitespaceCell[]; productLineNames: Map<number, string> },
  lang: Lang,
  today: string,
): BriefingData {
  const t = (key: string) => translate(key, lang);
  const serves = (id: number) => view.edges.filter((e) => e.downstreamId === id).map((e) => e.upstreamId);
  const node = (n: PlanView['nodes'][number]): BriefingNode => ({
    id: n.id,
    level: n.level,
    levelLabel: t(`plan.level.${n.level}`),
    title: n.title,
    description: n.description,
    owner: n.ownerContactName,
    ownerConfirmed: n.ownerConfirmed,
    serves: serves(n.id),
  });
  const goalTitle = new Map(view.goals.map((g) => [g.id, g.title]));
  const { plan } = view;
  return {
    lang,
    generatedOn: today,
    account: { id: plan.accountId, code: plan.accountCode, name: plan.accountName },
    planYear: plan.planYear,
    status: plan.status,
    statusLabel: t(`plan.status.${plan.status}`),
    approvedVersion: view.lastApprovedVersion,
    health: {
      score: view.health.score,
      reasons: view.health.reasons.map((r) => translate(r.messageKey, lang, r.params)),
    },
    team: view.team.map((m) => ({
      name: m.displayName,
      teamRole: m.teamRole,
      teamRoleLabel: t(`plan.team_role.${m.teamRole}`),
    })),
    background: BACKGROUND_SECTIONS.filter((s) => view.background.sections[s.key]).map((s) => ({
      key: s.key,
      label: t(backgroundSectionLabelKey(s.key)),
      text: view.background.sections[s.key] ?? '',
    })),
    strategicMap: view.nodes.filter((n) => STRATEGIC_LEVELS.includes(n.level)).map(node),
    executionMap: {
      nodes: view.nodes.filter((n) => !STRATEGIC_LEVELS.includes(n.level)).map(node),
      opportunities: view.opportunities.map((o) => ({
        name: o.name,
        valueFen: o.valueFen,
        stage: o.stage,
        stageLabel: t(`opportunity.stage.${o.stage}`),
        probability: o.probability,
        closeDate: o.closeDate,
        owner: o.ownerName,
        dmu: o.dmu.map((d) => ({
          contact: d.contactName,
          role: d.role,
          roleLabel: t(`opportunity.dmu_role.${d.role}`),
        })),
      })),
      totalValueFen: view.opportunities.reduce((sum, o) => sum + o.valueFen, 0),
      weightedValueFen: Math.round(
        view.opportunities.reduce((sum, o) => sum + (o.valueFen * (o.probability ?? 0)) / 100, 0),
      ),
    },
    relationships: {
      people: view.influence.map((e) => ({
        name: e.name,
        title: e.title ?? e.external?.organisation ?? null,
        external: e.external !== null,
        roles: [...e.roles],
        roleLabels: e.roles.map((r) => t(`plan.role.${r}`)),
        influence: e.influence,
        attitude: e.attitude,
        attitudeLabel: e.attitude && t(`plan.attitude.${e.attitude}`),
        coverage: e.coverageUserName,
        stale: e.stale,
      })),
      gaps: view.gaps.map((g) => ({
        contact: g.contactName,
        member: g.userName,
        currentLevel: g.currentLevel,
        desiredLevel: g.desiredLevel,
        gap: g.gap,
        priority: g.priority,
      })),
      partners: view.partners.map(({ id: _id, ...p }) => p),
      voices: view.voices.map((v) => ({
        contact: v.contactName,
        statement: v.statement,
        heardOn: v.heardOn,
      })),
    },
    competition: competition.cells
      .filter((c) => c.status === 'competitor' || (c.competitor ?? '').trim() !== '')
      .map((c) => ({
        competitor: c.competitor ?? '',
        division: c.division,
        productLine: competition.productLineNames.get(c.productLineId) ?? '',
        notes: c.notes,
      })),
    goals: view.goals.map((g) => ({
      title: g.title,
      parentTitle: g.parentGoalId === null ? null : (goalTitle.get(g.parentGoalId) ?? null),
      metric: g.metric,
      unit: g.unit,
      baselineValue: g.baselineValue,
      targetValue: g.targetValue,
      dueDate: g.dueDate,
      smartFailing: g.smart.failing.map((f) => f.letter),
    })),
    actionPlan: view.actions.map((a) => ({
      title: a.title,
      owner: a.ownerName,
      dueDate: a.dueDate,
      status: a.status,
      statusLabel: t(`plan.action_status.${a.status}`),
    })),
    supportRequested: plan.supportRequested,
  };
}

// Turns plan views into API answers: translated health and SMART reasons, agenda texts and level labels, and
// the parts grouped as the plan page reads them.
import type { ReviewRecord } from '../../core/plan/plan.ts';
import type { PlanRelationships } from '../../core/plan/plan-people-service.ts';
import type { PlanView } from '../../core/plan/plan-view.ts';
import { type Lang, translate } from '../../core/shared/messages.ts';

export function relationshipsOut(p: PlanRelationships, lang: Lang) {
  return {
    influenceMap: { entries: p.influence, lines: p.lines },
    gaps: p.gaps.map((g) => ({
      ...g,
      currentLabel: translate(`segmentation.dm_step.${g.currentLevel}`, lang),
      desiredLabel: translate(`segmentation.dm_step.${g.desiredLevel}`, lang),
    })),
    partners: p.partners,
    voices: p.voices,
  };
}

export function goalsOut(goals: PlanView['goals'], lang: Lang) {
  return goals.map((g) => ({
    ...g,
    smart: {
      passed: g.smart.passed,
      failing: g.smart.failing.map((f) => ({
        letter: f.letter,
        reason: translate(f.reason, lang, f.params ?? {}),
      })),
    },
  }));
}

export function planOut(view: PlanView, lang: Lang) {
  const { plan } = view;
  return {
    id: plan.id,
    accountId: plan.accountId,
    accountCode: plan.accountCode,
    accountName: plan.accountName,
    ownerUserId: plan.ownerUserId,
    ownerName: plan.ownerName,
    planYear: plan.planYear,
    status: plan.status,
    supportRequested: plan.supportRequested,
    selfAssessment: {
      executiveView: plan.executiveView,
      firstVisitOutcome: plan.firstVisitOutcome,
      note: plan.selfAssessmentNote,
    },
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    updatedBy: plan.updatedBy,
    team: view.team,
    background: view.background,
    graph: { nodes: view.nodes, edges: view.edges },
    opportunities: view.opportunities,
    relationships: relationshipsOut(view, lang),
    goals: goalsOut(view.goals, lang),
    actions: view.actions,
    health: {
      score: view.health.score,
      rules: view.health.rules,
      reasons: view.health.reasons.map((r) => ({
        rule: r.rule,
        message: translate(r.messageKey, lang, r.params),
      })),
    },
    workflow: { lastApprovedVersion: view.lastApprovedVersion, comments: view.comments },
    access: view.access,
  };
}

export function reviewOut(review: ReviewRecord, lang: Lang) {
  return {
    id: review.id,
    cadence: review.cadence,
    scheduledOn: review.scheduledOn,
    heldOn: review.heldOn,
    minutes: review.minutes,
    agenda: review.agenda.map((i) => ({ kind: i.kind, text: translate(i.messageKey, lang, i.params) })),
  };
}

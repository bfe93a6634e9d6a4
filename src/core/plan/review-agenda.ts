// seed 002, [PLAN-10] 大客户管理的节奏: each scheduled review (weekly issues, monthly operations, quarterly
// business review, yearly strategic planning) gets an agenda generated from what changed since the previous
// review's baseline: first the cadence's standing item, then every overdue open action, relationship gaps that
// are new or wider, a health-score drop, and pipeline moves (new opportunities, stage changes, value changes).
// Without a previous review everything open counts as new.
import { type ActionStatus, isOpenAction, type ReviewCadence } from './plan-types.ts';

/** What a review saw; stored with it so the next agenda can compare. */
export interface ReviewBaseline {
  healthScore: number;
  gaps: Array<{ key: string; label: string; gap: number }>;
  opportunities: Array<{ id: number; name: string; stage: string; valueFen: number }>;
  actions: Array<{ id: number; title: string; dueDate: string | null; status: ActionStatus }>;
}

export type AgendaKind =
  | 'standing'
  | 'overdue_action'
  | 'new_gap'
  | 'gap_widened'
  | 'health_drop'
  | 'opportunity_new'
  | 'opportunity_stage'
  | 'opportunity_value';

export interface AgendaItem {
  kind: AgendaKind;
  /** Message key (plan.agenda.*) with params. */
  messageKey: string;
  params: Record<string, string | number>;
}

/** The agenda of a review held `today` with the given cadence. */
export function reviewAgenda(
  cadence: ReviewCadence,
  previous: ReviewBaseline | null,
  current: ReviewBaseline,
  today: string,
): AgendaItem[] {
  const items: AgendaItem[] = [
    { kind: 'standing', messageKey: `plan.agenda.standing.${cadence}`, params: {} },
  ];
  for (const a of current.actions)
    if (isOpenAction(a.status) && a.dueDate !== null && a.dueDate < today)
      items.push({
        kind: 'overdue_action',
        messageKey: 'plan.agenda.overdue_action',
        params: { title: a.title, dueDate: a.dueDate },
      });
  const oldGaps = new Map((previous?.gaps ?? []).map((g) => [g.key, g.gap]));
  for (const g of current.gaps) {
    if (g.gap <= 0) continue;
    const was = oldGaps.get(g.key) ?? 0;
    if (was === 0)
      items.push({
        kind: 'new_gap',
        messageKey: 'plan.agenda.new_gap',
        params: { who: g.label, gap: g.gap },
      });
    else if (g.gap > was)
      items.push({
        kind: 'gap_widened',
        messageKey: 'plan.agenda.gap_widened',
        params: { who: g.label, from: was, to: g.gap },
      });
  }
  if (previous && current.healthScore < previous.healthScore)
    items.push({
      kind: 'health_drop',
      messageKey: 'plan.agenda.health_drop',
      params: { from: previous.healthScore, to: current.healthScore },
    });
  const oldOpps = new Map((previous?.opportunities ?? []).map((o) => [o.id, o]));
  for (const o of current.opportunities) {
    const was = oldOpps.get(o.id);
    if (!was)
      items.push({
        kind: 'opportunity_new',
        messageKey: 'plan.agenda.opportunity_new',
        params: { name: o.name, stage: `opportunity.stage.${o.stage}` },
      });
    else if (was.stage !== o.stage)
      items.push({
        kind: 'opportunity_stage',
        messageKey: 'plan.agenda.opportunity_stage',
        params: { name: o.name, from: `opportunity.stage.${was.stage}`, to: `opportunity.stage.${o.stage}` },
      });
    else if (was.valueFen !== o.valueFen)
      items.push({
        kind: 'opportunity_value',
        messageKey: 'plan.agenda.opportunity_value',
        params: { name: o.name, from: was.valueFen / 100, to: o.valueFen / 100 },
      });
  }
  return items;
}

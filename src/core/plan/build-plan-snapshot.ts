// seed 002, [PLAN-8]: what an approval stores. The plan view becomes, per part, items with stable keys and the
// fields a reviewer cares about (computed figures such as gap priority are left out: they follow from the
// stored fields and the config of the day). Parts 1–2 are the account's own records and not snapshotted.
import type { PlanSnapshot, SnapshotItem } from './plan-snapshot.ts';
import type { PlanView } from './plan-view.ts';

/** The snapshot of a plan view. */
export function buildPlanSnapshot(view: PlanView): PlanSnapshot {
  const { plan } = view;
  const nodeTitle = new Map(view.nodes.map((n) => [n.id, n.title]));
  const entryName = new Map(view.influence.map((e) => [e.id, e.name]));
  const entryKey = new Map(
    view.influence.map((e) => [
      e.id,
      e.contactId !== null ? `person:contact:${e.contactId}` : `person:external:${e.id}`,
    ]),
  );
  const header: SnapshotItem = {
    key: 'plan',
    label: `${plan.accountName} ${plan.planYear}`,
    fields: {
      supportRequested: plan.supportRequested,
      executiveView: plan.executiveView,
      firstVisitOutcome: plan.firstVisitOutcome,
      selfAssessmentNote: plan.selfAssessmentNote,
    },
  };
  return {
    planYear: plan.planYear,
    parts: {
      plan: [header],
      strategicMap: [
        ...view.nodes.map((n) => ({
          key: `node:${n.id}`,
          label: n.title,
          fields: {
            level: n.level,
            title: n.title,
            description: n.description,
            owner: n.ownerContactName,
            ownerConfirmed: n.ownerConfirmed,
          },
        })),
        ...view.edges.map((e) => ({
          key: `edge:${e.upstreamId}>${e.downstreamId}`,
          label: `${nodeTitle.get(e.downstreamId) ?? ''} → ${nodeTitle.get(e.upstreamId) ?? ''}`,
          fields: {},
        })),
      ],
      opportunities: view.opportunities.map((o) => ({
        key: `opportunity:${o.id}`,
        label: o.name,
        fields: {
          name: o.name,
          valueFen: o.valueFen,
          stage: o.stage,
          probability: o.probability,
          closeDate: o.closeDate,
          dmu: o.dmu.map((d) => `${d.contactName}:${d.role}`),
        },
      })),
      relationships: [
        ...view.influence.map((e) => ({
          key: entryKey.get(e.id) ?? `person:${e.id}`,
          label: e.name,
          fields: {
            roles: [...e.roles],
            influence: e.influence,
            attitude: e.attitude,
            contactLevel: e.contactLevel,
            contactFrequency: e.contactFrequency,
            coverage: e.coverageUserName,
          },
        })),
        ...view.lines.map((l) => ({
          key: `line:${entryKey.get(l.fromEntryId)}>${entryKey.get(l.toEntryId)}`,
          label: `${entryName.get(l.fromEntryId) ?? ''} → ${entryName.get(l.toEntryId) ?? ''}`,
          fields: { note: l.note },
        })),
        ...view.gaps.map((g) => ({
          key: `gap:${g.contactId}:${g.userId}`,
          label: `${g.contactName} / ${g.userName}`,
          fields: { currentLevel: g.currentLevel, desiredLevel: g.desiredLevel, note: g.note },
        })),
        ...view.partners.map((p) => ({
          key: `partner:${p.name}`,
          label: p.name,
          fields: {
            kind: p.kind,
            relationToCustomer: p.relationToCustomer,
            relationToUs: p.relationToUs,
            canHelp: p.canHelp,
            howToHelp: p.howToHelp,
          },
        })),
        ...view.voices.map((v, i) => ({
          key: `voice:${v.contactId}:${i}`,
          label: v.contactName,
          fields: { statement: v.statement, heardOn: v.heardOn },
        })),
      ],
      goals: [
        ...view.goals.map((g) => ({
          key: `goal:${g.id}`,
          label: g.title,
          fields: {
            title: g.title,
            metric: g.metric,
            baselineValue: g.baselineValue,
            targetValue: g.targetValue,
            dueDate: g.dueDate,
          },
        })),
        ...view.actions.map((a) => ({
          key: `action:${a.id}`,
          label: a.title,
          fields: { title: a.title, owner: a.ownerName, dueDate: a.dueDate, status: a.status },
        })),
      ],
    },
  };
}

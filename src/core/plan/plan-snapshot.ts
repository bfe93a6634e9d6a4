// The plan as stored with each approved version ([PLAN-8]): every part as a list of items with a stable key,
// a readable label and the fields that matter, so two versions can be compared by a pure rule
// (diff-plan-snapshots.ts) and an old version read without today's tables.

export const SNAPSHOT_PARTS = ['plan', 'strategicMap', 'opportunities', 'relationships', 'goals'] as const;
export type SnapshotPart = (typeof SNAPSHOT_PARTS)[number];

export type SnapshotValue = string | number | boolean | null | string[];

export interface SnapshotItem {
  /** Stable across versions: `node:12`, `edge:12>15`, `person:contact:7`, `gap:7:3`, `goal:4`, `action:9`. */
  key: string;
  label: string;
  fields: Record<string, SnapshotValue>;
}

export interface PlanSnapshot {
  planYear: number;
  parts: Record<SnapshotPart, SnapshotItem[]>;
}

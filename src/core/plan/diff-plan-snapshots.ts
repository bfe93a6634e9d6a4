// seed 002, [PLAN-8]: "what changed since the last approved version". Two snapshots are compared part by
// part: an item whose key is only in the newer one is added, only in the older one removed; an item in both
// with any field value different is changed, listing those fields with before and after. Items keep the
// newer snapshot's order (removed ones the older's). Parts with no change are left out.
import { type PlanSnapshot, SNAPSHOT_PARTS, type SnapshotPart, type SnapshotValue } from './plan-snapshot.ts';

export interface FieldChange {
  field: string;
  before: SnapshotValue;
  after: SnapshotValue;
}

export interface PartDiff {
  part: SnapshotPart;
  added: Array<{ key: string; label: string }>;
  removed: Array<{ key: string; label: string }>;
  changed: Array<{ key: string; label: string; fields: FieldChange[] }>;
}

const same = (a: SnapshotValue | undefined, b: SnapshotValue | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Added, removed and changed items per part, from `before` to `after`. */
export function diffPlanSnapshots(before: PlanSnapshot, after: PlanSnapshot): PartDiff[] {
  const out: PartDiff[] = [];
  for (const part of SNAPSHOT_PARTS) {
    const old = new Map(before.parts[part].map((i) => [i.key, i]));
    const now = new Map(after.parts[part].map((i) => [i.key, i]));
    const diff: PartDiff = { part, added: [], removed: [], changed: [] };
    for (const item of after.parts[part]) {
      const prev = old.get(item.key);
      if (!prev) {
        diff.added.push({ key: item.key, label: item.label });
        continue;
      }
      const names = [...new Set([...Object.keys(prev.fields), ...Object.keys(item.fields)])];
      const fields = names
        .filter((f) => !same(prev.fields[f], item.fields[f]))
        .map((f) => ({ field: f, before: prev.fields[f] ?? null, after: item.fields[f] ?? null }));
      if (fields.length) diff.changed.push({ key: item.key, label: item.label, fields });
    }
    for (const item of before.parts[part])
      if (!now.has(item.key)) diff.removed.push({ key: item.key, label: item.label });
    if (diff.added.length || diff.removed.length || diff.changed.length) out.push(diff);
  }
  return out;
}

// [TGT-5] "Users see only their part of the tree" ([ORG-1] applied to target plans), and who may change it.
//
// Who sees what:
// - admin and director see the whole tree of every plan;
// - manager, finance and channel manager see the nodes inside their org-unit subtree: a node whose scope names
//   an org unit in that subtree, or an owner (rep) whose unit is in it — and everything below such a node;
// - rep and account manager see their own rep node(s) (scope owner = themselves) and everything below;
// - everybody also sees the path from their part up to the root, totals only (year and quarters, no months,
//   no other branches), so they know what their part adds up into.
// A plan in which the caller has no part does not exist for them (404).
//
// Who may change what (only while the plan is a draft; a published or superseded plan is frozen, 409):
// - admin and director: everything — figures, locks, methods, nodes, Ansoff, OGSM, publish, new version;
// - manager: figures, locks, methods, Ansoff and child nodes inside their own part, as long as the edit changes
//   no figure outside it: their part's top totals (set by the line above) hold, they re-balance below them;
// - everybody else reads only.
// Decided for issue 5 (target-plan branch); the brief left the manager's rights to this file.
import type { Actor } from '../org/actor.ts';
import type { Role } from '../org/roles.ts';

export type TargetView =
  | { kind: 'all' }
  | { kind: 'unit'; unitPath: string }
  | { kind: 'own'; userId: number };

/** A node as visibility needs it: its scope's org unit path, its scope owner and that owner's unit path. */
export interface NodeForVisibility {
  key: string;
  parentKey: string | null;
  scopeUnitPath: string | null;
  scopeOwnerUserId: number | null;
  scopeOwnerUnitPath: string | null;
}

export type NodeAccess = 'full' | 'path';

const ALL_ROLES: readonly Role[] = ['admin', 'director'];
const UNIT_ROLES: readonly Role[] = ['manager', 'finance', 'channel_manager'];

/** Which part of a target tree the actor sees. */
export function targetViewOf(actor: Actor): TargetView {
  if (ALL_ROLES.includes(actor.role)) return { kind: 'all' };
  if (UNIT_ROLES.includes(actor.role)) return { kind: 'unit', unitPath: actor.orgUnitPath };
  return { kind: 'own', userId: actor.userId };
}

/** Whether the node lies in the view's part (its descendants then do too: their scope includes its scope). */
export function nodeInPart(view: TargetView, node: NodeForVisibility): boolean {
  switch (view.kind) {
    case 'all':
      return true;
    case 'unit':
      return (
        node.scopeUnitPath?.startsWith(view.unitPath) === true ||
        node.scopeOwnerUnitPath?.startsWith(view.unitPath) === true
      );
    case 'own':
      return node.scopeOwnerUserId === view.userId;
  }
}

/** Access per visible node: 'full' in the part, 'path' for ancestors of the part; hidden nodes are absent. */
export function visibleNodes(view: TargetView, nodes: readonly NodeForVisibility[]): Map<string, NodeAccess> {
  const access = new Map<string, NodeAccess>();
  const parentOf = new Map(nodes.map((n) => [n.key, n.parentKey]));
  for (const node of nodes) if (nodeInPart(view, node)) access.set(node.key, 'full');
  for (const node of nodes) {
    if (access.get(node.key) !== 'full') continue;
    let parent = node.parentKey;
    while (parent !== null && !access.has(parent)) {
      access.set(parent, 'path');
      parent = parentOf.get(parent) ?? null;
    }
  }
  return access;
}

/** May create plans, publish, make new versions, edit OGSM and the whole tree. */
export function mayManageTargets(actor: Actor): boolean {
  return ALL_ROLES.includes(actor.role);
}

/** May change figures, locks, methods, Ansoff and child nodes inside their part of a draft plan. */
export function mayEditTargetPart(actor: Actor): boolean {
  return mayManageTargets(actor) || actor.role === 'manager';
}

/** The node keys among `changed` that lie outside the actor's part (an edit touching any is refused). */
export function changesOutsidePart(
  access: ReadonlyMap<string, NodeAccess>,
  changed: Iterable<string>,
): string[] {
  const outside = new Set<string>();
  for (const key of changed) if (access.get(key) !== 'full') outside.add(key);
  return [...outside];
}

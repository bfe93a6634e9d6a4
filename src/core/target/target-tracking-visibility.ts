// [ORG-1] applied to tracking ([TGT-5]): who sees which node's figures, children and order lines. The rule is the
// target plan's (target-visibility.ts: admins and directors all, managers / finance / channel managers their
// unit subtree, reps and account managers their own rep node and below); tracking shows figures only for nodes
// in the caller's part ('full'), never for the path above it, so the dashboard's tops are the part's tops.
import type { TrackedNode } from './target-tracking-repository.ts';
import { nodeInPart, type TargetView, targetViewOf } from './target-visibility.ts';

type VisibilityNode = Pick<TrackedNode, 'scope' | 'scopeUnitPath' | 'ownerUnitPath'>;

export { type TargetView, targetViewOf };

/** Whether the view may see the node's figures, children and order lines. */
export function mayViewTargetNode(view: TargetView, node: VisibilityNode): boolean {
  return nodeInPart(view, {
    key: '',
    parentKey: null,
    scopeUnitPath: node.scopeUnitPath,
    scopeOwnerUserId: node.scope.ownerUserId,
    scopeOwnerUnitPath: node.ownerUnitPath,
  });
}

/** The visible nodes whose parent is not visible: where a user's part of the tree starts. */
export function visibleRoots<T extends VisibilityNode & { id: number; parentId: number | null }>(
  view: TargetView,
  nodes: readonly T[],
): T[] {
  const visible = new Set(nodes.filter((n) => mayViewTargetNode(view, n)).map((n) => n.id));
  return nodes.filter((n) => visible.has(n.id) && (n.parentId === null || !visible.has(n.parentId)));
}

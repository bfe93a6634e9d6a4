// [ORG-1] applied to the target tree ([TGT-5]): who sees which node's figures. Admins see every node; unit
// scopes (directors, managers, finance, channel managers) the nodes scoped to their unit subtree or to a seller
// in it, and — when their unit is the company — the nodes with no org constraint (company, company-wide
// industry or account-type cuts); reps and account managers their own rep node and everything below it.
// A node's scope includes its ancestors', so whoever sees a node sees its whole subtree.
// Tracking's own rule until the target-plan part's target-visibility.ts is merged; routes call only this.
import type { Scope } from '../org/actor.ts';
import type { TrackedNode } from './target-tracking-repository.ts';

type VisibilityNode = Pick<TrackedNode, 'scope' | 'scopeUnitPath' | 'ownerUnitPath'>;

const isCompanyUnit = (path: string) => path.split('/').filter(Boolean).length <= 1;

/** Whether the scope may see the node's figures, children and order lines. */
export function mayViewTargetNode(scope: Scope, node: VisibilityNode): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'own') return node.scope.ownerUserId === scope.userId;
  if (node.scopeUnitPath === null && node.ownerUnitPath === null) return isCompanyUnit(scope.unitPath);
  if (node.scopeUnitPath?.startsWith(scope.unitPath)) return true;
  return node.ownerUnitPath?.startsWith(scope.unitPath) ?? false;
}

/** The visible nodes whose parent is not visible: where a user's part of the tree starts. */
export function visibleRoots<T extends VisibilityNode & { id: number; parentId: number | null }>(
  scope: Scope,
  nodes: readonly T[],
): T[] {
  const visible = new Set(nodes.filter((n) => mayViewTargetNode(scope, n)).map((n) => n.id));
  return nodes.filter((n) => visible.has(n.id) && (n.parentId === null || !visible.has(n.parentId)));
}

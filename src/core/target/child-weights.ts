// [TGT-3] How a node's values go to its children (seeds 003, 004):
// - even: equal shares;
// - history_share (80/20): each child weighs its actual total of last year for the metric, so the top
//   accounts take the biggest shares (and, in the largest-remainder split, ties go to the bigger weight first);
//   children with no or negative history weigh 0; when no child has history, even ("上年无数据，平均分配");
// - customer_type: the parent's method_params.typeWeights give each account type present among the children
//   its share (types without a weight get 0; when no present type has a weight, the types share evenly); within
//   a type, history share, or even when that type has no history;
// - manual: children keep what people typed and the node is their roll-up, so the engine never splits a
//   manual node from above; when it must re-balance siblings under a locked manual node, it keeps the
//   children's typed proportions (their current values are the weights).
import type { TreeNode } from './target-tree.ts';
import type { MethodParams, SplitMethod } from './target-types.ts';

export interface ChildWeight {
  weight: number;
  /** The explanation's message key (target-messages.ts) and its values. */
  messageKey: string;
  values: Record<string, string | number>;
}

export interface ChildWeightInput {
  node: Pick<TreeNode, 'key' | 'accountType'>;
  /** Last year's actual total of the child for the metric; undefined = no history. */
  history: number | undefined;
  /** The child's current value (year total or month) for the manual method. */
  current: number;
}

/** A weight and its explanation per child, in the children's order. */
export function childWeights(
  method: SplitMethod,
  params: MethodParams,
  children: readonly ChildWeightInput[],
): ChildWeight[] {
  switch (method) {
    case 'even':
      return children.map(() => ({
        weight: 1,
        messageKey: 'target.explain.split_even',
        values: { count: children.length },
      }));
    case 'history_share':
      return historyShares(children, 1, null);
    case 'customer_type':
      return customerTypeWeights(params, children);
    case 'manual': {
      const values = children.map((c) => Math.max(0, c.current));
      const sum = values.reduce((a, b) => a + b, 0);
      return children.map((_, i) => ({
        weight: values[i] ?? 0,
        messageKey: 'target.explain.manual',
        values: { share: percent(sum === 0 ? 1 / children.length : (values[i] ?? 0) / sum) },
      }));
    }
  }
}

/** History shares of `children`, each multiplied by `factor` (the type's share for customer_type). */
function historyShares(
  children: readonly ChildWeightInput[],
  factor: number,
  type: { type: string; typeShare: string } | null,
): ChildWeight[] {
  const values = children.map((c) => (c.history !== undefined && c.history > 0 ? c.history : 0));
  const sum = values.reduce((a, b) => a + b, 0);
  return children.map((_, i) => {
    const share = sum === 0 ? 1 / children.length : (values[i] ?? 0) / sum;
    const messageKey = type
      ? sum === 0
        ? 'target.explain.split_customer_type_even'
        : 'target.explain.split_customer_type'
      : sum === 0
        ? 'target.explain.split_no_history'
        : 'target.explain.split_history_share';
    return {
      // Without history the shares are even (1 each) in plain history_share, or the type's factor ÷ count.
      weight: sum === 0 ? factor / (type ? children.length : 1) : factor * share,
      messageKey,
      values: type ? { ...type, share: percent(share) } : { share: percent(share) },
    };
  });
}

function customerTypeWeights(params: MethodParams, children: readonly ChildWeightInput[]): ChildWeight[] {
  const typeOf = (c: ChildWeightInput) => c.node.accountType ?? 'none';
  const types = [...new Set(children.map(typeOf))];
  const typeWeight = (t: string) => {
    const w = params.typeWeights?.[t];
    return w !== undefined && Number.isFinite(w) && w > 0 ? w : 0;
  };
  const typeSum = types.reduce((a, t) => a + typeWeight(t), 0);
  const result: ChildWeight[] = new Array(children.length);
  for (const t of types) {
    const typeShare = typeSum === 0 ? 1 / types.length : typeWeight(t) / typeSum;
    const indexes = children.map((c, i) => (typeOf(c) === t ? i : -1)).filter((i) => i >= 0);
    const label = t === 'none' ? 'target.account_type.none' : `target.account_type.${t}`;
    const weights = historyShares(
      indexes.map((i) => children[i] as ChildWeightInput),
      typeShare,
      { type: label, typeShare: percent(typeShare) },
    );
    indexes.forEach((childIndex, k) => {
      result[childIndex] = weights[k] as ChildWeight;
    });
  }
  return result;
}

/** A share as the percent text of the explanations, one decimal: 0.234 → "23.4%". */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

// [TGT-5] waterfall of a node's gap: from the node's target to its actual, one step per child — the child's
// actual − its target (negative = the child is behind) — and one step for actuals outside every child's scope
// (accounts or product lines no child covers) minus any target not handed down. The steps always add up:
// target + Σ steps = actual, exactly, in fen.

export interface WaterfallPart {
  key: string;
  label: string;
  target: number;
  actual: number;
}

export interface WaterfallStep {
  /** The child's node key, or null for the "outside the children" step. */
  key: string | null;
  label: string | null;
  /** actual − target of the step (fen). */
  delta: number;
  /** Running total before the step. */
  from: number;
  to: number;
}

export interface GapWaterfall {
  target: number;
  actual: number;
  /** target − actual. */
  gap: number;
  steps: WaterfallStep[];
}

/** Children's contributions to the node's gap, largest shortfall first; the rest step is left out when 0. */
export function gapWaterfall(
  node: { target: number; actual: number },
  children: readonly WaterfallPart[],
): GapWaterfall {
  const ordered = [...children].sort(
    (a, b) => a.actual - a.target - (b.actual - b.target) || a.label.localeCompare(b.label, 'zh-CN'),
  );
  const steps: WaterfallStep[] = [];
  let running = node.target;
  for (const c of ordered) {
    const delta = c.actual - c.target;
    steps.push({ key: c.key, label: c.label, delta, from: running, to: running + delta });
    running += delta;
  }
  const rest = node.actual - running;
  if (rest !== 0 || children.length === 0)
    steps.push({ key: null, label: null, delta: rest, from: running, to: node.actual });
  return { target: node.target, actual: node.actual, gap: node.target - node.actual, steps };
}

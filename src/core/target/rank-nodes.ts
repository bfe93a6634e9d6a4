// [TGT-5] ranking of target nodes (units, reps, customers) for one metric and period: by attainment, highest
// first; nodes without a target (attainment null) after those with one, by actual; ties by actual, then label.
import { attainment, type Rate } from './tracking-rates.ts';

export interface RankInput {
  key: string;
  label: string;
  target: number;
  actual: number;
}

export interface RankedNode extends RankInput {
  rank: number;
  attainment: Rate;
  gap: number;
}

/** Sorts nodes by attainment (exact), then actual; rank 1 is the best. */
export function rankNodes(nodes: readonly RankInput[]): RankedNode[] {
  const rows = nodes.map((n) => ({
    ...n,
    attainment: attainment(n.actual, n.target),
    gap: n.target - n.actual,
  }));
  rows.sort((a, b) => {
    if (a.attainment === null || b.attainment === null) {
      if (a.attainment !== b.attainment) return a.attainment === null ? 1 : -1;
    } else {
      // a/b ratios compared exactly by cross-multiplying (targets may differ in sign only in odd plans).
      const left = BigInt(a.actual) * BigInt(b.target);
      const right = BigInt(b.actual) * BigInt(a.target);
      const sign = (a.target > 0 ? 1 : -1) * (b.target > 0 ? 1 : -1);
      if (left !== right) return (left > right ? -1 : 1) * sign;
    }
    return b.actual - a.actual || a.label.localeCompare(b.label, 'zh-CN');
  });
  return rows.map((r, i) => ({ ...r, rank: i + 1 }));
}

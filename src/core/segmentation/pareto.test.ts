import { describe, expect, it } from 'vitest';
import { classifyPareto, isParetoTop } from './pareto.ts';
import { computePopulationStats } from './population-stats.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import { render } from './segmentation-fixtures.ts';

// Revenue 50, 30, 15, 5, 0 (base 100); profit 5, 30, −10, 20, 0 (base 55).
const stats = computePopulationStats(
  [
    [50, 5],
    [30, 30],
    [15, -10],
    [5, 20],
    [0, 0],
  ].map(([revenueFen, grossProfitFen], i) => ({
    accountId: i + 1,
    revenueFen: revenueFen!,
    grossProfitFen: grossProfitFen!,
  })),
);

describe('[SEG-8] 80/20: top while the accounts before make less than 80%', () => {
  it.each([
    [1, 'top', 1, false],
    [2, 'top', 2, true],
    [3, 'rest', 3, false], // 80% before it: the line is reached
    [4, 'rest', 4, true],
    [5, 'rest', 5, false],
  ])('account %d → %s (rank %d), profit top %s', (id, value, rank, profitTop) => {
    const r = classifyPareto(id, stats, CONFIG);
    expect([r.value, r.score, r.inputs.profitTop]).toEqual([value, rank, profitTop]);
  });
  it('follows the configured cut', () => {
    expect(classifyPareto(3, stats, { ...CONFIG, pareto: { cutPct: 80.01 } }).value).toBe('top');
  });
  it.each([
    [79, 0, 100, 80, false],
    [0, 1, 0, 80, false],
    [7_999_999_999_999_999, 1, 10_000_000_000_000_000, 80, true],
    [8_000_000_000_000_000, 1, 10_000_000_000_000_000, 80, false],
  ])('isParetoTop(before %d, own %d, base %d, cut %d) = %s', (before, own, base, cut, top) => {
    expect(isParetoTop(before, own, base, cut)).toBe(top);
  });
});

describe('[SEG-8] explanation', () => {
  it.each([
    [
      2,
      '按销售额排名 2/5，排在前面的客户累计占 50%（未达 80%）→ 头部客户；按毛利排名 1（按毛利也属头部客户）',
    ],
    [
      3,
      '按销售额排名 3/5，排在前面的客户累计已占 80%（≥ 80%）→ 其余客户；按毛利排名 5（按毛利不属头部客户）',
    ],
    [5, '统计期内无销售（排名 5/5）→ 其余客户；按毛利排名 4（按毛利不属头部客户）'],
    [99, '不在本期 80/20 统计范围内 → 其余客户'],
  ])('account %d', (id, text) => expect(render(classifyPareto(id, stats, CONFIG))).toBe(text));
});

import { describe, expect, it } from 'vitest';
import { classifyProductLinesBcg } from './product-line-bcg.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import { monthAgo, PERIOD, render } from './segmentation-fixtures.ts';
import type { AccountAssessment, AccountFacts } from './segmentation-types.ts';

/** One month this year and one last year per line: [line id, this year, last year]. */
const facts = (lines: Array<[number, number, number]>): AccountFacts => ({
  accountId: 1,
  firstOrderMonth: monthAgo(30),
  lastOrderMonth: PERIOD,
  monthly: [
    {
      month: monthAgo(0),
      revenueFen: 0,
      costFen: 0,
      byProductLine: lines.map(([id, cur]) => ({ productLineId: id, revenueFen: cur, costFen: 0 })),
    },
    {
      month: monthAgo(12),
      revenueFen: 0,
      costFen: 0,
      byProductLine: lines.map(([id, , prev]) => ({ productLineId: id, revenueFen: prev, costFen: 0 })),
    },
    {
      month: monthAgo(24),
      revenueFen: 0,
      costFen: 0,
      byProductLine: [{ productLineId: 99, revenueFen: 1_000, costFen: 0 }],
    },
  ],
});
const classify = (lines: Array<[number, number, number]>, assessment: AccountAssessment = {}) =>
  classifyProductLinesBcg(facts(lines), assessment, CONFIG, PERIOD);

describe('[SEG-8] BCG of product lines from mix share (≥ 25%) and growth (≥ 10%)', () => {
  // Sales this year 60 + 25 + 15 + 0 = 100.
  const r = classify([
    [4, 0, 10],
    [1, 60, 50],
    [2, 25, 25],
    [3, 15, 0],
    [5, 0, 0],
  ]);
  it('classifies each line bought in the last 24 months, by id', () => {
    expect(r.map((x) => [x.productLineId, x.value, x.inputs.sharePct, x.inputs.growthPct])).toEqual([
      [1, 'star', 60, 20],
      [2, 'cash_cow', 25, 0],
      [3, 'question_mark', 15, null],
      [4, 'dog', 0, -100],
    ]);
  });
  it('takes growth at the threshold as high', () => {
    expect(
      classify([
        [1, 11, 10],
        [2, 89, 100],
      ]).map((x) => x.value),
    ).toEqual(['question_mark', 'cash_cow']);
  });
  it('uses the assessed share of wallet (≥ 50%) when given', () => {
    const w = classify(
      [
        [1, 60, 50],
        [2, 25, 25],
      ],
      { productLineShareOfWalletPct: { '1': 49.99, '2': 50 } },
    );
    expect(w.map((x) => [x.value, x.inputs.shareBasis])).toEqual([
      ['question_mark', 'share_of_wallet'],
      ['cash_cow', 'share_of_wallet'],
    ]);
  });
  it('explains the basis of the share and a new line', () => {
    expect(render(r[0]!)).toBe('占该客户销售额 60%（≥ 25% 为高），同比增长 20%（≥ 10% 为高）→ 明星类');
    expect(render(r[2]!, 'en')).toBe(
      "Share of the account's sales with us 15% (high from 25%), no sales the year before, counted as a new high-growth line → Question mark",
    );
  });
  it('has nothing without product-line facts', () => {
    expect(
      classifyProductLinesBcg(
        {
          accountId: 1,
          monthly: [{ month: PERIOD, revenueFen: 5, costFen: 0 }],
          firstOrderMonth: PERIOD,
          lastOrderMonth: PERIOD,
        },
        {},
        CONFIG,
        PERIOD,
      ),
    ).toEqual([]);
  });
});

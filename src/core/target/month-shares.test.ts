import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import { monthParamsProblems, monthShares } from './month-shares.ts';
import type { MethodParams, TimeMethod } from './target-types.ts';

const split = (total: number, weights: number[]) => {
  const r = allocateLargestRemainder(total, weights);
  if (!r.ok) throw new Error(r.reason);
  return r.parts;
};
const history = [10, 10, 20, 20, 20, 20, 20, 20, 20, 20, 10, 10]; // 200 over two years

describe('[TGT-3] time methods: even, seasonality, campaign', () => {
  const cases: Array<[string, TimeMethod, MethodParams, number[] | undefined, number, number[], string]> = [
    ['even ignores history', 'even', {}, history, 1200, Array(12).fill(100), 'target.explain.time_even'],
    [
      'seasonality follows the monthly shares',
      'seasonality',
      {},
      history,
      1200,
      [60, 60, 120, 120, 120, 120, 120, 120, 120, 120, 60, 60],
      'target.explain.time_seasonality',
    ],
    [
      'seasonality without history is even',
      'seasonality',
      {},
      undefined,
      1200,
      Array(12).fill(100),
      'target.explain.time_no_history',
    ],
    [
      'all-zero history counts as none',
      'seasonality',
      {},
      Array(12).fill(0),
      1200,
      Array(12).fill(100),
      'target.explain.time_no_history',
    ],
    [
      'a negative month weighs 0',
      'seasonality',
      {},
      [-5, ...Array(11).fill(1)],
      1100,
      [0, ...Array(11).fill(100)],
      'target.explain.time_seasonality',
    ],
    // even base, June +100 % → June weighs 2 of 13
    [
      'campaign lifts a month and renormalises',
      'campaign',
      { uplifts: [{ month: 6, percent: 100 }] },
      undefined,
      1300,
      [100, 100, 100, 100, 100, 200, 100, 100, 100, 100, 100, 100],
      'target.explain.time_campaign_no_history',
    ],
    [
      'campaign on seasonality',
      'campaign',
      { uplifts: [{ month: 1, percent: 50 }] },
      history,
      2050,
      [150, 100, 200, 200, 200, 200, 200, 200, 200, 200, 100, 100],
      'target.explain.time_campaign',
    ],
  ];
  it.each(cases)('%s', (_, method, params, monthly, total, expected, key) => {
    const shares = monthShares(method, params, monthly);
    expect(shares.messageKey).toBe(key);
    expect(split(total, shares.weights)).toEqual(expected);
  });

  it('the explanation names the years read and the campaign months', () => {
    expect(monthShares('seasonality', { historyYears: 3 }, history).values).toEqual({ years: 3 });
    expect(
      monthShares(
        'campaign',
        {
          uplifts: [
            { month: 11, percent: 20 },
            { month: 6, percent: 30 },
          ],
        },
        history,
      ).values,
    ).toEqual({ years: 2, months: '6、11' });
  });

  it.each([
    [{ uplifts: [{ month: 13, percent: 10 }] }, ['target.problem.bad_uplift_month']],
    [{ uplifts: [{ month: 3, percent: -100 }] }, ['target.problem.bad_uplift_percent']],
    [{ historyYears: 0 }, ['target.problem.bad_history_years']],
    [{ uplifts: [{ month: 3, percent: -50 }], historyYears: 2 }, []],
  ])('params %j → %j', (params, keys) => {
    expect(monthParamsProblems(params).map((p) => p.messageKey)).toEqual(keys);
  });
});

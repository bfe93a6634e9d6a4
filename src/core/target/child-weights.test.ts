import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import { type ChildWeightInput, childWeights, percent } from './child-weights.ts';

const child = (
  key: string,
  history: number | undefined,
  accountType: string | null = null,
  current = 0,
): ChildWeightInput => ({
  node: { key, accountType },
  history,
  current,
});
const split = (total: number, weights: number[]) => {
  const r = allocateLargestRemainder(total, weights);
  if (!r.ok) throw new Error(r.reason);
  return r.parts;
};

describe('[TGT-3] split methods: even, history share (80/20), customer type, manual', () => {
  it.each([
    ['even', 'even', {}, [child('a', 900), child('b', 100), child('c', undefined)], 1000, [334, 333, 333]],
    [
      'history share: 80/20 by last year',
      'history_share',
      {},
      [child('a', 800), child('b', 200)],
      1000,
      [800, 200],
    ],
    [
      'history share: no history weighs 0',
      'history_share',
      {},
      [child('a', 300), child('b', undefined), child('c', 100)],
      1000,
      [750, 0, 250],
    ],
    [
      'history share: none has history → even',
      'history_share',
      {},
      [child('a', undefined), child('b', 0)],
      1001,
      [501, 500],
    ],
    [
      'history share: the top account takes the odd unit',
      'history_share',
      {},
      [child('a', 1), child('b', 2), child('c', 1)],
      1,
      [0, 1, 0],
    ],
    [
      'customer type: 70/30 by type, history within the type',
      'customer_type',
      { typeWeights: { key_account: 70, distributor: 30 } },
      [
        child('ka1', 300, 'key_account'),
        child('d1', 50, 'distributor'),
        child('ka2', 100, 'key_account'),
        child('d2', 50, 'distributor'),
      ],
      1000,
      [525, 150, 175, 150],
    ],
    [
      'customer type: a type with no weight gets nothing; a type with no history splits evenly',
      'customer_type',
      { typeWeights: { key_account: 1 } },
      [
        child('ka1', undefined, 'key_account'),
        child('ka2', undefined, 'key_account'),
        child('r', 500, 'retail'),
      ],
      100,
      [50, 50, 0],
    ],
    [
      'customer type: no weights at all → types share evenly',
      'customer_type',
      {},
      [child('ka1', 10, 'key_account'), child('x', 10, null)],
      100,
      [50, 50],
    ],
    [
      'manual keeps the typed proportions',
      'manual',
      {},
      [child('a', undefined, null, 30), child('b', undefined, null, 10)],
      100,
      [75, 25],
    ],
  ] as const)('%s', (_, method, params, children, total, expected) => {
    const weights = childWeights(method, params, children as readonly ChildWeightInput[]);
    expect(
      split(
        total,
        weights.map((w) => w.weight),
      ),
    ).toEqual(expected);
  });

  it('explains each share: "按上年占比 23.4%", "上年无数据，平均分配", the type and its share', () => {
    const shares = childWeights('history_share', {}, [child('a', 234), child('b', 766)]);
    expect(shares[0]).toMatchObject({
      messageKey: 'target.explain.split_history_share',
      values: { share: '23.4%' },
    });
    expect(childWeights('history_share', {}, [child('a', undefined)])[0]?.messageKey).toBe(
      'target.explain.split_no_history',
    );
    expect(
      childWeights('customer_type', { typeWeights: { distributor: 3, retail: 1 } }, [
        child('d', 5, 'distributor'),
        child('r', 5, 'retail'),
      ])[0],
    ).toMatchObject({
      messageKey: 'target.explain.split_customer_type',
      values: { type: 'target.account_type.distributor', typeShare: '75.0%', share: '100.0%' },
    });
  });

  it.each([
    [0.234, '23.4%'],
    [1 / 3, '33.3%'],
    [1, '100.0%'],
    [0, '0.0%'],
  ])('percent(%d) = %s', (share, text) => {
    expect(percent(share)).toBe(text);
  });
});

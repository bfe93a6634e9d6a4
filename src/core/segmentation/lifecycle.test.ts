import { describe, expect, it } from 'vitest';
import { classifyLifecycle, quartersWithSales } from './lifecycle.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { atAges, historyByAge, monthAgo, render } from './segmentation-fixtures.ts';

const withLifecycle = (loyalQuarters: number, formerMonths: number): SegmentationConfig => ({
  ...CONFIG,
  lifecycle: { loyalQuarters, formerMonths },
});
const everyQuarter = atAges({ 0: 1, 3: 1, 6: 1, 9: 1 });

describe('[ACC-5] lifecycle with N = 4 quarters, M = 12 months (period 2026-12)', () => {
  it.each<
    [
      string,
      Array<number | undefined>,
      { firstOrderMonth?: string | null; lastOrderMonth?: string | null },
      string,
    ]
  >([
    ['never ordered', [], {}, 'potential'],
    [
      'first order after the period',
      [],
      { firstOrderMonth: '2027-01-01', lastOrderMonth: '2027-01-01' },
      'potential',
    ],
    ['last order 11 months ago', atAges({ 11: 5 }), {}, 'customer'],
    ['last order 12 months ago', atAges({ 12: 5 }), {}, 'former'],
    [
      'no order in 36 months of facts, first order in 2020',
      [],
      { firstOrderMonth: '2020-03-01', lastOrderMonth: '2020-09-01' },
      'former',
    ],
    ['bought in each 3-month block', everyQuarter, {}, 'loyal'],
    ['bought at the end of each block', atAges({ 2: 1, 5: 1, 8: 1, 11: 1 }), {}, 'loyal'],
    ['missed the oldest block', atAges({ 0: 1, 3: 1, 6: 1, 12: 1 }), {}, 'customer'],
    ['missed the current block', atAges({ 3: 1, 4: 1, 6: 1, 9: 1 }), {}, 'customer'],
    ['a negative month is not a purchase', atAges({ 0: 1, 3: -1, 6: 1, 9: 1 }), {}, 'customer'],
  ])('%s → %s', (_, revenue, orders, stage) => {
    expect(classifyLifecycle(historyByAge(revenue, orders), CONFIG).value).toBe(stage);
  });
  it.each<[number, number, Array<number | undefined>, string]>([
    [1, 12, atAges({ 2: 1 }), 'loyal'],
    [1, 12, atAges({ 3: 1 }), 'customer'],
    [4, 13, atAges({ 12: 1 }), 'customer'],
    [4, 3, atAges({ 3: 1 }), 'former'],
    [4, 3, atAges({ 2: 1 }), 'customer'],
    [12, 36, Array.from({ length: 36 }, () => 1), 'loyal'],
  ])('N = %d, M = %d', (n, m, revenue, stage) => {
    expect(classifyLifecycle(historyByAge(revenue), withLifecycle(n, m)).value).toBe(stage);
  });
  it('counts the quarters with sales', () => {
    expect(quartersWithSales(historyByAge(atAges({ 0: 1, 7: 1 })), 4)).toBe(2);
  });
});

describe('[ACC-5] explanation', () => {
  it.each<
    [
      string,
      Array<number | undefined>,
      { firstOrderMonth?: string | null; lastOrderMonth?: string | null },
      string,
    ]
  >([
    ['potential', [], {}, '截至 2026-12-01 尚无订单 → 潜在客户'],
    ['former', atAges({ 14: 5 }), {}, '最后订单在 2025-10-01，已 14 个月无订单（≥ 12 个月）→ 以前的客户'],
    [
      'former long ago',
      [],
      { firstOrderMonth: '2020-03-01', lastOrderMonth: null },
      '近 36 个月无订单（首单 2020-03-01；≥ 12 个月）→ 以前的客户',
    ],
    ['loyal', everyQuarter, {}, '最近 4 个季度（每 3 个月为一季，截至 2026-12-01）每季都有购买 → 忠诚客户'],
    ['customer', atAges({ 1: 1, 4: 1 }), {}, '最近 4 个季度中有 2 个季度购买，最后订单在 2026-11-01 → 客户'],
  ])('%s', (_, revenue, orders, text) => {
    expect(render(classifyLifecycle(historyByAge(revenue, orders), CONFIG))).toBe(text);
  });
  it('records the months it used', () => {
    const r = classifyLifecycle(historyByAge(atAges({ 1: 1, 20: 1 })), CONFIG);
    expect(r.inputs).toMatchObject({
      firstOrderMonth: monthAgo(20),
      lastOrderMonth: monthAgo(1),
      monthsWithoutOrder: 1,
    });
  });
});

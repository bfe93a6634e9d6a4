import { describe, expect, it } from 'vitest';
import { classifyLoyalty } from './loyalty.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { atAges, historyByAge, render } from './segmentation-fixtures.ts';
import type { AccountAssessment, LoyaltyGroup } from './segmentation-types.ts';

const buying = historyByAge([100]);

describe('[SEG-7] strategy per group: 1 maintain, 2 full expansion, 3 change perception', () => {
  it.each<[LoyaltyGroup, string | null, string, string | null]>([
    ['advocate', 'advocate', 'maintain', 'advocate'],
    ['multi_supplier', 'occasional_top_up', 'expand', 'occasional_top_up'],
    ['non_user', 'hostile', 'change_perception', 'hostile'],
    ['non_user', 'advocate', 'change_perception', null],
    ['multi_supplier', null, 'expand', null],
  ])('assessed %s / %s → %s (sub-state %s)', (group, subState, strategy, kept) => {
    const r = classifyLoyalty(buying, { loyalty: { group, subState } }, CONFIG);
    expect([r.value, r.inputs.subState, r.inputs.basis]).toEqual([strategy, kept, 'assessment']);
  });
  it('takes the strategy of a group from the configuration', () => {
    const config: SegmentationConfig = {
      ...CONFIG,
      loyalty: {
        ...CONFIG.loyalty,
        groups: {
          ...CONFIG.loyalty.groups,
          advocate: { ...CONFIG.loyalty.groups.advocate, strategy: 'expand' },
        },
      },
    };
    expect(classifyLoyalty(buying, { loyalty: { group: 'advocate' } }, config).value).toBe('expand');
  });
});

describe('[SEG-7] derived when not assessed (advocate from 70% share of wallet)', () => {
  it.each<[string, Array<number | undefined>, AccountAssessment, string, string]>([
    ['no sales in 12 months', atAges({ 12: 100 }), { shareOfWalletPct: 90 }, 'non_user', 'change_perception'],
    ['share at the floor', [100], { shareOfWalletPct: 70 }, 'advocate', 'maintain'],
    ['share just below', [100], { shareOfWalletPct: 69.9 }, 'multi_supplier', 'expand'],
    ['share unknown', [100], {}, 'multi_supplier', 'expand'],
    [
      'an unknown group counts as not assessed',
      [],
      { loyalty: { group: 'fan' as LoyaltyGroup } },
      'non_user',
      'change_perception',
    ],
  ])('%s → %s', (_, revenue, assessment, group, strategy) => {
    const r = classifyLoyalty(historyByAge(revenue), assessment, CONFIG);
    expect([r.inputs.group, r.value, r.inputs.basis]).toEqual([group, strategy, 'derived']);
  });
  it('explains the derivation', () => {
    expect(render(classifyLoyalty(buying, { shareOfWalletPct: 75 }, CONFIG))).toBe(
      '未评估；近 12 个月有购买，份额 75%（≥ 70%），视为“拥护者/重度使用者” → 维持现状',
    );
  });
});

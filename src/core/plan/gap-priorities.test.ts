import { describe, expect, it } from 'vitest';
import { gapPriorities } from './gap-priorities.ts';
import { DEFAULT_PLAN_CONFIG } from './plan-config-defaults.ts';

const weights = DEFAULT_PLAN_CONFIG.influenceWeights;
const row = (
  id: number,
  contactName: string,
  current: number,
  desired: number,
  influence: 'high' | 'medium' | 'low' | null,
) => ({
  id,
  contactName,
  userName: '我方',
  currentLevel: current,
  desiredLevel: desired,
  influence,
});

describe('seed 002 [PLAN-5] priority = influence weight × gap (desired − current, never below 0)', () => {
  it.each([
    [row(1, 'a', 0, 4, 'high'), 4, 12],
    [row(1, 'a', 1, 3, 'medium'), 2, 4],
    [row(1, 'a', 2, 3, 'low'), 1, 1],
    [row(1, 'a', 2, 3, null), 1, 1],
    [row(1, 'a', 3, 3, 'high'), 0, 0],
    [row(1, 'a', 4, 2, 'high'), 0, 0],
  ])('%j → gap %i, priority %i', (input, gap, priority) => {
    expect(gapPriorities([input], weights)[0]).toMatchObject({ gap, priority });
  });

  it('uses the configured weights, including for unknown influence', () => {
    const custom = { high: 5, medium: 2.5, low: 1, unknown: 0 };
    expect(gapPriorities([row(1, 'a', 0, 2, 'medium')], custom)[0]?.priority).toBe(5);
    expect(gapPriorities([row(1, 'a', 0, 2, null)], custom)[0]?.priority).toBe(0);
  });

  it('sorts by priority, then gap, then name', () => {
    const sorted = gapPriorities(
      [
        row(1, '乙', 1, 2, 'high'), // 3
        row(2, '甲', 0, 3, 'low'), // 3, gap 3
        row(3, '丙', 0, 4, 'high'), // 12
        row(4, '丁', 1, 2, 'high'), // 3, gap 1
      ],
      weights,
    );
    // 丁 (dīng) before 乙 (yǐ) in pinyin order
    expect(sorted.map((r) => r.id)).toEqual([3, 2, 4, 1]);
  });
});

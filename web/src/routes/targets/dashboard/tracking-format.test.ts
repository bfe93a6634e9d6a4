// The gap waterfall's axis start: gaps of a few percent stay visible; levels near or below 0 keep the axis at 0.
import { describe, expect, it } from 'vitest';
import { waterfallAxisMin } from './tracking-format.ts';

describe('waterfallAxisMin', () => {
  it('starts below the lowest level, on a round figure, when the gaps are small against the target', () => {
    // target 348.9M, actual 333.7M: from 0 the 15M gap is 4 % of the bar.
    const min = waterfallAxisMin([348_932_028, 333_746_616, 348_932_028, 340_000_000, 333_746_616]);
    expect(min).toBe(310_000_000);
    expect(min).toBeLessThan(333_746_616);
  });

  it('keeps 0 when a level is at or below 0, when the levels spread widely, and without levels', () => {
    expect(waterfallAxisMin([100, 0, 50])).toBeUndefined();
    expect(waterfallAxisMin([100, -20, 50])).toBeUndefined();
    expect(waterfallAxisMin([100, 60])).toBeUndefined();
    expect(waterfallAxisMin([])).toBeUndefined();
  });

  it('a target met exactly still gets a visible axis below it', () => {
    const min = waterfallAxisMin([1_000_000, 1_000_000]);
    expect(min).toBeGreaterThan(0);
    expect(min).toBeLessThan(1_000_000);
  });
});

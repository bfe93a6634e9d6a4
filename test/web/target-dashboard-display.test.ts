// [TGT-5] target dashboard display details found in the QA walk: the gap waterfall keeps many children's names
// readable and starts its axis where small gaps show, and the order-line import names the formats it accepts (.csv
// and .xlsx) in both languages.
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import {
  waterfallAxisLabel,
  waterfallAxisMin,
} from '../../web/src/routes/targets/dashboard/tracking-format.ts';

describe('waterfallAxisLabel', () => {
  it('keeps a few labels level and whole', () => {
    expect(waterfallAxisLabel(6)).toEqual({ interval: 0, rotate: 0 });
  });

  it('turns and cuts the names of many children (a rep with 15 customers)', () => {
    const label = waterfallAxisLabel(17);
    expect(label.rotate).toBe(90);
    expect(label.overflow).toBe('truncate');
    expect(label.width).toBeGreaterThan(0);
  });

  it('cuts already at a moderate count', () => {
    expect(waterfallAxisLabel(8)).toMatchObject({ rotate: 30, overflow: 'truncate' });
  });
});

describe('order-line import hint', () => {
  it.each([
    ['zh-CN', zhCN.orderLines.import.sizeHint],
    ['en', en.orderLines.import.sizeHint],
  ])('%s names .csv and .xlsx', (_lang, hint) => {
    expect(hint).toContain('.csv');
    expect(hint).toContain('.xlsx');
    expect(hint).toContain('{{mb}}');
  });
});

// The gap waterfall's axis start: gaps of a few percent stay visible; levels near or below 0 keep the axis at 0.
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

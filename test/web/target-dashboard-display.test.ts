// [TGT-5] target dashboard display details found in the QA walk: the gap waterfall keeps many children's names
// readable, and the order-line import names the formats it accepts (.csv and .xlsx) in both languages.
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import { waterfallAxisLabel } from '../../web/src/routes/targets/dashboard/tracking-format.ts';

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

import { describe, expect, it } from 'vitest';
import { textbookClv } from './clv.ts';

const years = (clv: ReturnType<typeof textbookClv>) => clv.years.map((y) => y.presentValueFen);

describe('[VAL-2] textbook CLV = Σ margin × retention^t ÷ (1 + discount)^t', () => {
  it('is labelled textbook', () =>
    expect(textbookClv(1, { horizonYears: 1, retentionPct: 100, discountRatePct: 0 }).formula).toBe(
      'textbook',
    ));
  it('retains and discounts year 1 once: ¥100 × 80% ÷ 1.08 over 5 years', () => {
    const clv = textbookClv(10_000, { horizonYears: 5, retentionPct: 80, discountRatePct: 8 });
    // exact 7407.41, 5486.97, 4064.42, 3010.68, 2230.14
    expect(years(clv)).toEqual([7407, 5487, 4064, 3011, 2230]);
    expect(clv.clvFen).toBe(22_199);
  });
  it('reads rates to 0.01%: ¥1,000,000 at 85.5% retention and 7.25% discount', () => {
    const clv = textbookClv(100_000_000, { horizonYears: 5, retentionPct: 85.5, discountRatePct: 7.25 });
    expect(years(clv)).toEqual([79_720_280, 63_553_230, 50_664_813, 40_390_130, 32_199_125]);
    expect(clv.clvFen).toBe(266_527_578);
  });
  it.each<[string, number, number, number, number[]]>([
    ['without retention loss or discount it is margin × years', 1000, 100, 0, [1000, 1000, 1000]],
    ['half a fen rounds away from zero', 1, 50, 0, [1, 0, 0]],
    ['a negative half fen rounds away from zero too', -1, 50, 0, [-1, 0, 0]],
    ['1.5 fen rounds to 2', 3, 50, 0, [2, 1, 0]],
    ['no retention leaves nothing', 1000, 0, 8, [0, 0, 0]],
    ['a zero margin is worth nothing', 0, 80, 8, [0, 0, 0]],
  ])('%s', (_, margin, retentionPct, discountRatePct, expected) => {
    const clv = textbookClv(margin, { horizonYears: 3, retentionPct, discountRatePct });
    expect(years(clv)).toEqual(expected);
    expect(clv.clvFen).toBe(expected.reduce((a, b) => a + b, 0));
  });
  it('sums the rounded years, so the years shown add up to the total', () => {
    const clv = textbookClv(333, { horizonYears: 10, retentionPct: 77.77, discountRatePct: 3.33 });
    expect(clv.clvFen).toBe(years(clv).reduce((a, b) => a + b, 0));
  });
  it('takes one margin per year and repeats the last for missing years', () => {
    const clv = textbookClv([100, 200], { horizonYears: 3, retentionPct: 100, discountRatePct: 0 });
    expect(clv.years.map((y) => y.marginFen)).toEqual([100, 200, 200]);
    expect(clv.clvFen).toBe(500);
  });
  it('stays exact over 30 years of large margins', () => {
    const clv = textbookClv(9_000_000_000_000, {
      horizonYears: 30,
      retentionPct: 99.99,
      discountRatePct: 0.01,
    });
    expect(Number.isSafeInteger(clv.clvFen)).toBe(true);
    expect(clv.years).toHaveLength(30);
  });
});

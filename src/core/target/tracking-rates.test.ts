// §9 rates in exact decimals: attainment, growth, market share, and integer a × b ÷ c.
import { describe, expect, it } from 'vitest';
import { attainment, growth, marketShare, mulDiv, ratio } from './tracking-rates.ts';

describe('ratio (4 decimals, half away from zero)', () => {
  it.each([
    [1, 3, '0.3333'],
    [2, 3, '0.6667'],
    [1, 8, '0.1250'],
    [1, 20000, '0.0001'], // 0.00005 rounds away from zero
    [1, 20001, '0.0000'],
    [-1, 20000, '-0.0001'],
    [-1, 20001, '0.0000'],
    [5, -2, '-2.5000'],
    [123_456_789_012, 1_000, '123456789.0120'],
    [0, 7, '0.0000'],
    [7, 0, null],
  ])('%i ÷ %i = %s', (n, d, expected) => expect(ratio(n, d)).toBe(expected));
});

describe('attainment 达成率 = actual ÷ target', () => {
  it.each([
    [850, 1000, '0.8500'],
    [1200, 1000, '1.2000'],
    [0, 1000, '0.0000'],
    [500, 0, null],
    [-300, 1000, '-0.3000'],
  ])('%i of %i → %s', (a, t, expected) => expect(attainment(a, t)).toBe(expected));
});

describe('growth 增长率 = (this − last) ÷ last', () => {
  it.each([
    [110, 100, '0.1000'],
    [90, 100, '-0.1000'],
    [100, 100, '0.0000'],
    [100, 0, null],
    [100, -50, null],
  ])('%i vs %i → %s', (now, last, expected) => expect(growth(now, last)).toBe(expected));
});

describe('market share 市场占有率 = our sales ÷ market size', () => {
  it.each([
    [250, 1000, '0.2500'],
    [250, null, null],
    [250, 0, null],
  ])('%i of %s → %s', (ours, size, expected) => expect(marketShare(ours, size)).toBe(expected));
});

describe('mulDiv', () => {
  it.each([
    [10, 1, 3, 3],
    [20, 1, 3, 7],
    [-20, 1, 3, -7],
    [5, 1, 2, 3],
    [-5, 1, 2, -3],
    [9_000_000_000_000, 3, 9, 3_000_000_000_000],
  ])('%i × %i ÷ %i = %i', (a, b, c, expected) => expect(mulDiv(a, b, c)).toBe(expected));
});

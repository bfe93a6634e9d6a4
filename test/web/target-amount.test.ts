// [TGT-1] target figures typed on screen: 元 with at most two decimals and never negative, counts whole.
import { describe, expect, it } from 'vitest';
import { amountInputText, parseAmount, quarterSums } from '../../web/src/routes/targets/target-amount.ts';

describe('parseAmount: typed 元 → fen, counts → integers', () => {
  it.each([
    ['1234.5', 'revenue', { ok: true, value: 123450 }],
    ['¥1,234.56', 'revenue', { ok: true, value: 123456 }],
    ['0', 'expense', { ok: true, value: 0 }],
    ['0.1', 'revenue', { ok: true, value: 10 }],
    ['1.234', 'revenue', { ok: false, problem: 'decimals' }],
    ['-5', 'revenue', { ok: false, problem: 'negative' }],
    ['abc', 'revenue', { ok: false, problem: 'invalid' }],
    ['', 'revenue', { ok: false, problem: 'invalid' }],
    ['12', 'visits', { ok: true, value: 12 }],
    ['12.0', 'visits', { ok: true, value: 12 }],
    ['12.5', 'visits', { ok: false, problem: 'integer' }],
    ['99999999999999999', 'revenue', { ok: false, problem: 'tooLarge' }],
  ] as const)('%s as %s', (text, metric, expected) => {
    expect(parseAmount(text, metric)).toEqual(expected);
  });
});

describe('amountInputText round-trips with parseAmount', () => {
  it.each([
    [123450, 'revenue', '1234.5'],
    [123456, 'revenue', '1234.56'],
    [100, 'revenue', '1'],
    [7, 'revenue', '0.07'],
    [42, 'visits', '42'],
  ] as const)('%d %s → %s', (value, metric, text) => {
    expect(amountInputText(value, metric)).toBe(text);
    expect(parseAmount(text, metric)).toEqual({ ok: true, value });
  });
});

it('quarterSums adds three months each', () => {
  expect(quarterSums([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual([6, 15, 24, 33]);
});

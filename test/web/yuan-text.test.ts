// DOMAIN §9 money typed on screen: 元 with at most two decimals becomes integer fen exactly (no float rounding);
// a third decimal, a negative amount or text is refused with its reason, never rounded or guessed.
import { describe, expect, it } from 'vitest';
import { parseYuanText, readDecimalText, yuanInputText } from '../../web/src/lib/money.ts';

describe('parseYuanText: typed 元 → fen', () => {
  it.each([
    ['1234.5', { ok: true, fen: 123450 }],
    ['¥1,234.56', { ok: true, fen: 123456 }],
    [' 12，000 ', { ok: true, fen: 1_200_000 }],
    ['0.01', { ok: true, fen: 1 }],
    ['0', { ok: true, fen: 0 }],
    ['1.', { ok: false, problem: 'invalid' }],
    ['1.005', { ok: false, problem: 'decimals' }],
    ['1.100', { ok: false, problem: 'decimals' }],
    ['-5', { ok: false, problem: 'negative' }],
    ['-', { ok: false, problem: 'invalid' }],
    ['1e3', { ok: false, problem: 'invalid' }],
    ['', { ok: false, problem: 'invalid' }],
    ['99999999999999999', { ok: false, problem: 'tooLarge' }],
  ] as const)('%j', (text, expected) => {
    expect(parseYuanText(text)).toEqual(expected);
  });

  it('0.1 + 0.2 style amounts stay exact', () => {
    expect(parseYuanText('0.29')).toEqual({ ok: true, fen: 29 });
    expect(parseYuanText('1.15')).toEqual({ ok: true, fen: 115 });
    expect(parseYuanText('4.35')).toEqual({ ok: true, fen: 435 });
  });
});

describe('yuanInputText round-trips with parseYuanText', () => {
  it.each([
    [123450, '1234.5'],
    [123456, '1234.56'],
    [100, '1'],
    [7, '0.07'],
    [0, '0'],
  ] as const)('%d fen → %s', (fen, text) => {
    expect(yuanInputText(fen)).toBe(text);
    expect(parseYuanText(text)).toEqual({ ok: true, fen });
  });
});

it('readDecimalText splits the digits and names a negative', () => {
  expect(readDecimalText('¥1,234.5')).toEqual({ ok: true, whole: '1234', fraction: '5' });
  expect(readDecimalText('-1.5')).toEqual({ ok: false, problem: 'negative' });
  expect(readDecimalText('abc')).toEqual({ ok: false, problem: 'invalid' });
});

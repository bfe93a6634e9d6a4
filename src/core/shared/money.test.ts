import { describe, expect, it } from 'vitest';
import { formatFen, parseYuanToFen } from './money.ts';

describe('money: yuan text ↔ integer fen', () => {
  it.each([
    ['0', 0],
    ['12', 1200],
    ['12.3', 1230],
    ['12.34', 1234],
    ['-5.01', -501],
    ['1,234.50', 123450],
    ['¥ 99.99', 9999],
    ['12.345', null],
    ['abc', null],
    ['', null],
    ['1e5', null],
  ])('parseYuanToFen(%j) = %j', (input, expected) => {
    expect(parseYuanToFen(input)).toBe(expected);
  });

  it.each([
    [12.34, 1234],
    [0.1 + 0.2, 30],
    [1.005, null],
  ])('parseYuanToFen(number %j) = %j', (input, expected) => {
    expect(parseYuanToFen(input)).toBe(expected);
  });

  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123456789, '1,234,567.89'],
    [-1050, '-10.50'],
  ])('formatFen(%j) = %j', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFactDate, checkFen, checkQuantity } from './check-fact-values.ts';

const TODAY = '2026-11-25';

describe('checkFactDate', () => {
  it.each([
    ['2026-11-25', null],
    ['2000-01-01', null],
    ['2024-02-29', null],
    ['2026-11-26', 'facts.date_in_future'],
    ['1999-12-31', 'facts.date_too_early'],
    ['2025-02-29', 'field.invalid_date'],
    ['2026-13-01', 'field.invalid_date'],
    ['2026-1-5', 'field.invalid_date'],
    ['', 'field.invalid_date'],
  ])('%s → %s', (date, expected) => {
    expect(checkFactDate(date, TODAY)).toBe(expected);
  });
});

describe('checkFen', () => {
  it.each([
    [0, true, null],
    [0, false, 'facts.not_positive'],
    [1, false, null],
    [-1, true, 'facts.negative'],
    [1.5, true, 'facts.not_whole_fen'],
    [Number.NaN, true, 'facts.not_whole_fen'],
    [1e15, true, 'facts.amount_too_big'],
    [1e15 - 1, true, null],
  ])('%s (zero allowed: %s) → %s', (fen, allowZero, expected) => {
    expect(checkFen(fen, allowZero)).toBe(expected);
  });
});

describe('checkQuantity', () => {
  it.each([
    [0, null],
    [1.25, null],
    [0.01, null],
    [1.255, 'facts.too_many_decimals'],
    [-1, 'facts.negative'],
    [1e12, 'facts.amount_too_big'],
    [Number.POSITIVE_INFINITY, 'field.invalid'],
  ])('%s → %s', (q, expected) => {
    expect(checkQuantity(q)).toBe(expected);
  });
});

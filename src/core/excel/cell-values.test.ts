import { describe, expect, it } from 'vitest';
import {
  cellDate,
  cellText,
  excelSerialToIsoDate,
  isBlankCell,
  isoDateOf,
  MAX_EXCEL_SERIAL,
} from './cell-values.ts';

describe('cellText: what a cell says, as trimmed text', () => {
  it.each([
    [null, ''],
    ['  东方集团 ', '东方集团'],
    ['\u3000全角空格\u3000', '全角空格'],
    [13800000000, '13800000000'],
    [1001, '1001'],
    [0, '0'],
    [12.5, '12.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date('2026-11-25T00:00:00Z'), '2026-11-25'],
    [new Date(Number.NaN), ''],
  ] as const)('%j → %j', (value, expected) => expect(cellText(value)).toBe(expected));
});

describe('excelSerialToIsoDate: Excel day numbers (1900 system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, null], // Lotus's 1900-02-29 does not exist
    [61, '1900-03-01'],
    [45000, '2023-03-15'],
    [46351, '2026-11-25'],
    [46351.75, '2026-11-25'], // time of day ignored
    [MAX_EXCEL_SERIAL, '9999-12-31'],
    [MAX_EXCEL_SERIAL + 1, null],
    [0, null],
    [-1, null],
    [Number.POSITIVE_INFINITY, null],
  ])('%d → %s', (serial, expected) => expect(excelSerialToIsoDate(serial)).toBe(expected));
});

describe('isoDateOf: real calendar days only', () => {
  it.each([
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, null],
    [2026, 4, 31, null],
    [2026, 12, 31, '2026-12-31'],
    [2026, 13, 1, null],
    [2026, 0, 1, null],
    [2026, 1, 0, null],
    [1899, 12, 31, null],
    [1900, 1, 1, '1900-01-01'],
    [10000, 1, 1, null],
  ])('%d-%d-%d → %s', (y, m, d, expected) => expect(isoDateOf(y, m, d)).toBe(expected));
});

describe('cellDate: Excel dates, serials and typed text', () => {
  it.each([
    [null, { ok: true, value: null }],
    ['', { ok: true, value: null }],
    ['   ', { ok: true, value: null }],
    [new Date('2026-10-15T00:00:00Z'), { ok: true, value: '2026-10-15' }],
    [new Date('2026-10-15T23:59:59Z'), { ok: true, value: '2026-10-15' }],
    [new Date(Number.NaN), { ok: false }],
    [46351, { ok: true, value: '2026-11-25' }],
    [60, { ok: false }],
    ['2026-11-25', { ok: true, value: '2026-11-25' }],
    ['2026/1/5', { ok: true, value: '2026-01-05' }],
    ['2026.01.05', { ok: true, value: '2026-01-05' }],
    ['2026年1月5日', { ok: true, value: '2026-01-05' }],
    [' 2026-11-25 ', { ok: true, value: '2026-11-25' }],
    ['2026-02-30', { ok: false }],
    ['25/11/2026', { ok: false }],
    ['2026-11-25 10:00', { ok: false }],
    ['昨天', { ok: false }],
    [true, { ok: false }],
  ] as const)('%j → %j', (value, expected) => expect(cellDate(value)).toEqual(expected));
});

describe('isBlankCell', () => {
  it.each([
    [undefined, true],
    [null, true],
    [' ', true],
    [0, false],
    ['x', false],
  ] as const)('%j → %s', (value, expected) => expect(isBlankCell(value)).toBe(expected));
});

// How a cell's value becomes text or a date. People type codes and phones as numbers, dates as text or as
// real Excel dates, and leave stray spaces; these rules make all of that mean what the person meant.

import type { CellValue } from './sheet.ts';

/** Excel serial day 1 is 1900-01-01; serial 60 is the fictitious 1900-02-29 kept from Lotus 1-2-3. */
const EXCEL_EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date Excel knows. */
export const MAX_EXCEL_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

/** The cell as trimmed text: numbers without exponent for integers, dates as YYYY-MM-DD, empty as ''. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}

/** 'YYYY-MM-DD' of an Excel serial day number (time of day ignored); null outside 1…9999-12-31 or for 60. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === 60) return null;
  const base = day < 60 ? EXCEL_EPOCH_BEFORE_LEAP_BUG : EXCEL_EPOCH;
  return new Date(base + day * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' when y-m-d is a real calendar day between 1900 and 9999, else null. */
export function isoDateOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_TEXT = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

export type DateCell = { ok: true; value: string | null } | { ok: false };

/**
 * A date cell: an Excel date (read as a Date, or a bare serial number when the cell is not formatted as a
 * date), or text 2026-11-25, 2026/11/25, 2026.11.25 or 2026年11月25日. Empty gives null.
 */
export function cellDate(value: CellValue): DateCell {
  if (value === null) return { ok: true, value: null };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false };
    const iso = isoDateOf(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return iso ? { ok: true, value: iso } : { ok: false };
  }
  if (typeof value === 'number') {
    const iso = excelSerialToIsoDate(value);
    return iso ? { ok: true, value: iso } : { ok: false };
  }
  if (typeof value === 'boolean') return { ok: false };
  const text = value.trim();
  if (text === '') return { ok: true, value: null };
  const m = DATE_TEXT.exec(text);
  const iso = m ? isoDateOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return iso ? { ok: true, value: iso } : { ok: false };
}

/** Whether the cell holds nothing but whitespace. */
export function isBlankCell(value: CellValue | undefined): boolean {
  return value === undefined || cellText(value) === '';
}

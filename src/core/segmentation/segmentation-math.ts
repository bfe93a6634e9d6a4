// Small exact helpers the segmentation rules share: month arithmetic without the clock, money rounding in
// integer fen (half away from zero, DOMAIN.md §9), percentages read to 0.01%.
import type { ModelKey } from './segmentation-types.ts';

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** year × 12 + (month − 1) of a 'YYYY-MM…' string; null when it is not one. */
export function monthIndex(value: string): number | null {
  if (value.length < 7 || value.charCodeAt(4) !== 45) return null;
  for (let i = 0; i < 7; i++) {
    const d = digit(value, i);
    if (i !== 4 && (d < 0 || d > 9)) return null;
  }
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  if (month < 1 || month > 12) return null;
  return year * 12 + month - 1;
}

/** 'YYYY-MM-01' of a month index. */
export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}-01`;
}

/** Rounds to the nearest integer, halves away from zero (2.5 → 3, −2.5 → −3). */
export function roundHalfAway(value: number): number {
  const r = Math.round(Math.abs(value));
  return value < 0 ? -r : r;
}

/** numerator ÷ denominator rounded half away from zero, exactly (denominator > 0). */
export function divideHalfAway(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const q = (2n * abs + denominator) / (2n * denominator);
  return negative ? -q : q;
}

/** A percentage as hundredths of a percent (12.34% → 1234); rates are read to 0.01%. */
export function basisOfPct(pct: number): number {
  return Math.round(pct * 100);
}

/** pct % of an amount in fen, times months/12 when a yearly rate applies to part of a year; exact, half away. */
export function percentOfFen(fen: number, pct: number, months = 12): number {
  const n = BigInt(Math.trunc(fen)) * BigInt(basisOfPct(pct)) * BigInt(months);
  return Number(divideHalfAway(n, 120_000n));
}

/** Rounds to `digits` decimals for display (half away from zero). */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return roundHalfAway(value * f) / f;
}

/** (current − base) ÷ base × 100, §9 growth; null when there is no base. */
export function growthPct(current: number, base: number): number | null {
  if (base <= 0) return null;
  return ((current - base) * 100) / base;
}

/** Clamps into [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** A finite number within [min, max], else null: assessments out of range count as not assessed. */
export function inRange(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** The message key that names a model's value, e.g. segmentation.value.purchase_grid.A. */
export function valueLabel(model: ModelKey, value: string): string {
  return `segmentation.value.${model}.${value}`;
}

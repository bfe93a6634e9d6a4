// [TGT-5] and DOMAIN.md §9, the rates of tracking in exact decimals: attainment 达成率 = actual ÷ target,
// growth 增长率 = (this period − same period last year) ÷ same period last year, market share 市场占有率 =
// our sales ÷ market size. A rate is a decimal string of the ratio read to 0.01 % (4 decimals, "0.8523" =
// 85.23 %), divided in integers and rounded half away from zero, so no float ever decides a figure.

/** A ratio as an exact decimal string with 4 decimals, or null when it has no base. */
export type Rate = string | null;

const SCALE = 10_000n;

/** numerator ÷ denominator as a 4-decimal string, half away from zero; null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): Rate {
  if (denominator === 0) return null;
  let n = BigInt(Math.trunc(numerator)) * SCALE;
  let d = BigInt(Math.trunc(denominator));
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (2n * abs + d) / (2n * d);
  const whole = q / SCALE;
  const frac = (q % SCALE).toString().padStart(4, '0');
  return `${negative && q !== 0n ? '-' : ''}${whole}.${frac}`;
}

/** §9 attainment 达成率 = actual ÷ target; null when the target is 0 (nothing to attain). */
export function attainment(actual: number, target: number): Rate {
  return ratio(actual, target);
}

/**
 * §9 growth 增长率 = (this period − same period last year) ÷ same period last year; null when last year's
 * figure is not positive (a growth "from a loss" has no meaning in the sheet).
 */
export function growth(current: number, lastYear: number): Rate {
  if (lastYear <= 0) return null;
  return ratio(current - lastYear, lastYear);
}

/** §9 market share 市场占有率 = our sales ÷ market size; null without a positive market size. */
export function marketShare(ourSalesFen: number, marketSizeFen: number | null): Rate {
  if (marketSizeFen === null || marketSizeFen <= 0) return null;
  return ratio(ourSalesFen, marketSizeFen);
}

/** a × b ÷ c in integers, half away from zero (c ≠ 0); exact for money in fen. */
export function mulDiv(a: number, b: number, c: number): number {
  const n = BigInt(Math.trunc(a)) * BigInt(Math.trunc(b));
  let d = BigInt(Math.trunc(c));
  let m = n;
  if (d < 0n) {
    d = -d;
    m = -m;
  }
  const negative = m < 0n;
  const abs = negative ? -m : m;
  const q = (2n * abs + d) / (2n * d);
  return Number(negative ? -q : q);
}

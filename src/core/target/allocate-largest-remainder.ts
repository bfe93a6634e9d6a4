// [TGT-2] Every split of a target sums exactly (DOMAIN.md §9): an integer total (fen or a count) goes over
// weights by the largest-remainder (Hamilton) method. Each part first gets the floor of its exact quota
// total × weight ÷ Σ weights; the units left over go one each to the largest remainders. Ties go to the larger
// weight (the bigger account or month first, the 80/20 rule of [TGT-3]), then to the lower index, so the
// result never depends on anything but the inputs. Locked parts keep their value and only the rest is
// split over the unlocked parts; when all unlocked weights are zero, the rest is split evenly. A negative rest
// is split as the mirror of its absolute value, and only when the caller allows negative parts.
// Quotas are computed in BigInt over weights scaled to integers, so no floating-point drift decides a unit.

export type AllocationFailure =
  /** Every part is locked, but the locked parts do not add up to the total. */
  | 'no_free_part'
  /** The unlocked parts would have to take a negative rest and the caller does not allow it. */
  | 'negative_rest';

export type AllocationResult =
  | { ok: true; parts: number[] }
  | { ok: false; reason: AllocationFailure; rest: number };

export interface AllocationOptions {
  /** A number keeps that part as it is; null (or a missing entry) lets it take a share of the rest. */
  locked?: ReadonlyArray<number | null>;
  /** Whether the unlocked parts may take a negative rest (e.g. a gross-profit target). Default false. */
  allowNegative?: boolean;
}

/** Weights with decimals are scaled by this before the exact integer arithmetic. */
const WEIGHT_SCALE = 1_000_000;

/** Splits `total` over `weights` into integers that sum to `total` exactly; see the rule above. */
export function allocateLargestRemainder(
  total: number,
  weights: readonly number[],
  options: AllocationOptions = {},
): AllocationResult {
  if (!Number.isSafeInteger(total)) throw new RangeError(`total must be a safe integer, got ${total}`);
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weights must be finite and ≥ 0, got ${w}`);
  }
  const locked = options.locked ?? [];
  const parts = weights.map((_, i) => locked[i] ?? 0);
  const free: number[] = [];
  let lockedSum = 0;
  weights.forEach((_, i) => {
    const value = locked[i];
    if (value === null || value === undefined) free.push(i);
    else {
      if (!Number.isSafeInteger(value)) throw new RangeError(`locked parts must be integers, got ${value}`);
      lockedSum += value;
    }
  });
  const rest = total - lockedSum;
  if (free.length === 0)
    return rest === 0 ? { ok: true, parts } : { ok: false, reason: 'no_free_part', rest };
  if (rest < 0 && !options.allowNegative) return { ok: false, reason: 'negative_rest', rest };

  const shares = splitNonNegative(
    Math.abs(rest),
    free.map((i) => weights[i] ?? 0),
  );
  free.forEach((index, k) => {
    const share = shares[k] ?? 0;
    parts[index] = rest < 0 ? -share : share;
  });
  return { ok: true, parts };
}

/** The Hamilton split of a non-negative integer over non-negative weights (all zero → even). */
function splitNonNegative(amount: number, weights: readonly number[]): number[] {
  const exact = splitInSafeIntegers(amount, weights);
  if (exact) return exact;
  const scaled = toIntegerWeights(weights);
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const units = sum === 0n ? weights.map(() => 1n) : scaled;
  const denominator = sum === 0n ? BigInt(weights.length) : sum;
  const big = BigInt(amount);
  const floors = units.map((w) => (big * w) / denominator);
  const remainders = units.map((w) => (big * w) % denominator);
  let left = Number(big - floors.reduce((a, b) => a + b, 0n));
  const order = units
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a] ?? 0n;
      const rb = remainders[b] ?? 0n;
      if (ra !== rb) return ra > rb ? -1 : 1;
      const wa = units[a] ?? 0n;
      const wb = units[b] ?? 0n;
      if (wa !== wb) return wa > wb ? -1 : 1;
      return a - b;
    });
  const result = floors.map(Number);
  for (const i of order) {
    if (left === 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left -= 1;
  }
  return result;
}

/**
 * The same split in plain numbers when every product amount × weight (and the quotient times the weight sum)
 * stays a safe integer, which is exact and several times faster than BigInt; null when it might not.
 */
function splitInSafeIntegers(amount: number, weights: readonly number[]): number[] | null {
  let total = 0;
  for (const w of weights) {
    if (!Number.isSafeInteger(w)) return null;
    total += w;
  }
  const even = total === 0;
  const denominator = even ? weights.length : total;
  if (amount * denominator + denominator > Number.MAX_SAFE_INTEGER) return null;
  const n = weights.length;
  const result = new Array<number>(n);
  const remainders = new Array<number>(n);
  let left = amount;
  for (let i = 0; i < n; i++) {
    const product = amount * (even ? 1 : (weights[i] as number));
    let quotient = Math.floor(product / denominator);
    let remainder = product - quotient * denominator;
    // The division is rounded; the integer remainder puts the quotient right.
    if (remainder < 0) {
      quotient -= 1;
      remainder += denominator;
    } else if (remainder >= denominator) {
      quotient += 1;
      remainder -= denominator;
    }
    result[i] = quotient;
    remainders[i] = remainder;
    left -= quotient;
  }
  if (left === 0) return result;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ra = remainders[a] as number;
    const rb = remainders[b] as number;
    if (ra !== rb) return rb - ra;
    const wa = even ? 1 : (weights[a] as number);
    const wb = even ? 1 : (weights[b] as number);
    if (wa !== wb) return wb - wa;
    return a - b;
  });
  for (const i of order) {
    if (left === 0) break;
    result[i] = (result[i] as number) + 1;
    left -= 1;
  }
  return result;
}

function toIntegerWeights(weights: readonly number[]): bigint[] {
  if (weights.every((w) => Number.isSafeInteger(w))) return weights.map((w) => BigInt(w));
  return weights.map((w) => BigInt(Math.round(w * WEIGHT_SCALE)));
}

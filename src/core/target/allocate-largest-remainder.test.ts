import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';

const parts = (total: number, weights: number[], options = {}) => {
  const r = allocateLargestRemainder(total, weights, options);
  if (!r.ok) throw new Error(r.reason);
  return r.parts;
};

describe('[TGT-2] largest remainder: integer parts that sum exactly, ties to the larger weight then the lower index', () => {
  it.each([
    ['even thirds', 100, [1, 1, 1], [34, 33, 33]],
    ['exact quotas', 100, [50, 30, 20], [50, 30, 20]],
    ['the largest remainder gets the unit', 10, [1, 2], [3, 7]], // 3.33 / 6.67
    ['two units over three', 2, [1, 1, 1], [1, 1, 0]],
    ['equal remainders: the larger weight first', 2, [1, 3], [0, 2]], // quotas 0.5 and 1.5
    ['equal remainders and weights: the lower index first', 1, [1, 3, 1, 3], [0, 1, 0, 0]],
    ['equal everything: the lower index first', 1, [1, 1], [1, 0]],
    ['zero weights split evenly', 7, [0, 0, 0], [3, 2, 2]],
    ['a zero weight takes nothing', 9, [0, 1, 2], [0, 3, 6]],
    ['zero total', 0, [5, 1], [0, 0]],
    ['fractional weights', 100, [0.5, 0.25, 0.25], [50, 25, 25]],
    [
      '12 months of 100 yuan + 1 fen',
      10001,
      Array(12).fill(1),
      [834, 834, 834, 834, 834, 833, 833, 833, 833, 833, 833, 833],
    ],
    [
      'a big total with big weights stays exact',
      9_007_199_254_740,
      [3_000_000_000_001, 1],
      [9_007_199_254_737, 3],
    ],
  ])('%s: %i over %j → %j', (_, total, weights, expected) => {
    expect(parts(total, weights)).toEqual(expected);
  });

  it('keeps locked parts and splits the rest over the unlocked ones', () => {
    expect(parts(100, [1, 1, 1], { locked: [40, null, null] })).toEqual([40, 30, 30]);
    expect(parts(100, [1, 1, 1], { locked: [null, 100, null] })).toEqual([0, 100, 0]);
  });

  it('refuses when every part is locked and they do not add up, or the rest is negative', () => {
    expect(allocateLargestRemainder(100, [1, 1], { locked: [40, 50] })).toEqual({
      ok: false,
      reason: 'no_free_part',
      rest: 10,
    });
    expect(allocateLargestRemainder(100, [1, 1], { locked: [40, 60] })).toEqual({
      ok: true,
      parts: [40, 60],
    });
    expect(allocateLargestRemainder(10, [1, 1], { locked: [40, null] })).toEqual({
      ok: false,
      reason: 'negative_rest',
      rest: -30,
    });
    expect(allocateLargestRemainder(-5, [1, 1])).toMatchObject({ ok: false, reason: 'negative_rest' });
  });

  it('splits a negative rest as the mirror of its absolute value when allowed', () => {
    expect(parts(-100, [1, 1, 1], { allowNegative: true })).toEqual([-34, -33, -33]);
    expect(parts(10, [1, 1], { locked: [40, null], allowNegative: true })).toEqual([40, -30]);
  });

  it('rejects a non-integer total and negative weights (programming errors)', () => {
    expect(() => allocateLargestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(1, [-1, 2])).toThrow(RangeError);
  });

  it('property: parts sum to the total, each the floor or the ceiling of its quota, same input → same output', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const p = parts(total, weights);
          expect(p.reduce((a, b) => a + b, 0)).toBe(total);
          const w = weights.reduce((a, b) => a + b, 0);
          p.forEach((part, i) => {
            const quota = w === 0 ? total / weights.length : (total * (weights[i] ?? 0)) / w;
            expect(part).toBeGreaterThanOrEqual(Math.floor(quota));
            expect(part).toBeLessThanOrEqual(Math.ceil(quota));
          });
          expect(parts(total, weights)).toEqual(p);
        },
      ),
    );
  });

  it('property: equals a BigInt reference of the rule, on both sides of the plain-number fast path', () => {
    // The allocator splits in plain numbers while amount × Σ weights stays a safe integer and in BigInt beyond;
    // totals and weights are drawn around that boundary so both paths and their switch are covered.
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 1_000 }),
          fc.integer({ min: 0, max: 10 ** 8 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        ),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10 ** 10 })), {
          minLength: 1,
          maxLength: 24,
        }),
        (total, weights) => {
          expect(parts(total, weights)).toEqual(referenceSplit(total, weights));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

/** The rule in BigInt, written as plainly as possible: floors, then one unit per largest remainder. */
function referenceSplit(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  const units = sum === 0n ? weights.map(() => 1n) : weights.map((w) => BigInt(w));
  const d = sum === 0n ? BigInt(weights.length) : sum;
  const t = BigInt(total);
  const floors = units.map((w) => (t * w) / d);
  let left = t - floors.reduce((a, b) => a + b, 0n);
  const order = units
    .map((w, i) => ({ i, r: (t * w) % d, w }))
    .sort((a, b) => (a.r !== b.r ? (a.r > b.r ? -1 : 1) : a.w !== b.w ? (a.w > b.w ? -1 : 1) : a.i - b.i));
  const out = floors.slice();
  for (const { i } of order) {
    if (left === 0n) break;
    out[i] = (out[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return out.map(Number);
}

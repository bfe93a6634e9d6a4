// seeds 000 and 003, [VAL-2] customer lifetime value in its textbook form, labelled as such:
//   CLV = Σ_{t=1..H} margin_t × retention^t ÷ (1 + discount)^t
// margin_t is the yearly margin (for CLP, [SEG-3]: gross profit − cost to serve), retention the share of
// customers still buying after each year, discount the yearly rate. Year 1 is already retained and
// discounted once. Rates are read to 0.01%; each year's present value is computed exactly (integers) and
// rounded half away from zero to the fen, and the CLV is the sum of those rounded years, so the years shown
// add up to the total.
import { basisOfPct, divideHalfAway } from './segmentation-math.ts';

export interface ClvAssumptions {
  horizonYears: number;
  retentionPct: number;
  discountRatePct: number;
}

export interface ClvYear {
  year: number;
  marginFen: number;
  presentValueFen: number;
}

export interface Clv {
  formula: 'textbook';
  clvFen: number;
  years: ClvYear[];
  assumptions: ClvAssumptions;
}

/** Textbook CLV of a constant yearly margin, or of one margin per year (missing years repeat the last). */
export function textbookClv(margin: number | readonly number[], assumptions: ClvAssumptions): Clv {
  const retention = BigInt(basisOfPct(assumptions.retentionPct));
  const discount = BigInt(10_000 + basisOfPct(assumptions.discountRatePct));
  const years: ClvYear[] = [];
  let numerator = 1n;
  let denominator = 1n;
  let total = 0;
  let marginFen = typeof margin === 'number' ? margin : (margin[0] ?? 0);
  for (let t = 1; t <= assumptions.horizonYears; t++) {
    if (typeof margin !== 'number') marginFen = margin[t - 1] ?? marginFen;
    numerator *= retention;
    denominator *= discount;
    const presentValueFen = Number(divideHalfAway(BigInt(Math.trunc(marginFen)) * numerator, denominator));
    years.push({ year: t, marginFen, presentValueFen });
    total += presentValueFen;
  }
  return { formula: 'textbook', clvFen: total, years, assumptions };
}

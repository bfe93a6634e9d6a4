import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENTATION_CONFIG } from '../segmentation/segmentation-config-defaults.ts';
import { computeAccountValue, readValueInputs, type ValueMember, valueSettings } from './account-value.ts';

/** Drivers that make cost to serve easy to follow: 10 visits × ¥100, no support, 1% logistics, 0 rebate/credit. */
const simple = {
  visitsPerYear: 10,
  costPerVisitFen: 10_000,
  supportFenPerYear: 0,
  logisticsPctOfRevenue: 1,
  rebatePctOfRevenue: 0,
  creditCostPctOfReceivable: 0,
};
const config = {
  clp: {
    ...DEFAULT_SEGMENTATION_CONFIG.clp,
    costDriverDefaults: simple,
    horizonYears: 3,
    retentionPct: 50,
    discountRatePct: 0,
  },
};
const member = (
  id: number,
  name: string,
  revenueFen: number,
  costFen: number,
  assessment: unknown = null,
): ValueMember => ({
  id,
  name,
  revenueFen,
  costFen,
  assessment,
});

describe('[VAL-1] account P&L over the trailing year', () => {
  it('revenue − cost = gross profit; − cost to serve = net contribution', () => {
    const v = computeAccountValue(1, [member(1, '东方', 1_000_000, 600_000)], config);
    expect(v.own).toMatchObject({
      revenueFen: 1_000_000,
      grossProfitFen: 400_000,
      costToServeFen: 110_000, // 10 × 10 000 + 1% × 1 000 000
      netContributionFen: 290_000,
      grossMarginPct: 40,
    });
    expect(v.own.costToServe.map((l) => [l.driver, l.amountFen])).toEqual([
      ['visits', 100_000],
      ['support', 0],
      ['logistics', 10_000],
      ['rebate', 0],
      ['credit', 0],
    ]);
    expect(v.group).toBeNull();
    expect(v.subsidiaries).toEqual([]);
  });

  it("uses the account's own drivers over the defaults and says which", () => {
    const v = computeAccountValue(
      1,
      [
        member(1, '东方', 1_000_000, 0, {
          costDrivers: { visitsPerYear: 2, receivableFen: 500_000, creditCostPctOfReceivable: 10 },
        }),
      ],
      config,
    );
    const line = (d: string) => v.own.costToServe.find((l) => l.driver === d)!;
    expect(line('visits').amountFen).toBe(20_000);
    expect(line('visits').basis.params.source).toBe('value.source.account');
    expect(line('logistics').basis.params.source).toBe('value.source.default');
    expect(line('credit').amountFen).toBe(50_000);
  });

  it('a group is the exact sum of its members, each shown with its own P&L', () => {
    // Odd amounts so every driver rounds; the sum must still match to the fen.
    const members = [
      member(1, '集团', 333_333, 111_111, { costDrivers: { logisticsPctOfRevenue: 2.35 } }),
      member(2, '乙分公司', 1_234_567, 1_000_001, {
        costDrivers: { rebatePctOfRevenue: 3.33, visitsPerYear: 7 },
      }),
      member(3, '甲分公司', 99_999, 150_000),
    ];
    const v = computeAccountValue(1, members, config);
    expect(v.subsidiaries.map((s) => s.accountId)).toHaveLength(2);
    const all = [v.own, ...v.subsidiaries.map((s) => s.pnl)];
    const sum = (f: (p: (typeof all)[number]) => number) => all.reduce((t, p) => t + f(p), 0);
    expect(v.group).not.toBeNull();
    expect(v.group!.revenueFen).toBe(sum((p) => p.revenueFen));
    expect(v.group!.grossProfitFen).toBe(sum((p) => p.grossProfitFen));
    expect(v.group!.costToServeFen).toBe(sum((p) => p.costToServeFen));
    expect(v.group!.netContributionFen).toBe(sum((p) => p.netContributionFen));
    for (const [i, line] of v.group!.costToServe.entries())
      expect(line.amountFen).toBe(sum((p) => p.costToServe[i]!.amountFen));
    expect(v.group!.costToServe[0]!.basis).toEqual({ key: 'value.basis.group', params: { count: 3 } });
  });
});

describe('[VAL-2] textbook CLV with the configured assumptions', () => {
  it('Σ margin × retention^t ÷ (1 + discount)^t over the horizon', () => {
    // net contribution 290 000 fen a year; retention 50%, no discount, 3 years → 145 000 + 72 500 + 36 250
    const v = computeAccountValue(1, [member(1, '东方', 1_000_000, 600_000)], config);
    expect(v.clv.years.map((y) => y.discountedFen)).toEqual([145_000, 72_500, 36_250]);
    expect(v.clv.valueFen).toBe(253_750);
    expect(v.clv.assumptions).toEqual({
      horizonYears: 3,
      retentionPct: 50,
      discountRatePct: 0,
      annualMarginFen: 290_000,
    });
    expect(v.clv.formulaKey).toBe('value.clv_formula');
  });
  it('a 6-month window is scaled to a yearly margin', () => {
    const v = computeAccountValue(1, [member(1, '东方', 1_000_000, 600_000)], config, 6);
    // visits prorated: 50 000; logistics 10 000 → net 340 000 in 6 months → 680 000 a year
    expect(v.clv.assumptions.annualMarginFen).toBe(680_000);
  });
});

describe('[VAL-3] share of wallet = our revenue ÷ the customer category spend', () => {
  it.each([
    [null, null, null],
    [{ customerCategorySpendFen: null }, null, null],
    [{ customerCategorySpendFen: 0 }, 0, null],
    [{ customerCategorySpendFen: 4_000_000 }, 4_000_000, 25],
    [{ customerCategorySpendFen: 3_000_000 }, 3_000_000, 33.3],
    [{ customerCategorySpendFen: -5 }, null, null],
  ])('assessment %j → spend %s, %s%%', (assessment, spend, pct) => {
    const v = computeAccountValue(1, [member(1, '东方', 1_000_000, 0, assessment)], config);
    expect(v.shareOfWallet).toEqual({ ourRevenueFen: 1_000_000, customerSpendFen: spend, pct });
  });
});

describe('settings and inputs read defensively', () => {
  it('falls back to the defaults without a saved config or with bad values', () => {
    const d = DEFAULT_SEGMENTATION_CONFIG.clp;
    expect(valueSettings(null)).toEqual({
      horizonYears: d.horizonYears,
      retentionPct: d.retentionPct,
      discountRatePct: d.discountRatePct,
      costDriverDefaults: d.costDriverDefaults,
    });
    expect(
      valueSettings({ clp: { horizonYears: 2.5, retentionPct: 150, discountRatePct: 5 } }),
    ).toMatchObject({
      horizonYears: d.horizonYears,
      retentionPct: d.retentionPct,
      discountRatePct: 5,
    });
  });
  it('reads drivers, receivables and spend from the assessment', () => {
    expect(
      readValueInputs({ costDrivers: { visitsPerYear: 3, receivableFen: 9 }, customerCategorySpendFen: 7 }),
    ).toEqual({
      costDrivers: { visitsPerYear: 3, receivableFen: 9 },
      receivableFen: 9,
      customerCategorySpendFen: 7,
    });
    expect(readValueInputs('nonsense')).toEqual({
      costDrivers: null,
      receivableFen: null,
      customerCategorySpendFen: null,
    });
  });
});

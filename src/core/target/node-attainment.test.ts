// [TGT-5] a node's 12 months × 4 metrics: actual per metric, year to date, gap, YoY and the run-rate.
import { describe, expect, it } from 'vitest';
import { type ActualMonth, metricActual, nodeAttainment, projectYearEnd } from './node-attainment.ts';

const m = (revenueFen: number, costFen = 0, collectionFen = 0, expenseFen = 0): ActualMonth => ({
  revenueFen,
  costFen,
  collectionFen,
  expenseFen,
});

describe('metricActual', () => {
  it.each([
    ['revenue', 100],
    ['collections', 30],
    ['gross_profit', 60],
    ['expense', 5],
  ] as const)('%s', (metric, expected) => expect(metricActual(metric, m(100, 40, 30, 5))).toBe(expected));
});

describe('projectYearEnd (run-rate)', () => {
  const flat = Array.from({ length: 12 }, () => 100);
  const none = Array.from({ length: 12 }, () => 0);
  const seasonal = [50, 50, 50, 50, 50, 50, 150, 150, 150, 150, 150, 150];
  it.each([
    ['no elapsed month', flat, flat, 0, null],
    [
      'linear without last year',
      [120, 120, 120, ...none.slice(3)],
      none,
      3,
      { method: 'linear', value: 1440 },
    ],
    // Last year: 300 by March, 2,100 after; this year runs at 360 ÷ 300 = 1.2 × last year: 360 + 2,520.
    [
      'seasonality from last year',
      [120, 120, 120, ...none.slice(3)],
      seasonal.map((v) => v * 2),
      3,
      { method: 'seasonality', value: 2880 },
    ],
    ['whole year elapsed', flat, seasonal, 12, { method: 'linear', value: 1200 }],
    ['rounds half away from zero', [1, ...none.slice(1)], none, 2, { method: 'linear', value: 6 }],
  ] as const)('%s', (_name, actuals, lastYear, through, expected) =>
    expect(projectYearEnd(actuals, lastYear, through)).toEqual(expected),
  );
});

describe('nodeAttainment', () => {
  const targets = {
    revenue: Array.from({ length: 12 }, () => 1000),
    expense: Array.from({ length: 12 }, () => 100),
  };
  const actuals = Array.from({ length: 12 }, (_, i) => (i < 6 ? m(900, 600, 800, 120) : m(0)));
  const lastYear = Array.from({ length: 12 }, () => m(800, 500, 700, 90));
  const result = nodeAttainment({ targets, actuals, lastYear, throughMonth: 6 });
  const byMetric = Object.fromEntries(result.map((r) => [r.metric, r]));

  it('answers all four money metrics, 12 months each', () => {
    expect(result.map((r) => r.metric)).toEqual(['revenue', 'collections', 'gross_profit', 'expense']);
    expect(result.every((r) => r.months.length === 12)).toBe(true);
  });
  it('year to date stops at the elapsed month; gap = target − actual', () => {
    expect(byMetric.revenue?.ytd).toEqual({
      target: 6000,
      actual: 5400,
      attainment: '0.9000',
      gap: 600,
      lastYear: 4800,
      yoy: '0.1250',
    });
    expect(byMetric.revenue?.year.target).toBe(12000);
  });
  it('a metric without target has no attainment but keeps its actuals', () => {
    expect(byMetric.collections?.ytd).toMatchObject({
      target: 0,
      actual: 4800,
      attainment: null,
      gap: -4800,
    });
  });
  it('gross profit is revenue − cost, expense over budget shows a negative gap', () => {
    expect(byMetric.gross_profit?.months[0]).toMatchObject({
      month: 1,
      actual: 300,
      lastYear: 300,
      yoy: '0.0000',
    });
    expect(byMetric.expense?.ytd).toMatchObject({ actual: 720, gap: -120, attainment: '1.2000' });
  });
  it('projects the year from the seasonality of last year', () => {
    expect(byMetric.revenue?.projection).toEqual({
      method: 'seasonality',
      value: 10800,
      attainment: '0.9000',
    });
  });
  it('clamps the elapsed month to 0–12', () => {
    expect(nodeAttainment({ targets, actuals, lastYear, throughMonth: 40 })[0]?.ytd.target).toBe(12000);
    expect(nodeAttainment({ targets, actuals, lastYear, throughMonth: -1 })[0]?.projection).toBeNull();
  });
});

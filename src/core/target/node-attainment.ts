// [TGT-5] monthly plan vs actual of one target node, 12 months × the 4 money metrics (seed 004: 销量达成率 is
// the revenue row): per month and for the year to date — target, actual, attainment 达成率 = actual ÷ target,
// gap = target − actual (positive = still missing; for expense, positive = under budget), YoY growth against
// the same months of last year, and a run-rate projection to year end.
// Actuals: revenue, collections (回款), gross profit = revenue − cost, expense. Targets come from target_value.
// Run-rate (decided here): seasonality-weighted when last year has figures — the months still to come are
// last year's same months scaled by this year's pace (YTD actual ÷ last year's YTD) — else linear (the YTD
// monthly average for every remaining month). With no elapsed month there is no projection.
import { MONEY_METRICS, type MoneyMetric } from './target-types.ts';
import { attainment, growth, mulDiv, type Rate } from './tracking-rates.ts';

/** One month of a node's actuals in fen (target_node_actual). */
export interface ActualMonth {
  revenueFen: number;
  costFen: number;
  collectionFen: number;
  expenseFen: number;
}

export const ZERO_MONTH: ActualMonth = { revenueFen: 0, costFen: 0, collectionFen: 0, expenseFen: 0 };

/** The actual of a metric in a month: gross profit is revenue − cost. */
export function metricActual(metric: MoneyMetric, m: ActualMonth): number {
  switch (metric) {
    case 'revenue':
      return m.revenueFen;
    case 'collections':
      return m.collectionFen;
    case 'gross_profit':
      return m.revenueFen - m.costFen;
    case 'expense':
      return m.expenseFen;
  }
}

export interface PeriodFigures {
  target: number;
  actual: number;
  attainment: Rate;
  gap: number;
  lastYear: number;
  yoy: Rate;
}

export interface Projection {
  method: 'seasonality' | 'linear';
  /** Projected year-end actual in fen. */
  value: number;
  /** Projected actual ÷ year target. */
  attainment: Rate;
}

export interface MetricAttainment {
  metric: MoneyMetric;
  /** 12 entries, January first. */
  months: Array<PeriodFigures & { month: number }>;
  /** Months 1…throughMonth. */
  ytd: PeriodFigures;
  /** All 12 months. */
  year: PeriodFigures;
  projection: Projection | null;
}

export interface NodeAttainmentInput {
  /** Targets per metric, 12 months; a metric without a target_value row counts as 0. */
  targets: Partial<Record<MoneyMetric, readonly number[]>>;
  /** The plan year's actuals, 12 months. */
  actuals: readonly ActualMonth[];
  /** The same 12 months of last year. */
  lastYear: readonly ActualMonth[];
  /** Last month counted as elapsed (0–12): the year to date and the run-rate stop there. */
  throughMonth: number;
}

const sum = (values: readonly number[], upTo = values.length) => {
  let s = 0;
  for (let i = 0; i < upTo; i++) s += values[i] ?? 0;
  return s;
};

function period(target: number, actual: number, lastYear: number): PeriodFigures {
  return {
    target,
    actual,
    attainment: attainment(actual, target),
    gap: target - actual,
    lastYear,
    yoy: growth(actual, lastYear),
  };
}

/** Run-rate projection to year end (see the file comment for the method). */
export function projectYearEnd(
  actuals: readonly number[],
  lastYear: readonly number[],
  throughMonth: number,
): Omit<Projection, 'attainment'> | null {
  if (throughMonth <= 0) return null;
  const ytd = sum(actuals, throughMonth);
  if (throughMonth >= 12) return { method: 'linear', value: ytd };
  const lastYtd = sum(lastYear, throughMonth);
  const lastRest = sum(lastYear) - lastYtd;
  if (lastYtd > 0 && lastRest >= 0)
    return { method: 'seasonality', value: ytd + mulDiv(lastRest, ytd, lastYtd) };
  return { method: 'linear', value: ytd + mulDiv(ytd, 12 - throughMonth, throughMonth) };
}

/** [TGT-5] the node's 12 months × 4 metrics with year to date, year and projection. */
export function nodeAttainment(input: NodeAttainmentInput): MetricAttainment[] {
  const through = Math.max(0, Math.min(12, Math.trunc(input.throughMonth)));
  return MONEY_METRICS.map((metric) => {
    const targets = Array.from({ length: 12 }, (_, i) => input.targets[metric]?.[i] ?? 0);
    const actuals = Array.from({ length: 12 }, (_, i) =>
      metricActual(metric, input.actuals[i] ?? ZERO_MONTH),
    );
    const last = Array.from({ length: 12 }, (_, i) => metricActual(metric, input.lastYear[i] ?? ZERO_MONTH));
    const yearTarget = sum(targets);
    const projected = projectYearEnd(actuals, last, through);
    return {
      metric,
      months: targets.map((target, i) => ({
        month: i + 1,
        ...period(target, actuals[i] ?? 0, last[i] ?? 0),
      })),
      ytd: period(sum(targets, through), sum(actuals, through), sum(last, through)),
      year: period(yearTarget, sum(actuals), sum(last)),
      projection: projected ? { ...projected, attainment: attainment(projected.value, yearTarget) } : null,
    };
  });
}

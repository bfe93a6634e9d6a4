// [TGT-3] How a node's year goes to its 12 months (seed 004 "flow products decompose to time"):
// - even: 1/12 each;
// - seasonality: each month's share of the node's actuals in the last years (summed per calendar month);
//   a month with negative actuals (returns exceeding sales) weighs 0; with no history at all, even;
// - campaign (marketing–sales linkage): the seasonality weights, each campaign month lifted by its
//   method_params.uplifts percent (30 → that month weighs 1.3× its normal share); the weights are then used
//   as they are, so the split renormalises them: the other months give up what the campaign months gain.
// The weights go to allocateLargestRemainder, which makes the months sum to the year exactly.
import type { DecomposeHistory } from './target-tree.ts';
import type { MethodParams, TargetMetric, TimeMethod } from './target-types.ts';

export interface MonthWeights {
  /** 12 non-negative weights, January first. */
  weights: number[];
  /** Why: the explanation's message key (target-messages.ts) and its values. */
  messageKey: string;
  values: Record<string, string | number>;
}

export const DEFAULT_SEASONALITY_YEARS = 2;

/** The 12 month weights of a node for a metric under its time method. */
export function monthShares(
  method: TimeMethod,
  params: MethodParams,
  monthly: readonly number[] | undefined,
): MonthWeights {
  if (method === 'even') return evenMonths('target.explain.time_even');
  const history = usableHistory(monthly);
  const years = params.historyYears ?? DEFAULT_SEASONALITY_YEARS;
  const base = history ?? Array.from({ length: 12 }, () => 1);
  if (method === 'seasonality') {
    return history
      ? { weights: base, messageKey: 'target.explain.time_seasonality', values: { years } }
      : evenMonths('target.explain.time_no_history');
  }
  const lifted = [...base];
  const months: number[] = [];
  for (const uplift of params.uplifts ?? []) {
    const i = uplift.month - 1;
    if (i < 0 || i > 11) continue;
    lifted[i] = (lifted[i] ?? 0) * (1 + uplift.percent / 100);
    months.push(uplift.month);
  }
  const campaignMonths = [...new Set(months)].sort((a, b) => a - b).join('、') || '—';
  return history
    ? {
        weights: lifted,
        messageKey: 'target.explain.time_campaign',
        values: { years, months: campaignMonths },
      }
    : {
        weights: lifted,
        messageKey: 'target.explain.time_campaign_no_history',
        values: { months: campaignMonths },
      };
}

/** monthShares for a node read from the engine's history port. */
export function monthSharesOf(
  nodeKey: string,
  metric: TargetMetric,
  method: TimeMethod,
  params: MethodParams,
  history: DecomposeHistory,
): MonthWeights {
  return monthShares(method, params, method === 'even' ? undefined : history.monthly(nodeKey, metric));
}

/** The problems of a node's time-method params: uplift months 1–12, percents above −100, history years ≥ 1. */
export function monthParamsProblems(
  params: MethodParams,
): Array<{ messageKey: string; values: Record<string, string | number> }> {
  const problems: Array<{ messageKey: string; values: Record<string, string | number> }> = [];
  for (const uplift of params.uplifts ?? []) {
    if (!Number.isInteger(uplift.month) || uplift.month < 1 || uplift.month > 12) {
      problems.push({ messageKey: 'target.problem.bad_uplift_month', values: { month: uplift.month } });
    }
    if (!Number.isFinite(uplift.percent) || uplift.percent <= -100) {
      problems.push({ messageKey: 'target.problem.bad_uplift_percent', values: { percent: uplift.percent } });
    }
  }
  if (
    params.historyYears !== undefined &&
    (!Number.isInteger(params.historyYears) || params.historyYears < 1)
  ) {
    problems.push({ messageKey: 'target.problem.bad_history_years', values: { years: params.historyYears } });
  }
  return problems;
}

function evenMonths(messageKey: string): MonthWeights {
  return { weights: Array.from({ length: 12 }, () => 1), messageKey, values: {} };
}

function usableHistory(monthly: readonly number[] | undefined): number[] | null {
  if (monthly?.length !== 12) return null;
  const clamped = monthly.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  return clamped.some((v) => v > 0) ? clamped : null;
}

// [ACC-5] customer lifecycle 客户生命周期, derived from the order history as of the period month:
// potential 潜在客户 (no order yet) → customer 客户 → loyal 忠诚客户 (bought in each of the last N quarters)
// → former 以前的客户 (no order for M months). A quarter is the 3 months ending with the period month, then
// the 3 before, and so on, so a classification in the middle of a calendar quarter is not penalised.
// "No order for M months": the last order month lies M or more months before the period month (last order
// 2025-12, period 2026-12, M = 12 → former). Former is checked before loyal.
import { type AccountHistory, HISTORY_MONTHS } from './account-history.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { monthOfIndex, valueLabel } from './segmentation-math.ts';
import type { LifecycleStage, ModelResult } from './segmentation-types.ts';

/** How many of the last `quarters` 3-month blocks (ending with the period month) had sales. */
export function quartersWithSales(history: AccountHistory, quarters: number): number {
  let count = 0;
  for (let q = 0; q < quarters; q++) {
    for (let age = q * 3; age < q * 3 + 3; age++) {
      if ((history.revenueByAge[age] ?? 0) > 0) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** The lifecycle stage of an account at the period. */
export function classifyLifecycle(history: AccountHistory, config: SegmentationConfig): ModelResult {
  const { loyalQuarters, formerMonths } = config.lifecycle;
  const last = history.lastOrderAge;
  const lastOrderMonth = last === null ? null : monthOfIndex(history.periodIndex - last);
  const bought = last === null ? 0 : quartersWithSales(history, loyalQuarters);
  let value: LifecycleStage;
  let variant: string;
  if (last === null) {
    value = 'potential';
    variant = 'potential';
  } else if (last >= formerMonths) {
    value = 'former';
    variant = history.lastOrderExact ? 'former' : 'former_long';
  } else if (bought === loyalQuarters) {
    value = 'loyal';
    variant = 'loyal';
  } else {
    value = 'customer';
    variant = 'customer';
  }
  return {
    model: 'lifecycle',
    value,
    score: null,
    explanation: {
      key: `segmentation.lifecycle.${variant}`,
      params: {
        period: history.period,
        lastOrderMonth: lastOrderMonth ?? '',
        monthsWithoutOrder: last ?? 0,
        formerMonths,
        loyalQuarters,
        quartersBought: bought,
        historyMonths: HISTORY_MONTHS,
        value: valueLabel('lifecycle', value),
      },
    },
    inputs: {
      firstOrderMonth:
        history.firstOrderAge === null ? null : monthOfIndex(history.periodIndex - history.firstOrderAge),
      lastOrderMonth,
      lastOrderExact: history.lastOrderExact,
      monthsWithoutOrder: last,
      quartersBought: bought,
      loyalQuarters,
      formerMonths,
    },
  };
}

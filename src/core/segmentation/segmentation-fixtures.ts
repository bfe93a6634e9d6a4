// Builders for the segmentation rule tests: facts by month age (0 = the period month) and their rendered
// explanations. Only the *.test.ts files beside the rules import this.
import { translate } from '../shared/messages.ts';
import { type AccountHistory, summarizeHistory } from './account-history.ts';
import { monthIndex, monthOfIndex } from './segmentation-math.ts';
import type { AccountFacts, ModelResult } from './segmentation-types.ts';

export const PERIOD = '2026-12-01';

/** The 'YYYY-MM-01' month `age` months before the period. */
export function monthAgo(age: number, period = PERIOD): string {
  return monthOfIndex((monthIndex(period) ?? 0) - age);
}

/** Facts with `revenue[age]` fen in the month `age` months before the period; cost defaults to 0. */
export function factsByAge(
  revenue: ReadonlyArray<number | undefined>,
  options: Partial<Omit<AccountFacts, 'monthly'>> & { cost?: ReadonlyArray<number | undefined> } = {},
): AccountFacts {
  const monthly: AccountFacts['monthly'][number][] = [];
  let first: number | null = null;
  let last: number | null = null;
  revenue.forEach((r, age) => {
    if (r === undefined) return;
    monthly.push({ month: monthAgo(age), revenueFen: r, costFen: options.cost?.[age] ?? 0 });
    if (r > 0) {
      if (last === null) last = age;
      first = age;
    }
  });
  return {
    accountId: options.accountId ?? 1,
    monthly,
    firstOrderMonth:
      options.firstOrderMonth !== undefined
        ? options.firstOrderMonth
        : first === null
          ? null
          : monthAgo(first),
    lastOrderMonth:
      options.lastOrderMonth !== undefined ? options.lastOrderMonth : last === null ? null : monthAgo(last),
    receivableFen: options.receivableFen ?? null,
  };
}

/** The history of factsByAge at PERIOD. */
export function historyByAge(
  revenue: ReadonlyArray<number | undefined>,
  options: Parameters<typeof factsByAge>[1] = {},
): AccountHistory {
  return summarizeHistory(factsByAge(revenue, options), PERIOD);
}

/** An array with `value` at the given ages. */
export function atAges(entries: Record<number, number>): Array<number | undefined> {
  const out: Array<number | undefined> = [];
  for (const [age, value] of Object.entries(entries)) out[Number(age)] = value;
  return out;
}

/** The explanation as a person reads it. */
export function render(result: Pick<ModelResult, 'explanation'>, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return translate(result.explanation.key, lang, result.explanation.params);
}

// seed 004 绩效考核的"三率" — customer growth rate 客户成长率 ([TGT-5]): "sales growth of existing customers and net
// new customers". Over one period (the plan year to date) against the same months of last year, among the
// accounts in a node's scope:
// - existing customers 老客户 = accounts that bought in last year's period (revenue > 0); their growth is
//   (their revenue now − their revenue then) ÷ their revenue then (§9 growth; null without a base);
// - new customers 新客户 = accounts buying now that did not buy in last year's period;
// - lost customers 流失客户 = accounts that bought then and do not now; net new = new − lost.
import { growth, type Rate } from './tracking-rates.ts';

/** Sums over the node's accounts, as the repository counts them (one SQL pass). */
export interface CustomerPeriodSums {
  /** Accounts with revenue > 0 in last year's period. */
  existingCount: number;
  /** Revenue of those accounts now and then, in fen. */
  existingNowFen: number;
  existingThenFen: number;
  /** Accounts with revenue > 0 now and none then. */
  newCount: number;
  /** Their revenue now, in fen. */
  newNowFen: number;
  /** Accounts with revenue > 0 then and none now. */
  lostCount: number;
}

export interface CustomerGrowth extends CustomerPeriodSums {
  /** Sales growth of existing customers. */
  existingGrowth: Rate;
  netNewCount: number;
}

/** seed 004 客户成长率: existing customers' sales growth and net new customers. */
export function customerGrowth(sums: CustomerPeriodSums): CustomerGrowth {
  return {
    ...sums,
    existingGrowth: growth(sums.existingNowFen, sums.existingThenFen),
    netNewCount: sums.newCount - sums.lostCount,
  };
}

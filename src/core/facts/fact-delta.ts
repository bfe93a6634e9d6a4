// A change to the monthly facts (account_month_fact, account_month_cash_fact) caused by writing order lines,
// collections or expenses. Whoever maintains figures derived from the facts (target node actuals, [TGT-5])
// receives the deltas in the same transaction, so derived figures never drift from the facts.
import type { Repositories } from '../shared/repositories.ts';

/** The change of one account, month and product line (null for collections and expenses). */
export interface FactDelta {
  accountId: number;
  /** First day of the month, 'YYYY-MM-01'. */
  month: string;
  productLineId: number | null;
  revenueFen: number;
  costFen: number;
  lineCount: number;
  collectionFen: number;
  expenseFen: number;
}

/** Called inside the writing transaction with the aggregated deltas of one write (one line or one import). */
export type FactDeltaHook = (deltas: readonly FactDelta[], repos: Repositories) => Promise<void>;

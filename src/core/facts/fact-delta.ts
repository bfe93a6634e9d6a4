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

/**
 * The deltas of a bulk import, too many to carry through memory (one per fact row of a sparse million-line
 * file): they stay in the writing transaction, where the fact repository left them, and set-based consumers
 * read them there; `list()` reads them out (small imports, tests).
 */
export interface StagedFactDeltas {
  readonly staged: true;
  /** Number of deltas. */
  readonly count: number;
  list(): Promise<FactDelta[]>;
}

/** The aggregated deltas of one write: in memory (one line) or staged in the transaction (an import). */
export type FactDeltas = readonly FactDelta[] | StagedFactDeltas;

/** Number of deltas of either kind. */
export function factDeltaCount(deltas: FactDeltas): number {
  return 'staged' in deltas ? deltas.count : deltas.length;
}

/** Called inside the writing transaction with the aggregated deltas of one write (one line or one import). */
export type FactDeltaHook = (deltas: FactDeltas, repos: Repositories) => Promise<void>;

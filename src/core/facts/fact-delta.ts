// A change to the monthly facts (account_month_fact, account_month_cash_fact) caused by writing order lines,
// collections or expenses. Whoever maintains figures derived from the facts (target node actuals, [TGT-5])
// receives the deltas in the same transaction, so derived figures never drift from the facts; likewise it moves
// an account's facts when the account's attribution (owner, org unit, industry, type) changes.
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
  /**
   * Makes sure every delta is in the staged table (an import may have written new fact rows straight to the
   * facts and staged only the rest); set-based readers call it before they read the table.
   */
  stageAll(): Promise<void>;
  /**
   * Stages the deltas summed over product lines (account × month: what nodes without a product line add up) in
   * a table of their own, often a fraction of the rows. False when the import cannot (corrections: only the
   * full table holds their old values' negatives); then readers use the full table.
   */
  stageAccountMonths(): Promise<boolean>;
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

/**
 * The account fields derived figures attribute facts by ([TGT-2] node scopes): the owner (and through the owner
 * the org unit), the industry and the account type. A change to any of them moves the account's facts.
 */
export const ATTRIBUTION_FIELDS = ['ownerId', 'industry', 'type'] as const;

/**
 * Called inside the transaction of a use case that changes the attribution of accounts (owner, industry, type;
 * the owner's org unit): `detach` before the change takes the accounts' facts out of every derived figure,
 * `attach` after it adds them back where they now belong.
 */
export interface FactAttributionHook {
  detach(accountIds: readonly number[], repos: Repositories): Promise<void>;
  attach(accountIds: readonly number[], repos: Repositories): Promise<void>;
}

/** Runs `change` between the hooks' detach and attach of the accounts (nothing extra when none are given). */
export async function moveAccountFacts<T>(
  hooks: readonly FactAttributionHook[],
  repos: Repositories,
  accountIds: readonly number[],
  change: () => Promise<T>,
): Promise<T> {
  if (accountIds.length === 0 || hooks.length === 0) return change();
  for (const hook of hooks) await hook.detach(accountIds, repos);
  const result = await change();
  for (const hook of hooks) await hook.attach(accountIds, repos);
  return result;
}

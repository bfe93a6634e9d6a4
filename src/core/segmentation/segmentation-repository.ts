// Ports: what the classification use cases need from storage ([SEG], [ACC-5]). Implemented in
// db/repositories/segmentation-repository.ts (config, assessments, overrides, results),
// classification-source-repository.ts (batched engine inputs) and segmentation-report-repository.ts
// (dashboard, drill-down, movements). Periods are 'YYYY-MM-01'.
import type { Scope } from '../org/actor.ts';
import type { AccountFacts } from './segmentation-types.ts';

export interface StoredConfig {
  version: number;
  config: unknown;
  createdAt: string;
  createdBy: string | null;
}

export interface StoredAssessment {
  accountId: number;
  assessment: Record<string, unknown>;
  updatedAt: string;
  updatedBy: string | null;
}

export interface StoredOverride {
  id: number;
  accountId: number;
  model: string;
  value: string;
  reason: string;
  createdBy: string | null;
  createdAt: string;
}

/** One engine result as stored: the effective value, what the rule said, and why. */
export interface ResultRow {
  accountId: number;
  model: string;
  value: string;
  computedValue: string;
  score: number | null;
  explanationKey: string;
  explanationParams: Record<string, unknown>;
  inputs: Record<string, unknown>;
}

export interface StoredResult extends ResultRow {
  period: string;
  configVersion: number;
  computedAt: string;
}

export interface HistoryItem {
  period: string;
  model: string;
  value: string;
  overridden: boolean;
}

export interface SegmentationRepository {
  /** The highest saved version; undefined when the company never saved one. */
  currentConfig(): Promise<StoredConfig | undefined>;
  /** Saves the config as the next version and returns it. */
  insertConfig(config: unknown, userId: number): Promise<number>;
  findAssessment(accountId: number): Promise<StoredAssessment | undefined>;
  saveAssessment(accountId: number, assessment: Record<string, unknown>, userId: number): Promise<void>;
  activeOverrides(accountId: number): Promise<StoredOverride[]>;
  /** Ends the active override of the model (kept as history) and stores the new one; returns the ended one. */
  replaceOverride(input: {
    accountId: number;
    model: string;
    value: string;
    reason: string;
    userId: number;
  }): Promise<StoredOverride | undefined>;
  /** Ends the active override of the model; undefined when there was none. */
  removeOverride(accountId: number, model: string, userId: number): Promise<StoredOverride | undefined>;
  results(accountId: number, period: string): Promise<StoredResult[]>;
  /** The newest period with results for the account, at most `atMost`. */
  latestPeriodOf(accountId: number, atMost: string): Promise<string | undefined>;
  /** Every stored period and model of the account, newest first. */
  history(accountId: number, model?: string): Promise<HistoryItem[]>;
  /**
   * Inserts or replaces the results of (account, period, model) in large multi-row statements, and the
   * accounts' report rows. `rows` hold every model of each account they name.
   */
  writeResults(period: string, configVersion: number, rows: readonly ResultRow[]): Promise<void>;
}

/** One active account's sales and gross profit over the population window (population-stats.ts). */
export interface PopulationRow {
  accountId: number;
  revenueFen: number;
  grossProfitFen: number;
}

/** The engines' inputs of one account. */
export interface ClassificationInput {
  facts: AccountFacts;
  assessment: Record<string, unknown>;
  overrides: ReadonlyArray<{ model: string; value: string; reason: string }>;
}

/** Facts months read for a period: the 36 months ending with it. */
export interface FactsWindow {
  fromMonth: string;
  toMonth: string;
}

/** Reads the engines' inputs in bounded batches from the pre-aggregated facts (never order lines). */
export interface ClassificationSource {
  /** Active accounts a run covers (visible to the scope when given). */
  countAccounts(scope?: Scope): Promise<number>;
  /** Ids of the next active accounts after `afterId`, ascending (keyset paging). */
  accountPage(afterId: number, limit: number, scope?: Scope): Promise<number[]>;
  /** Every active account's revenue and gross profit over [fromMonth, toMonth], one aggregate query. */
  population(fromMonth: string, toMonth: string): Promise<PopulationRow[]>;
  /**
   * The population of the month's last full run (account_segment): each account's window sales and gross
   * profit as then computed; empty when the month was never classified.
   */
  storedPopulation(period: string): Promise<PopulationRow[]>;
  /** Facts of the window, first/last order months up to the window's end, assessments, active overrides. */
  inputs(accountIds: readonly number[], window: FactsWindow): Promise<ClassificationInput[]>;
  /** Stored effective values of the accounts for the period. */
  storedValues(
    accountIds: readonly number[],
    period: string,
  ): Promise<Array<{ accountId: number; model: string; value: string }>>;
}

/** What a dashboard, a drill-down or a movement list looks at: visible accounts, optionally one region. */
export interface SegmentFilter {
  scope: Scope;
  period: string;
  regionId?: number | undefined;
}

export interface ValueCount {
  model: string;
  value: string;
  count: number;
  revenueFen: number;
}

export interface GridCell {
  x: number;
  y: number;
  value: string;
  count: number;
  revenueFen: number;
}

export interface PortfolioBubble {
  accountId: number;
  name: string;
  attractiveness: number;
  capability: number;
  value: string;
  revenueFen: number;
}

export interface SegmentAccountRow {
  accountId: number;
  code: string;
  name: string;
  ownerName: string;
  value: string;
  score: number | null;
  revenueFen: number;
}

export interface MovementRow {
  accountId: number;
  accountCode: string;
  accountName: string;
  ownerName: string;
  model: string;
  from: string;
  to: string;
  period: string;
}

/** Ranks of ordinal models' values, so movements can be filtered up/down in SQL. */
export type ValueRanks = ReadonlyArray<{ model: string; value: string; rank: number }>;

export interface SegmentationReportRepository {
  /** The newest period with stored results, at most `atMost`. */
  latestPeriod(atMost: string): Promise<string | undefined>;
  /** The newest stored period before `period`. */
  previousPeriod(period: string): Promise<string | undefined>;
  /** When the period's results were last written (for the visible accounts). */
  computedAt(filter: SegmentFilter): Promise<string | null>;
  /** Counts and revenue (the purchase-grid window's sales) per model and value. */
  distribution(filter: SegmentFilter): Promise<ValueCount[]>;
  /** Accounts, revenue and VIPs per (X, Y) cell of the purchase grid; value is the grid's computed class. */
  grid(filter: SegmentFilter): Promise<{ cells: GridCell[]; vipCount: number }>;
  /** The largest accounts by revenue with their portfolio scores. */
  portfolioBubbles(filter: SegmentFilter, limit: number): Promise<PortfolioBubble[]>;
  /** Cumulative revenue share at about `points` evenly spaced account ranks, largest accounts first. */
  paretoCurve(
    filter: SegmentFilter,
    points: number,
  ): Promise<{ accounts: number; points: Array<{ accountPct: number; revenuePct: number }> }>;
  /** A page of accounts of a model's value, or of a grid cell; largest revenue first. */
  accounts(
    filter: SegmentFilter,
    query: { model: string; value?: string | undefined; x?: number | undefined; y?: number | undefined },
    page: { limit: number; offset: number },
  ): Promise<{ items: SegmentAccountRow[]; total: number }>;
  /** Value changes between `previous` and `period`, newest account first. */
  movements(
    filter: SegmentFilter & { previous: string },
    query: {
      model?: string | undefined;
      direction?: 'up' | 'down' | 'changed' | undefined;
      ranks: ValueRanks;
      limit: number;
      offset: number;
    },
  ): Promise<{ items: MovementRow[]; total: number; up: number; down: number }>;
}

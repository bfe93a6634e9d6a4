// Classifying many accounts with bounded memory: population stats first (one aggregate over the facts),
// then keyset pages of account ids; per page the engines' inputs are read in a few queries, classified and
// handed to the caller (write them, or compare them for a preview). Only one page is held at a time, and
// the next page is read while the caller handles the current one.
import type { JobRepository } from '../job/job-repository.ts';
import type { Scope } from '../org/actor.ts';
import { factsWindow, populationWindow } from './classification-period.ts';
import { classifyAccount } from './classify-account.ts';
import { computePopulationStats, type PopulationStats } from './population-stats.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from './segmentation-config-defaults.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { validateSegmentationConfig } from './segmentation-config-validator.ts';
import type {
  ClassificationInput,
  ClassificationSource,
  ResultRow,
  SegmentationRepository,
} from './segmentation-repository.ts';
import type {
  AccountAssessment,
  AccountFacts,
  AccountModelKey,
  ModelResult,
  Override,
} from './segmentation-types.ts';

/** The kind of the background job that recomputes every account. */
export const CLASSIFY_ALL_JOB = 'classification.recompute_all';
/**
 * Accounts per page. Measured at 100,000 accounts: 1,000 keeps the process under ~0.8 GB RSS on PGlite
 * (5,000 reached 1.3 GB: each page's objects outlive a young-generation GC and pile up in the old space)
 * at about the same speed, since a page is still 9,000 rows per write.
 */
export const BATCH_ACCOUNTS = 1_000;
/** A running job whose heartbeat is older than this died with its server. */
export const JOB_STALE_SECONDS = 300;

export interface ConfigInForce {
  config: SegmentationConfig;
  /** 0 for the built-in default. */
  version: number;
}

/** The saved config with the highest version, or the default; a stored one that no longer validates is
 * replaced by the default rather than trusted. */
export async function configInForce(segmentation: SegmentationRepository): Promise<ConfigInForce> {
  const stored = await segmentation.currentConfig();
  if (!stored) return { config: DEFAULT_SEGMENTATION_CONFIG, version: 0 };
  const checked = validateSegmentationConfig(stored.config);
  return checked.ok
    ? { config: checked.config, version: stored.version }
    : { config: DEFAULT_SEGMENTATION_CONFIG, version: 0 };
}

/** Where every account stands among all active accounts in the period (percentile cuts, Pareto ranks). */
export async function populationStats(
  source: ClassificationSource,
  period: string,
  config: SegmentationConfig,
): Promise<PopulationStats> {
  const window = populationWindow(period, config.purchaseGrid.windowMonths);
  return computePopulationStats(await source.population(window.fromMonth, window.toMonth), config);
}

/**
 * Where one account stands when it alone is recomputed: the population of the month's last full run with
 * this account's fresh window figures, so it is ranked against the same snapshot as every other stored
 * result, and one narrow read replaces an aggregate over everybody's facts. The facts when the month was
 * never run in full.
 */
export async function populationStatsFor(
  source: ClassificationSource,
  period: string,
  config: SegmentationConfig,
  facts: AccountFacts,
): Promise<PopulationStats> {
  const stored = await source.storedPopulation(period);
  if (stored.length === 0) return populationStats(source, period, config);
  const window = populationWindow(period, config.purchaseGrid.windowMonths);
  let revenueFen = 0;
  let costFen = 0;
  for (const m of facts.monthly) {
    if (m.month < window.fromMonth || m.month > window.toMonth) continue;
    revenueFen += m.revenueFen;
    costFen += m.costFen;
  }
  const rows = stored.filter((r) => r.accountId !== facts.accountId);
  rows.push({ accountId: facts.accountId, revenueFen, grossProfitFen: revenueFen - costFen });
  return computePopulationStats(rows, config);
}

/** The nine results of one account; the overrides people set replace the computed values. */
export function classifyInput(
  input: ClassificationInput,
  stats: PopulationStats,
  config: SegmentationConfig,
  period: string,
): ModelResult[] {
  const { overrides: _ignored, ...assessed } = input.assessment;
  const overrides: Partial<Record<AccountModelKey, Override>> = {};
  for (const o of input.overrides)
    overrides[o.model as AccountModelKey] = { value: o.value, reason: o.reason };
  const assessment = { ...(assessed as AccountAssessment), overrides };
  return classifyAccount(input.facts, assessment, stats, config, period);
}

/** The rows to store for one account's results. */
export function toResultRows(accountId: number, results: readonly ModelResult[]): ResultRow[] {
  return results.map((r) => {
    const computed = r.overridden ? r.inputs.computedValue : r.value;
    const inputs = r.flags && r.flags.length > 0 ? { ...r.inputs, flags: r.flags } : r.inputs;
    return {
      accountId,
      model: r.model,
      value: r.value,
      computedValue: typeof computed === 'string' ? computed : r.value,
      score: typeof r.score === 'number' && Number.isFinite(r.score) ? r.score : null,
      explanationKey: r.explanation.key,
      explanationParams: r.explanation.params,
      inputs,
    };
  });
}

export interface ClassifiedBatch {
  accountIds: number[];
  results: Array<{ accountId: number; results: ModelResult[] }>;
}

/**
 * Classifies the active accounts (those the scope may see when given) page by page and awaits `handle` for
 * each page. Returns the number of accounts classified.
 */
export async function classifyInBatches(
  source: ClassificationSource,
  run: {
    period: string;
    config: SegmentationConfig;
    stats: PopulationStats;
    scope?: Scope | undefined;
    batchSize?: number | undefined;
  },
  handle: (batch: ClassifiedBatch) => Promise<void>,
): Promise<number> {
  const size = run.batchSize ?? BATCH_ACCOUNTS;
  const window = factsWindow(run.period);
  const load = async (afterId: number) => {
    const ids = await source.accountPage(afterId, size, run.scope);
    return { ids, inputs: ids.length > 0 ? await source.inputs(ids, window) : [] };
  };
  let done = 0;
  let next = load(0);
  for (;;) {
    const page = await next;
    if (page.ids.length === 0) break;
    const lastId = page.ids[page.ids.length - 1] ?? 0;
    // Read the next page while this one is classified and handled (overlaps I/O on PostgreSQL).
    next = page.ids.length < size ? Promise.resolve({ ids: [], inputs: [] }) : load(lastId);
    next.catch(() => undefined);
    const results = page.inputs.map((input) => ({
      accountId: input.facts.accountId,
      results: classifyInput(input, run.stats, run.config, run.period),
    }));
    await handle({ accountIds: page.ids, results });
    done += page.ids.length;
  }
  return done;
}

export interface RunDeps {
  source: ClassificationSource;
  segmentation: SegmentationRepository;
  jobs: JobRepository;
}

/**
 * Runs a queued recompute-all job to the end: claims it, writes the results page by page with progress
 * and heartbeat on the job row, and marks it done or failed. Returns false when another worker claimed it.
 */
export async function runRecomputeAllJob(
  deps: RunDeps,
  job: { id: number; period: string },
  onProgress?: (done: number, total: number) => void,
): Promise<boolean> {
  const total = await deps.source.countAccounts();
  if (!(await deps.jobs.claim(job.id, total))) return false;
  try {
    const { config, version } = await configInForce(deps.segmentation);
    const stats = await populationStats(deps.source, job.period, config);
    let done = 0;
    onProgress?.(0, total);
    await classifyInBatches(deps.source, { period: job.period, config, stats }, async (batch) => {
      const rows = batch.results.flatMap((r) => toResultRows(r.accountId, r.results));
      await deps.segmentation.writeResults(job.period, version, rows);
      done += batch.accountIds.length;
      await deps.jobs.progress(job.id, done);
      onProgress?.(done, Math.max(total, done));
    });
    await deps.jobs.finish(job.id, done);
    return true;
  } catch (error) {
    await deps.jobs
      .fail(job.id, error instanceof Error ? error.message : String(error))
      .catch(() => undefined);
    throw error;
  }
}

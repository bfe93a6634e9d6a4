// What every classification use case shares: recompute one account (load → engines → save), read an
// account's stored results with its overrides, start the recompute-all job (or find the running one) and
// run it in this process, and the access checks. The services (classification, config, assessment) are
// thin use cases over it.
import type { JobRecord, JobRepository } from '../job/job-repository.ts';
import type { Actor } from '../org/actor.ts';
import { canWrite, scopeOf } from '../org/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { forbidden, notFound } from '../shared/errors.ts';
import type { Repositories } from '../shared/repositories.ts';
import {
  CLASSIFY_ALL_JOB,
  classifyInput,
  configInForce,
  JOB_STALE_SECONDS,
  populationStatsFor,
  runRecomputeAllJob,
  toResultRows,
} from './classification-job.ts';
import { factsWindow, periodOf } from './classification-period.ts';
import type { ClassificationSource, StoredOverride, StoredResult } from './segmentation-repository.ts';
import { ACCOUNT_MODEL_KEYS, type AccountModelKey } from './segmentation-types.ts';

export interface ClassificationRunnerDeps {
  repos: Repositories;
  clock: Clock;
  source: ClassificationSource;
  jobs: JobRepository;
  /** Called when a background job fails (the job row records it too); the composition root may log it. */
  onJobError?: ((error: unknown, jobId: number) => void) | undefined;
}

/** Roles that change the company's classification rules and recompute everything. */
const CONFIG_ROLES: readonly string[] = ['admin', 'director'];

export interface ResultView extends StoredResult {
  override: (StoredOverride & { computedValue: string }) | null;
}

export interface ClassificationView {
  accountId: number;
  period: string;
  results: ResultView[];
}

export function createClassificationRunner(deps: ClassificationRunnerDeps) {
  const { repos, clock, source, jobs } = deps;
  const running = new Set<Promise<unknown>>();
  const order = (model: string) => ACCOUNT_MODEL_KEYS.indexOf(model as AccountModelKey);

  async function mustSee(actor: Actor, accountId: number): Promise<void> {
    if (!(await repos.accounts.isVisible(scopeOf(actor), accountId))) throw notFound('entity.account');
  }

  /** Runs a queued job to its end in this process, with progress. */
  function runToEnd(job: JobRecord, onProgress?: (done: number, total: number) => void): Promise<boolean> {
    const period = typeof job.params.period === 'string' ? job.params.period : periodOf(clock.now());
    return runRecomputeAllJob(
      { source, segmentation: repos.segmentation, jobs },
      { id: job.id, period },
      onProgress,
    );
  }

  return {
    /** This month, 'YYYY-MM-01'. */
    currentPeriod: () => periodOf(clock.now()),

    mustSee,

    /** Writers (not finance) on accounts they see. */
    async mustWriteAccount(actor: Actor, accountId: number): Promise<void> {
      if (!canWrite(actor)) throw forbidden();
      await mustSee(actor, accountId);
    },

    /** Admins and directors. */
    mustManage(actor: Actor): void {
      if (!CONFIG_ROLES.includes(actor.role)) throw forbidden();
    },

    /** The engines' results of one account for a period, written over the stored ones. */
    async computeAccount(accountId: number, period: string): Promise<void> {
      const { config, version } = await configInForce(repos.segmentation);
      const [input] = await source.inputs([accountId], factsWindow(period));
      if (!input) return;
      const stats = await populationStatsFor(source, period, config, input.facts);
      const results = classifyInput(input, stats, config, period);
      await repos.segmentation.writeResults(period, version, toResultRows(accountId, results));
    },

    /** The stored results of an account for a period in model order, with the override behind each. */
    async view(accountId: number, period: string): Promise<ClassificationView> {
      const [results, overrides] = await Promise.all([
        repos.segmentation.results(accountId, period),
        repos.segmentation.activeOverrides(accountId),
      ]);
      return {
        accountId,
        period,
        results: results
          .filter((r) => order(r.model) >= 0)
          .sort((a, b) => order(a.model) - order(b.model))
          .map((r) => ({ ...r, override: overrideOf(r, overrides) })),
      };
    },

    /** Starts the recompute-all job, or answers the one already queued or running (created false). */
    startRecomputeAll(
      requestedBy: number | null,
      period: string,
    ): Promise<{ job: JobRecord; created: boolean }> {
      return jobs.startOrGetActive({
        kind: CLASSIFY_ALL_JOB,
        params: { period },
        requestedBy,
        staleSeconds: JOB_STALE_SECONDS,
      });
    },

    /** Runs a queued job in this process without blocking the caller; the job row carries progress and errors. */
    launch(job: JobRecord): void {
      const work = runToEnd(job)
        .catch((error: unknown) => deps.onJobError?.(error, job.id))
        .finally(() => running.delete(work));
      running.add(work);
    },

    runToEnd,

    /** Resolves when the background jobs started by this process have ended (tests, shutdown). */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export type ClassificationRunner = ReturnType<typeof createClassificationRunner>;

/** The active override behind an overridden result; for an older month, what the result itself recorded. */
function overrideOf(r: StoredResult, active: readonly StoredOverride[]): ResultView['override'] {
  if (typeof r.inputs.overrideReason !== 'string') return null;
  const current = active.find((o) => o.model === r.model && o.value === r.value);
  if (current) return { ...current, computedValue: r.computedValue };
  return {
    id: 0,
    accountId: r.accountId,
    model: r.model,
    value: r.value,
    reason: r.inputs.overrideReason,
    createdBy: null,
    createdAt: r.computedAt,
    computedValue: r.computedValue,
  };
}

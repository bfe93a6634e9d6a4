// Classification use cases ([SEG-1]…[SEG-8], [ACC-5]): read and save the company's config (then recompute
// everything), preview a draft config, recompute one account now or all of them as a background job,
// read an account's results and history, save its assessment and set or remove overrides (each of which
// recomputes the account at once). Results are stored per month; past months stay as history.
import type { JobRecord, JobRepository } from '../job/job-repository.ts';
import type { Actor } from '../org/actor.ts';
import { canWrite, scopeOf } from '../org/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { type ErrorDetail, forbidden, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { checkAssessmentInput } from './assessment-input.ts';
import {
  CLASSIFY_ALL_JOB,
  classifyInBatches,
  classifyInput,
  configInForce,
  JOB_STALE_SECONDS,
  populationStats,
  runRecomputeAllJob,
  toResultRows,
} from './classification-job.ts';
import { factsWindow, periodOf } from './classification-period.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { validateSegmentationConfig } from './segmentation-config-validator.ts';
import type { ClassificationSource, StoredOverride, StoredResult } from './segmentation-repository.ts';
import {
  ACCOUNT_MODEL_KEYS,
  type AccountModelKey,
  isModelValue,
  MODEL_VALUES,
} from './segmentation-types.ts';

export interface ClassificationServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  clock: Clock;
  source: ClassificationSource;
  jobs: JobRepository;
  /** Called when a background job fails (the job row records it too); the composition root logs it. */
  onJobError?: ((error: unknown, jobId: number) => void) | undefined;
}

/** Roles that change the company's classification rules and recompute everything. */
const CONFIG_ROLES: readonly string[] = ['admin', 'director'];

export interface ConfigDoc {
  version: number;
  config: SegmentationConfig;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ResultView extends StoredResult {
  override: (StoredOverride & { computedValue: string }) | null;
}

export interface ClassificationView {
  accountId: number;
  period: string;
  results: ResultView[];
}

export interface ConfigPreview {
  totalAccounts: number;
  changedAccounts: number;
  changes: Array<{ model: AccountModelKey; from: string; to: string; count: number }>;
}

/** Stored value of a model that has no result for the period yet, in preview counts. */
export const NO_VALUE = 'none';

export function createClassificationService(deps: ClassificationServiceDeps) {
  const { repos, transaction, clock, source, jobs } = deps;
  const running = new Set<Promise<unknown>>();

  async function mustSee(actor: Actor, accountId: number): Promise<void> {
    if (!(await repos.accounts.isVisible(scopeOf(actor), accountId))) throw notFound('entity.account');
  }

  async function mustWriteAccount(actor: Actor, accountId: number): Promise<void> {
    if (!canWrite(actor)) throw forbidden();
    await mustSee(actor, accountId);
  }

  function mustManage(actor: Actor): void {
    if (!CONFIG_ROLES.includes(actor.role)) throw forbidden();
  }

  /** The engines' results of one account for a period, written over the stored ones. */
  async function computeAccount(accountId: number, period: string): Promise<void> {
    const { config, version } = await configInForce(repos.segmentation);
    const stats = await populationStats(source, period, config);
    const [input] = await source.inputs([accountId], factsWindow(period));
    if (!input) return;
    const results = classifyInput(input, stats, config, period);
    await repos.segmentation.writeResults(period, version, toResultRows(accountId, results));
  }

  async function view(accountId: number, period: string): Promise<ClassificationView> {
    const [results, overrides] = await Promise.all([
      repos.segmentation.results(accountId, period),
      repos.segmentation.activeOverrides(accountId),
    ]);
    const order = (model: string) => ACCOUNT_MODEL_KEYS.indexOf(model as AccountModelKey);
    return {
      accountId,
      period,
      results: results
        .filter((r) => order(r.model) >= 0)
        .sort((a, b) => order(a.model) - order(b.model))
        .map((r) => {
          const active = overrides.find((o) => o.model === r.model);
          const overridden = typeof r.inputs.overrideReason === 'string';
          const override =
            overridden && active
              ? { ...active, computedValue: r.computedValue }
              : overridden
                ? {
                    id: 0,
                    accountId,
                    model: r.model,
                    value: r.value,
                    reason: String(r.inputs.overrideReason),
                    createdBy: null,
                    createdAt: r.computedAt,
                    computedValue: r.computedValue,
                  }
                : null;
          return { ...r, override };
        }),
    };
  }

  /** Starts the recompute-all job, or answers the one already queued or running. */
  async function startRecomputeAll(
    requestedBy: number | null,
    period: string,
  ): Promise<{ job: JobRecord; created: boolean }> {
    const started = await jobs.startOrGetActive({
      kind: CLASSIFY_ALL_JOB,
      params: { period },
      requestedBy,
      staleSeconds: JOB_STALE_SECONDS,
    });
    return started;
  }

  /** Runs the job in this process without blocking the caller; the job row carries progress and errors. */
  function launch(job: JobRecord): void {
    const period = typeof job.params.period === 'string' ? job.params.period : periodOf(clock.now());
    const work = runRecomputeAllJob(
      { source, segmentation: repos.segmentation, jobs },
      { id: job.id, period },
    )
      .catch((error: unknown) => deps.onJobError?.(error, job.id))
      .finally(() => running.delete(work));
    running.add(work);
  }

  async function getConfig(): Promise<ConfigDoc> {
    const stored = await repos.segmentation.currentConfig();
    const { config, version } = await configInForce(repos.segmentation);
    return {
      version,
      config,
      updatedAt: version > 0 ? (stored?.createdAt ?? null) : null,
      updatedBy: version > 0 ? (stored?.createdBy ?? null) : null,
    };
  }

  async function getAssessment(accountId: number) {
    return (
      (await repos.segmentation.findAssessment(accountId)) ?? {
        accountId,
        assessment: {},
        updatedAt: null,
        updatedBy: null,
      }
    );
  }

  function checkConfig(input: unknown): SegmentationConfig {
    const checked = validateSegmentationConfig(input);
    if (checked.ok) return checked.config;
    throw validationError(
      checked.errors.map(
        (e): ErrorDetail => ({ ...e, path: e.path === 'config' || !e.path ? 'config' : `config.${e.path}` }),
      ),
    );
  }

  return {
    /** The configuration in force (the default until a company saves its own). */
    config(_actor: Actor): Promise<ConfigDoc> {
      return getConfig();
    },

    /** Saves a new config version (admin, director), audited, then recomputes every account in the background. */
    async saveConfig(
      actor: Actor,
      input: unknown,
      ctx: WriteContext,
    ): Promise<{ doc: ConfigDoc; job: JobRecord }> {
      mustManage(actor);
      const config = checkConfig(input);
      await transaction(async (r) => {
        const before = await r.segmentation.currentConfig();
        const version = await r.segmentation.insertConfig(config, actor.userId);
        await r.audit.record({
          userId: actor.userId,
          action: 'update',
          entity: 'segmentation_config',
          entityId: String(version),
          before: before ? { version: before.version } : null,
          after: { version, config },
          requestId: ctx.requestId,
        });
      });
      const { job, created } = await startRecomputeAll(actor.userId, periodOf(clock.now()));
      if (created) launch(job);
      return { doc: await getConfig(), job };
    },

    /** How many visible accounts would change class under a draft config; writes nothing. */
    async previewConfig(actor: Actor, input: unknown): Promise<ConfigPreview> {
      const config = checkConfig(input);
      const period = periodOf(clock.now());
      const stats = await populationStats(source, period, config);
      const changes = new Map<string, number>();
      let total = 0;
      let changed = 0;
      await classifyInBatches(source, { period, config, stats, scope: scopeOf(actor) }, async (batch) => {
        const stored = new Map<string, string>();
        for (const s of await source.storedValues(batch.accountIds, period))
          stored.set(`${s.accountId}:${s.model}`, s.value);
        for (const account of batch.results) {
          total++;
          let moved = false;
          for (const r of account.results) {
            const from = stored.get(`${account.accountId}:${r.model}`) ?? NO_VALUE;
            if (from === r.value) continue;
            moved = true;
            const key = `${r.model}\u0000${from}\u0000${r.value}`;
            changes.set(key, (changes.get(key) ?? 0) + 1);
          }
          if (moved) changed++;
        }
      });
      return {
        totalAccounts: total,
        changedAccounts: changed,
        changes: [...changes.entries()]
          .map(([key, count]) => {
            const [model, from, to] = key.split('\u0000') as [AccountModelKey, string, string];
            return { model, from, to, count };
          })
          .sort(
            (a, b) =>
              ACCOUNT_MODEL_KEYS.indexOf(a.model) - ACCOUNT_MODEL_KEYS.indexOf(b.model) || b.count - a.count,
          ),
      };
    },

    /** Recomputes one visible account now (writers) and answers its classification. */
    async recomputeAccount(
      actor: Actor,
      accountId: number,
      period: string | undefined,
    ): Promise<ClassificationView> {
      await mustWriteAccount(actor, accountId);
      const p = period ?? periodOf(clock.now());
      await computeAccount(accountId, p);
      return view(accountId, p);
    },

    /** Starts recomputing every account (admin, director); a job already running is answered instead. */
    async recomputeAll(actor: Actor, period: string | undefined, ctx: WriteContext): Promise<JobRecord> {
      mustManage(actor);
      const { job, created } = await startRecomputeAll(actor.userId, period ?? periodOf(clock.now()));
      if (created) {
        await repos.audit.record({
          userId: actor.userId,
          action: 'recompute',
          entity: 'background_job',
          entityId: String(job.id),
          before: null,
          after: { kind: job.kind, params: job.params },
          requestId: ctx.requestId,
        });
        launch(job);
      }
      return job;
    },

    /**
     * The same recompute for the CLI, run to the end in this process with progress; when another process
     * is already running one, that job is answered (created false) for the caller to follow.
     */
    async recomputeAllInline(
      period: string | undefined,
      onProgress: (done: number, total: number) => void,
    ): Promise<{ job: JobRecord; created: boolean }> {
      const { job, created } = await startRecomputeAll(null, period ?? periodOf(clock.now()));
      if (!created) return { job, created };
      await runRecomputeAllJob(
        { source, segmentation: repos.segmentation, jobs },
        { id: job.id, period: String(job.params.period) },
        onProgress,
      );
      return { job: (await jobs.findById(job.id)) ?? job, created };
    },

    /** Recomputes one account without an actor (CLI). */
    async recomputeAccountAsSystem(
      accountId: number,
      period: string | undefined,
    ): Promise<ClassificationView> {
      const p = period ?? periodOf(clock.now());
      if (!(await repos.accounts.findFieldsById(accountId))) throw notFound('entity.account');
      await computeAccount(accountId, p);
      return view(accountId, p);
    },

    /** A recompute job; every signed-in user may follow progress. */
    async job(_actor: Actor, id: number): Promise<JobRecord> {
      const job = await jobs.findById(id);
      if (!job || job.kind !== CLASSIFY_ALL_JOB) throw notFound('entity.job');
      return job;
    },

    /** A job by id without an actor (the CLI follows a job another process runs). */
    findJob(id: number): Promise<JobRecord | undefined> {
      return jobs.findById(id);
    },

    /** The newest recompute job. */
    async latestJob(_actor: Actor): Promise<JobRecord> {
      const job = await jobs.latest(CLASSIFY_ALL_JOB);
      if (!job) throw notFound('entity.job');
      return job;
    },

    /**
     * The results of a visible account for a period; without a period the newest stored month (computed
     * now when the account was never classified).
     */
    async classification(actor: Actor, accountId: number, period?: string): Promise<ClassificationView> {
      await mustSee(actor, accountId);
      const current = periodOf(clock.now());
      if (period !== undefined) return view(accountId, period);
      const latest = await repos.segmentation.latestPeriodOf(accountId, current);
      if (latest) return view(accountId, latest);
      await computeAccount(accountId, current);
      return view(accountId, current);
    },

    /** Every stored month and model of a visible account, newest first. */
    async history(actor: Actor, accountId: number, model?: string) {
      await mustSee(actor, accountId);
      return repos.segmentation.history(accountId, model);
    },

    /** The assessment of a visible account (empty when nobody assessed it yet). */
    async assessment(actor: Actor, accountId: number) {
      await mustSee(actor, accountId);
      return getAssessment(accountId);
    },

    /** Replaces the assessment (writers, visible accounts), audited; the account is recomputed at once. */
    async saveAssessment(actor: Actor, accountId: number, input: unknown, ctx: WriteContext) {
      await mustWriteAccount(actor, accountId);
      const checked = checkAssessmentInput(input);
      if (!checked.ok) throw validationError(checked.errors);
      await transaction(async (r) => {
        const before = await r.segmentation.findAssessment(accountId);
        await r.segmentation.saveAssessment(accountId, checked.assessment, actor.userId);
        await r.audit.record({
          userId: actor.userId,
          action: 'update_assessment',
          entity: 'account',
          entityId: String(accountId),
          before: before?.assessment ?? null,
          after: checked.assessment,
          requestId: ctx.requestId,
        });
      });
      await computeAccount(accountId, periodOf(clock.now()));
      return getAssessment(accountId);
    },

    /** Sets a model's value by hand with a reason (kept in history, audited); recomputes the account. */
    async setOverride(
      actor: Actor,
      accountId: number,
      input: { model: AccountModelKey; value: string; reason: string },
      ctx: WriteContext,
    ): Promise<ClassificationView> {
      await mustWriteAccount(actor, accountId);
      const reason = input.reason.trim();
      const problems: ErrorDetail[] = [];
      if (!ACCOUNT_MODEL_KEYS.includes(input.model))
        problems.push({
          path: 'model',
          message: 'field.invalid_enum',
          params: { value: input.model, options: ACCOUNT_MODEL_KEYS.join(' / ') },
        });
      else if (!isModelValue(input.model, input.value))
        problems.push({
          path: 'value',
          message: 'field.invalid_enum',
          params: { value: input.value, options: MODEL_VALUES[input.model].join(' / ') },
        });
      if (reason === '') problems.push({ path: 'reason', message: 'field.required' });
      if (problems.length) throw validationError(problems);
      await transaction(async (r) => {
        const ended = await r.segmentation.replaceOverride({
          accountId,
          model: input.model,
          value: input.value,
          reason,
          userId: actor.userId,
        });
        await r.audit.record({
          userId: actor.userId,
          action: 'override_classification',
          entity: 'account',
          entityId: String(accountId),
          before: ended ? { model: ended.model, value: ended.value, reason: ended.reason } : null,
          after: { model: input.model, value: input.value, reason },
          requestId: ctx.requestId,
        });
      });
      const period = periodOf(clock.now());
      await computeAccount(accountId, period);
      return view(accountId, period);
    },

    /** Ends the active override of a model (it stays in history), audited; recomputes the account. */
    async removeOverride(
      actor: Actor,
      accountId: number,
      model: AccountModelKey,
      ctx: WriteContext,
    ): Promise<ClassificationView> {
      await mustWriteAccount(actor, accountId);
      await transaction(async (r) => {
        const ended = await r.segmentation.removeOverride(accountId, model, actor.userId);
        if (!ended) throw notFound('entity.override');
        await r.audit.record({
          userId: actor.userId,
          action: 'remove_override',
          entity: 'account',
          entityId: String(accountId),
          before: { model: ended.model, value: ended.value, reason: ended.reason },
          after: null,
          requestId: ctx.requestId,
        });
      });
      const period = periodOf(clock.now());
      await computeAccount(accountId, period);
      return view(accountId, period);
    },

    /** Resolves when the background jobs started by this process have ended (tests, shutdown). */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export type ClassificationService = ReturnType<typeof createClassificationService>;

// Classification use cases ([SEG-1]…[SEG-8], [ACC-5]): recompute one account now or every account as a
// background job, follow jobs, and read an account's results and history. Results are stored per month;
// past months stay as history.
import type { JobRecord, JobRepository } from '../job/job-repository.ts';
import type { Actor } from '../org/actor.ts';
import { notFound } from '../shared/errors.ts';
import type { Repositories, WriteContext } from '../shared/repositories.ts';
import { CLASSIFY_ALL_JOB } from './classification-job.ts';
import type { ClassificationRunner, ClassificationView } from './classification-runner.ts';

export interface ClassificationServiceDeps {
  repos: Repositories;
  jobs: JobRepository;
  runner: ClassificationRunner;
}

export function createClassificationService({ repos, jobs, runner }: ClassificationServiceDeps) {
  return {
    /** Recomputes one visible account now (writers) and answers its classification. */
    async recomputeAccount(
      actor: Actor,
      accountId: number,
      period: string | undefined,
    ): Promise<ClassificationView> {
      await runner.mustWriteAccount(actor, accountId);
      const p = period ?? runner.currentPeriod();
      await runner.computeAccount(accountId, p);
      return runner.view(accountId, p);
    },

    /** Starts recomputing every account (admin, director); a job already running is answered instead. */
    async recomputeAll(actor: Actor, period: string | undefined, ctx: WriteContext): Promise<JobRecord> {
      runner.mustManage(actor);
      const { job, created } = await runner.startRecomputeAll(actor.userId, period ?? runner.currentPeriod());
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
        runner.launch(job);
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
      const { job, created } = await runner.startRecomputeAll(null, period ?? runner.currentPeriod());
      if (!created) return { job, created };
      await runner.runToEnd(job, onProgress);
      return { job: (await jobs.findById(job.id)) ?? job, created };
    },

    /** Recomputes one account without an actor (CLI). */
    async recomputeAccountAsSystem(
      accountId: number,
      period: string | undefined,
    ): Promise<ClassificationView> {
      const p = period ?? runner.currentPeriod();
      if (!(await repos.accounts.findFieldsById(accountId))) throw notFound('entity.account');
      await runner.computeAccount(accountId, p);
      return runner.view(accountId, p);
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
     * The results of a visible account for a month; without a month the newest stored one (computed now
     * when the account was never classified).
     */
    async classification(actor: Actor, accountId: number, period?: string): Promise<ClassificationView> {
      await runner.mustSee(actor, accountId);
      if (period !== undefined) return runner.view(accountId, period);
      const current = runner.currentPeriod();
      const latest = await repos.segmentation.latestPeriodOf(accountId, current);
      if (latest) return runner.view(accountId, latest);
      await runner.computeAccount(accountId, current);
      return runner.view(accountId, current);
    },

    /** Every stored month and model of a visible account, newest first. */
    async history(actor: Actor, accountId: number, model?: string) {
      await runner.mustSee(actor, accountId);
      return repos.segmentation.history(accountId, model);
    },

    /** Resolves when the background jobs started by this process have ended (tests, shutdown). */
    idle: () => runner.idle(),
  };
}

export type ClassificationService = ReturnType<typeof createClassificationService>;

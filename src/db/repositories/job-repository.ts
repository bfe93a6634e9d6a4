// Kysely implementation of the background-job port. Timestamps come from the database clock so that
// every server judges heartbeats the same way.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { JobRecord, JobRepository } from '../../core/job/job-repository.ts';
import type { BackgroundJobTable, DB } from '../schema.ts';

const iso = (value: Date | string | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString();

function toJob(row: Selectable<BackgroundJobTable>): JobRecord {
  return {
    id: Number(row.background_job_id),
    kind: row.kind,
    status: row.status,
    params: row.params,
    total: row.total,
    done: row.done,
    error: row.error,
    requestedBy: row.requested_by,
    createdAt: iso(row.created_at) ?? '',
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    heartbeatAt: iso(row.heartbeat_at),
  };
}

/** Stable advisory-lock key of a job kind (one lock space per kind). */
const LOCK_BASE = 7_424_300;

export function createJobRepository(db: Kysely<DB>): JobRepository {
  return {
    async startOrGetActive({ kind, params, requestedBy, staleSeconds }) {
      const run = async (trx: Kysely<DB>) => {
        await sql`SELECT pg_advisory_xact_lock(${LOCK_BASE}, hashtext(${kind}))`.execute(trx);
        await trx
          .updateTable('background_job')
          .set({ status: 'failed', error: 'stale', finished_at: sql<Date>`now()` })
          .where('kind', '=', kind)
          .where('status', '=', 'running')
          .where(
            sql<boolean>`coalesce(heartbeat_at, started_at, created_at) < now() - make_interval(secs => ${staleSeconds})`,
          )
          .execute();
        const active = await trx
          .selectFrom('background_job')
          .selectAll()
          .where('kind', '=', kind)
          .where('status', 'in', ['queued', 'running'])
          .orderBy('background_job_id', 'desc')
          .executeTakeFirst();
        if (active) return { job: toJob(active), created: false };
        const inserted = await trx
          .insertInto('background_job')
          .values({ kind, status: 'queued', params: JSON.stringify(params), requested_by: requestedBy })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { job: toJob(inserted), created: true };
      };
      return db.isTransaction ? run(db) : db.transaction().execute(run);
    },

    async findById(id) {
      const row = await db
        .selectFrom('background_job')
        .selectAll()
        .where('background_job_id', '=', id)
        .executeTakeFirst();
      return row ? toJob(row) : undefined;
    },

    async latest(kind) {
      const row = await db
        .selectFrom('background_job')
        .selectAll()
        .where('kind', '=', kind)
        .orderBy('background_job_id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toJob(row) : undefined;
    },

    async claim(id, total) {
      const result = await db
        .updateTable('background_job')
        .set({
          status: 'running',
          total,
          done: 0,
          started_at: sql<Date>`now()`,
          heartbeat_at: sql<Date>`now()`,
        })
        .where('background_job_id', '=', id)
        .where('status', '=', 'queued')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async progress(id, done) {
      await db
        .updateTable('background_job')
        .set({ done, heartbeat_at: sql<Date>`now()` })
        .where('background_job_id', '=', id)
        .execute();
    },

    async finish(id, done) {
      await db
        .updateTable('background_job')
        .set({ status: 'done', done, finished_at: sql<Date>`now()`, heartbeat_at: sql<Date>`now()` })
        .where('background_job_id', '=', id)
        .execute();
    },

    async fail(id, error) {
      await db
        .updateTable('background_job')
        .set({ status: 'failed', error: error.slice(0, 2000), finished_at: sql<Date>`now()` })
        .where('background_job_id', '=', id)
        .execute();
    },
  };
}

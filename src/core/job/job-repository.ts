// Port: long work that runs in the background (recompute all classifications). The job row is the only
// state — every server reads progress from it, and a second request finds the running job there.

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobRecord {
  id: number;
  kind: string;
  status: JobStatus;
  params: Record<string, unknown>;
  total: number;
  done: number;
  error: string | null;
  requestedBy: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  heartbeatAt: string | null;
}

export interface JobRepository {
  /**
   * Atomically (one lock per kind, also across servers): the queued or running job of this kind, or a new
   * queued one. A running job whose heartbeat is older than staleSeconds died with its server: it is
   * marked failed and a new job is created.
   */
  startOrGetActive(input: {
    kind: string;
    params: Record<string, unknown>;
    requestedBy: number | null;
    staleSeconds: number;
  }): Promise<{ job: JobRecord; created: boolean }>;
  findById(id: number): Promise<JobRecord | undefined>;
  /** The newest job of the kind. */
  latest(kind: string): Promise<JobRecord | undefined>;
  /** queued → running with the amount of work; false when somebody else claimed it first. */
  claim(id: number, total: number): Promise<boolean>;
  /** Progress and heartbeat, written after every batch. */
  progress(id: number, done: number): Promise<void>;
  finish(id: number, done: number): Promise<void>;
  fail(id: number, error: string): Promise<void>;
}

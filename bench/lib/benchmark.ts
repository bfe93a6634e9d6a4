// What a benchmark is to `npm run bench`: a name, a default data size and a run that returns figures,
// some of them with a goal. The runner prints and saves the figures; it knows nothing about what is measured.

/** A goal on one figure: value op threshold, e.g. p99 < 50 ms. */
export interface Goal {
  op: '>=' | '>' | '<=' | '<';
  threshold: number;
}

export interface Figure {
  /** What was measured, e.g. 'GET /api/ping'. */
  target: string;
  /** e.g. 'requests/s', 'p99 latency'. */
  metric: string;
  value: number;
  unit: string;
  goal?: Goal | undefined;
  /** Set when there is a goal. */
  pass?: boolean | undefined;
}

export interface BenchContext {
  /** The data size; its meaning is the benchmark's (accounts for api-account-list). */
  scale: number;
  /** Seconds of measurement per target (after a warm-up). */
  durationSeconds: number;
  /** A PostgreSQL server to create benchmark databases on (connection string of an existing database). */
  databaseUrl: string;
  /** Rebuild the benchmark's data even when a loaded copy exists. */
  fresh: boolean;
  /** Keep the benchmark's database afterwards so the next run skips loading. */
  keep: boolean;
  log(line: string): void;
  /** Registers clean-up that runs when the benchmark ends, fails or the run is interrupted (last in, first out). */
  onCleanup(fn: () => Promise<void> | void): void;
}

export interface BenchOutcome {
  figures: Figure[];
  /** Everything else worth keeping in the JSON report (data set, search terms, server settings…). */
  details: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  description: string;
  defaultScale: number;
  /** What --scale counts for this benchmark, for help text and reports. */
  scaleUnit: string;
  run(ctx: BenchContext): Promise<BenchOutcome>;
}

/** A figure with its goal checked. */
export function figure(target: string, metric: string, value: number, unit: string, goal?: Goal): Figure {
  return goal
    ? { target, metric, value, unit, goal, pass: meets(value, goal) }
    : { target, metric, value, unit };
}

export function meets(value: number, goal: Goal): boolean {
  switch (goal.op) {
    case '>=':
      return value >= goal.threshold;
    case '>':
      return value > goal.threshold;
    case '<=':
      return value <= goal.threshold;
    case '<':
      return value < goal.threshold;
  }
}

// Clean-up that must happen however a run ends: normal end, a thrown error, Ctrl-C or SIGTERM.
// Steps run last in, first out, each at most once; a failing step does not stop the others.

type Step = () => Promise<void> | void;

export interface Cleanup {
  add(step: Step): void;
  /** Runs and forgets every registered step. */
  run(): Promise<void>;
}

export function createCleanup(log: (line: string) => void): Cleanup {
  const steps: Step[] = [];
  return {
    add(step) {
      steps.push(step);
    },
    async run() {
      while (steps.length > 0) {
        const step = steps.pop();
        try {
          await step?.();
        } catch (error) {
          log(`clean-up step failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
  };
}

/** On SIGINT/SIGTERM: clean up, then exit 130/143. A second signal exits at once. */
export function cleanUpOnSignals(cleanup: Cleanup, log: (line: string) => void): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGINT' ? 130 : 143;
    if (stopping) process.exit(code);
    stopping = true;
    log(`\n${signal}: stopping and cleaning up…`);
    void cleanup.run().finally(() => process.exit(code));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

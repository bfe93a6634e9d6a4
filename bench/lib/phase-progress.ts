// A progress bar for a job that runs in phases (the demo loader: master data, order lines, facts).
// On a terminal one bar is redrawn in place; otherwise (CI, a pipe) each phase prints one line when it starts.
import cliProgress from 'cli-progress';

export interface PhaseProgress {
  update(phase: string, done: number, total: number): void;
  stop(): void;
}

export function createPhaseProgress(log: (line: string) => void): PhaseProgress {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  if (!process.stdout.isTTY) {
    let current = '';
    return {
      update(phase, _done, total) {
        if (phase === current) return;
        current = phase;
        log(`  ${phase} (${total.toLocaleString('en-US')}) at ${elapsed()}`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: '  {phase} |{bar}| {percentage}% · {value}/{total} · {elapsed}',
      hideCursor: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    update(phase, done, total) {
      if (!running) {
        bar.start(total, done, { phase: phase.padEnd(7), elapsed: elapsed() });
        running = true;
      }
      bar.setTotal(total);
      bar.update(done, { phase: phase.padEnd(7), elapsed: elapsed() });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

// A progress bar for a job that runs in phases (the demo loader: master data, order lines, facts).
// On a terminal one bar is redrawn in place; otherwise (CI, a pipe) each phase prints a line when it starts
// and at every 10%.
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
    let tenth = 0;
    return {
      update(phase, done, total) {
        if (phase !== current) {
          current = phase;
          tenth = 0;
          log(`  ${phase} (${total.toLocaleString('en-US')}) at ${elapsed()}`);
          return;
        }
        // Long phases (millions of order lines) also print every 10%, so a piped run shows it is alive.
        const now = total > 0 ? Math.floor((done * 10) / total) : 0;
        if (now > tenth && now < 10) log(`  ${phase} ${now * 10}% at ${elapsed()}`);
        tenth = Math.max(tenth, now);
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

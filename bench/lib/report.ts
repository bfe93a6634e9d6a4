// The run's report: a plain-text table for the terminal and a JSON document with every figure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Figure, Goal } from './benchmark.ts';
import type { MachineInfo } from './machine.ts';

export interface BenchmarkReport {
  name: string;
  description: string;
  scale: number;
  scaleUnit: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  /** Set when the benchmark threw. */
  error?: string | undefined;
  figures: Figure[];
  details: Record<string, unknown>;
}

export interface RunReport {
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  options: {
    durationSeconds: number;
    only: string | null;
    scale: number | null;
    fresh: boolean;
    keep: boolean;
  };
  /** True when every goal was met and no benchmark failed. */
  pass: boolean;
  benchmarks: BenchmarkReport[];
}

export function formatValue(value: number, unit: string): string {
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  if (unit === '%') return `${value.toFixed(1)} %`;
  if (unit === 'req/s') return `${Math.round(value).toLocaleString('en-US')} req/s`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  return `${Math.round(value * 100) / 100}${unit ? ` ${unit}` : ''}`;
}

function formatGoal(goal: Goal | undefined, unit: string): string {
  if (!goal) return '';
  const op = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' }[goal.op];
  return `${op} ${formatValue(goal.threshold, unit)}`;
}

/** The terminal table: benchmark, target, metric, value, goal, ✔/✘. */
export function renderTable(benchmarks: readonly BenchmarkReport[]): string {
  const header = ['benchmark', 'target', 'metric', 'value', 'goal', ''];
  const rows: string[][] = [];
  for (const b of benchmarks) {
    if (b.error) rows.push([b.name, '—', 'error', b.error.split('\n')[0] ?? '', '', '✘']);
    for (const f of b.figures) {
      const mark = f.pass === undefined ? '' : f.pass ? '✔' : '✘';
      rows.push([b.name, f.target, f.metric, formatValue(f.value, f.unit), formatGoal(f.goal, f.unit), mark]);
    }
  }
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 3 ? pad(c, widths[i] ?? 0, 'left') : pad(c, widths[i] ?? 0, 'right')))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function writeJson(file: string, report: RunReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return n;
}

function pad(text: string, to: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return side === 'left' ? fill + text : text + fill;
}

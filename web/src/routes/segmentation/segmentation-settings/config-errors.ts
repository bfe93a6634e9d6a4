// Puts configuration problems onto the settings form. Problems come from the server (400 details with paths
// under `config.`, e.g. `config.purchaseGrid.cells.3.4`) or from the same core check run in the browser
// first. Each lands on the deepest form field its path starts with; the rest are returned for a summary.
import type { FormInstance } from 'antd';

export interface ConfigProblem {
  /** Path inside the configuration, without the `config.` prefix. */
  path: string;
  message: string;
}

export interface PlacedProblems {
  /** Problems without a field on the form. */
  unplaced: ConfigProblem[];
  /** Grid cells with a problem, keyed `x.y`. */
  cells: Map<string, string>;
  /** The first section (top-level key) with a problem, to open its tab. */
  firstSection: string | undefined;
}

/** Drops the request body's `config` prefix from a server path. */
export function configPath(path: string): string {
  if (path === 'config') return '';
  return path.startsWith('config.') ? path.slice('config.'.length) : path;
}

const toName = (path: string) => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export function placeProblems<T>(form: FormInstance<T>, problems: readonly ConfigProblem[]): PlacedProblems {
  const registered = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const byField = new Map<string, string[]>();
  const unplaced: ConfigProblem[] = [];
  const cells = new Map<string, string>();
  for (const problem of problems) {
    const cell = /^purchaseGrid\.cells\.(\d)\.(\d)$/.exec(problem.path);
    if (cell) cells.set(`${cell[1]}.${cell[2]}`, problem.message);
    const parts = problem.path.split('.');
    let placed = false;
    for (let length = parts.length; length > 0 && !placed; length--) {
      const prefix = parts.slice(0, length).join('.');
      if (registered.has(prefix)) {
        byField.set(prefix, [...(byField.get(prefix) ?? []), problem.message]);
        placed = true;
      }
    }
    if (!placed) unplaced.push(problem);
  }
  // Clear what earlier attempts left, then set the new errors.
  const fields = [...registered].map((path) => ({ name: toName(path), errors: byField.get(path) ?? [] }));
  form.setFields(fields as Parameters<FormInstance<T>['setFields']>[0]);
  return { unplaced, cells, firstSection: problems[0]?.path.split('.')[0] };
}

// What an import reports back: counts and every problem with its row, column and a message key. The HTTP
// edge and the CLI translate the keys for the user.

/** all: nothing is written when any row is bad. valid: the valid rows are written, the bad ones reported. */
export type ImportMode = 'all' | 'valid';

/** A problem of one cell (or of the header row) with a message key from core/shared/messages.ts. */
export interface ImportProblem {
  /** Excel row number as the user sees it (1 = header row). */
  row: number;
  /** Chinese column header as in the template, or '' for a problem of the whole row or file. */
  column: string;
  message: string;
  params?: Record<string, string | number> | undefined;
}

export interface ImportOutcome {
  /** false when nothing was written because of errors (mode all with a bad row, or no valid row). */
  applied: boolean;
  totalRows: number;
  created: number;
  updated: number;
  /** Valid rows whose values equal what is stored already. */
  skipped: number;
  problems: ImportProblem[];
}

/** Progress of a long import, for a progress bar. */
export interface ImportProgress {
  phase: 'validate' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  mode: ImportMode;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

/** Problems sorted by row then column order of appearance, as users read a sheet. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || a.i - b.i)
    .map(({ p }) => p);
}

/** Problems listed one by one; a broken file of 50,000 rows could otherwise answer with 100,000s of lines. */
export const MAX_LISTED_PROBLEMS = 1000;

/** The first MAX_LISTED_PROBLEMS problems plus one line counting the rest. */
export function listedProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const first = problems.slice(0, MAX_LISTED_PROBLEMS);
  const next = problems[MAX_LISTED_PROBLEMS];
  if (!next) return first;
  return [
    ...first,
    {
      row: next.row,
      column: '',
      message: 'import.more_problems',
      params: { count: problems.length - MAX_LISTED_PROBLEMS },
    },
  ];
}

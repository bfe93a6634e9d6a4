import { describe, expect, it } from 'vitest';
import { type ImportProblem, listedProblems, MAX_LISTED_PROBLEMS, sortProblems } from './import-outcome.ts';

const problem = (row: number, column = 'c'): ImportProblem => ({ row, column, message: 'field.required' });

describe('sortProblems: by row, keeping the order of columns within a row', () => {
  it('sorts stably', () => {
    expect(
      sortProblems([problem(5, 'a'), problem(2, 'b'), problem(5, 'c'), problem(2, 'a')]).map(
        (p) => `${p.row}${p.column}`,
      ),
    ).toEqual(['2b', '2a', '5a', '5c']);
  });
});

describe('listedProblems: at most MAX_LISTED_PROBLEMS, then one line counting the rest', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => problem(i + 2));
  it.each([
    [0, 0],
    [MAX_LISTED_PROBLEMS, MAX_LISTED_PROBLEMS],
    [MAX_LISTED_PROBLEMS + 1, MAX_LISTED_PROBLEMS + 1],
    [MAX_LISTED_PROBLEMS * 3, MAX_LISTED_PROBLEMS + 1],
  ])('%d problems → %d lines', (count, lines) => expect(listedProblems(many(count))).toHaveLength(lines));

  it('the last line counts what is not listed and points at the first of them', () => {
    const listed = listedProblems(many(MAX_LISTED_PROBLEMS + 5));
    expect(listed.at(-1)).toEqual({
      row: MAX_LISTED_PROBLEMS + 2,
      column: '',
      message: 'import.more_problems',
      params: { count: 5 },
    });
  });
});

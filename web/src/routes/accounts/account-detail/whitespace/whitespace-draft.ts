// The whitespace grid being edited: divisions in order and the cells that carry anything, keyed by
// division × product line. Pure helpers so the tab stays about layout.
import type { WhitespaceCellT, WhitespaceInputT, WhitespaceT } from '../../../../api/value.ts';

export interface WhitespaceDraft {
  divisions: string[];
  cells: Map<string, WhitespaceCellT>;
}

export const cellKey = (division: string, productLineId: number) => `${division}\u0000${productLineId}`;

export function draftOf(whitespace: WhitespaceT): WhitespaceDraft {
  return {
    divisions: [...whitespace.divisions],
    cells: new Map(whitespace.cells.map((cell) => [cellKey(cell.division, cell.productLineId), cell])),
  };
}

export function emptyCell(division: string, productLineId: number): WhitespaceCellT {
  return {
    division,
    productLineId,
    status: 'none',
    potentialFen: null,
    currentFen: null,
    competitor: null,
    notes: null,
  };
}

/** A cell with nothing in it need not be stored. */
function isBlank(cell: WhitespaceCellT): boolean {
  return (
    cell.status === 'none' &&
    cell.potentialFen === null &&
    cell.currentFen === null &&
    cell.competitor === null &&
    cell.notes === null
  );
}

/** The PUT body: divisions in order, cells in grid order, blank cells left out. */
export function inputOf(draft: WhitespaceDraft, productLineIds: readonly number[]): WhitespaceInputT {
  const cells: WhitespaceCellT[] = [];
  for (const division of draft.divisions) {
    for (const id of productLineIds) {
      const cell = draft.cells.get(cellKey(division, id));
      if (cell && !isBlank(cell)) cells.push(cell);
    }
  }
  return { divisions: [...draft.divisions], cells };
}

export function withCell(draft: WhitespaceDraft, cell: WhitespaceCellT): WhitespaceDraft {
  const cells = new Map(draft.cells);
  cells.set(cellKey(cell.division, cell.productLineId), cell);
  return { ...draft, cells };
}

export function withDivision(draft: WhitespaceDraft, name: string): WhitespaceDraft {
  return { ...draft, divisions: [...draft.divisions, name] };
}

export function withoutDivision(draft: WhitespaceDraft, name: string): WhitespaceDraft {
  const cells = new Map([...draft.cells].filter(([, cell]) => cell.division !== name));
  return { divisions: draft.divisions.filter((division) => division !== name), cells };
}

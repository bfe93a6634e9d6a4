// [VAL-3] whitespace 交叉销售 (seeds 000, 003): a grid of the account's divisions/buying centres × our product
// lines. Each cell is none / potential / current / won / competitor, with the potential (what the division
// could buy from the line a year) and what it buys from us today. A grid is valid when its divisions are
// distinct, every cell names one of them and an existing product line, and no (division, line) pair repeats.
// Totals: potential and current over all cells; open potential = potential of cells we do not serve yet
// (potential, competitor), i.e. the whitespace to go after.
import type { ErrorDetail } from '../shared/errors.ts';

export const WHITESPACE_STATUSES = ['none', 'potential', 'current', 'won', 'competitor'] as const;
export type WhitespaceStatus = (typeof WHITESPACE_STATUSES)[number];

/** Statuses whose potential is still open for us. */
const OPEN_STATUSES: ReadonlySet<WhitespaceStatus> = new Set(['potential', 'competitor']);

/** The four cross-sell patterns the UI offers as hints (message keys in value-messages.ts). */
export const CROSS_SELL_PATTERNS = [
  'complements',
  'afterMarketParts',
  'valueChainExtension',
  'valueAddedServices',
] as const;
export type CrossSellPattern = (typeof CROSS_SELL_PATTERNS)[number];
export const crossSellLabelKey = (pattern: CrossSellPattern) => `whitespace.pattern.${pattern}`;
export const crossSellHintKey = (pattern: CrossSellPattern) => `whitespace.pattern.${pattern}.hint`;
export const whitespaceStatusLabelKey = (status: WhitespaceStatus) => `whitespace.status.${status}`;

export interface WhitespaceCell {
  division: string;
  productLineId: number;
  status: WhitespaceStatus;
  potentialFen: number | null;
  currentFen: number | null;
  competitor: string | null;
  notes: string | null;
}

export interface WhitespaceGrid {
  divisions: string[];
  cells: WhitespaceCell[];
}

export interface WhitespaceTotals {
  potentialFen: number;
  currentFen: number;
  openPotentialFen: number;
}

/** Field errors of a grid to be saved; `productLineIds` are the product lines that exist. */
export function validateWhitespace(grid: WhitespaceGrid, productLineIds: ReadonlySet<number>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const divisionIndex = new Map<string, number>();
  grid.divisions.forEach((name, i) => {
    const first = divisionIndex.get(name);
    if (first !== undefined)
      problems.push({
        path: `divisions.${i}`,
        message: 'whitespace.duplicate_division',
        params: { index: first },
      });
    else divisionIndex.set(name, i);
  });
  const cellIndex = new Map<string, number>();
  grid.cells.forEach((cell, i) => {
    if (!divisionIndex.has(cell.division))
      problems.push({
        path: `cells.${i}.division`,
        message: 'whitespace.unknown_division',
        params: { division: cell.division },
      });
    if (!productLineIds.has(cell.productLineId))
      problems.push({ path: `cells.${i}.productLineId`, message: 'whitespace.unknown_product_line' });
    const pair = `${cell.division}\u0000${cell.productLineId}`;
    const first = cellIndex.get(pair);
    if (first !== undefined)
      problems.push({ path: `cells.${i}`, message: 'whitespace.duplicate_cell', params: { index: first } });
    else cellIndex.set(pair, i);
  });
  return problems;
}

/** Sums of the grid's amounts in fen (integers, exact). */
export function whitespaceTotals(cells: readonly WhitespaceCell[]): WhitespaceTotals {
  const totals: WhitespaceTotals = { potentialFen: 0, currentFen: 0, openPotentialFen: 0 };
  for (const cell of cells) {
    totals.potentialFen += cell.potentialFen ?? 0;
    totals.currentFen += cell.currentFen ?? 0;
    if (OPEN_STATUSES.has(cell.status)) totals.openPotentialFen += cell.potentialFen ?? 0;
  }
  return totals;
}

/** Cells ordered as the grid shows them: by division order, then product line order. */
export function sortCells(
  cells: readonly WhitespaceCell[],
  divisions: readonly string[],
  productLineIds: readonly number[],
): WhitespaceCell[] {
  const row = new Map(divisions.map((d, i) => [d, i]));
  const col = new Map(productLineIds.map((id, i) => [id, i]));
  const width = productLineIds.length + 1;
  const rank = (c: WhitespaceCell) =>
    (row.get(c.division) ?? divisions.length) * width + (col.get(c.productLineId) ?? productLineIds.length);
  return [...cells].sort((a, b) => rank(a) - rank(b));
}

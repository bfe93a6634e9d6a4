// Port: the account's whitespace grid ([VAL-3]) and our product lines. Implemented in
// db/repositories/whitespace-repository.ts.
import type { WhitespaceGrid } from './whitespace-grid.ts';

export interface ProductLineRef {
  id: number;
  code: string;
  name: string;
}

export interface WhitespaceRepository {
  /** Our product lines, by code. */
  productLines(): Promise<ProductLineRef[]>;
  /** Divisions in their order and every cell; an empty grid when nothing was entered. */
  load(accountId: number): Promise<WhitespaceGrid>;
  /** Replaces divisions and cells of the account (call inside a transaction). */
  replace(accountId: number, grid: WhitespaceGrid): Promise<void>;
}

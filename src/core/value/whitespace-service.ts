// [VAL-3] whitespace: the grid of a visible account's divisions × our product lines. A save replaces the whole
// grid in one transaction (all or nothing) after every cell was checked; it is audited.
import type { Actor } from '../org/actor.ts';
import { validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { mustSeeAccount, mustWriteAccount } from './account-access.ts';
import {
  sortCells,
  validateWhitespace,
  type WhitespaceCell,
  type WhitespaceGrid,
  type WhitespaceTotals,
  whitespaceTotals,
} from './whitespace-grid.ts';
import type { ProductLineRef } from './whitespace-repository.ts';

export interface WhitespaceServiceDeps {
  repos: Repositories;
  transaction: Transaction;
}

export interface AccountWhitespace {
  accountId: number;
  divisions: string[];
  productLines: ProductLineRef[];
  cells: WhitespaceCell[];
  totals: WhitespaceTotals;
}

export function createWhitespaceService({ repos, transaction }: WhitespaceServiceDeps) {
  async function load(r: Repositories, accountId: number): Promise<AccountWhitespace> {
    const [grid, productLines] = await Promise.all([
      r.whitespace.load(accountId),
      r.whitespace.productLines(),
    ]);
    const cells = sortCells(
      grid.cells,
      grid.divisions,
      productLines.map((p) => p.id),
    );
    return { accountId, divisions: grid.divisions, productLines, cells, totals: whitespaceTotals(cells) };
  }

  return {
    /** The account's grid with our product lines as columns and the totals. */
    async get(actor: Actor, accountId: number): Promise<AccountWhitespace> {
      await mustSeeAccount(repos, actor, accountId);
      return load(repos, accountId);
    },

    /** Replaces divisions and cells; refuses the whole grid when any cell is invalid. */
    async replace(
      actor: Actor,
      accountId: number,
      grid: WhitespaceGrid,
      ctx: WriteContext,
    ): Promise<AccountWhitespace> {
      await mustWriteAccount(repos, actor, accountId);
      return transaction(async (r) => {
        const productLines = await r.whitespace.productLines();
        const problems = validateWhitespace(grid, new Set(productLines.map((p) => p.id)));
        if (problems.length) throw validationError(problems);
        const before = await r.whitespace.load(accountId);
        await r.whitespace.replace(accountId, grid);
        await r.audit.record({
          userId: actor.userId,
          action: 'update_whitespace',
          entity: 'account',
          entityId: String(accountId),
          before,
          after: grid,
          requestId: ctx.requestId,
        });
        return load(r, accountId);
      });
    },
  };
}

export type WhitespaceService = ReturnType<typeof createWhitespaceService>;

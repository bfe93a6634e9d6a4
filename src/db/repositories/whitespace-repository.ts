// Kysely implementation of the whitespace port ([VAL-3]): account_division and whitespace_cell.
import type { Kysely } from 'kysely';
import type { WhitespaceStatus } from '../../core/value/whitespace-grid.ts';
import type { WhitespaceRepository } from '../../core/value/whitespace-repository.ts';
import type { DB } from '../schema.ts';

export function createWhitespaceRepository(db: Kysely<DB>): WhitespaceRepository {
  return {
    async productLines() {
      return db
        .selectFrom('product_line')
        .select(['product_line_id as id', 'code', 'name'])
        .orderBy('code')
        .execute();
    },

    async load(accountId) {
      const [divisions, cells] = await Promise.all([
        db
          .selectFrom('account_division')
          .select('name')
          .where('account_id', '=', accountId)
          .orderBy('sort_order')
          .orderBy('name')
          .execute(),
        db
          .selectFrom('whitespace_cell')
          .select([
            'division',
            'product_line_id as productLineId',
            'status',
            'potential_fen as potentialFen',
            'current_fen as currentFen',
            'competitor',
            'notes',
          ])
          .where('account_id', '=', accountId)
          .execute(),
      ]);
      return {
        divisions: divisions.map((d) => d.name),
        cells: cells.map((c) => ({
          ...c,
          status: c.status as WhitespaceStatus,
          potentialFen: c.potentialFen === null ? null : Number(c.potentialFen),
          currentFen: c.currentFen === null ? null : Number(c.currentFen),
        })),
      };
    },

    async replace(accountId, grid) {
      await db.deleteFrom('whitespace_cell').where('account_id', '=', accountId).execute();
      await db.deleteFrom('account_division').where('account_id', '=', accountId).execute();
      if (grid.divisions.length)
        await db
          .insertInto('account_division')
          .values(grid.divisions.map((name, i) => ({ account_id: accountId, name, sort_order: i })))
          .execute();
      if (grid.cells.length)
        await db
          .insertInto('whitespace_cell')
          .values(
            grid.cells.map((c) => ({
              account_id: accountId,
              division: c.division,
              product_line_id: c.productLineId,
              status: c.status,
              potential_fen: c.potentialFen,
              current_fen: c.currentFen,
              competitor: c.competitor,
              notes: c.notes,
            })),
          )
          .execute();
    },
  };
}

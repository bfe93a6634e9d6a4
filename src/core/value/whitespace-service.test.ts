// Service tier: the whitespace grid is replaced all or nothing — a refused or failing save leaves the
// previous grid and writes no audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { addProductLine } from '../../../test/value-facts.ts';
import { createServices, type Services } from '../../create-services.ts';
import { createRepositories } from '../../db/repositories/create-repositories.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import { DomainError } from '../shared/errors.ts';
import type { WhitespaceCell } from './whitespace-grid.ts';

let db: TestDatabase;
let fx: Fixture;
let services: Services;
let rep: Actor;
let lines: number[];
const ctx = { requestId: 'ws-test' };

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  services = createServices(db, { clock: fixedClock() });
  rep = toActor((await createRepositories(db.db).users.findByUsername('rep_east'))!);
  lines = [await addProductLine(db, 'PL-B', '辅料'), await addProductLine(db, 'PL-A', '包材')];
});
afterAll(() => db.dispose());

const cell = (
  division: string,
  productLineId: number,
  over: Partial<WhitespaceCell> = {},
): WhitespaceCell => ({
  division,
  productLineId,
  status: 'potential',
  potentialFen: 100_000,
  currentFen: null,
  competitor: null,
  notes: null,
  ...over,
});
const audits = async () =>
  Number(
    (
      await db.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', 'update_whitespace')
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('[VAL-3] whitespace service', () => {
  it('saves a grid, orders divisions as given and product lines by code, and totals it', async () => {
    const [b, a] = lines as [number, number];
    const saved = await services.whitespace.replace(
      rep,
      fx.accounts.eastGroup,
      {
        divisions: ['研发中心', '采购部'],
        cells: [
          cell('采购部', a, { status: 'current', potentialFen: 500_000, currentFen: 200_000 }),
          cell('研发中心', b, { status: 'competitor', competitor: '某化工' }),
          cell('研发中心', a),
        ],
      },
      ctx,
    );
    expect(saved.productLines.map((p) => p.code)).toEqual(['PL-A', 'PL-B']);
    expect(saved.divisions).toEqual(['研发中心', '采购部']);
    expect(saved.cells.map((c) => `${c.division}/${c.productLineId}`)).toEqual([
      `研发中心/${a}`,
      `研发中心/${b}`,
      `采购部/${a}`,
    ]);
    expect(saved.totals).toEqual({ potentialFen: 700_000, currentFen: 200_000, openPotentialFen: 200_000 });
    expect(await audits()).toBe(1);
  });

  it('a refused grid changes nothing', async () => {
    const before = await services.whitespace.get(rep, fx.accounts.eastGroup);
    const error = await services.whitespace
      .replace(rep, fx.accounts.eastGroup, { divisions: ['采购部'], cells: [cell('采购部', 999_999)] }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details.map((d) => d.path)).toEqual(['cells.0.productLineId']);
    expect(await services.whitespace.get(rep, fx.accounts.eastGroup)).toEqual(before);
    expect(await audits()).toBe(1);
  });

  it('a save that fails half-way in the database rolls back to the previous grid', async () => {
    const before = await services.whitespace.get(rep, fx.accounts.eastGroup);
    const [b, a] = lines as [number, number];
    // A negative amount passes the rule (the HTTP edge refuses it) but breaks the table's CHECK after the
    // old grid was deleted: the transaction must restore it.
    await expect(
      services.whitespace.replace(
        rep,
        fx.accounts.eastGroup,
        { divisions: ['工程部'], cells: [cell('工程部', a), cell('工程部', b, { potentialFen: -1 })] },
        ctx,
      ),
    ).rejects.toThrow();
    expect(await services.whitespace.get(rep, fx.accounts.eastGroup)).toEqual(before);
    expect(await audits()).toBe(1);
  });

  it('an empty grid clears the account', async () => {
    const cleared = await services.whitespace.replace(
      rep,
      fx.accounts.eastGroup,
      { divisions: [], cells: [] },
      ctx,
    );
    expect(cleared).toMatchObject({
      divisions: [],
      cells: [],
      totals: { potentialFen: 0, currentFen: 0, openPotentialFen: 0 },
    });
  });
});

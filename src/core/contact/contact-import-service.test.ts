// Service tier: contact import on a real database — managers later in the file, re-import without
// duplicates, all-or-nothing, visibility, merged profile blocks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createServices, type Services } from '../../create-services.ts';
import { createRepositories } from '../../db/repositories/create-repositories.ts';
import type { CellValue, SheetData } from '../excel/sheet.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import { CONTACT_COLUMNS, type ContactColumnKey } from './contact-sheet.ts';

let db: TestDatabase;
let fx: Fixture;
let services: Services;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  services = createServices(db, { clock: fixedClock() });
  const users = createRepositories(db.db).users;
  for (const name of ['admin', 'rep_east', 'rep_west', 'finance'])
    actors[name] = toActor((await users.findByUsername(name))!);
});
afterAll(() => db.dispose());

const HEADER = Object.fromEntries(CONTACT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ContactColumnKey,
  string
>;
type Cells = Partial<Record<ContactColumnKey, CellValue>>;
const sheet = (rows: Cells[]): SheetData => ({
  headers: CONTACT_COLUMNS.map((c) => c.header),
  rows: rows.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(
      Object.entries(cells).map(([k, v]) => [HEADER[k as ContactColumnKey], v ?? null]),
    ),
  })),
});
const ctx = { requestId: 'contact-import-test' };
const run = (actor: string, rows: Cells[], mode: 'all' | 'valid' = 'all') =>
  services.contactImport.importSheet(actors[actor]!, sheet(rows), { mode }, ctx);
const contact = (accountId: number, name: string) =>
  db.db
    .selectFrom('contact')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('name', '=', name)
    .executeTakeFirst();

describe('contact import', () => {
  it('creates contacts whose manager comes later in the file or is stored', async () => {
    const outcome = await run('rep_east', [
      {
        accountCode: 'KA-1',
        name: '王采购',
        managerName: '陈总监',
        lastVerifiedOn: new Date('2026-09-01T00:00:00Z'),
      },
      { accountCode: 'KA-1', name: '陈总监', managerName: '张总', title: '采购总监', family: '已婚' },
    ]);
    expect(outcome).toMatchObject({ applied: true, created: 2, updated: 0, skipped: 0, problems: [] });
    const director = await contact(fx.accounts.eastGroup, '陈总监');
    expect(director).toMatchObject({
      reports_to_contact_id: fx.contacts.eastBoss,
      title: '采购总监',
      profile_personal: { family: '已婚' },
    });
    expect(await contact(fx.accounts.eastGroup, '王采购')).toMatchObject({
      reports_to_contact_id: director!.contact_id,
      last_verified_on: '2026-09-01',
    });
  });

  it('re-importing updates instead of duplicating; profile cells merge into the stored block', async () => {
    const file: Cells[] = [{ accountCode: 'KA-2', name: '周主任', title: '主任', hobbies: '围棋' }];
    expect(await run('rep_east', file)).toMatchObject({ created: 1 });
    expect(await run('rep_east', file)).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    expect(
      await run('rep_east', [{ accountCode: 'KA-2', name: '周主任', family: '一个儿子' }]),
    ).toMatchObject({ updated: 1 });
    expect(await contact(fx.accounts.eastSub, '周主任')).toMatchObject({
      title: '主任',
      profile_personal: { hobbies: '围棋', family: '一个儿子' },
    });
    const audits = await db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'contact')
      .where('action', '=', 'import')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(4);
  });

  it('mode all writes nothing when a row is bad; mode valid writes the rest', async () => {
    const file: Cells[] = [
      { accountCode: 'KA-1', name: '甲' },
      { accountCode: 'KA-1', name: '乙', lastVerifiedOn: '2026-12-01' },
    ];
    const all = await run('rep_east', file);
    expect(all).toMatchObject({ applied: false, created: 0 });
    expect(all.problems).toEqual([
      { row: 3, column: '最后核实日期', message: 'import.date_in_future', params: { today: '2026-11-25' } },
    ]);
    expect(await contact(fx.accounts.eastGroup, '甲')).toBeUndefined();
    expect(await run('rep_east', file, 'valid')).toMatchObject({ applied: true, created: 1 });
    expect(await contact(fx.accounts.eastGroup, '甲')).toBeDefined();
  });

  it('contacts of accounts outside visibility are errors and never written', async () => {
    const outcome = await run('rep_west', [{ accountCode: 'KA-1', name: '张总', title: '被改了' }], 'valid');
    expect(outcome).toMatchObject({ applied: false });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ row: 2, column: '客户编码', message: 'import.unknown_account_code' }),
    ]);
    expect(await contact(fx.accounts.eastGroup, '张总')).toMatchObject({ title: null });
  });

  it('refuses a reporting loop with stored contacts', async () => {
    const outcome = await run('rep_east', [{ accountCode: 'KA-1', name: '张总', managerName: '李经理' }]);
    expect(outcome.problems.map((p) => p.message)).toEqual(['error.reports_to_cycle']);
  });

  it('finance (read-only) may not import', async () => {
    await expect(run('finance', [{ accountCode: 'KA-1', name: 'x' }])).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

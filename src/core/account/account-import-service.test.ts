// Service tier: account import on a real database — all-or-nothing, valid rows only, re-import without
// duplicates, parents later in the file, visibility, one transaction, 10,000 rows in seconds, and target node
// actuals that follow the accounts whose owner, industry or type an import changes ([TGT-5]).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { actualsAndRebuild, actualsSnapshot, seedTracking } from '../../../test/target-tracking-fixture.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createServices, type Services } from '../../create-services.ts';
import { createRepositories } from '../../db/repositories/create-repositories.ts';
import { createExcelRepository, createExcelTransaction } from '../../db/repositories/excel-repository.ts';
import type { CellValue, SheetData } from '../excel/sheet.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import { DomainError } from '../shared/errors.ts';
import { createAccountImportService } from './account-import-service.ts';
import { ACCOUNT_COLUMNS, type AccountColumnKey } from './account-sheet.ts';

let db: TestDatabase;
let fx: Fixture;
let services: Services;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  services = createServices(db, { clock: fixedClock() });
  const users = createRepositories(db.db).users;
  for (const name of ['admin', 'rep_east', 'rep_west', 'manager_east', 'finance'])
    actors[name] = toActor((await users.findByUsername(name))!);
});
afterAll(() => db.dispose());

const HEADER = Object.fromEntries(
  ACCOUNT_COLUMNS.map((c) => [c.key, `${c.header}${c.required ? '*' : ''}`]),
) as Record<AccountColumnKey, string>;
type Cells = Partial<Record<AccountColumnKey, CellValue>>;
const sheet = (rows: Cells[]): SheetData => ({
  headers: ACCOUNT_COLUMNS.map((c) => HEADER[c.key]),
  rows: rows.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(
      Object.entries(cells).map(([k, v]) => [HEADER[k as AccountColumnKey], v ?? null]),
    ),
  })),
});
const row = (code: string | null, over: Cells = {}): Cells => ({
  code,
  name: `客户 ${code ?? '新'}`,
  type: '经销商',
  ownerUsername: 'rep_east',
  ...over,
});
const ctx = { requestId: 'import-test' };
const run = (actor: string, rows: Cells[], mode: 'all' | 'valid' = 'all') =>
  services.accountImport.importSheet(actors[actor]!, sheet(rows), { mode }, ctx);

const accountByCode = (code: string) =>
  db.db.selectFrom('account').selectAll().where('code', '=', code).executeTakeFirst();
const countAccounts = async () =>
  Number(
    (
      await db.db
        .selectFrom('account')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const importAudits = async () =>
  db.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'import')
    .where('entity', '=', 'account')
    .execute();

describe('account import', () => {
  it('mode all: one bad row and nothing is written — no account, no team, no audit', async () => {
    const before = [await countAccounts(), (await importAudits()).length];
    const outcome = await run('rep_east', [row('ALL-1'), row('ALL-2', { type: '集团' }), row('ALL-3')]);
    expect(outcome).toMatchObject({ applied: false, totalRows: 3, created: 0, updated: 0, skipped: 0 });
    expect(outcome.problems).toEqual([
      expect.objectContaining({ row: 3, column: '客户类型', message: 'field.invalid_enum' }),
    ]);
    expect([await countAccounts(), (await importAudits()).length]).toEqual(before);
  });

  it('mode valid: writes the valid rows with owner as team lead and an import audit entry each', async () => {
    const outcome = await run(
      'rep_east',
      [row('VAL-1'), row('VAL-2', { ownerUsername: 'nobody' }), row('VAL-3')],
      'valid',
    );
    expect(outcome).toMatchObject({ applied: true, totalRows: 3, created: 2, updated: 0, skipped: 0 });
    expect(outcome.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, '负责人账号', 'import.unknown_owner'],
    ]);
    const created = await accountByCode('VAL-1');
    expect(created).toMatchObject({
      type: 'distributor',
      owner_user_id: fx.users.rep_east,
      region_unit_id: fx.units.east,
    });
    expect(await accountByCode('VAL-2')).toBeUndefined();
    const team = await db.db
      .selectFrom('account_team_member')
      .selectAll()
      .where('account_id', '=', created!.account_id)
      .execute();
    expect(team).toEqual([expect.objectContaining({ app_user_id: fx.users.rep_east, team_role: 'lead' })]);
    const audit = (await importAudits()).filter((a) => a.entity_id === String(created!.account_id));
    expect(audit).toEqual([
      expect.objectContaining({ app_user_id: fx.users.rep_east, request_id: 'import-test', before: null }),
    ]);
  });

  it('mode valid with no valid row writes nothing', async () => {
    const outcome = await run('rep_east', [row('NONE-1', { name: '' })], 'valid');
    expect(outcome.applied).toBe(false);
    expect(await accountByCode('NONE-1')).toBeUndefined();
  });

  it('re-importing the same file updates instead of duplicating; unchanged rows are skipped', async () => {
    const file = [row('RE-1', { city: '杭州' }), row('RE-2')];
    expect(await run('rep_east', file)).toMatchObject({ applied: true, created: 2, updated: 0, skipped: 0 });
    const total = await countAccounts();
    expect(await run('rep_east', file)).toMatchObject({ applied: true, created: 0, updated: 0, skipped: 2 });
    const changed = [row('RE-1', { city: '宁波', notes: '新备注' }), row('RE-2')];
    expect(await run('rep_east', changed)).toMatchObject({
      applied: true,
      created: 0,
      updated: 1,
      skipped: 1,
    });
    expect(await countAccounts()).toBe(total);
    const re1 = await accountByCode('RE-1');
    expect(re1).toMatchObject({ city: '宁波', notes: '新备注' });
    const audit = (await importAudits()).filter((a) => a.entity_id === String(re1!.account_id));
    expect(audit.at(-1)).toMatchObject({
      before: { city: '杭州', notes: null },
      after: { city: '宁波', notes: '新备注' },
    });
  });

  it('blank cells on a stored account keep its values', async () => {
    await run('rep_east', [row('KEEP-1', { industry: '零售', phone: '021-1' })]);
    expect(await run('rep_east', [row('KEEP-1')])).toMatchObject({ skipped: 1 });
    expect(await accountByCode('KEEP-1')).toMatchObject({ industry: '零售', phone: '021-1' });
  });

  it('a parent defined later in the same file is created first and linked', async () => {
    const outcome = await run('rep_east', [
      row('GRP-SUB', { parentCode: 'GRP-TOP', type: '终端' }),
      row('GRP-TOP', { type: '大客户', regionName: '西部大区' }),
    ]);
    expect(outcome).toMatchObject({ applied: true, created: 2 });
    const top = await accountByCode('GRP-TOP');
    expect(top).toMatchObject({ region_unit_id: fx.units.west, parent_account_id: null });
    expect(await accountByCode('GRP-SUB')).toMatchObject({
      parent_account_id: top!.account_id,
      type: 'retail',
    });
  });

  it('generates codes for rows without one, by type', async () => {
    const outcome = await run('rep_east', [
      row(null, { name: '无编码经销商' }),
      row(null, { name: '无编码终端', type: '终端' }),
    ]);
    expect(outcome).toMatchObject({ created: 2 });
    const codes = await db.db
      .selectFrom('account')
      .select(['code', 'name'])
      .where('name', 'in', ['无编码经销商', '无编码终端'])
      .orderBy('name')
      .execute();
    expect(codes.map((c) => c.code.replace(/\d+$/, 'n')).sort()).toEqual(['DS-n', 'RT-n']);
  });

  it('never updates an account outside the importer’s visibility', async () => {
    const outcome = await run('rep_east', [row('KA-4', { name: '改名' })]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({ row: 2, column: '客户编码', message: 'import.code_not_visible' }),
    ]);
    expect(await accountByCode('KA-4')).toMatchObject({ name: '西蜀食品' });
  });

  it('a team member re-imports an account owned by someone else unchanged', async () => {
    const outcome = await run('rep_east', [
      { code: 'KA-5', name: '天府连锁', type: '大客户', ownerUsername: 'rep_west', regionName: '西部大区' },
    ]);
    expect(outcome).toMatchObject({ applied: true, skipped: 1, problems: [] });
  });

  it('a manager may assign owners of their unit but not of another region', async () => {
    const outcome = await run('manager_east', [
      row('MGR-1', { ownerUsername: 'rep_east2' }),
      row('MGR-2', { ownerUsername: 'rep_west' }),
    ]);
    expect(outcome.problems.map((p) => [p.row, p.message])).toEqual([[3, 'field.owner_out_of_scope']]);
  });

  it('finance (read-only) may not import', async () => {
    await expect(run('finance', [row('FIN-1')])).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses more than 50,000 rows', async () => {
    const big: SheetData = {
      headers: sheet([]).headers,
      rows: Array.from({ length: 50_001 }, (_, i) => ({ row: i + 2, cells: {} })),
    };
    const error = await services.accountImport
      .importSheet(actors.admin!, big, { mode: 'all' }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'too_large', message: 'import.too_many_rows' });
  });

  it('reports missing required columns on the header row and writes nothing', async () => {
    const outcome = await services.accountImport.importSheet(
      actors.admin!,
      { headers: ['客户编码', '客户名称'], rows: [{ row: 2, cells: { 客户编码: 'X', 客户名称: 'Y' } }] },
      { mode: 'valid' },
      ctx,
    );
    expect(outcome).toMatchObject({ applied: false, totalRows: 1 });
    expect(outcome.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [1, '客户类型', 'import.missing_column'],
      [1, '负责人账号', 'import.missing_column'],
    ]);
  });

  it('reports a file without data rows', async () => {
    const outcome = await run('admin', []);
    expect(outcome).toMatchObject({
      applied: false,
      totalRows: 0,
      problems: [expect.objectContaining({ message: 'import.no_rows' })],
    });
  });

  it('a failure while writing leaves nothing half-written', async () => {
    const base = createExcelTransaction(db.db);
    const failing = createAccountImportService({
      transaction: (work) =>
        base((repos, excel) =>
          work(repos, {
            ...excel,
            recordAudit: async () => {
              throw new Error('disk full');
            },
          }),
        ),
    });
    const before = await countAccounts();
    await expect(
      failing.importSheet(
        actors.rep_east!,
        sheet([row('HALF-1'), row('HALF-2', { parentCode: 'HALF-1' })]),
        { mode: 'all' },
        ctx,
      ),
    ).rejects.toThrow('disk full');
    expect(await countAccounts()).toBe(before);
  });

  it('a code taken between checking and writing is a conflict (unique index), not a 500', async () => {
    const excel = createExcelRepository(db.db);
    const taken = {
      code: 'KA-1',
      name: 'x',
      type: 'retail' as const,
      parentId: null,
      ownerId: fx.users.admin,
      regionId: null,
    };
    const blank = {
      industry: null,
      province: null,
      city: null,
      address: null,
      phone: null,
      website: null,
      notes: null,
    };
    await expect(excel.insertAccounts([{ ...taken, ...blank }])).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reports progress for checking and writing', async () => {
    const seen: string[] = [];
    await services.accountImport.importSheet(
      actors.rep_east!,
      sheet([row('PROG-1'), row('PROG-2')]),
      { mode: 'all', onProgress: (p) => seen.push(`${p.phase} ${p.done}/${p.total}`) },
      ctx,
    );
    expect(seen).toEqual(['validate 2/2', 'write 2/2']);
  });

  it('imports 10,000 rows with parents and re-imports them as skipped', async () => {
    // Speed is measured by `npm run bench`, not here: this checks that a large sheet with
    // parent links applies completely and that a second run changes nothing.
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row(`PERF-${i}`, {
        parentCode: i % 10 === 0 ? null : `PERF-${i - (i % 10)}`,
        city: '上海',
        phone: `021-${i}`,
      }),
    );
    const first = await run('admin', rows);
    expect(first).toMatchObject({ applied: true, created: 10_000, problems: [] });
    const again = await run('admin', rows);
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, skipped: 10_000 });
  }, 120_000);
});

describe('account import moves target node actuals', () => {
  it('updates with a new owner, industry or type move the actuals in the import transaction', async () => {
    const { planId } = await seedTracking(db, fx);
    await createRepositories(db.db).targetActuals.rebuildPlan(planId);
    const before = await actualsSnapshot(db, planId);
    const ka1 = { code: 'KA-1', name: '东方集团', type: '大客户', ownerUsername: 'rep_west' };
    const refused = await run('admin', [ka1, row('TGT-BAD', { type: '集团' })]);
    expect(refused).toMatchObject({ applied: false });
    expect(await actualsSnapshot(db, planId)).toEqual(before);

    const outcome = await run('admin', [
      ka1,
      { code: 'KA-3', name: '浦江贸易', type: '终端', ownerUsername: 'rep_east2' },
      { code: 'KA-4', name: '西蜀食品', type: '大客户', ownerUsername: 'rep_west', industry: '零售' },
      row('TGT-NEW'),
    ]);
    expect(outcome).toMatchObject({ applied: true, created: 1, updated: 3, problems: [] });
    const { incremental, rebuilt } = await actualsAndRebuild(db, planId);
    expect(incremental).not.toEqual(before);
    expect(incremental).toEqual(rebuilt);
  });
});

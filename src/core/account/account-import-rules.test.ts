import { describe, expect, it } from 'vitest';
import { resolveColumns } from '../excel/resolve-columns.ts';
import type { CellValue, SheetRow } from '../excel/sheet.ts';
import type { Scope } from '../org/actor.ts';
import type { AccountFields } from './account.ts';
import {
  type AccountImportContext,
  type AccountRowRead,
  type ExistingAccount,
  planAccountImport,
  readAccountRow,
  regionKey,
} from './account-import-rules.ts';
import { ACCOUNT_COLUMNS, type AccountColumnKey } from './account-sheet.ts';

const HEADER = Object.fromEntries(ACCOUNT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  AccountColumnKey,
  string
>;
const { index } = resolveColumns(
  ACCOUNT_COLUMNS,
  ACCOUNT_COLUMNS.map((c) => c.header),
);

type Cells = Partial<Record<AccountColumnKey, CellValue>>;
const sheetRow = (row: number, cells: Cells): SheetRow => ({
  row,
  cells: Object.fromEntries(
    Object.entries(cells).map(([k, v]) => [HEADER[k as AccountColumnKey], v ?? null]),
  ),
});
const valid: Cells = { name: '东方集团', type: '大客户', ownerUsername: 'rep_east' };
const read = (row: number, cells: Cells): AccountRowRead => readAccountRow(sheetRow(row, cells), index);

describe('readAccountRow: cell rules', () => {
  it('reads a complete row', () => {
    const r = read(2, { ...valid, code: 1001, parentCode: 'KA-1', regionName: '华东大区', notes: ' 备注 ' });
    expect(r.problems).toEqual([]);
    expect(r.input).toMatchObject({
      code: '1001',
      name: '东方集团',
      type: 'key_account',
      parentCode: 'KA-1',
      notes: '备注',
    });
    expect(r.input.industry).toBeNull();
  });

  it.each([
    ['name', '', 'field.required'],
    ['name', '   ', 'field.required'],
    ['name', 'x'.repeat(200), null],
    ['name', 'x'.repeat(201), 'field.too_long'],
    ['name', '客'.repeat(200), null], // characters, not bytes
    ['code', 'C'.repeat(40), null],
    ['code', 'C'.repeat(41), 'field.too_long'],
    ['parentCode', 'P'.repeat(41), 'field.too_long'],
    ['ownerUsername', '', 'field.required'],
    ['ownerUsername', 'u'.repeat(101), 'field.too_long'],
    ['type', '', 'field.required'],
    ['type', '大客户', null],
    ['type', '经销商', null],
    ['type', '代理商', null],
    ['type', '终端', null],
    ['type', 'key_account', null],
    ['type', 'Distributor', null],
    ['type', ' retail ', null],
    ['type', '客户', 'field.invalid_enum'],
    ['type', 'key account', 'field.invalid_enum'],
    ['industry', 'i'.repeat(50), null],
    ['industry', 'i'.repeat(51), 'field.too_long'],
    ['address', 'a'.repeat(300), null],
    ['address', 'a'.repeat(301), 'field.too_long'],
    ['website', 'w'.repeat(201), 'field.too_long'],
    ['notes', 'n'.repeat(5000), null],
    ['notes', 'n'.repeat(5001), 'field.too_long'],
  ] as const)('%s = %j → %s', (key, value, message) => {
    const r = read(7, { ...valid, [key]: value });
    if (message === null) expect(r.problems).toEqual([]);
    else expect(r.problems).toEqual([expect.objectContaining({ row: 7, column: HEADER[key], message })]);
  });

  it('maps account types in Chinese and English', () => {
    expect(read(2, { ...valid, type: '经销商' }).input.type).toBe('distributor');
    expect(read(2, { ...valid, type: 'AGENT' }).input.type).toBe('agent');
  });

  it('names the allowed values of a bad type', () => {
    expect(read(3, { ...valid, type: '集团' }).problems[0]).toEqual({
      row: 3,
      column: '客户类型',
      message: 'field.invalid_enum',
      params: { value: '集团', options: '大客户 / 经销商 / 代理商 / 终端' },
    });
  });

  it('reports every bad cell of a row, not just the first', () => {
    const r = read(4, { name: '', type: 'x', ownerUsername: '' });
    expect(r.problems.map((p) => p.column)).toEqual(['客户名称', '客户类型', '负责人账号']);
  });
});

// ── planAccountImport ────────────────────────────────────────────────────────────────────────────────

const users = {
  rep_east: { id: 10, active: true, orgUnitPath: '/1/2/3/', regionId: 2 },
  rep_east2: { id: 11, active: true, orgUnitPath: '/1/2/3/', regionId: 2 },
  rep_west: { id: 12, active: true, orgUnitPath: '/1/4/5/', regionId: 4 },
  gone: { id: 13, active: false, orgUnitPath: '/1/2/3/', regionId: 2 },
};
const fields = (over: Partial<AccountFields>): AccountFields => ({
  code: 'X',
  name: 'n',
  type: 'key_account',
  parentId: null,
  ownerId: 10,
  regionId: 2,
  industry: null,
  province: null,
  city: null,
  address: null,
  phone: null,
  website: null,
  notes: null,
  ...over,
});
const stored = (
  code: string,
  over: Partial<AccountFields>,
  visible = true,
  parentCode: string | null = null,
): ExistingAccount => ({
  id: Number(code.replace(/\D/g, '')),
  code,
  visible,
  parentCode,
  fields: fields({ code, ...over }),
});
const EXISTING = [
  stored('KA-1', { name: '东方集团', industry: '食品' }),
  stored('KA-2', { name: '东方苏州', parentId: 1 }, true, 'KA-1'),
  stored('KA-4', { name: '西蜀食品', ownerId: 12, regionId: 4 }, false),
  stored('KA-5', { name: '天府连锁', ownerId: 12, regionId: 4 }), // visible through the account team
  stored('KA-6', { name: '西蜀成都', ownerId: 10, parentId: 4 }, true, 'KA-4'),
  stored('KA-7', { name: '停用负责人的客户', ownerId: 13 }),
];
const REP_EAST: Scope = { kind: 'own', userId: 10, unitPath: '/1/2/3/' };
const MANAGER_EAST: Scope = { kind: 'unit', userId: 20, unitPath: '/1/2/' };

const context = (scope: Scope = REP_EAST, actorUserId = scope.userId): AccountImportContext => ({
  actorUserId,
  scope,
  users: new Map(Object.entries(users)),
  regions: new Map([
    [regionKey('华东大区'), 2],
    [regionKey('East'), 2],
    [regionKey('西部大区'), 4],
  ]),
  existing: new Map(EXISTING.map((a) => [a.code, a])),
  ancestry: new Map([
    ['KA-1', null],
    ['KA-2', 'KA-1'],
    ['KA-4', null],
  ]),
});
const plan = (rows: Array<[number, Cells]>, ctx = context()) =>
  planAccountImport(
    rows.map(([row, cells]) => read(row, cells)),
    ctx,
  );
const messages = (p: ReturnType<typeof plan>) =>
  p.problems.map((x) => [x.row, x.column, x.message, x.params ?? {}]);

describe('planAccountImport: match on code, create or update or skip', () => {
  it('creates a row without code (code generated) in the owner region', () => {
    const p = plan([[2, valid]]);
    expect(p.problems).toEqual([]);
    expect(p.writes).toEqual([
      expect.objectContaining({ kind: 'create', row: 2, code: null, parentCode: null, level: 0 }),
    ]);
    expect(p.writes[0]).toMatchObject({ fields: { ownerId: 10, regionId: 2, type: 'key_account' } });
  });

  it('creates a row with a new code under that code; an explicit region wins over the owner region', () => {
    const p = plan([[2, { ...valid, code: 'NEW-1', regionName: '西部大区' }]]);
    expect(p.writes[0]).toMatchObject({ kind: 'create', code: 'NEW-1', fields: { regionId: 4 } });
  });

  it('skips a stored account whose values are unchanged (blank optional cells keep the stored value)', () => {
    const p = plan([[2, { code: 'KA-1', name: '东方集团', type: '大客户', ownerUsername: 'rep_east' }]]);
    expect(p).toMatchObject({ problems: [], writes: [], skipped: 1, validRows: 1 });
  });

  it('updates only the changed fields', () => {
    const p = plan([
      [
        2,
        {
          code: 'KA-1',
          name: '东方集团股份',
          type: 'distributor',
          ownerUsername: 'rep_east',
          industry: '食品',
          city: '上海',
        },
      ],
    ]);
    expect(p.writes).toEqual([
      expect.objectContaining({
        kind: 'update',
        id: 1,
        changes: { name: '东方集团股份', type: 'distributor', city: '上海' },
      }),
    ]);
    expect(p.writes[0]).toMatchObject({ parentCode: undefined });
  });

  it('never updates an account the importer cannot see', () => {
    const p = plan([[2, { ...valid, code: 'KA-4' }]]);
    expect(messages(p)).toEqual([[2, '客户编码', 'import.code_not_visible', { code: 'KA-4' }]]);
    expect(p.writes).toEqual([]);
  });

  it('reports a code repeated in the file on every later row, naming the first', () => {
    const p = plan([
      [2, { ...valid, code: 'NEW-1' }],
      [3, { ...valid, code: 'NEW-1' }],
      [5, { ...valid, code: 'NEW-1' }],
    ]);
    expect(messages(p)).toEqual([
      [3, '客户编码', 'field.duplicate_in_file', { row: 2 }],
      [5, '客户编码', 'field.duplicate_in_file', { row: 2 }],
    ]);
    expect(p.validRows).toBe(1);
  });

  it('rows without code are never duplicates of each other', () => {
    expect(
      plan([
        [2, valid],
        [3, valid],
      ]).writes,
    ).toHaveLength(2);
  });
});

describe('planAccountImport: owner', () => {
  it.each([
    ['unknown user', REP_EAST, 'nobody', 'import.unknown_owner'],
    ['deactivated user newly assigned', REP_EAST, 'gone', 'import.unknown_owner'],
    ['a rep assigning a colleague', REP_EAST, 'rep_east2', 'field.owner_out_of_scope'],
    ['a rep assigning someone of another region', REP_EAST, 'rep_west', 'field.owner_out_of_scope'],
    ['a rep assigning themself', REP_EAST, 'rep_east', null],
    ['a manager assigning a rep of the unit', MANAGER_EAST, 'rep_east2', null],
    ['a manager assigning a rep of another unit', MANAGER_EAST, 'rep_west', 'field.owner_out_of_scope'],
    ['an admin assigning anyone', { kind: 'all', userId: 1, unitPath: '/1/' } as Scope, 'rep_west', null],
  ] as const)('%s', (_, scope, username, message) => {
    const p = plan([[2, { ...valid, ownerUsername: username }]], context(scope));
    expect(p.problems.map((x) => x.message)).toEqual(message ? [message] : []);
  });

  it('an unchanged owner is not re-checked: team members re-import what they see', () => {
    const p = plan([[2, { code: 'KA-5', name: '天府连锁', type: '大客户', ownerUsername: 'rep_west' }]]);
    expect(p).toMatchObject({ problems: [], skipped: 1 });
  });

  it('an unchanged deactivated owner is kept', () => {
    const p = plan([[2, { code: 'KA-7', name: '停用负责人的客户', type: '大客户', ownerUsername: 'gone' }]]);
    expect(p).toMatchObject({ problems: [], skipped: 1 });
  });
});

describe('planAccountImport: region', () => {
  it.each([
    ['华东大区', null],
    [' 华东 大区 ', null],
    ['east', null],
    ['华北大区', 'import.unknown_region'],
  ])('%j → %s', (regionName, message) => {
    const p = plan([[2, { ...valid, regionName }]]);
    expect(p.problems.map((x) => x.message)).toEqual(message ? [message] : []);
  });
});

describe('planAccountImport: parent and group hierarchy', () => {
  it('accepts a parent defined later in the same file and writes it first', () => {
    const p = plan([
      [2, { ...valid, code: 'SUB-1', parentCode: 'GRP-1' }],
      [3, { ...valid, code: 'SUB-2', parentCode: 'SUB-1' }],
      [4, { ...valid, code: 'GRP-1' }],
    ]);
    expect(p.problems).toEqual([]);
    expect(p.writes.map((w) => [w.row, w.level])).toEqual([
      [4, 0],
      [2, 1],
      [3, 2],
    ]);
  });

  it('accepts a visible stored parent', () => {
    expect(plan([[2, { ...valid, parentCode: 'KA-1' }]]).problems).toEqual([]);
  });

  it.each([
    ['missing', 'KA-404'],
    ['outside visibility (same answer as missing)', 'KA-4'],
  ])('refuses a %s parent', (_, parentCode) => {
    expect(messages(plan([[2, { ...valid, parentCode }]]))).toEqual([
      [2, '上级客户编码', 'import.unknown_parent', { code: parentCode }],
    ]);
  });

  it('keeps an unchanged parent even when the importer cannot see it', () => {
    const p = plan([
      [2, { code: 'KA-6', name: '西蜀成都', type: '大客户', ownerUsername: 'rep_east', parentCode: 'KA-4' }],
    ]);
    expect(p).toMatchObject({ problems: [], skipped: 1 });
  });

  it('refuses an account as its own parent', () => {
    expect(messages(plan([[2, { ...valid, code: 'A', parentCode: 'A' }]]))).toEqual([
      [2, '上级客户编码', 'error.parent_cycle', {}],
    ]);
  });

  it('refuses a loop between rows of the file', () => {
    const p = plan([
      [2, { ...valid, code: 'A', parentCode: 'B' }],
      [3, { ...valid, code: 'B', parentCode: 'C' }],
      [4, { ...valid, code: 'C', parentCode: 'A' }],
    ]);
    expect(p.problems.map((x) => [x.row, x.message])).toEqual([
      [2, 'error.parent_cycle'],
      [3, 'error.parent_cycle'],
      [4, 'error.parent_cycle'],
    ]);
  });

  it('refuses a loop through stored accounts (group under its own subsidiary)', () => {
    const p = plan([
      [2, { code: 'KA-1', name: '东方集团', type: '大客户', ownerUsername: 'rep_east', parentCode: 'KA-2' }],
    ]);
    expect(messages(p)).toEqual([[2, '上级客户编码', 'error.parent_cycle', {}]]);
  });

  it('a row under a new parent row with errors cannot be imported, down the whole chain', () => {
    const p = plan([
      [2, { ...valid, code: 'GRP', type: '??' }],
      [3, { ...valid, code: 'SUB', parentCode: 'GRP' }],
      [4, { ...valid, code: 'SUBSUB', parentCode: 'SUB' }],
      [5, valid],
    ]);
    expect(p.problems.map((x) => [x.row, x.column, x.message, x.params?.row])).toEqual([
      [2, '客户类型', 'field.invalid_enum', undefined],
      [3, '上级客户编码', 'import.parent_row_invalid', 2],
      [4, '上级客户编码', 'import.parent_row_invalid', 3],
    ]);
    expect(p.validRows).toBe(1);
  });

  it('a row under a stored parent whose own row has errors still links to the stored parent', () => {
    const p = plan([
      [2, { code: 'KA-1', name: '', type: '大客户', ownerUsername: 'rep_east' }],
      [3, { ...valid, code: 'NEW', parentCode: 'KA-1' }],
    ]);
    expect(p.problems.map((x) => x.row)).toEqual([2]);
    expect(p.writes).toEqual([expect.objectContaining({ row: 3, parentCode: 'KA-1' })]);
  });

  it('moves a stored account under a new group of the same file', () => {
    const p = plan([
      [2, { code: 'KA-1', name: '东方集团', type: '大客户', ownerUsername: 'rep_east', parentCode: 'HOLD' }],
      [3, { ...valid, code: 'HOLD', name: '东方控股' }],
    ]);
    expect(p.problems).toEqual([]);
    expect(p.writes.map((w) => [w.kind, w.row, w.level])).toEqual([
      ['create', 3, 0],
      ['update', 2, 1],
    ]);
    expect(p.writes[1]).toMatchObject({ parentCode: 'HOLD', changes: {} });
  });
});

describe('planAccountImport: problems', () => {
  it('are sorted by row and keep cell problems and reference problems together', () => {
    const p = plan([
      [9, { ...valid, ownerUsername: 'nobody' }],
      [3, { ...valid, name: '', regionName: '火星' }],
    ]);
    expect(p.problems.map((x) => [x.row, x.column])).toEqual([
      [3, '客户名称'],
      [3, '大区'],
      [9, '负责人账号'],
    ]);
    expect(p.validRows).toBe(0);
  });
});

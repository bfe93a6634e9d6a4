import { describe, expect, it } from 'vitest';
import { resolveColumns } from '../excel/resolve-columns.ts';
import type { CellValue, SheetRow } from '../excel/sheet.ts';
import type { ContactFields } from './contact.ts';
import {
  type ContactImportContext,
  type ContactRowRead,
  type ExistingContact,
  planContactImport,
  readContactRow,
} from './contact-import-rules.ts';
import { CONTACT_COLUMNS, type ContactColumnKey } from './contact-sheet.ts';

const TODAY = '2026-11-25';
const HEADER = Object.fromEntries(CONTACT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ContactColumnKey,
  string
>;
const { index } = resolveColumns(
  CONTACT_COLUMNS,
  CONTACT_COLUMNS.map((c) => c.header),
);
type Cells = Partial<Record<ContactColumnKey, CellValue>>;
const sheetRow = (row: number, cells: Cells): SheetRow => ({
  row,
  cells: Object.fromEntries(
    Object.entries(cells).map(([k, v]) => [HEADER[k as ContactColumnKey], v ?? null]),
  ),
});
const read = (row: number, cells: Cells): ContactRowRead =>
  readContactRow(sheetRow(row, cells), index, TODAY);
const valid: Cells = { accountCode: 'KA-1', name: '赵六' };

describe('readContactRow: cell rules', () => {
  it('reads a complete row with profile cells into their blocks', () => {
    const r = read(2, {
      ...valid,
      title: '采购总监',
      email: 'zhao@example.com',
      lastVerifiedOn: new Date('2026-10-15T00:00:00Z'),
      family: '两个孩子',
      colleagues: '财务总监',
      potential: '高',
    });
    expect(r.problems).toEqual([]);
    expect(r.input).toMatchObject({
      accountCode: 'KA-1',
      name: '赵六',
      lastVerifiedOn: '2026-10-15',
      profilePersonal: { family: '两个孩子' },
      profileInterpersonal: { colleagues: '财务总监' },
      profileWork: { potential: '高' },
    });
  });

  it.each([
    ['accountCode', '', 'field.required'],
    ['name', '', 'field.required'],
    ['name', '名'.repeat(100), null],
    ['name', '名'.repeat(101), 'field.too_long'],
    ['title', 't'.repeat(101), 'field.too_long'],
    ['department', 'd'.repeat(101), 'field.too_long'],
    ['managerName', 'm'.repeat(101), 'field.too_long'],
    ['phone', '1'.repeat(50), null],
    ['phone', '1'.repeat(51), 'field.too_long'],
    ['wechat', 'w'.repeat(101), 'field.too_long'],
    ['email', 'a@b.cn', null],
    ['email', 'zhang.wei+crm@example.com.cn', null],
    ['email', 'zhang', 'import.invalid_email'],
    ['email', 'zhang@example', 'import.invalid_email'],
    ['email', 'zhang wei@example.com', 'import.invalid_email'],
    ['email', `${'e'.repeat(190)}@example.com`, 'field.too_long'],
    ['lastVerifiedOn', '2026-11-25', null], // today
    ['lastVerifiedOn', '2026-11-26', 'import.date_in_future'],
    ['lastVerifiedOn', 46351, null], // Excel serial of today
    ['lastVerifiedOn', 46352, 'import.date_in_future'],
    ['lastVerifiedOn', '2026-02-29', 'field.invalid_date'],
    ['lastVerifiedOn', '下周', 'field.invalid_date'],
    ['family', 'f'.repeat(2000), null],
    ['family', 'f'.repeat(2001), 'field.too_long'],
    ['potential', 'p'.repeat(2001), 'field.too_long'],
  ] as const)('%s = %j → %s', (key, value, message) => {
    const r = read(6, { ...valid, [key]: value });
    if (message === null) expect(r.problems).toEqual([]);
    else expect(r.problems).toEqual([expect.objectContaining({ row: 6, column: HEADER[key], message })]);
  });
});

// ── planContactImport ────────────────────────────────────────────────────────────────────────────────

const contact = (
  id: number,
  accountId: number,
  name: string,
  over: Partial<ContactFields> = {},
): ExistingContact => ({
  id,
  fields: {
    accountId,
    name,
    title: null,
    department: null,
    reportsToId: null,
    phone: null,
    email: null,
    wechat: null,
    profilePersonal: {},
    profileInterpersonal: {},
    profileWork: {},
    lastVerifiedOn: null,
    ...over,
  },
});
const context = (): ContactImportContext => ({
  accounts: new Map([
    ['KA-1', { id: 1, visible: true }],
    ['KA-2', { id: 2, visible: true }],
    ['KA-4', { id: 4, visible: false }],
  ]),
  contacts: new Map([
    [
      1,
      [
        contact(101, 1, '张总', { title: '总经理', profilePersonal: { family: '已婚', hobbies: '高尔夫' } }),
        contact(102, 1, '李经理', { reportsToId: 101, title: '采购经理' }),
      ],
    ],
    [2, [contact(201, 2, '钱总')]],
  ]),
});
const plan = (rows: Array<[number, Cells]>, ctx = context()) =>
  planContactImport(
    rows.map(([row, cells]) => read(row, cells)),
    ctx,
  );
const messages = (p: ReturnType<typeof plan>) =>
  p.problems.map((x) => [x.row, x.column, x.message, x.params ?? {}]);

describe('planContactImport: match on account code + name', () => {
  it('creates a new contact on a visible account', () => {
    const p = plan([[2, { ...valid, managerName: '张总' }]]);
    expect(p.problems).toEqual([]);
    expect(p.writes).toEqual([
      expect.objectContaining({
        kind: 'create',
        row: 2,
        managerName: '张总',
        fields: expect.objectContaining({ accountId: 1 }),
      }),
    ]);
  });

  it('the same name on another account is another contact', () => {
    const p = plan([[2, { accountCode: 'KA-2', name: '张总' }]]);
    expect(p.writes[0]).toMatchObject({ kind: 'create' });
  });

  it('skips an unchanged contact; blank cells keep stored values', () => {
    const p = plan([[2, { accountCode: 'KA-1', name: '李经理', managerName: '张总' }]]);
    expect(p).toMatchObject({ problems: [], writes: [], skipped: 1 });
  });

  it('updates changed fields and merges profile cells into the stored block', () => {
    const p = plan([
      [2, { accountCode: 'KA-1', name: '张总', title: '董事长', hobbies: '钓鱼', duties: '战略' }],
    ]);
    expect(p.writes).toEqual([
      expect.objectContaining({
        kind: 'update',
        id: 101,
        managerName: undefined,
        changes: {
          title: '董事长',
          profilePersonal: { family: '已婚', hobbies: '钓鱼' },
          profileWork: { duties: '战略' },
        },
      }),
    ]);
  });

  it('a profile cell equal to the stored answer changes nothing', () => {
    const p = plan([[2, { accountCode: 'KA-1', name: '张总', family: '已婚' }]]);
    expect(p.skipped).toBe(1);
  });

  it.each([
    ['missing', 'KA-404'],
    ['outside visibility (same answer as missing)', 'KA-4'],
  ])('refuses a %s account', (_, accountCode) => {
    expect(messages(plan([[2, { accountCode, name: '某人' }]]))).toEqual([
      [2, '客户编码', 'import.unknown_account_code', { code: accountCode }],
    ]);
  });

  it('reports a contact repeated in the file, naming the first row', () => {
    const p = plan([
      [2, valid],
      [4, valid],
    ]);
    expect(messages(p)).toEqual([[4, '姓名', 'field.duplicate_in_file', { row: 2 }]]);
  });
});

describe('planContactImport: reporting line', () => {
  it('accepts a manager defined later in the file and writes the manager first', () => {
    const p = plan([
      [2, { accountCode: 'KA-2', name: '员工', managerName: '主管' }],
      [3, { accountCode: 'KA-2', name: '主管', managerName: '钱总' }],
    ]);
    expect(p.problems).toEqual([]);
    expect(p.writes.map((w) => [w.row, w.level])).toEqual([
      [3, 0],
      [2, 1],
    ]);
  });

  it('refuses a manager who is not a contact of the same account', () => {
    expect(messages(plan([[2, { ...valid, managerName: '钱总' }]]))).toEqual([
      [2, '汇报对象', 'import.unknown_manager', { name: '钱总' }],
    ]);
  });

  it('refuses reporting to oneself', () => {
    expect(messages(plan([[2, { ...valid, managerName: '赵六' }]]))).toEqual([
      [2, '汇报对象', 'error.reports_to_cycle', {}],
    ]);
  });

  it('refuses a loop through a stored contact', () => {
    // 李经理 reports to 张总 (stored); making 张总 report to 李经理 closes a loop.
    const p = plan([[2, { accountCode: 'KA-1', name: '张总', managerName: '李经理' }]]);
    expect(messages(p)).toEqual([[2, '汇报对象', 'error.reports_to_cycle', {}]]);
  });

  it('refuses a loop between rows of the file', () => {
    const p = plan([
      [2, { ...valid, name: 'A', managerName: 'B' }],
      [3, { ...valid, name: 'B', managerName: 'A' }],
    ]);
    expect(p.problems.map((x) => [x.row, x.message])).toEqual([
      [2, 'error.reports_to_cycle'],
      [3, 'error.reports_to_cycle'],
    ]);
  });

  it('a report of a new manager row with errors cannot be imported', () => {
    const p = plan([
      [2, { ...valid, name: '主管', email: 'bad' }],
      [3, { ...valid, name: '员工', managerName: '主管' }],
    ]);
    expect(messages(p)).toEqual([
      [2, '邮箱', 'import.invalid_email', {}],
      [3, '汇报对象', 'import.manager_row_invalid', { row: 2 }],
    ]);
  });

  it('changes the manager of a stored contact', () => {
    const p = plan([
      [2, { accountCode: 'KA-1', name: '新总监', managerName: '张总' }],
      [3, { accountCode: 'KA-1', name: '李经理', managerName: '新总监' }],
    ]);
    expect(p.problems).toEqual([]);
    expect(p.writes.map((w) => [w.kind, w.row, w.level])).toEqual([
      ['create', 2, 0],
      ['update', 3, 1],
    ]);
    expect(p.writes[1]).toMatchObject({ managerName: '新总监', changes: {} });
  });
});

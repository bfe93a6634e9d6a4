// [ACC-4] Importing contacts from a sheet: read each row, then check the whole file against what is stored
// and compute what to write (the service applies the plan).
//
// Rules: account code + name is the match key and may appear once per file; the account must be visible to
// the importer; the manager (汇报对象) is a contact of the same account, in the file or stored, and the
// reporting line may not loop; the last verified date is a real date not after today. Blank optional cells
// keep the stored value; profile cells update only the keys they fill. Rows that change nothing are skipped.

import type { ImportProblem } from '../excel/import-outcome.ts';
import { sortProblems } from '../excel/import-outcome.ts';
import { reaches, writeLevels } from '../excel/reference-graph.ts';
import type { ColumnIndex } from '../excel/resolve-columns.ts';
import { createRowReader } from '../excel/row-reader.ts';
import type { SheetRow } from '../excel/sheet.ts';
import type { ContactFields, ProfileBlock } from './contact.ts';
import {
  CONTACT_COLUMNS,
  type ContactColumnKey,
  PROFILE_COLUMNS,
  type ProfileBlockName,
} from './contact-sheet.ts';

const TEXT_FIELDS = ['title', 'department', 'phone', 'email', 'wechat', 'lastVerifiedOn'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const BLOCKS: readonly ProfileBlockName[] = ['profilePersonal', 'profileInterpersonal', 'profileWork'];

/** One sheet row as read; a field is null when blank or when its cell has a problem. */
export interface ContactRowInput
  extends Record<TextField, string | null>,
    Record<ProfileBlockName, ProfileBlock> {
  accountCode: string | null;
  name: string | null;
  managerName: string | null;
}

export interface ContactRowRead {
  row: number;
  input: ContactRowInput;
  problems: ImportProblem[];
}

export interface ExistingContact {
  id: number;
  fields: ContactFields;
}

/** What the plan needs from storage, loaded in a few batched queries. */
export interface ContactImportContext {
  /** Stored accounts by code (the file's account codes) and whether the importer may see them. */
  accounts: ReadonlyMap<string, { id: number; visible: boolean }>;
  /** Stored contacts of the visible accounts, by account id. */
  contacts: ReadonlyMap<number, readonly ExistingContact[]>;
}

export type ContactWrite =
  | {
      kind: 'create';
      row: number;
      level: number;
      /** Manager by name within the same account (resolved to an id when written). */
      managerName: string | null;
      fields: Omit<ContactFields, 'reportsToId'>;
    }
  | {
      kind: 'update';
      row: number;
      level: number;
      id: number;
      accountId: number;
      /** Set when the manager changes. */
      managerName?: string | undefined;
      changes: Partial<Omit<ContactFields, 'reportsToId' | 'accountId' | 'name'>>;
      before: ContactFields;
    };

export interface ContactImportPlan {
  problems: ImportProblem[];
  /** Valid rows that change something, managers before their reports (by level, then row). */
  writes: ContactWrite[];
  skipped: number;
  validRows: number;
}

const HEADER = Object.fromEntries(CONTACT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ContactColumnKey,
  string
>;

/** Key of a contact within the file and the store: account code + name. */
const keyOf = (accountCode: string, name: string) => `${accountCode}\u0000${name}`;

/** Reads one row: required cells, lengths, e-mail, the last verified date (not after `today`), profile cells. */
export function readContactRow(
  sheetRow: SheetRow,
  index: ColumnIndex<ContactColumnKey>,
  today: string,
): ContactRowRead {
  const r = createRowReader(sheetRow, CONTACT_COLUMNS, index);
  const blocks: Record<ProfileBlockName, ProfileBlock> = {
    profilePersonal: {},
    profileInterpersonal: {},
    profileWork: {},
  };
  const input = {
    accountCode: r.text('accountCode'),
    name: r.text('name'),
    title: r.text('title'),
    department: r.text('department'),
    managerName: r.text('managerName'),
    phone: r.text('phone'),
    email: r.email('email'),
    wechat: r.text('wechat'),
    lastVerifiedOn: r.pastDate('lastVerifiedOn', today),
  };
  for (const p of PROFILE_COLUMNS) {
    const value = r.text(p.key);
    if (value !== null) blocks[p.block][p.key] = value;
  }
  return { row: sheetRow.row, input: { ...input, ...blocks }, problems: r.problems };
}

/** Checks every row against the file and the stored data and computes creates, updates and skips. */
export function planContactImport(
  rows: readonly ContactRowRead[],
  ctx: ContactImportContext,
): ContactImportPlan {
  const problems: ImportProblem[] = rows.flatMap((r) => r.problems);
  const bad = new Set(rows.filter((r) => r.problems.length > 0).map((r) => r.row));
  const fail = (
    row: number,
    key: ContactColumnKey,
    message: string,
    params?: Record<string, string | number>,
  ) => {
    problems.push({ row, column: HEADER[key], message, params });
    bad.add(row);
  };

  const storedByKey = new Map<string, ExistingContact>();
  const storedById = new Map<number, ExistingContact>();
  const codeOfAccount = new Map<number, string>();
  for (const [code, account] of ctx.accounts) codeOfAccount.set(account.id, code);
  for (const [accountId, contacts] of ctx.contacts) {
    const code = codeOfAccount.get(accountId);
    if (code === undefined) continue;
    for (const c of contacts) {
      storedByKey.set(keyOf(code, c.fields.name), c);
      storedById.set(c.id, c);
    }
  }
  const storedManagerName = (c: ExistingContact | undefined) =>
    c?.fields.reportsToId == null ? null : (storedById.get(c.fields.reportsToId)?.fields.name ?? null);

  const firstByKey = new Map<string, ContactRowRead>();
  const keyOfRow = new Map<ContactRowRead, string>();
  for (const r of rows) {
    const { accountCode, name } = r.input;
    if (accountCode === null || name === null) continue;
    const key = keyOf(accountCode, name);
    keyOfRow.set(r, key);
    const first = firstByKey.get(key);
    if (first) fail(r.row, 'name', 'field.duplicate_in_file', { row: first.row });
    else firstByKey.set(key, r);
  }
  const newRowOf = (key: string) => (storedByKey.has(key) ? undefined : firstByKey.get(key));

  for (const r of rows) {
    const { accountCode, name, managerName } = r.input;
    if (accountCode === null) continue;
    const account = ctx.accounts.get(accountCode);
    if (!account?.visible) {
      fail(r.row, 'accountCode', 'import.unknown_account_code', { code: accountCode });
      continue;
    }
    const key = keyOfRow.get(r);
    if (key === undefined || firstByKey.get(key) !== r || managerName === null) continue;
    const stored = storedByKey.get(key);
    if (stored && storedManagerName(stored) === managerName) continue;
    const managerKey = keyOf(accountCode, managerName);
    if (managerName === name) fail(r.row, 'managerName', 'error.reports_to_cycle');
    else if (!firstByKey.has(managerKey) && !storedByKey.has(managerKey))
      fail(r.row, 'managerName', 'import.unknown_manager', { name: managerName });
  }

  const managerAfterImport = (key: string): string | null => {
    const row = firstByKey.get(key);
    const stored = storedByKey.get(key);
    const managerName = row?.input.managerName ?? storedManagerName(stored);
    const accountCode = key.slice(0, key.indexOf('\u0000'));
    return managerName === null ? null : keyOf(accountCode, managerName);
  };
  for (const [key, r] of firstByKey) {
    const { accountCode, name, managerName } = r.input;
    if (accountCode === null || managerName === null || managerName === name) continue;
    if (storedManagerName(storedByKey.get(key)) === managerName) continue;
    if (reaches(keyOf(accountCode, managerName), key, managerAfterImport))
      fail(r.row, 'managerName', 'error.reports_to_cycle');
  }

  // A row reporting to a new row that cannot be written cannot be written either.
  const newManagerRow = (r: ContactRowRead) => {
    const { accountCode, managerName } = r.input;
    return accountCode === null || managerName === null
      ? undefined
      : newRowOf(keyOf(accountCode, managerName));
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of rows) {
      if (bad.has(r.row)) continue;
      const manager = newManagerRow(r);
      if (manager && manager !== r && bad.has(manager.row)) {
        fail(r.row, 'managerName', 'import.manager_row_invalid', { row: manager.row });
        changed = true;
      }
    }
  }

  const valid = rows.filter((r) => !bad.has(r.row));
  const byRow = new Map(valid.map((r) => [String(r.row), r]));
  const levels = writeLevels([...byRow.keys()], (rowKey) => {
    const r = byRow.get(rowKey);
    const manager = r ? newManagerRow(r) : undefined;
    return manager ? String(manager.row) : null;
  });

  const writes: ContactWrite[] = [];
  let skipped = 0;
  for (const r of valid) {
    const { accountCode, name } = r.input;
    const account = ctx.accounts.get(accountCode!)!;
    const stored = storedByKey.get(keyOf(accountCode!, name!));
    const level = levels.get(String(r.row)) ?? 0;
    const write = stored
      ? planUpdate(r, level, stored, storedManagerName(stored))
      : planCreate(r, level, account.id);
    if (write) writes.push(write);
    else skipped += 1;
  }
  writes.sort((a, b) => a.level - b.level || a.row - b.row);
  return { problems: sortProblems(problems), writes, skipped, validRows: valid.length };
}

function planCreate(r: ContactRowRead, level: number, accountId: number): ContactWrite {
  const { input } = r;
  return {
    kind: 'create',
    row: r.row,
    level,
    managerName: input.managerName,
    fields: {
      accountId,
      name: input.name!,
      title: input.title,
      department: input.department,
      phone: input.phone,
      email: input.email,
      wechat: input.wechat,
      lastVerifiedOn: input.lastVerifiedOn,
      profilePersonal: input.profilePersonal,
      profileInterpersonal: input.profileInterpersonal,
      profileWork: input.profileWork,
    },
  };
}

function planUpdate(
  r: ContactRowRead,
  level: number,
  stored: ExistingContact,
  storedManager: string | null,
): ContactWrite | undefined {
  const { input } = r;
  const before = stored.fields;
  const changes: Partial<Omit<ContactFields, 'reportsToId' | 'accountId' | 'name'>> = {};
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value !== null && value !== before[field]) changes[field] = value;
  }
  for (const block of BLOCKS) {
    const merged = { ...before[block], ...input[block] };
    if (Object.entries(input[block]).some(([k, v]) => before[block][k] !== v)) changes[block] = merged;
  }
  const managerChanged = input.managerName !== null && input.managerName !== storedManager;
  if (!managerChanged && Object.keys(changes).length === 0) return undefined;
  return {
    kind: 'update',
    row: r.row,
    level,
    id: stored.id,
    accountId: before.accountId,
    managerName: managerChanged ? (input.managerName ?? undefined) : undefined,
    changes,
    before,
  };
}

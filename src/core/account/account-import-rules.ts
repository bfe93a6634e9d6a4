// [ACC-1] Importing accounts from a sheet: read each row, then check the whole file against what is stored
// and compute what to write (compute, then apply: the service writes the plan).
//
// Rules: the code is the match key (blank = a new account with a generated code); a code may appear once
// per file; an existing code must be visible to the importer (never update what one cannot see); the owner
// is an active user, within the importer's scope when newly assigned; the region exists; the parent is a
// visible account or another row of the file, and the group hierarchy may not loop. Blank optional cells
// keep the stored value. Rows that change nothing are skipped.

import type { ImportProblem } from '../excel/import-outcome.ts';
import { sortProblems } from '../excel/import-outcome.ts';
import { reaches, writeLevels } from '../excel/reference-graph.ts';
import type { ColumnIndex } from '../excel/resolve-columns.ts';
import { createRowReader } from '../excel/row-reader.ts';
import type { SheetRow } from '../excel/sheet.ts';
import { type Scope, unitInScope } from '../org/actor.ts';
import type { AccountFields } from './account.ts';
import { ACCOUNT_COLUMNS, ACCOUNT_TYPE_CHOICES, type AccountColumnKey } from './account-sheet.ts';
import type { AccountType } from './account-types.ts';

const TEXT_FIELDS = ['industry', 'province', 'city', 'address', 'phone', 'website', 'notes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** One sheet row as read; a field is null when blank or when its cell has a problem. */
export interface AccountRowInput extends Record<TextField, string | null> {
  code: string | null;
  name: string | null;
  type: AccountType | null;
  parentCode: string | null;
  ownerUsername: string | null;
  regionName: string | null;
}

export interface AccountRowRead {
  row: number;
  input: AccountRowInput;
  /** Problems of single cells (required, length, allowed values). */
  problems: ImportProblem[];
}

export interface KnownUser {
  id: number;
  active: boolean;
  orgUnitPath: string;
  /** The region on the user's org path: the default region of accounts they own. */
  regionId: number | null;
}

export interface ExistingAccount {
  id: number;
  code: string;
  /** Whether the importer may see (and so update) the account. */
  visible: boolean;
  parentCode: string | null;
  fields: AccountFields;
}

/** What the plan needs from storage, loaded in a few batched queries. */
export interface AccountImportContext {
  actorUserId: number;
  scope: Scope;
  /** By user name. */
  users: ReadonlyMap<string, KnownUser>;
  /** Region unit ids by regionKey(name) of the Chinese and the English name. */
  regions: ReadonlyMap<string, number>;
  /** Stored accounts by code: the file's codes and parent codes. */
  existing: ReadonlyMap<string, ExistingAccount>;
  /** code → parent code of stored ancestors of the file's parents, to find loops through stored accounts. */
  ancestry: ReadonlyMap<string, string | null>;
}

type WritableFields = Omit<AccountFields, 'code' | 'parentId'>;

export type AccountWrite =
  | {
      kind: 'create';
      row: number;
      level: number;
      /** null: generate a code. */
      code: string | null;
      parentCode: string | null;
      fields: WritableFields;
    }
  | {
      kind: 'update';
      row: number;
      level: number;
      id: number;
      code: string;
      /** Set when the parent changes. */
      parentCode?: string | undefined;
      changes: Partial<WritableFields>;
      before: AccountFields;
    };

export interface AccountImportPlan {
  problems: ImportProblem[];
  /** Valid rows that change something, parents before the rows that point at them (by level, then row). */
  writes: AccountWrite[];
  skipped: number;
  validRows: number;
}

/** Region names compare without spaces and case. */
export const regionKey = (name: string) => name.replace(/\s+/g, '').toLowerCase();

const HEADER = Object.fromEntries(ACCOUNT_COLUMNS.map((c) => [c.key, c.header])) as Record<
  AccountColumnKey,
  string
>;

/** Reads one row: required cells, lengths, account type in Chinese or English. */
export function readAccountRow(sheetRow: SheetRow, index: ColumnIndex<AccountColumnKey>): AccountRowRead {
  const r = createRowReader(sheetRow, ACCOUNT_COLUMNS, index);
  const input: AccountRowInput = {
    code: r.text('code'),
    name: r.text('name'),
    type: r.choice('type', ACCOUNT_TYPE_CHOICES),
    parentCode: r.text('parentCode'),
    ownerUsername: r.text('ownerUsername'),
    regionName: r.text('regionName'),
    industry: r.text('industry'),
    province: r.text('province'),
    city: r.text('city'),
    address: r.text('address'),
    phone: r.text('phone'),
    website: r.text('website'),
    notes: r.text('notes'),
  };
  return { row: sheetRow.row, input, problems: r.problems };
}

/** Checks every row against the file and the stored data and computes creates, updates and skips. */
export function planAccountImport(
  rows: readonly AccountRowRead[],
  ctx: AccountImportContext,
): AccountImportPlan {
  const problems: ImportProblem[] = rows.flatMap((r) => r.problems);
  const bad = new Set(rows.filter((r) => r.problems.length > 0).map((r) => r.row));
  const fail = (
    row: number,
    key: AccountColumnKey,
    message: string,
    params?: Record<string, string | number>,
  ) => {
    problems.push({ row, column: HEADER[key], message, params });
    bad.add(row);
  };

  const firstByCode = new Map<string, AccountRowRead>();
  for (const r of rows) {
    const code = r.input.code;
    if (code === null) continue;
    const first = firstByCode.get(code);
    if (first) fail(r.row, 'code', 'field.duplicate_in_file', { row: first.row });
    else firstByCode.set(code, r);
  }
  const isFirst = (r: AccountRowRead) => r.input.code === null || firstByCode.get(r.input.code) === r;
  /** A row of this file that creates the account with this code. */
  const newRowOf = (code: string) => (ctx.existing.has(code) ? undefined : firstByCode.get(code));

  for (const r of rows) {
    if (!isFirst(r)) continue;
    const { input } = r;
    const existing = input.code === null ? undefined : ctx.existing.get(input.code);
    if (existing && !existing.visible)
      fail(r.row, 'code', 'import.code_not_visible', { code: existing.code });

    if (input.ownerUsername !== null) {
      const owner = ctx.users.get(input.ownerUsername);
      const assigned = !existing || owner?.id !== existing.fields.ownerId;
      if (!owner || (assigned && !owner.active))
        fail(r.row, 'ownerUsername', 'import.unknown_owner', { username: input.ownerUsername });
      else if (assigned && owner.id !== ctx.actorUserId && !unitInScope(ctx.scope, owner.orgUnitPath))
        fail(r.row, 'ownerUsername', 'field.owner_out_of_scope');
    }

    if (input.regionName !== null && !ctx.regions.has(regionKey(input.regionName)))
      fail(r.row, 'regionName', 'import.unknown_region', { name: input.regionName });

    const parentCode = input.parentCode;
    if (parentCode !== null && (!existing || existing.parentCode !== parentCode)) {
      const stored = ctx.existing.get(parentCode);
      if (parentCode === input.code) fail(r.row, 'parentCode', 'error.parent_cycle');
      else if (!newRowOf(parentCode) && !stored?.visible)
        fail(r.row, 'parentCode', 'import.unknown_parent', { code: parentCode });
    }
  }

  const parentAfterImport = (code: string): string | null => {
    const row = firstByCode.get(code);
    const stored = ctx.existing.get(code);
    if (row) return row.input.parentCode ?? stored?.parentCode ?? null;
    if (ctx.ancestry.has(code)) return ctx.ancestry.get(code) ?? null;
    return stored?.parentCode ?? null;
  };
  for (const r of firstByCode.values()) {
    const { code, parentCode } = r.input;
    if (code === null || parentCode === null || parentCode === code) continue;
    if (ctx.existing.get(code)?.parentCode === parentCode) continue; // unchanged: a loop is another row's doing
    if (reaches(parentCode, code, parentAfterImport)) fail(r.row, 'parentCode', 'error.parent_cycle');
  }

  // A row under a new parent row that cannot be written cannot be written either.
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of rows) {
      const parentCode = r.input.parentCode;
      if (bad.has(r.row) || parentCode === null) continue;
      const parent = newRowOf(parentCode);
      if (parent && parent !== r && bad.has(parent.row)) {
        fail(r.row, 'parentCode', 'import.parent_row_invalid', { row: parent.row });
        changed = true;
      }
    }
  }

  const valid = rows.filter((r) => !bad.has(r.row));
  const byRow = new Map(valid.map((r) => [String(r.row), r]));
  const levels = writeLevels([...byRow.keys()], (key) => {
    const parentCode = byRow.get(key)?.input.parentCode;
    const parent = parentCode == null ? undefined : newRowOf(parentCode);
    return parent ? String(parent.row) : null;
  });

  const writes: AccountWrite[] = [];
  let skipped = 0;
  for (const r of valid) {
    const write = planRow(r, levels.get(String(r.row)) ?? 0, ctx);
    if (write) writes.push(write);
    else skipped += 1;
  }
  writes.sort((a, b) => a.level - b.level || a.row - b.row);
  return { problems: sortProblems(problems), writes, skipped, validRows: valid.length };
}

/** The create or update of a valid row; undefined when the row changes nothing. */
function planRow(r: AccountRowRead, level: number, ctx: AccountImportContext): AccountWrite | undefined {
  const { input } = r;
  const owner = ctx.users.get(input.ownerUsername!)!;
  const regionId = input.regionName === null ? null : (ctx.regions.get(regionKey(input.regionName)) ?? null);
  const existing = input.code === null ? undefined : ctx.existing.get(input.code);
  if (!existing) {
    const fields: WritableFields = {
      name: input.name!,
      type: input.type!,
      ownerId: owner.id,
      regionId: regionId ?? owner.regionId,
      industry: input.industry,
      province: input.province,
      city: input.city,
      address: input.address,
      phone: input.phone,
      website: input.website,
      notes: input.notes,
    };
    return { kind: 'create', row: r.row, level, code: input.code, parentCode: input.parentCode, fields };
  }
  const before = existing.fields;
  const changes: Partial<WritableFields> = {};
  if (input.name !== before.name) changes.name = input.name!;
  if (input.type !== before.type) changes.type = input.type!;
  if (owner.id !== before.ownerId) changes.ownerId = owner.id;
  if (regionId !== null && regionId !== before.regionId) changes.regionId = regionId;
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value !== null && value !== before[field]) changes[field] = value;
  }
  const parentChanged = input.parentCode !== null && input.parentCode !== existing.parentCode;
  if (!parentChanged && Object.keys(changes).length === 0) return undefined;
  return {
    kind: 'update',
    row: r.row,
    level,
    id: existing.id,
    code: existing.code,
    parentCode: parentChanged ? (input.parentCode ?? undefined) : undefined,
    changes,
    before,
  };
}

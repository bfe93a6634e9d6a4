import { describe, expect, it } from 'vitest';
import type { Actor } from '../org/actor.ts';
import type { Role } from '../org/roles.ts';
import { assertCanImport, assertRowLimit, byLevel, mayApply } from './run-import.ts';
import { MAX_IMPORT_ROWS } from './sheet.ts';

const actor = (role: Role): Actor => ({
  userId: 1,
  username: 'u',
  displayName: 'u',
  role,
  orgUnitId: 1,
  orgUnitName: 'x',
  orgUnitPath: '/1/',
});

describe('assertCanImport: writers import, finance reads only', () => {
  it.each([
    ['admin', true],
    ['director', true],
    ['manager', true],
    ['account_manager', true],
    ['rep', true],
    ['channel_manager', true],
    ['finance', false],
  ] as const)('%s → %s', (role, allowed) => {
    if (allowed) expect(() => assertCanImport(actor(role))).not.toThrow();
    else expect(() => assertCanImport(actor(role))).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});

describe('assertRowLimit', () => {
  it.each([
    [MAX_IMPORT_ROWS, false],
    [MAX_IMPORT_ROWS + 1, true],
  ])('%d rows → refused: %s', (count, refused) => {
    if (refused) expect(() => assertRowLimit(count)).toThrow(expect.objectContaining({ code: 'too_large' }));
    else expect(() => assertRowLimit(count)).not.toThrow();
  });
});

describe('mayApply: all needs a clean file, valid needs one valid row', () => {
  const problem = [{ row: 2, column: 'x', message: 'field.required' }];
  it.each([
    ['all', [], 3, true],
    ['all', problem, 3, false],
    ['valid', problem, 1, true],
    ['valid', problem, 0, false],
    ['valid', [], 0, false],
  ] as const)('%s with %j problems and %d valid rows → %s', (mode, problems, validRows, expected) =>
    expect(mayApply({ mode }, { problems: [...problems], validRows })).toBe(expected),
  );
});

describe('byLevel', () => {
  it('groups writes by level in ascending order', () => {
    const writes = [
      { level: 0, r: 2 },
      { level: 2, r: 3 },
      { level: 0, r: 4 },
      { level: 1, r: 5 },
    ];
    expect(byLevel(writes).map((l) => l.map((w) => w.r))).toEqual([[2, 4], [5], [3]]);
  });
});

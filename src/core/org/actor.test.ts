import { describe, expect, it } from 'vitest';
import { type Actor, canWrite, scopeOf, unitInScope } from './actor.ts';
import type { Role } from './roles.ts';

const actor = (role: Role, path = '/1/2/'): Actor => ({
  userId: 7,
  username: 'u',
  displayName: 'U',
  role,
  orgUnitId: 2,
  orgUnitName: 'East',
  orgUnitPath: path,
});

describe('[ORG-1] visibility scope by role', () => {
  it.each([
    ['admin', 'all'],
    ['director', 'unit'],
    ['manager', 'unit'],
    ['finance', 'unit'],
    ['channel_manager', 'unit'],
    ['rep', 'own'],
    ['account_manager', 'own'],
  ] as const)('%s → %s', (role, kind) => {
    expect(scopeOf(actor(role)).kind).toBe(kind);
  });

  it.each([
    ['manager', '/1/2/', true],
    ['manager', '/1/2/5/', true],
    ['manager', '/1/3/', false],
    ['manager', '/1/', false],
    ['admin', '/9/', true],
    ['rep', '/1/2/', false],
  ] as const)('%s at /1/2/ may assign owners in %s: %s', (role, path, expected) => {
    expect(unitInScope(scopeOf(actor(role)), path)).toBe(expected);
  });

  it('finance reads only', () => {
    expect(canWrite(actor('finance'))).toBe(false);
    expect(canWrite(actor('rep'))).toBe(true);
  });
});

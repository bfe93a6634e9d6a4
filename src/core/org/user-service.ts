// Org units and users ([ORG-1]): reading the tree and the user directory, and adding users (admins only,
// or the CLI for the first administrator).
import { hashPassword } from '../auth/password.ts';
import { DomainError, validationError } from '../shared/errors.ts';
import type { Repositories } from '../shared/repositories.ts';
import { type Actor, forbiddenUnlessAdmin } from './actor-guards.ts';
import type { Role } from './roles.ts';

export interface UserServiceDeps {
  repos: Pick<Repositories, 'users' | 'orgUnits' | 'audit'>;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: number;
  password: string;
  email?: string | null | undefined;
}

export function createUserService({ repos }: UserServiceDeps) {
  /** Adds a user; `actor` null means the CLI (used to create the first administrator). */
  async function addUser(actor: Actor | null, input: NewUser, requestId: string | null = null) {
    if (actor) forbiddenUnlessAdmin(actor);
    if (input.password.length < 8)
      throw validationError([{ path: 'password', message: 'field.password_too_short' }]);
    if (!(await repos.orgUnits.findById(input.orgUnitId)))
      throw validationError([{ path: 'orgUnitId', message: 'field.unknown_org_unit' }]);
    if (await repos.users.findByUsername(input.username))
      throw new DomainError(
        'conflict',
        'error.duplicate_username',
        [{ path: 'username', message: 'error.duplicate_username', params: { username: input.username } }],
        { username: input.username },
      );
    const id = await repos.users.insert({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      orgUnitId: input.orgUnitId,
      passwordHash: await hashPassword(input.password),
      email: input.email ?? null,
    });
    await repos.audit.record({
      userId: actor?.userId ?? null,
      action: 'create',
      entity: 'user',
      entityId: String(id),
      before: null,
      after: {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        orgUnitId: input.orgUnitId,
      },
      requestId,
    });
    const created = await repos.users.findById(id);
    if (!created) throw new Error('user vanished after insert');
    return created;
  }

  return {
    addUser,
    /** The whole org tree (everybody may read it: it names units, not data). */
    listOrgUnits: () => repos.orgUnits.list(),
    /** The user directory, for owner and team pickers. */
    listUsers: (filter: Parameters<Repositories['users']['list']>[0]) => repos.users.list(filter),
    /** Creates the company root unit when the database has none (first start without demo). */
    async ensureRootUnit(name: string): Promise<number> {
      const units = await repos.orgUnits.list();
      const root = units.find((u) => u.parentId === null);
      return root ? root.id : repos.orgUnits.insert({ parentId: null, name, nameEn: null, kind: 'company' });
    },
    countUsers: () => repos.users.count(),
  };
}

export type UserService = ReturnType<typeof createUserService>;

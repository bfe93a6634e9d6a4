// Kysely implementations of the org-unit and user ports.
import { type Kysely, sql } from 'kysely';
import type { OrgUnitRecord, OrgUnitRepository, UserRepository } from '../../core/org/org-repository.ts';
import type { Role } from '../../core/org/roles.ts';
import type { DB } from '../schema.ts';
import { escapeLike } from './visibility.ts';

export function createOrgUnitRepository(db: Kysely<DB>): OrgUnitRepository {
  const select = () =>
    db
      .selectFrom('org_unit')
      .select(['org_unit_id as id', 'parent_id as parentId', 'name', 'name_en as nameEn', 'kind', 'path']);
  return {
    list: () => select().orderBy('path').execute() as Promise<OrgUnitRecord[]>,
    findById: (id) =>
      select().where('org_unit_id', '=', id).executeTakeFirst() as Promise<OrgUnitRecord | undefined>,
    async insert(unit) {
      const parent = unit.parentId
        ? await db
            .selectFrom('org_unit')
            .select('path')
            .where('org_unit_id', '=', unit.parentId)
            .executeTakeFirstOrThrow()
        : { path: '/' };
      const row = await db
        .insertInto('org_unit')
        .values({
          parent_id: unit.parentId,
          name: unit.name,
          name_en: unit.nameEn,
          kind: unit.kind,
          path: '',
        })
        .returning('org_unit_id')
        .executeTakeFirstOrThrow();
      await db
        .updateTable('org_unit')
        .set({ path: `${parent.path}${row.org_unit_id}/` })
        .where('org_unit_id', '=', row.org_unit_id)
        .execute();
      return row.org_unit_id;
    },
  };
}

export function createUserRepository(db: Kysely<DB>): UserRepository {
  const select = () =>
    db
      .selectFrom('app_user as u')
      .innerJoin('org_unit as o', 'o.org_unit_id', 'u.org_unit_id')
      .select([
        'u.app_user_id as id',
        'u.username',
        'u.display_name as displayName',
        'u.role',
        'u.org_unit_id as orgUnitId',
        'o.name as orgUnitName',
        'o.path as orgUnitPath',
        'u.active',
      ]);
  const toRecord = <R extends { role: string }>(row: R) => ({ ...row, role: row.role as Role });
  return {
    async findById(id) {
      const row = await select().where('u.app_user_id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async findByUsername(username) {
      const row = await select()
        .select('u.password_hash as passwordHash')
        .where('u.username', '=', username)
        .executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return (await select().where('u.app_user_id', 'in', ids).execute()).map(toRecord);
    },
    async list(filter) {
      let base = db.selectFrom('app_user as u').innerJoin('org_unit as o', 'o.org_unit_id', 'u.org_unit_id');
      if (filter.q) {
        const p = `%${escapeLike(filter.q)}%`;
        base = base.where((eb) => eb.or([eb('u.username', 'ilike', p), eb('u.display_name', 'ilike', p)]));
      }
      if (filter.role) base = base.where('u.role', '=', filter.role);
      if (filter.orgUnitId) {
        const unit = await db
          .selectFrom('org_unit')
          .select('path')
          .where('org_unit_id', '=', filter.orgUnitId)
          .executeTakeFirst();
        base = base.where('o.path', 'like', `${escapeLike(unit?.path ?? '/none/')}%`);
      }
      const ids = base
        .select('u.app_user_id')
        .orderBy('u.display_name')
        .orderBy('u.app_user_id')
        .limit(filter.limit)
        .offset(filter.offset);
      const [rows, count] = await Promise.all([
        select()
          .innerJoin(ids.as('page'), 'page.app_user_id', 'u.app_user_id')
          .orderBy('u.display_name')
          .orderBy('u.app_user_id')
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toRecord), total: Number(count.n) };
    },
    async insert(user) {
      const row = await db
        .insertInto('app_user')
        .values({
          username: user.username,
          display_name: user.displayName,
          role: user.role,
          org_unit_id: user.orgUnitId,
          password_hash: user.passwordHash,
          email: user.email,
        })
        .returning('app_user_id')
        .executeTakeFirstOrThrow();
      return row.app_user_id;
    },
    async count() {
      const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM app_user`.execute(db);
      return row.rows[0]?.n ?? 0;
    },
  };
}

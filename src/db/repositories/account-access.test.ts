// account_access (0005) must always equal owners ∪ team members of each account, with the account's current
// name, code and status: the rep's account list reads visibility from it alone.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Rows of account_access that differ from what the base tables say, both ways. */
async function drift() {
  const { rows } = await sql<{ side: string }>`
    WITH expected AS (
      SELECT a.account_id, a.owner_user_id AS app_user_id, a.name, a.code, a.status FROM account a
      UNION
      SELECT a.account_id, m.app_user_id, a.name, a.code, a.status
      FROM account_team_member m JOIN account a ON a.account_id = m.account_id
    ),
    actual AS (SELECT account_id, app_user_id, name, code, status FROM account_access)
    (SELECT 'missing' AS side, * FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) m)
    UNION ALL
    (SELECT 'extra' AS side, * FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) e)`.execute(
    t.database.db,
  );
  return rows;
}

it('follows account and team writes', async () => {
  const db = t.database.db;
  expect(await drift()).toEqual([]);
  const users = await db.selectFrom('app_user').select('app_user_id').orderBy('app_user_id').execute();
  const [u1, u2, u3] = users.map((u) => u.app_user_id) as [number, number, number];
  const { account_id: id } = await db
    .insertInto('account')
    .values({ code: 'ACC-T1', name: '测试', type: 'retail', owner_user_id: u1 })
    .returning('account_id')
    .executeTakeFirstOrThrow();
  expect(await drift()).toEqual([]);
  await db
    .insertInto('account_team_member')
    .values([
      { account_id: id, app_user_id: u1, team_role: 'lead' },
      { account_id: id, app_user_id: u2, team_role: 'sales' },
    ])
    .execute();
  expect(await drift()).toEqual([]);
  await db
    .updateTable('account')
    .set({ owner_user_id: u3, name: '改名', status: 'archived' })
    .where('account_id', '=', id)
    .execute();
  expect(await drift()).toEqual([]);
  // The old owner stays while on the team; leaving the team removes the access.
  await db
    .deleteFrom('account_team_member')
    .where('account_id', '=', id)
    .where('app_user_id', '=', u1)
    .execute();
  expect(await drift()).toEqual([]);
  // The owner keeps access when taken off the team.
  await db
    .insertInto('account_team_member')
    .values({ account_id: id, app_user_id: u3, team_role: 'lead' })
    .execute();
  await db.deleteFrom('account_team_member').where('account_id', '=', id).execute();
  expect(await drift()).toEqual([]);
  const access = await db.selectFrom('account_access').selectAll().where('account_id', '=', id).execute();
  expect(access).toEqual([
    { account_id: id, app_user_id: u3, name: '改名', code: 'ACC-T1', status: 'archived' },
  ]);
  await db.updateTable('account_team_member').set({ app_user_id: u2 }).where('account_id', '=', id).execute();
  await db.deleteFrom('account').where('account_id', '=', id).execute();
  expect(await drift()).toEqual([]);
});

// Kysely implementation of sessions, tokens and login attempts.
import { type Kysely, sql } from 'kysely';
import type { AuthRepository } from '../../core/auth/auth-repository.ts';
import type { Role } from '../../core/org/roles.ts';
import type { DB } from '../schema.ts';
import { compiledOnce } from './compiled-once.ts';

export function createAuthRepository(db: Kysely<DB>): AuthRepository {
  // Every authenticated request runs this one: compiled once.
  const sessionById = compiledOnce(db, (p: { idHash: string }) =>
    db
      .selectFrom('user_session as s')
      .innerJoin('app_user as u', 'u.app_user_id', 's.app_user_id')
      .innerJoin('org_unit as o', 'o.org_unit_id', 'u.org_unit_id')
      .select([
        's.app_user_id as userId',
        's.csrf_token as csrfToken',
        's.expires_at as expiresAt',
        'u.username',
        'u.display_name as displayName',
        'u.role',
        'u.org_unit_id as orgUnitId',
        'o.name as orgUnitName',
        'o.path as orgUnitPath',
        'u.active',
      ])
      .where('s.user_session_id', '=', p.idHash),
  );
  return {
    async createSession(idHash, userId, csrfToken, expiresAt) {
      await db
        .insertInto('user_session')
        .values({
          user_session_id: idHash,
          app_user_id: userId,
          csrf_token: csrfToken,
          expires_at: expiresAt,
        })
        .execute();
    },
    async findSession(idHash) {
      const [row] = await sessionById({ idHash });
      if (!row) return undefined;
      const { userId, csrfToken, expiresAt, ...user } = row;
      return { userId, csrfToken, expiresAt, user: { ...user, id: userId, role: user.role as Role } };
    },
    async deleteSession(idHash) {
      await db.deleteFrom('user_session').where('user_session_id', '=', idHash).execute();
    },
    async deleteExpiredSessions(now) {
      await db.deleteFrom('user_session').where('expires_at', '<', now).execute();
      await db
        .deleteFrom('login_attempt')
        .where('attempted_at', '<', new Date(now.getTime() - 86_400_000))
        .execute();
    },
    async createToken(userId, name, tokenHash) {
      const row = await db
        .insertInto('api_token')
        .values({ app_user_id: userId, name, token_hash: tokenHash })
        .returning('api_token_id')
        .executeTakeFirstOrThrow();
      return row.api_token_id;
    },
    async findTokenUser(tokenHash, now) {
      const row = await db
        .updateTable('api_token')
        .set({ last_used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .returning('app_user_id')
        .executeTakeFirst();
      return row?.app_user_id;
    },
    async listTokens(userId) {
      return db
        .selectFrom('api_token')
        .select(['api_token_id as id', 'name', 'created_at as createdAt', 'last_used_at as lastUsedAt'])
        .where('app_user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .orderBy('api_token_id', 'desc')
        .execute();
    },
    async revokeToken(userId, id, now) {
      const result = await db
        .updateTable('api_token')
        .set({ revoked_at: now })
        .where('api_token_id', '=', id)
        .where('app_user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async recordLoginAttempt(username, ip, success) {
      await db.insertInto('login_attempt').values({ username, ip, success }).execute();
    },
    async countFailures(username, ip, since) {
      const row = await sql<{ by_user: number; by_ip: number }>`
        SELECT count(*) FILTER (WHERE username = ${username})::int AS by_user,
               count(*) FILTER (WHERE ip = ${ip})::int AS by_ip
        FROM login_attempt
        WHERE NOT success AND attempted_at >= ${since} AND (username = ${username} OR ip = ${ip})`.execute(
        db,
      );
      return { byUser: row.rows[0]?.by_user ?? 0, byIp: row.rows[0]?.by_ip ?? 0 };
    },
  };
}

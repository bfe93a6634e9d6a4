// Sign-in, sessions and API tokens. Session ids and tokens are random 32-byte secrets given to the client once;
// the database keeps only their SHA-256 hashes.
import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import type { Clock } from '../shared/clock.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import type { Repositories } from '../shared/repositories.ts';
import type { AuthRepository } from './auth-repository.ts';
import { isLoginThrottled, LOGIN_WINDOW_MINUTES } from './login-throttle.ts';
import { verifyPassword } from './password.ts';

export interface AuthServiceDeps {
  auth: AuthRepository;
  repos: Pick<Repositories, 'users' | 'audit'>;
  clock: Clock;
  sessionHours: number;
}

const secret = () => randomBytes(32).toString('base64url');
export const hashSecret = (value: string) => createHash('sha256').update(value).digest('hex');

export function createAuthService({ auth, repos, clock, sessionHours }: AuthServiceDeps) {
  async function activeActor(userId: number): Promise<Actor | undefined> {
    const user = await repos.users.findById(userId);
    return user?.active ? toActor(user) : undefined;
  }

  return {
    /** Checks the password (throttled per user name and address) and opens a session. */
    async login(username: string, password: string, ip: string) {
      const now = clock.now();
      const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
      if (isLoginThrottled(await auth.countFailures(username, ip, since)))
        throw new DomainError('rate_limited', 'error.rate_limited', [], { minutes: LOGIN_WINDOW_MINUTES });
      const user = await repos.users.findByUsername(username);
      const ok = user?.active === true && (await verifyPassword(password, user.passwordHash));
      await auth.recordLoginAttempt(username, ip, ok);
      if (!ok || !user) throw new DomainError('unauthenticated', 'error.bad_credentials');
      const sessionId = secret();
      const csrfToken = secret();
      const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
      await auth.createSession(hashSecret(sessionId), user.id, csrfToken, expiresAt);
      await repos.audit.record({
        userId: user.id,
        action: 'login',
        entity: 'session',
        entityId: null,
        before: null,
        after: { ip },
        requestId: null,
      });
      await auth.deleteExpiredSessions(now);
      return { sessionId, csrfToken, expiresAt, actor: toActor(user) };
    },

    /** The actor and CSRF token of a live session, or undefined. */
    async resolveSession(sessionId: string): Promise<{ actor: Actor; csrfToken: string } | undefined> {
      const session = await auth.findSession(hashSecret(sessionId));
      if (!session || session.expiresAt <= clock.now() || !session.user.active) return undefined;
      return { actor: toActor(session.user), csrfToken: session.csrfToken };
    },

    async logout(sessionId: string) {
      await auth.deleteSession(hashSecret(sessionId));
    },

    /** The actor of a bearer token, or undefined. */
    async resolveToken(token: string): Promise<Actor | undefined> {
      const userId = await auth.findTokenUser(hashSecret(token), clock.now());
      return userId === undefined ? undefined : activeActor(userId);
    },

    /** Creates an API token for the actor; the token text is returned only here. */
    async createToken(actor: Actor, name: string) {
      const token = `kd_${secret()}`;
      const id = await auth.createToken(actor.userId, name, hashSecret(token));
      await repos.audit.record({
        userId: actor.userId,
        action: 'create',
        entity: 'api_token',
        entityId: String(id),
        before: null,
        after: { name },
        requestId: null,
      });
      return { id, name, token, createdAt: clock.now(), lastUsedAt: null };
    },

    listTokens(actor: Actor) {
      return auth.listTokens(actor.userId);
    },

    async revokeToken(actor: Actor, id: number) {
      if (!(await auth.revokeToken(actor.userId, id, clock.now()))) throw notFound('entity.token');
      await repos.audit.record({
        userId: actor.userId,
        action: 'revoke',
        entity: 'api_token',
        entityId: String(id),
        before: null,
        after: null,
        requestId: null,
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;

// Ports for sessions, API tokens and login attempts. Secrets are stored only as SHA-256 hashes.
import type { UserRecord } from '../org/org-repository.ts';

export interface SessionRecord {
  userId: number;
  csrfToken: string;
  expiresAt: Date;
  /** Read in the same query as the session: every authenticated request needs both. */
  user: UserRecord;
}

export interface AuthRepository {
  createSession(idHash: string, userId: number, csrfToken: string, expiresAt: Date): Promise<void>;
  findSession(idHash: string): Promise<SessionRecord | undefined>;
  deleteSession(idHash: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<void>;

  createToken(userId: number, name: string, tokenHash: string): Promise<number>;
  /** The active (not revoked) token's owner. */
  findTokenUser(tokenHash: string, now: Date): Promise<number | undefined>;
  listTokens(
    userId: number,
  ): Promise<Array<{ id: number; name: string; createdAt: Date; lastUsedAt: Date | null }>>;
  revokeToken(userId: number, id: number, now: Date): Promise<boolean>;

  recordLoginAttempt(username: string, ip: string, success: boolean): Promise<void>;
  /** Failed attempts since `since` for the user name and for the address. */
  countFailures(username: string, ip: string, since: Date): Promise<{ byUser: number; byIp: number }>;
}

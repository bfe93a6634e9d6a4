// Schemas of login, session and API-token endpoints.
import { z } from '@hono/zod-openapi';
import { ROLES } from '../../core/org/roles.ts';

export const Role = z.enum(ROLES);

export const LoginInput = z
  .object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) })
  .strict()
  .openapi('LoginInput');

export const Me = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    orgUnitId: z.number().int(),
    orgUnitName: z.string(),
  })
  .openapi('Me');

export const SessionInfo = z.object({ user: Me, csrfToken: z.string() }).openapi('SessionInfo');

export const TokenInput = z
  .object({ name: z.string().trim().min(1).max(100) })
  .strict()
  .openapi('TokenInput');
export const TokenItem = z
  .object({
    id: z.number().int(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('TokenItem');
export const TokenCreated = TokenItem.extend({ token: z.string() }).openapi('TokenCreated');

export type MeT = z.infer<typeof Me>;
export type SessionInfoT = z.infer<typeof SessionInfo>;
export type TokenItemT = z.infer<typeof TokenItem>;
export type TokenCreatedT = z.infer<typeof TokenCreated>;

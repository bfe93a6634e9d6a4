// Schemas of org-unit and user endpoints ([ORG-1]).
import { z } from '@hono/zod-openapi';
import { Role } from '../auth/auth-schemas.ts';
import { listOf, pagingQuery } from '../shared/list-schemas.ts';

export const OrgUnit = z
  .object({
    id: z.number().int(),
    parentId: z.number().int().nullable(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: z.enum(['company', 'region', 'branch', 'team']),
    path: z.string(),
  })
  .openapi('OrgUnit');
export const OrgUnitList = z.object({ items: z.array(OrgUnit) }).openapi('OrgUnitList');

export const UserListQuery = z
  .object({ ...pagingQuery, role: Role.optional(), orgUnitId: z.coerce.number().int().positive().optional() })
  .strict();
export const UserItem = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    orgUnitId: z.number().int(),
    orgUnitName: z.string(),
    active: z.boolean(),
  })
  .openapi('UserItem');
export const UserList = listOf(UserItem).openapi('UserList');

export const UserInput = z
  .object({
    username: z
      .string()
      .trim()
      .min(2)
      .max(50)
      .regex(/^[a-zA-Z0-9_.-]+$/, { message: 'field.invalid_format' }),
    displayName: z.string().trim().min(1).max(100),
    role: Role,
    orgUnitId: z.number().int().positive(),
    password: z.string().min(8, { message: 'field.password_too_short' }).max(200),
    email: z.string().trim().email().max(200).nullable().optional(),
  })
  .strict()
  .openapi('UserInput');

export type OrgUnitT = z.infer<typeof OrgUnit>;
export type UserItemT = z.infer<typeof UserItem>;
export type UserInputT = z.infer<typeof UserInput>;

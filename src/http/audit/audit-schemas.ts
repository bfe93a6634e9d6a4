// Schemas of the audit-log endpoint (admins only).
import { z } from '@hono/zod-openapi';
import { listOf } from '../shared/list-schemas.ts';

export const AuditListQuery = z
  .object({
    entity: z.string().max(50).optional(),
    entityId: z.string().max(50).optional(),
    userId: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const AuditItem = z
  .object({
    id: z.number().int(),
    createdAt: z.string(),
    userId: z.number().int().nullable(),
    userName: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditItem');
export const AuditList = listOf(AuditItem).openapi('AuditList');
export type AuditItemT = z.infer<typeof AuditItem>;

// Request and response schemas of the contact endpoints ([ACC-4]).
import { z } from '@hono/zod-openapi';
import { isoDate, listOf, pagingQuery } from '../shared/list-schemas.ts';

/** Profile blocks are free key → text maps; the UI offers the seed's suggested keys. */
export const ProfileBlock = z.record(z.string().max(50), z.string().max(2000));

export const ContactListQuery = z
  .object({
    ...pagingQuery,
    accountId: z.coerce.number().int().positive().optional(),
    stale: z.enum(['true', 'false']).optional(),
    status: z.enum(['active', 'archived', 'all']).default('active'),
    sort: z
      .enum(['name', '-name', 'account', '-account', 'lastVerifiedOn', '-lastVerifiedOn'])
      .default('name'),
  })
  .strict();

export const ContactListItem = z
  .object({
    id: z.number().int(),
    accountId: z.number().int(),
    accountName: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    department: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    reportsToId: z.number().int().nullable(),
    reportsToName: z.string().nullable(),
    lastVerifiedOn: z.string().nullable(),
    stale: z.boolean(),
    status: z.enum(['active', 'archived']),
  })
  .openapi('ContactListItem');

export const ContactList = listOf(ContactListItem).openapi('ContactList');

export const ContactDetail = ContactListItem.extend({
  wechat: z.string().nullable(),
  profilePersonal: ProfileBlock,
  profileInterpersonal: ProfileBlock,
  profileWork: ProfileBlock,
  profileCompleteness: z.number().int().openapi({ description: 'Filled profile fields, percent 0–100' }),
  directReports: z.array(z.object({ id: z.number().int(), name: z.string(), title: z.string().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('ContactDetail');

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const ContactInput = z
  .object({
    accountId: z.number().int().positive(),
    name: z.string().trim().min(1).max(100),
    title: optionalText(100),
    department: optionalText(100),
    reportsToId: z.number().int().positive().nullable().optional(),
    phone: optionalText(50),
    email: z
      .string()
      .trim()
      .email({ message: 'field.invalid_format' })
      .max(200)
      .nullable()
      .optional()
      .or(z.literal('')),
    wechat: optionalText(100),
    profilePersonal: ProfileBlock.optional(),
    profileInterpersonal: ProfileBlock.optional(),
    profileWork: ProfileBlock.optional(),
    lastVerifiedOn: isoDate.nullable().optional(),
  })
  .strict()
  .openapi('ContactInput');

export const ContactPatch = ContactInput.partial().strict().openapi('ContactPatch');

export type ContactListQueryT = z.infer<typeof ContactListQuery>;
export type ContactListItemT = z.infer<typeof ContactListItem>;
export type ContactDetailT = z.infer<typeof ContactDetail>;
export type ContactInputT = z.infer<typeof ContactInput>;
export type ContactPatchT = z.infer<typeof ContactPatch>;

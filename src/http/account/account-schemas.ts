// Request and response schemas of the account endpoints; the web client's types are inferred from these.
import { z } from '@hono/zod-openapi';
import { ACCOUNT_TYPES, TEAM_ROLES } from '../../core/account/account-types.ts';
import { listOf, pagingQuery } from '../shared/list-schemas.ts';

export const AccountType = z.enum(ACCOUNT_TYPES);
export const TeamRole = z.enum(TEAM_ROLES);

export const AccountListQuery = z
  .object({
    ...pagingQuery,
    type: AccountType.optional(),
    regionId: z.coerce.number().int().positive().optional(),
    ownerId: z.coerce.number().int().positive().optional(),
    parentId: z.coerce.number().int().positive().optional(),
    industry: z.string().max(50).optional(),
    status: z.enum(['active', 'archived', 'all']).default('active'),
    sort: z
      .enum(['name', '-name', 'code', '-code', 'updatedAt', '-updatedAt', 'type', '-type'])
      .default('name'),
  })
  .strict();

export const AccountListItem = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    type: AccountType,
    status: z.enum(['active', 'archived']),
    industry: z.string().nullable(),
    province: z.string().nullable(),
    city: z.string().nullable(),
    regionId: z.number().int().nullable(),
    regionName: z.string().nullable(),
    ownerId: z.number().int(),
    ownerName: z.string(),
    parentId: z.number().int().nullable(),
    parentName: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('AccountListItem');

export const AccountList = listOf(AccountListItem).openapi('AccountList');

export const TeamMember = z.object({
  userId: z.number().int(),
  displayName: z.string(),
  username: z.string(),
  teamRole: TeamRole,
});

export const AccountDetail = AccountListItem.extend({
  address: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string() })),
  children: z.array(
    z.object({ id: z.number().int(), code: z.string(), name: z.string(), type: AccountType }),
  ),
  team: z.array(TeamMember),
  contactCount: z.number().int(),
}).openapi('AccountDetail');

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const AccountInput = z
  .object({
    code: text(40).min(1).optional(),
    name: text(200).min(1),
    type: AccountType,
    parentId: z.number().int().positive().nullable().optional(),
    ownerId: z.number().int().positive(),
    regionId: z.number().int().positive().nullable().optional(),
    industry: optionalText(50),
    province: optionalText(50),
    city: optionalText(50),
    address: optionalText(300),
    phone: optionalText(50),
    website: optionalText(200),
    notes: optionalText(5000),
  })
  .strict()
  .openapi('AccountInput');

export const AccountPatch = AccountInput.partial().strict().openapi('AccountPatch');

export const TeamInput = z
  .object({
    members: z.array(z.object({ userId: z.number().int().positive(), teamRole: TeamRole }).strict()).max(50),
  })
  .strict()
  .openapi('TeamInput');

export const RevenueQuery = z.object({ years: z.coerce.number().int().min(1).max(10).default(3) }).strict();

export const AccountRevenue = z
  .object({
    months: z.array(
      z.object({
        month: z.string(),
        revenueFen: z.number().int(),
        grossProfitFen: z.number().int(),
        groupRevenueFen: z.number().int(),
      }),
    ),
    years: z.array(
      z.object({
        year: z.number().int(),
        revenueFen: z.number().int(),
        grossProfitFen: z.number().int(),
        groupRevenueFen: z.number().int(),
      }),
    ),
    subsidiaryCount: z.number().int(),
  })
  .openapi('AccountRevenue');

export const AccountFacets = z.object({ industries: z.array(z.string()) }).openapi('AccountFacets');

export type AccountListQueryT = z.infer<typeof AccountListQuery>;
export type AccountListItemT = z.infer<typeof AccountListItem>;
export type AccountDetailT = z.infer<typeof AccountDetail>;
export type AccountInputT = z.infer<typeof AccountInput>;
export type AccountPatchT = z.infer<typeof AccountPatch>;
export type TeamInputT = z.infer<typeof TeamInput>;
export type AccountRevenueT = z.infer<typeof AccountRevenue>;

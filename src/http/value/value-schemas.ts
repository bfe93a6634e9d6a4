// Request and response schemas of account value ([VAL-1] P&L, [VAL-2] CLV, [VAL-3] share of wallet and
// whitespace), account background and 3C research ([ACC-3]) and the contact profile questionnaire ([ACC-4]).
import { z } from '@hono/zod-openapi';

export const Pnl = z
  .object({
    revenueFen: z.number().int(),
    grossProfitFen: z.number().int(),
    costToServeFen: z.number().int(),
    netContributionFen: z.number().int(),
    grossMarginPct: z.number().nullable(),
    costToServe: z.array(
      z.object({ driver: z.string(), label: z.string(), amountFen: z.number().int(), basis: z.string() }),
    ),
  })
  .openapi('Pnl');

export const AccountValue = z
  .object({
    accountId: z.number().int(),
    windowMonths: z.number().int(),
    /** First and last month of the window, 'YYYY-MM' (the last complete months). */
    fromMonth: z.string(),
    toMonth: z.string(),
    own: Pnl,
    /** Present when the account has subsidiaries: the whole group rolled up. */
    group: Pnl.nullable(),
    subsidiaries: z.array(z.object({ accountId: z.number().int(), name: z.string(), pnl: Pnl })),
    clv: z.object({
      valueFen: z.number().int(),
      /** "Textbook CLV: Σ margin_t × retention^t ÷ (1+discount)^t" in the caller's language. */
      formula: z.string(),
      assumptions: z.object({
        horizonYears: z.number().int(),
        retentionPct: z.number(),
        discountRatePct: z.number(),
        annualMarginFen: z.number().int(),
      }),
      years: z.array(
        z.object({ year: z.number().int(), marginFen: z.number().int(), discountedFen: z.number().int() }),
      ),
    }),
    shareOfWallet: z.object({
      ourRevenueFen: z.number().int(),
      customerSpendFen: z.number().int().nullable(),
      pct: z.number().nullable(),
    }),
  })
  .openapi('AccountValue');

export const CostDriversInput = z
  .object({
    visitsPerYear: z.number().int().min(0).max(1000).optional(),
    costPerVisitFen: z.number().int().min(0).optional(),
    supportFenPerYear: z.number().int().min(0).optional(),
    logisticsPctOfRevenue: z.number().min(0).max(100).optional(),
    rebatePctOfRevenue: z.number().min(0).max(100).optional(),
    creditCostPctOfReceivable: z.number().min(0).max(100).optional(),
    receivableFen: z.number().int().min(0).optional(),
    customerCategorySpendFen: z.number().int().min(0).nullable().optional(),
  })
  .strict()
  .openapi('CostDriversInput');

export const WHITESPACE_STATUS = ['none', 'potential', 'current', 'won', 'competitor'] as const;
export const WhitespaceCell = z.object({
  division: z.string().trim().min(1).max(100),
  productLineId: z.number().int().positive(),
  status: z.enum(WHITESPACE_STATUS),
  potentialFen: z.number().int().min(0).nullable(),
  currentFen: z.number().int().min(0).nullable(),
  competitor: z.string().max(100).nullable(),
  notes: z.string().max(500).nullable(),
});
export const Whitespace = z
  .object({
    accountId: z.number().int(),
    divisions: z.array(z.string()),
    productLines: z.array(z.object({ id: z.number().int(), code: z.string(), name: z.string() })),
    cells: z.array(WhitespaceCell),
    totals: z.object({
      potentialFen: z.number().int(),
      currentFen: z.number().int(),
      openPotentialFen: z.number().int(),
    }),
  })
  .openapi('Whitespace');
export const WhitespaceInput = z
  .object({
    divisions: z.array(z.string().trim().min(1).max(100)).max(50),
    cells: z.array(WhitespaceCell.strict()).max(2000),
  })
  .strict()
  .openapi('WhitespaceInput');

/** [ACC-3] background and 3C research: free-text sections keyed by stable ids. */
export const Background = z
  .object({
    accountId: z.number().int(),
    sections: z.record(z.string(), z.string()),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
    completeness: z.number().int(),
  })
  .openapi('Background');
export const BackgroundInput = z
  .object({ sections: z.record(z.string().max(50), z.string().max(5000)) })
  .strict()
  .openapi('BackgroundInput');

export const ProfileQuestion = z
  .object({
    id: z.number().int(),
    block: z.enum(['personal', 'interpersonal', 'work']),
    key: z.string(),
    textZh: z.string(),
    textEn: z.string(),
    sortOrder: z.number().int(),
    active: z.boolean(),
  })
  .openapi('ProfileQuestion');
export const ProfileQuestionList = z
  .object({ items: z.array(ProfileQuestion) })
  .openapi('ProfileQuestionList');
export const ProfileQuestionInput = z
  .object({
    block: z.enum(['personal', 'interpersonal', 'work']),
    key: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { message: 'field.invalid_question_key' }),
    textZh: z.string().trim().min(1).max(300),
    textEn: z.string().trim().min(1).max(300),
    sortOrder: z.number().int().min(0).max(1000),
    active: z.boolean(),
  })
  .strict()
  .openapi('ProfileQuestionInput');
/** PATCH: any subset of the fields; a changed key must be free (409). */
export const ProfileQuestionPatch = ProfileQuestionInput.partial().strict().openapi('ProfileQuestionPatch');

export type AccountValueT = z.infer<typeof AccountValue>;
export type PnlT = z.infer<typeof Pnl>;
export type WhitespaceT = z.infer<typeof Whitespace>;
export type WhitespaceInputT = z.infer<typeof WhitespaceInput>;
export type BackgroundT = z.infer<typeof Background>;
export type ProfileQuestionT = z.infer<typeof ProfileQuestion>;

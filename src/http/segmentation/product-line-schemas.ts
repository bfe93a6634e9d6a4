// Response schema of an account's product lines in the BCG matrix ([SEG-8]). The web client's types are
// inferred from it.
import { z } from '@hono/zod-openapi';

export const BCG_QUADRANTS = ['question_mark', 'star', 'cash_cow', 'dog'] as const;

export const ProductLineBcgItem = z
  .object({
    productLineId: z.number().int(),
    productLineName: z.string(),
    value: z.enum(BCG_QUADRANTS),
    label: z.string(),
    /** Share, %: of the customer's spend in the line (assessed) or of the account's sales with us. */
    share: z.number(),
    shareBasis: z.enum(['share_of_wallet', 'revenue_mix']),
    shareThresholdPct: z.number(),
    /** Last 12 months against the 12 before, %; null for a new line (counted as high growth). */
    growth: z.number().nullable(),
    revenueFen: z.number().int(),
    previousYearRevenueFen: z.number().int(),
    explanation: z.string(),
  })
  .openapi('ProductLineBcgItem');

export const ProductLineBcg = z
  .object({
    period: z.string().openapi({ example: '2026-11' }),
    growthThresholdPct: z.number(),
    shareThresholdPct: z.number(),
    mixShareThresholdPct: z.number(),
    items: z.array(ProductLineBcgItem),
  })
  .openapi('ProductLineBcg');

export type ProductLineBcgT = z.infer<typeof ProductLineBcg>;
export type ProductLineBcgItemT = z.infer<typeof ProductLineBcgItem>;

// Schemas of Excel import results ([ACC-1], [ACC-4] import/export).
import { z } from '@hono/zod-openapi';

export const ImportEntity = z.enum(['accounts', 'contacts']);

export const ImportResult = z
  .object({
    /** true when the file was written (all rows valid, or validOnly chosen). */
    applied: z.boolean(),
    totalRows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  })
  .openapi('ImportResult');
export type ImportResultT = z.infer<typeof ImportResult>;

// Shared pieces of every list endpoint: paging query and the {items,total} envelope; the error body.
import { z } from '@hono/zod-openapi';

export const pagingQuery = {
  q: z.string().trim().max(100).optional().openapi({ description: 'Search text' }),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export const ErrorBody = z
  .object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .openapi('Error');

export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const dateRe = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = z.string().regex(dateRe, { message: 'field.invalid_date' });

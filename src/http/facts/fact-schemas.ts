// Request and response schemas of the actuals endpoints ([TGT-5]): order lines, collections, expenses, the
// order-line import and the product-line list. Money is integer fen; dates 'YYYY-MM-DD'; months 'YYYY-MM'.
import { z } from '@hono/zod-openapi';
import { isoDate, listOf } from '../shared/list-schemas.ts';

const fen = z.number().int().openapi({ description: 'Integer fen (分)' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'field.invalid_period' });

export const FactListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    accountId: z.coerce.number().int().positive().optional(),
    month: month.optional().openapi({ description: 'YYYY-MM' }),
    productLineId: z.coerce.number().int().positive().optional(),
  })
  .strict();

export const OrderLine = z
  .object({
    id: z.number().int(),
    accountId: z.number().int(),
    accountCode: z.string(),
    accountName: z.string(),
    orderDate: z.string(),
    productLineId: z.number().int(),
    productLineCode: z.string(),
    productLineName: z.string(),
    productId: z.number().int().nullable(),
    quantity: z.number(),
    amountFen: fen,
    costFen: fen,
    orderNo: z.string().nullable(),
    lineNo: z.number().int().nullable(),
    updatedAt: z.string(),
  })
  .openapi('OrderLine');
export const OrderLineList = listOf(OrderLine).openapi('OrderLineList');

export const OrderLineInput = z
  .object({
    accountId: z.number().int().positive(),
    orderDate: isoDate,
    productLineId: z.number().int().positive(),
    productId: z.number().int().positive().nullable().optional(),
    quantity: z.number().min(0),
    amountFen: fen,
    costFen: fen,
    orderNo: z.string().trim().max(64).nullable().optional(),
    lineNo: z.number().int().positive().nullable().optional(),
  })
  .strict()
  .openapi('OrderLineInput');
export const OrderLinePatch = OrderLineInput.partial().strict().openapi('OrderLinePatch');

export const Collection = z
  .object({
    id: z.number().int(),
    accountId: z.number().int(),
    accountCode: z.string(),
    accountName: z.string(),
    collectedOn: z.string(),
    amountFen: fen,
    reference: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('Collection');
export const CollectionList = listOf(Collection).openapi('CollectionList');
export const CollectionInput = z
  .object({
    accountId: z.number().int().positive(),
    collectedOn: isoDate,
    amountFen: fen,
    reference: z.string().trim().max(200).nullable().optional(),
  })
  .strict()
  .openapi('CollectionInput');
export const CollectionPatch = CollectionInput.partial().strict().openapi('CollectionPatch');

export const Expense = z
  .object({
    id: z.number().int(),
    accountId: z.number().int(),
    accountCode: z.string(),
    accountName: z.string(),
    spentOn: z.string(),
    category: z.string(),
    amountFen: fen,
    note: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('Expense');
export const ExpenseList = listOf(Expense).openapi('ExpenseList');
export const ExpenseInput = z
  .object({
    accountId: z.number().int().positive(),
    spentOn: isoDate,
    category: z.string().trim().min(1).max(40),
    amountFen: fen,
    note: z.string().trim().max(200).nullable().optional(),
  })
  .strict()
  .openapi('ExpenseInput');
export const ExpensePatch = ExpenseInput.partial().strict().openapi('ExpensePatch');

export const ProductLineList = z
  .array(z.object({ id: z.number().int(), code: z.string(), name: z.string() }))
  .openapi('ProductLineList');

export const OrderLineImportForm = z
  .object({
    file: z
      .custom<Blob>((value) => value instanceof Blob, { message: 'import.file_required' })
      .openapi({
        type: 'string',
        format: 'binary',
        description: 'The .csv or .xlsx file (header row first)',
      }),
    dryRun: z
      .enum(['true', 'false'])
      .default('false')
      .openapi({ description: 'true: check and count everything, then roll back' }),
  })
  .strict()
  .openapi('OrderLineImportForm');

export const OrderLineImportResult = z
  .object({
    applied: z.boolean(),
    dryRun: z.boolean(),
    totalRows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    factRows: z.number().int(),
    problemCount: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  })
  .openapi('OrderLineImportResult');
export type OrderLineImportResultT = z.infer<typeof OrderLineImportResult>;

export type FactListQueryT = z.infer<typeof FactListQuery>;
export type OrderLineT = z.infer<typeof OrderLine>;
export type OrderLineInputT = z.infer<typeof OrderLineInput>;
export type OrderLinePatchT = z.infer<typeof OrderLinePatch>;
export type ProductLineListT = z.infer<typeof ProductLineList>;
export type CollectionT = z.infer<typeof Collection>;
export type ExpenseT = z.infer<typeof Expense>;

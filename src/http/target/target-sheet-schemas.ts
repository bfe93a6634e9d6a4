// Request and response schemas of the target sheet round trip ([TGT-2]): export the caller's part of a plan (or
// the subtree under a node) as .xlsx, and import an edited sheet all or nothing, every problem named by its cell.
import { z } from '@hono/zod-openapi';
import { TARGET_METRICS } from '../../core/target/target-types.ts';
import { TargetDiff } from './target-schemas.ts';

const nodeKey = z.string().min(1).max(2000);

export const TargetSheetQuery = z
  .object({
    /** The node the sheet starts at; the caller's own part when left out. */
    under: nodeKey.optional(),
  })
  .strict();

export const TargetSheetImportForm = z
  .object({
    file: z
      .custom<Blob>((value) => value instanceof Blob, { message: 'import.file_required' })
      .openapi({ type: 'string', format: 'binary', description: 'The edited 目标分解 workbook (.xlsx)' }),
    under: nodeKey
      .optional()
      .openapi({ description: 'The node the sheet was exported under (as in the export)' }),
  })
  .strict()
  .openapi('TargetSheetImportForm');

export const TargetSheetProblem = z
  .object({
    /** The cell's address, e.g. "D7"; null for a missing row or column. */
    cell: z.string().nullable(),
    nodeKey: z.string().nullable(),
    metric: z.enum(TARGET_METRICS).nullable(),
    month: z.number().int().nullable(),
    message: z.string(),
  })
  .openapi('TargetSheetProblem');

export const TargetSheetImportResult = z
  .object({
    /** false: the sheet had problems and nothing was written. */
    applied: z.boolean(),
    /** Leaf months whose figure changed. */
    changedCells: z.number().int(),
    diff: TargetDiff.nullable(),
    errors: z.array(TargetSheetProblem),
  })
  .openapi('TargetSheetImportResult');

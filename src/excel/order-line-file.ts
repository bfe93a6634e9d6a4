// An uploaded order-line file (CSV or .xlsx) as the import's record stream: CSV through readDelimited, .xlsx
// through ExcelJS's streaming reader (first sheet that is not the 说明 help sheet), both without loading the
// whole workbook into cells first. Record n is row n of the file, so problems name the row people see.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from '../core/excel/sheet.ts';
import { HELP_SHEET_NAME } from '../core/excel/sheet.ts';
import type { OrderLineSource } from '../core/facts/order-line-import-service.ts';
import { DomainError } from '../core/shared/errors.ts';
import { readDelimited } from './read-delimited.ts';
import { plainValue } from './read-workbook.ts';

export type OrderLineFileKind = 'csv' | 'xlsx';

const ROW_BATCH = 5_000;

/**
 * Records handed to the import between two turns of the event loop. The import writes each batch to the
 * database (COPY) while it parses the next; the socket is only fed when the event loop turns, and a file stream
 * whose data is already buffered resolves every await without one. Small slices with a real turn between them
 * keep the database busy instead of waiting for the parser ([TGT-5] import throughput).
 */
const SLICE = 1_000;

/** The same records in slices of at most SLICE, with a macrotask turn (setImmediate) before each. */
async function* withTurns(batches: AsyncIterable<CellValue[][] | string[][]>): AsyncGenerator<CellValue[][]> {
  for await (const batch of batches) {
    for (let at = 0; at < batch.length; at += SLICE) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      yield at === 0 && batch.length <= SLICE ? batch : batch.slice(at, at + SLICE);
    }
  }
}

/** xlsx files are ZIP archives (PK\x03\x04); anything else is read as CSV text. */
export function orderLineFileKind(fileName: string, head: Uint8Array): OrderLineFileKind {
  const zip = head.length > 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (zip) return 'xlsx';
  if (/\.xlsx?$/i.test(fileName))
    throw new DomainError('validation', 'facts.not_csv_or_xlsx', [
      { path: 'file', message: 'facts.not_csv_or_xlsx' },
    ]);
  return 'csv';
}

/** The records of an .xlsx stream's first data sheet, in batches, blank rows kept as empty records. */
async function* xlsxRecords(input: Readable): AsyncGenerator<CellValue[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let batch: CellValue[][] = [];
  let sheetDone = false;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name;
      if (sheetDone || name?.trim() === HELP_SHEET_NAME) {
        for await (const _ of sheet) {
          // drain: the reader needs every entry consumed
        }
        continue;
      }
      let expected = 1;
      for await (const row of sheet) {
        while (expected < row.number) {
          batch.push([]);
          expected++;
        }
        const values = row.values as ExcelJS.CellValue[];
        const record: CellValue[] = [];
        for (let i = 1; i < values.length; i++) record.push(plainValue(values[i] ?? null));
        batch.push(record);
        expected++;
        if (batch.length >= ROW_BATCH) {
          yield batch;
          batch = [];
        }
      }
      sheetDone = true;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('validation', 'import.not_xlsx', [{ path: 'file', message: 'import.not_xlsx' }]);
  }
  if (batch.length > 0) yield batch;
}

/** The import source of a file held in memory (an upload). */
export function orderLineSourceOf(fileName: string, data: Uint8Array): OrderLineSource {
  const kind = orderLineFileKind(fileName, data.subarray(0, 8));
  if (kind === 'xlsx') return { records: withTurns(xlsxRecords(Readable.from([Buffer.from(data)]))) };
  let lines = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 10) lines++;
  const chunks = (async function* () {
    for (let at = 0; at < data.length; at += 1 << 20) yield data.subarray(at, at + (1 << 20));
  })();
  return { records: withTurns(readDelimited(chunks)), estimatedRows: Math.max(0, lines - 1) };
}

/** The import source of a stream (a file on disk); estimatedRows comes from the caller (e.g. a line count). */
export function orderLineSourceOfStream(
  kind: OrderLineFileKind,
  stream: Readable,
  estimatedRows?: number,
): OrderLineSource {
  return {
    records: withTurns(
      kind === 'xlsx' ? xlsxRecords(stream) : readDelimited(stream as AsyncIterable<Uint8Array>),
    ),
    estimatedRows,
  };
}

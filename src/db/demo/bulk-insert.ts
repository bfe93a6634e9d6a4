// Multi-row inserts through unnest(): one statement and one array parameter per column, so thousands of
// rows cost one round trip. Works unchanged on PGlite and PostgreSQL.
import type { RawSession } from '../connect.ts';

export type BulkType = 'bigint' | 'integer' | 'numeric' | 'text' | 'date' | 'jsonb';

export interface BulkColumn<T> {
  name: string;
  type: BulkType;
  value: (row: T) => unknown;
}

export interface BulkTable<T> {
  table: string;
  columns: ReadonlyArray<BulkColumn<T>>;
}

/** The INSERT … SELECT FROM unnest(…) statement for a table; jsonb travels as text and is cast per row. */
export function bulkInsertSql<T>({ table, columns }: BulkTable<T>): string {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type === 'jsonb' ? 'text' : c.type}[]`).join(', ');
  const select = columns.map((c) => (c.type === 'jsonb' ? `${c.name}::jsonb` : c.name)).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${arrays}) AS t(${names})`;
}

/** Inserts rows in batches of batchSize; returns the number of rows inserted. */
export async function bulkInsert<T>(
  session: RawSession,
  spec: BulkTable<T>,
  rows: Iterable<T>,
  batchSize: number,
  onBatch?: (inserted: number) => void,
): Promise<number> {
  const text = bulkInsertSql(spec);
  let batch: T[] = [];
  let inserted = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const params = spec.columns.map((c) =>
      batch.map((row) => {
        const value = c.value(row);
        return c.type === 'jsonb' && value !== null && value !== undefined
          ? JSON.stringify(value)
          : (value ?? null);
      }),
    );
    await session.query(text, params);
    inserted += batch.length;
    batch = [];
    onBatch?.(inserted);
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return inserted;
}

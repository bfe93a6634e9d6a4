// The write side of a bulk order-line import ([TGT-5]), part of the fact repository. While the file is read,
// validated lines are appended to the batch's COPY text as they come (no object kept per line), and each batch
// is COPYed straight into order_line inside a savepoint, on the bet that its
// (订单号, 行号) are new: the unique index checks that as part of the insert, so a file of new lines costs one
// COPY and no lookup. When the bet fails (the index reports a stored number), the batch is rolled back to its
// savepoint, and from then on each batch asks which of its numbers are stored: new lines still go to order_line
// by COPY, stored ones (corrections) to a temporary staging table. At the end the new lines' fact sums, added up
// in memory while reading, move account_month_fact in key order: without corrections, the sums of keys the fact
// table does not hold yet are COPYed straight into it (under a savepoint; a key stored meanwhile by another
// transaction sends every key to the upsert instead), and the sums of stored keys go through a temporary delta
// table and one INSERT … ON CONFLICT. With corrections, every sum goes through the delta table, the corrections
// add their old values' negatives and update order_line, and the upsert moves the facts. The deltas stay in the
// transaction for the fact-delta hooks (StagedFactDeltas): stageAll adds the keys COPYed straight to the facts,
// and stageAccountMonths stages the sums over product lines per account × month, which is all that nodes without
// a product line need (a fifth of the rows on the benchmark's data). Temporary tables are unlogged, unindexed
// and dropped at commit or rollback, so a dry run leaves nothing behind. Same SQL on PGlite and PostgreSQL.
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { FactDelta, StagedFactDeltas } from '../../core/facts/fact-delta.ts';
import type { FactRepository } from '../../core/facts/fact-repository.ts';
import type { LineFactSums } from '../../core/facts/line-fact-sums.ts';
import type { DB } from '../schema.ts';

/** The temporary table holding an import's fact deltas until commit (read by the target-actuals hook). */
export const IMPORT_DELTA_TABLE = 'order_line_import_delta';
/** The same deltas summed over product lines, per account × month (StagedFactDeltas.stageAccountMonths). */
export const IMPORT_MONTH_DELTA_TABLE = 'order_line_import_month_delta';

/**
 * Savepoints an import may take before it asks for stored numbers batch by batch: each one is a
 * subtransaction, and PostgreSQL tracks up to 64 per transaction cheaply.
 */
const MAX_SAVEPOINTS = 60;

const ORDER_LINE_COPY_COLUMNS =
  '(order_no, line_no, order_date, account_id, product_line_id, quantity, amount_fen, cost_fen)';

const DELTA_COLUMNS = '(account_id, month, product_line_id, revenue_fen, cost_fen, line_count)';
const DELTA_COPY_TARGET = `order_line_import_delta ${DELTA_COLUMNS}`;

const CHUNK = 1 << 20;
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

type ImportStaging = Pick<
  FactRepository,
  'mayBypassForeignKeyTriggers' | 'orderLineImportWriter' | 'mergeStagedOrderLines'
>;

export function createOrderLineImportStaging(db: Kysely<DB>): ImportStaging {
  // The repository lives as long as the transaction it was made for, and so does this state.
  let optimistic = true;
  let savepoints = 0;
  let correctionsStaged = false;
  // Accounts and product lines this transaction has locked FOR KEY SHARE, so each batch locks only new ones.
  const lockedAccounts = new Set<number>();
  const lockedProductLines = new Set<number>();

  /** What the foreign-key triggers would do row by row, once per referenced row: it exists and stays until commit. */
  const lockReferences = async (accountIds: readonly number[], productLineIds: readonly number[]) => {
    if (accountIds.length === 0 && productLineIds.length === 0) return;
    const locked = await sql<{ a: number; p: number }>`
      SELECT (SELECT count(*) FROM (SELECT 1 FROM account WHERE account_id = ANY(${accountIds}::bigint[])
                                     FOR KEY SHARE) x)::int AS a,
             (SELECT count(*) FROM (SELECT 1 FROM product_line
                                     WHERE product_line_id = ANY(${productLineIds}::bigint[]) FOR KEY SHARE) y)::int AS p`.execute(
      db,
    );
    if (locked.rows[0]?.a !== accountIds.length || locked.rows[0]?.p !== productLineIds.length)
      throw new Error('an account or product line of the import disappeared while importing');
  };

  const copyIn = (target: string, chunks: Iterable<string | Uint8Array>) =>
    db.executeQuery(CompiledQuery.raw(`COPY ${target} FROM STDIN`, [chunks]));

  /**
   * COPYs the sums of keys not marked stored straight into account_month_fact, under a savepoint: a key another
   * transaction stored since markStoredKeys looked fails the unique index, and then nothing is copied (the
   * caller upserts every key instead). Returns the rows copied (0 after such a failure).
   */
  const copyNewFacts = async (sums: LineFactSums): Promise<number> => {
    await sql`SAVEPOINT order_line_import_facts`.execute(db);
    try {
      await copyIn(`account_month_fact ${DELTA_COLUMNS}`, deltaText(sums, 'new'));
      await sql`RELEASE SAVEPOINT order_line_import_facts`.execute(db);
      return sums.size - sums.storedSize;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await sql`ROLLBACK TO SAVEPOINT order_line_import_facts`.execute(db);
      await sql`RELEASE SAVEPOINT order_line_import_facts`.execute(db);
      return 0;
    }
  };

  /** Stores the batch, splitting new lines (COPY into order_line) from corrections (staging table). */
  const stageBySplit = async (chunks: readonly Buffer[]): Promise<number> => {
    const lines = linesOf(Buffer.concat(chunks).toString('utf8'));
    const keys = lines.map(keyOfLine);
    const existing = await sql<{ order_no: string; line_no: number }>`
      SELECT o.order_no, o.line_no FROM order_line o
        JOIN unnest(${keys.map((k) => k.orderNo)}::text[], ${keys.map((k) => k.lineNo)}::int[]) AS k(order_no, line_no)
          ON o.order_no = k.order_no AND o.line_no = k.line_no`.execute(db);
    if (existing.rows.length === 0) {
      await copyIn(`order_line ${ORDER_LINE_COPY_COLUMNS}`, chunks);
      return lines.length;
    }
    const known = new Set(existing.rows.map((k) => `${k.order_no}\u0001${k.line_no}`));
    const fresh: string[] = [];
    const corrections: string[] = [];
    lines.forEach((line, i) => {
      const k = keys[i] as LineKey;
      (known.has(`${k.orderNo}\u0001${k.lineNo}`) ? corrections : fresh).push(line);
    });
    if (fresh.length > 0) await copyIn(`order_line ${ORDER_LINE_COPY_COLUMNS}`, [fresh.join('')]);
    if (!correctionsStaged) {
      await sql`
        CREATE TEMP TABLE order_line_import (
          order_no text NOT NULL, line_no int NOT NULL, order_date date NOT NULL, account_id bigint NOT NULL,
          product_line_id bigint NOT NULL, quantity numeric NOT NULL, amount_fen bigint NOT NULL,
          cost_fen bigint NOT NULL
        ) ON COMMIT DROP`.execute(db);
      correctionsStaged = true;
    }
    await copyIn(`order_line_import ${ORDER_LINE_COPY_COLUMNS}`, [corrections.join('')]);
    return fresh.length;
  };

  /** Writes one batch: the bet on new numbers while it holds, else split by a lookup. Returns lines created. */
  const writeBatch = async (chunks: readonly Buffer[], count: number): Promise<number> => {
    if (optimistic && savepoints < MAX_SAVEPOINTS) {
      savepoints++;
      await sql`SAVEPOINT order_line_import_batch`.execute(db);
      try {
        await copyIn(`order_line ${ORDER_LINE_COPY_COLUMNS}`, chunks);
        await sql`RELEASE SAVEPOINT order_line_import_batch`.execute(db);
        return count;
      } catch (error) {
        // A stored (订单号, 行号) (repeats inside the file never get here): this and later batches split.
        if (!isUniqueViolation(error)) throw error;
        await sql`ROLLBACK TO SAVEPOINT order_line_import_batch`.execute(db);
        await sql`RELEASE SAVEPOINT order_line_import_batch`.execute(db);
        optimistic = false;
      }
    }
    return stageBySplit(chunks);
  };

  /** Moves order_line to the staged corrections; their old values go out of the deltas. Returns lines changed. */
  const applyCorrections = async (): Promise<number> => {
    // Temporary tables are never analyzed by autovacuum; the joins below need its size and spread.
    await sql`ANALYZE order_line_import`.execute(db);
    await sql`
      INSERT INTO order_line_import_delta
      SELECT o.account_id, date_trunc('month', o.order_date)::date, o.product_line_id,
             -sum(o.amount_fen), -sum(o.cost_fen), -count(*)
        FROM order_line o JOIN order_line_import i ON o.order_no = i.order_no AND o.line_no = i.line_no
       GROUP BY 1, 2, 3`.execute(db);
    const written = await sql`
      UPDATE order_line o SET
        order_date = i.order_date, account_id = i.account_id, product_line_id = i.product_line_id,
        product_id = CASE WHEN o.product_line_id = i.product_line_id THEN o.product_id END,
        quantity = i.quantity, amount_fen = i.amount_fen, cost_fen = i.cost_fen, updated_at = now()
        FROM order_line_import i
       WHERE o.order_no = i.order_no AND o.line_no = i.line_no
         AND (o.order_date, o.account_id, o.product_line_id, o.quantity, o.amount_fen, o.cost_fen)
             IS DISTINCT FROM (i.order_date, i.account_id, i.product_line_id, i.quantity, i.amount_fen, i.cost_fen)`.execute(
      db,
    );
    // New and old values of the same key into one delta; keys that cancel out (unchanged lines) drop out.
    await sql`
      WITH parts AS (DELETE FROM order_line_import_delta RETURNING *)
      INSERT INTO order_line_import_delta
      SELECT account_id, month, product_line_id, sum(revenue_fen), sum(cost_fen), sum(line_count)
        FROM parts GROUP BY 1, 2, 3
      HAVING sum(revenue_fen) <> 0 OR sum(cost_fen) <> 0 OR sum(line_count) <> 0
       ORDER BY 1, 2, 3`.execute(db);
    return Number(written.numAffectedRows ?? 0);
  };

  const withoutForeignKeyTriggers = async <T>(bypass: boolean, fn: () => Promise<T>): Promise<T> => {
    // Bulk imports (which locked every referenced account and product line) skip the per-row FK triggers.
    if (bypass) await sql`SET LOCAL session_replication_role = replica`.execute(db);
    try {
      return await fn();
    } finally {
      if (bypass) await sql`SET LOCAL session_replication_role = origin`.execute(db);
    }
  };

  return {
    async mayBypassForeignKeyTriggers() {
      await sql`SAVEPOINT fk_bypass_probe`.execute(db);
      try {
        await sql`SET LOCAL session_replication_role = replica`.execute(db);
        await sql`SET LOCAL session_replication_role = origin`.execute(db);
        await sql`RELEASE SAVEPOINT fk_bypass_probe`.execute(db);
        return true;
      } catch {
        await sql`ROLLBACK TO SAVEPOINT fk_bypass_probe`.execute(db);
        return false;
      }
    },

    orderLineImportWriter({ bypassForeignKeyTriggers }) {
      let chunks: Buffer[] = [];
      let chunk = Buffer.allocUnsafe(0);
      let at = 0;
      let count = 0;
      let newAccounts: number[] = [];
      let newProductLines: number[] = [];
      const write = async (batch: Buffer[], lines: number, accounts: number[], productLines: number[]) => {
        if (bypassForeignKeyTriggers) await lockReferences(accounts, productLines);
        return withoutForeignKeyTriggers(bypassForeignKeyTriggers, () => writeBatch(batch, lines));
      };
      return {
        add(r) {
          if (bypassForeignKeyTriggers) {
            if (!lockedAccounts.has(r.accountId)) {
              lockedAccounts.add(r.accountId);
              newAccounts.push(r.accountId);
            }
            if (!lockedProductLines.has(r.productLineId)) {
              lockedProductLines.add(r.productLineId);
              newProductLines.push(r.productLineId);
            }
          }
          const orderNo = COPY_SPECIAL.test(r.orderNo)
            ? r.orderNo.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] as string)
            : r.orderNo;
          const line = `${orderNo}\t${r.lineNo}\t${r.orderDate}\t${r.accountId}\t${r.productLineId}\t${r.quantity}\t${r.amountFen}\t${r.costFen}\n`;
          // Bytes, not a growing string: a batch's text would otherwise be a rope of one piece per line that
          // lives until the batch is written, which the garbage collector has to walk again and again.
          if (at + 3 * line.length > chunk.length) {
            if (at > 0) chunks.push(chunk.subarray(0, at));
            chunk = Buffer.allocUnsafe(Math.max(CHUNK, 3 * line.length));
            at = 0;
          }
          at += chunk.write(line, at);
          count++;
        },
        get pending() {
          return count;
        },
        flush() {
          // The batch is taken now; lines added while it is written go into the next one.
          if (at > 0) chunks.push(chunk.subarray(0, at));
          const batch = chunks;
          const lines = count;
          const accounts = newAccounts;
          const productLines = newProductLines;
          chunks = [];
          chunk = Buffer.allocUnsafe(0);
          at = 0;
          count = 0;
          newAccounts = [];
          newProductLines = [];
          return lines === 0 ? Promise.resolve(0) : write(batch, lines, accounts, productLines);
        },
        discard() {
          chunks = [];
          chunk = Buffer.allocUnsafe(0);
          at = 0;
          count = 0;
        },
      };
    },

    async mergeStagedOrderLines({ bypassForeignKeyTriggers, sums }) {
      await sql`
        CREATE TEMP TABLE order_line_import_delta (
          account_id bigint NOT NULL, month date NOT NULL, product_line_id bigint NOT NULL,
          revenue_fen bigint NOT NULL, cost_fen bigint NOT NULL, line_count int NOT NULL
        ) ON COMMIT DROP`.execute(db);
      // Without corrections, keys the fact table does not hold yet go straight into it by COPY (a third
      // cheaper than the upsert: no temporary table, no conflict check); only the stored keys take the upsert.
      // Their deltas join the temporary table only if a hook asks for them (stageAll).
      const split = !correctionsStaged && sums.size > 0 && (await markStoredKeys(db, sums));
      let copiedFacts = 0;
      if (split && sums.storedSize < sums.size)
        copiedFacts = await withoutForeignKeyTriggers(bypassForeignKeyTriggers, () => copyNewFacts(sums));
      let newKeysStaged = !split || copiedFacts === 0;
      const staged: 'all' | 'stored' = newKeysStaged ? 'all' : 'stored';
      if (sums.size > 0 && (staged === 'all' || sums.storedSize > 0))
        await copyIn(DELTA_COPY_TARGET, deltaText(sums, staged));
      const updated = correctionsStaged ? await applyCorrections() : 0;
      const upserted = await withoutForeignKeyTriggers(bypassForeignKeyTriggers, async () => {
        // Sorted keys: two writers touching the same fact rows lock them in the same order (no deadlock). The
        // delta table was written in key order and a sequential scan of a temporary table reads it back in that
        // order (no parallel or synchronized scans of local tables), so it needs no sort, which at 800,000
        // deltas would spill to disk.
        const moved = await sql`
          INSERT INTO account_month_fact AS f (account_id, month, product_line_id, revenue_fen, cost_fen, line_count)
          SELECT account_id, month, product_line_id, revenue_fen, cost_fen, line_count
            FROM order_line_import_delta
          ON CONFLICT (account_id, month, product_line_id) DO UPDATE SET
            revenue_fen = f.revenue_fen + excluded.revenue_fen,
            cost_fen = f.cost_fen + excluded.cost_fen,
            line_count = f.line_count + excluded.line_count`.execute(db);
        // Corrections may have emptied the fact rows their lines left.
        if (correctionsStaged)
          await sql`
            DELETE FROM account_month_fact f USING order_line_import_delta d
             WHERE d.line_count < 0 AND f.account_id = d.account_id AND f.month = d.month
               AND f.product_line_id = d.product_line_id AND f.line_count = 0`.execute(db);
        return Number(moved.numAffectedRows ?? 0);
      });
      const factRows = copiedFacts + upserted;
      const stageAll = async () => {
        if (newKeysStaged) return;
        newKeysStaged = true;
        await copyIn(DELTA_COPY_TARGET, deltaText(sums, 'new'));
      };
      let monthsStaged = false;
      const stageAccountMonths = async () => {
        if (correctionsStaged) return false;
        if (monthsStaged) return true;
        monthsStaged = true;
        await sql`
          CREATE TEMP TABLE order_line_import_month_delta (
            account_id bigint NOT NULL, month date NOT NULL,
            revenue_fen bigint NOT NULL, cost_fen bigint NOT NULL, line_count int NOT NULL
          ) ON COMMIT DROP`.execute(db);
        if (sums.size > 0)
          await copyIn(
            'order_line_import_month_delta (account_id, month, revenue_fen, cost_fen, line_count)',
            monthDeltaText(sums),
          );
        return true;
      };
      const deltas: StagedFactDeltas = {
        staged: true,
        count: factRows,
        stageAll,
        stageAccountMonths,
        list: async () => {
          await stageAll();
          const rows = await sql<{
            account_id: number;
            month: string;
            product_line_id: number;
            revenue_fen: number;
            cost_fen: number;
            line_count: number;
          }>`SELECT * FROM order_line_import_delta ORDER BY 1, 2, 3`.execute(db);
          return rows.rows.map(
            (r): FactDelta => ({
              accountId: r.account_id,
              month: r.month,
              productLineId: r.product_line_id,
              revenueFen: r.revenue_fen,
              costFen: r.cost_fen,
              lineCount: r.line_count,
              collectionFen: 0,
              expenseFen: 0,
            }),
          );
        },
      };
      return { updated, factRows, deltas };
    },
  };
}

interface LineKey {
  orderNo: string;
  lineNo: number;
}

/** The batch's COPY lines, each with its newline. */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    lines.push(text.slice(start, end + 1));
    start = end + 1;
  }
  return lines;
}

/** (订单号, 行号) of a COPY line, the order number unescaped. */
function keyOfLine(line: string): LineKey {
  const first = line.indexOf('\t');
  const second = line.indexOf('\t', first + 1);
  const escaped = line.slice(0, first);
  return {
    orderNo: escaped.includes('\\')
      ? escaped.replace(/\\(.)/g, (_, c: string) => COPY_UNESCAPES[c] ?? c)
      : escaped,
    lineNo: Number(line.slice(first + 1, second)),
  };
}

const COPY_UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/**
 * Marks the sums whose key account_month_fact already holds (LineFactSums.markStored), reading the stored keys
 * of the import's accounts and months. Returns false, marking nothing, when those are more than the sums (a
 * file adding to well-filled months): then reading them would cost more than the upsert it saves.
 */
async function markStoredKeys(db: Kysely<DB>, sums: LineFactSums): Promise<boolean> {
  const range = sums.monthRange();
  if (range === undefined) return false;
  const stored = await sql<{ a: string | number; m: number; p: string | number }>`
    SELECT account_id AS a, (extract(year FROM month) * 12 + extract(month FROM month) - 1)::int AS m,
           product_line_id AS p
      FROM account_month_fact
     WHERE account_id = ANY(${sums.accounts()}::bigint[]) AND month BETWEEN ${range.first} AND ${range.last}
     LIMIT ${sums.size + 1}`.execute(db);
  if (stored.rows.length > sums.size) return false;
  for (const row of stored.rows) sums.markStored(Number(row.a), row.m, Number(row.p));
  return true;
}

/**
 * COPY text made account by account as the COPY takes it: `write` appends one account's lines, and the text goes
 * out in chunks of about CHUNK characters.
 */
function* accountChunks(
  sums: LineFactSums,
  write: (accountId: number, append: (line: string) => void) => void,
): Generator<string> {
  let chunk = '';
  const append = (line: string) => {
    chunk += line;
  };
  for (const accountId of sums.accounts()) {
    write(accountId, append);
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** The deltas summed over product lines, per account × month, in key order. */
const monthDeltaText = (sums: LineFactSums) =>
  accountChunks(sums, (accountId, append) =>
    sums.forEachMonthOfAccount(accountId, (a, month, revenueFen, costFen, lineCount) =>
      append(`${a}\t${month}\t${revenueFen}\t${costFen}\t${lineCount}\n`),
    ),
  );

/** The summed deltas (all, or the stored or new keys only) in key order. */
const deltaText = (sums: LineFactSums, which: 'all' | 'stored' | 'new') =>
  accountChunks(sums, (accountId, append) =>
    sums.forEachOfAccount(
      accountId,
      (a, month, productLineId, revenueFen, costFen, lineCount) =>
        append(`${a}\t${month}\t${productLineId}\t${revenueFen}\t${costFen}\t${lineCount}\n`),
      which,
    ),
  );

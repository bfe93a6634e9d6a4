// Loads the deterministic demo company into an empty database in one transaction: master data, three
// years of order lines (streamed in batches) and the monthly facts. Any failure rolls everything back.
// Runs on first start, so it must be fast: bulk unnest() inserts, one password hash for all users.
import { hashPassword } from '../../core/auth/password.ts';
import type { DemoCompany, DemoOrderLine } from '../../core/demo/demo-types.ts';
import {
  generateCollections,
  generateExpenses,
  type MonthRevenue,
} from '../../core/demo/generate-cash-flows.ts';
import { DEFAULT_DEMO_ACCOUNTS, generateDemoCompany } from '../../core/demo/generate-demo-company.ts';
import { countOrderLines, generateOrderLines } from '../../core/demo/generate-order-lines.ts';
import { DomainError } from '../../core/shared/errors.ts';
import type { Database, RawSession } from '../connect.ts';
import { refreshAllAccountMonthFactsInSession } from '../repositories/account-month-fact-repository.ts';
import { refreshAllCashFactsInSession } from '../repositories/fact-rebuild.ts';
import { bulkInsert } from './bulk-insert.ts';
import {
  collectionTable,
  expenseTable,
  masterDataInserts,
  type Offsets,
  orderLineTable,
} from './demo-tables.ts';

export type DemoLoadPhase = 'master' | 'orders' | 'facts' | 'cash';

export interface LoadDemoOptions {
  seed?: number | undefined;
  /** Number of accounts; everything else scales with it. */
  accounts?: number | undefined;
  linesPerAccountMonth?: number | undefined;
  /** 'YYYY-MM-DD'; order history covers the 36 full months before this month. */
  today: string;
  /** The password of every demo user. */
  password: string;
  onProgress?: ((phase: DemoLoadPhase, done: number, total: number) => void) | undefined;
}

export interface DemoLoadSummary {
  orgUnits: number;
  users: number;
  productLines: number;
  products: number;
  accounts: number;
  teamMembers: number;
  contacts: number;
  orderLines: number;
  facts: number;
  collections: number;
  expenses: number;
  cashFacts: number;
}

const LOCK_KEY = 7424243;
const MASTER_BATCH = 5_000;
const ORDER_BATCH = 10_000;

/** Loads the demo company; refuses (DomainError conflict) when the database already has accounts. */
export async function loadDemoCompany(
  database: Database,
  options: LoadDemoOptions,
): Promise<DemoLoadSummary> {
  const company = generateDemoCompany({
    seed: options.seed,
    accounts: options.accounts ?? DEFAULT_DEMO_ACCOUNTS,
    today: options.today,
  });
  const lineOptions = { today: options.today, linesPerAccountMonth: options.linesPerAccountMonth };
  const totalLines = countOrderLines(company, lineOptions);
  // scrypt is slow on purpose: hash once and give every demo user the same hash.
  const passwordHash = await hashPassword(options.password);
  const progress = options.onProgress ?? (() => undefined);

  return database.withSession(async (session) => {
    let summary: DemoLoadSummary;
    await session.exec('BEGIN');
    try {
      await session.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await assertEmpty(session, company);
      const offsets = await idOffsets(session);
      summary = await insertMasterData(session, company, passwordHash, offsets, progress);

      progress('orders', 0, totalLines);
      summary.orderLines = await withoutForeignKeyChecks(session, () =>
        bulkInsert(
          session,
          orderLineTable(company, offsets),
          checkedReferences(company, generateOrderLines(company, lineOptions)),
          ORDER_BATCH,
          (done) => progress('orders', done, totalLines),
        ),
      );

      progress('facts', 0, 1);
      summary.facts = await refreshAllAccountMonthFactsInSession(session);
      progress('facts', 1, 1);
      progress('cash', 0, company.accounts.length);
      Object.assign(
        summary,
        await insertCashFlows(session, company.seed, options.today, (done) =>
          progress('cash', done, company.accounts.length),
        ),
      );
      await resetSequences(session);
      await session.exec('COMMIT');
      progress('cash', company.accounts.length, company.accounts.length);
    } catch (error) {
      await session.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
    // Fresh statistics so that the first reports get good plans (PGlite has no autovacuum).
    await session.exec('ANALYZE');
    return summary;
  });
}

/**
 * Per-row foreign-key triggers cost more than the rest of a bulk insert (3–5× on PGlite). Inside this
 * transaction they are switched off when the role may do so (superuser, always on PGlite); the lines are
 * checked against the ids just inserted by checkedReferences instead. Other roles keep the checks.
 */
async function withoutForeignKeyChecks<T>(session: RawSession, run: () => Promise<T>): Promise<T> {
  await session.exec('SAVEPOINT demo_triggers');
  let switchedOff = true;
  try {
    await session.exec('SET LOCAL session_replication_role = replica');
    await session.exec('RELEASE SAVEPOINT demo_triggers');
  } catch {
    switchedOff = false;
    await session.exec('ROLLBACK TO SAVEPOINT demo_triggers');
  }
  const result = await run();
  if (switchedOff) await session.exec('SET LOCAL session_replication_role = origin');
  return result;
}

/** Passes the lines through, failing on the first one whose account or product was not inserted. */
function* checkedReferences(company: DemoCompany, lines: Iterable<DemoOrderLine>): Generator<DemoOrderLine> {
  const accounts = new Set(company.accounts.map((a) => a.id));
  const products = new Set(company.products.map((p) => p.id));
  for (const line of lines) {
    if (!accounts.has(line.accountId) || !products.has(line.productId)) {
      throw new Error(`demo order line ${line.id} references a missing account or product`);
    }
    yield line;
  }
}

async function assertEmpty(session: RawSession, company: DemoCompany): Promise<void> {
  const [row] = await session.query<{ n: number }>('SELECT count(*)::int AS n FROM account');
  if ((row?.n ?? 0) > 0) {
    throw new DomainError(
      'conflict',
      '数据库中已有客户数据，演示公司只能载入空数据库 (the database already has accounts)',
    );
  }
  const taken = await session.query<{ username: string }>(
    'SELECT username FROM app_user WHERE username = ANY($1::text[])',
    [company.users.map((u) => u.username)],
  );
  if (taken.length > 0) {
    const names = taken.map((r) => r.username).join(', ');
    throw new DomainError('conflict', `演示用户名已存在 (demo user names already exist): ${names}`);
  }
}

/** Org units, users and products may exist without accounts; the demo's ids are shifted past them. */
async function idOffsets(session: RawSession): Promise<Offsets> {
  const [row] = await session.query<Offsets>(
    `SELECT (SELECT coalesce(max(org_unit_id), 0) FROM org_unit)::bigint AS "orgUnit",
            (SELECT coalesce(max(app_user_id), 0) FROM app_user)::bigint AS "user",
            (SELECT coalesce(max(product_line_id), 0) FROM product_line)::bigint AS "productLine",
            (SELECT coalesce(max(product_id), 0) FROM product)::bigint AS "product"`,
  );
  return {
    orgUnit: Number(row?.orgUnit ?? 0),
    user: Number(row?.user ?? 0),
    productLine: Number(row?.productLine ?? 0),
    product: Number(row?.product ?? 0),
  };
}

async function insertMasterData(
  session: RawSession,
  company: DemoCompany,
  passwordHash: string,
  o: Offsets,
  progress: (phase: DemoLoadPhase, done: number, total: number) => void,
): Promise<DemoLoadSummary> {
  const steps = masterDataInserts(company, passwordHash, o);
  progress('master', 0, steps.length);
  for (const [index, step] of steps.entries()) {
    await step(session, MASTER_BATCH);
    progress('master', index + 1, steps.length);
  }
  return {
    orgUnits: company.orgUnits.length,
    users: company.users.length,
    productLines: company.productLines.length,
    products: company.products.length,
    accounts: company.accounts.length,
    teamMembers: company.teamMembers.length,
    contacts: company.contacts.length,
    orderLines: 0,
    facts: 0,
    collections: 0,
    expenses: 0,
    cashFacts: 0,
  };
}

const CASH_ACCOUNT_PAGE = 2_000;

/**
 * Collections and expenses from each account's monthly revenue (read back from the facts, a page of accounts at a
 * time so memory stays bounded at any scale), bulk inserted, then the cash facts built from them.
 */
async function insertCashFlows(
  session: RawSession,
  seed: number,
  today: string,
  onAccounts: (done: number) => void,
): Promise<{ collections: number; expenses: number; cashFacts: number }> {
  let collections = 0;
  let expenses = 0;
  let after = 0;
  let accounts = 0;
  for (;;) {
    const page = await session.query<{ accountId: number; month: string; revenueFen: number }>(
      `WITH page AS (SELECT account_id FROM account WHERE account_id > $1 ORDER BY account_id LIMIT $2)
       SELECT f.account_id::int AS "accountId", to_char(f.month, 'YYYY-MM-DD') AS month,
              sum(f.revenue_fen)::bigint AS "revenueFen"
         FROM account_month_fact f JOIN page USING (account_id)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [after, CASH_ACCOUNT_PAGE],
    );
    const [last] = await session.query<{ id: number | null }>(
      'SELECT max(account_id)::int AS id FROM (SELECT account_id FROM account WHERE account_id > $1 ORDER BY account_id LIMIT $2) p',
      [after, CASH_ACCOUNT_PAGE],
    );
    if (!last || last.id === null) break;
    after = last.id;
    const revenue: MonthRevenue[] = page.map((r) => ({ ...r, revenueFen: Number(r.revenueFen) }));
    collections += await bulkInsert(
      session,
      collectionTable,
      generateCollections(revenue, { seed, today }),
      ORDER_BATCH,
    );
    expenses += await bulkInsert(
      session,
      expenseTable,
      generateExpenses(revenue, { seed, today }),
      ORDER_BATCH,
    );
    accounts += CASH_ACCOUNT_PAGE;
    onAccounts(accounts);
  }
  const cashFacts = await refreshAllCashFactsInSession(session);
  return { collections, expenses, cashFacts };
}

const IDENTITY_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['org_unit', 'org_unit_id'],
  ['app_user', 'app_user_id'],
  ['product_line', 'product_line_id'],
  ['product', 'product_id'],
  ['account', 'account_id'],
  ['contact', 'contact_id'],
  ['order_line', 'order_line_id'],
];

/** Explicit ids do not advance identity sequences; move each past the highest id. */
async function resetSequences(session: RawSession): Promise<void> {
  for (const [table, column] of IDENTITY_COLUMNS) {
    await session.query(
      `SELECT setval(pg_get_serial_sequence('${table}', '${column}'),
                     coalesce((SELECT max(${column}) FROM ${table}), 1),
                     (SELECT max(${column}) FROM ${table}) IS NOT NULL)`,
    );
  }
}

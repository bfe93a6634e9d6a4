import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { verifyPassword } from '../../core/auth/password.ts';
import { generateDemoCompany } from '../../core/demo/generate-demo-company.ts';
import { countOrderLines } from '../../core/demo/generate-order-lines.ts';
import { DomainError } from '../../core/shared/errors.ts';
import { refreshAccountMonthFacts } from '../repositories/account-month-fact-repository.ts';
import { factDrift } from '../repositories/fact-rebuild.ts';
import { type DemoLoadPhase, type DemoLoadSummary, loadDemoCompany } from './load-demo-company.ts';

const today = '2026-11-25';
const scale = { accounts: 40, linesPerAccountMonth: 2, today };

async function countRows(database: TestDatabase, table: string): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(
    database.db,
  );
  return result.rows[0]?.n ?? -1;
}

async function factTotals(database: TestDatabase) {
  const result = await sql<{
    lines: number;
    facts: number;
    lineCost: number;
    factCost: number;
    n: number;
    m: number;
  }>`
    SELECT (SELECT coalesce(sum(amount_fen), 0) FROM order_line)::bigint AS lines,
           (SELECT coalesce(sum(revenue_fen), 0) FROM account_month_fact)::bigint AS facts,
           (SELECT coalesce(sum(cost_fen), 0) FROM order_line)::bigint AS "lineCost",
           (SELECT coalesce(sum(cost_fen), 0) FROM account_month_fact)::bigint AS "factCost",
           (SELECT count(*) FROM order_line)::int AS n,
           (SELECT coalesce(sum(line_count), 0) FROM account_month_fact)::int AS m`.execute(database.db);
  return result.rows[0];
}

describe('loadDemoCompany into an empty database', () => {
  let database: TestDatabase;
  let summary: DemoLoadSummary;
  const phases: DemoLoadPhase[] = [];
  const company = generateDemoCompany(scale);

  beforeAll(async () => {
    database = await createTestDatabase();
    summary = await loadDemoCompany(database, {
      ...scale,
      password: 'demo-password',
      onProgress: (phase) => {
        if (phases.at(-1) !== phase) phases.push(phase);
      },
    });
  });
  afterAll(() => database?.dispose());

  it('writes exactly the generated rows', async () => {
    const lines = countOrderLines(company, scale);
    expect(summary).toMatchObject({ accounts: 40, orderLines: lines, contacts: company.contacts.length });
    expect(await countRows(database, 'org_unit')).toBe(company.orgUnits.length);
    expect(await countRows(database, 'app_user')).toBe(company.users.length);
    expect(await countRows(database, 'product_line')).toBe(company.productLines.length);
    expect(await countRows(database, 'product')).toBe(company.products.length);
    expect(await countRows(database, 'account')).toBe(company.accounts.length);
    expect(await countRows(database, 'account_team_member')).toBe(company.teamMembers.length);
    expect(await countRows(database, 'contact')).toBe(company.contacts.length);
    expect(await countRows(database, 'order_line')).toBe(lines);
    expect(await countRows(database, 'account_month_fact')).toBe(summary.facts);
    expect(phases).toEqual(['master', 'orders', 'facts', 'cash']);
  });

  it('adds collections (most revenue collected later, some not yet) and expenses, with cash facts equal to a recompute', async () => {
    expect(summary.collections).toBeGreaterThan(0);
    expect(summary.expenses).toBeGreaterThan(0);
    expect(await countRows(database, 'collection')).toBe(summary.collections);
    expect(await countRows(database, 'expense')).toBe(summary.expenses);
    expect(await countRows(database, 'account_month_cash_fact')).toBe(summary.cashFacts);
    expect(await factDrift(database.db)).toBe(0);
    const [totals] = (
      await sql<{ revenue: number; collected: number; spent: number }>`
        SELECT (SELECT sum(revenue_fen) FROM account_month_fact)::bigint AS revenue,
               (SELECT sum(amount_fen) FROM collection)::bigint AS collected,
               (SELECT sum(amount_fen) FROM expense)::bigint AS spent`.execute(database.db)
    ).rows;
    const share = Number(totals?.collected) / Number(totals?.revenue);
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(1);
    const spent = Number(totals?.spent) / Number(totals?.revenue);
    expect(spent).toBeGreaterThan(0.01);
    expect(spent).toBeLessThan(0.04);
  });

  it('fills the monthly facts with exactly the order-line sums', async () => {
    const totals = await factTotals(database);
    expect(totals?.n).toBeGreaterThan(0);
    expect(totals?.facts).toBe(totals?.lines);
    expect(totals?.factCost).toBe(totals?.lineCost);
    expect(totals?.m).toBe(totals?.n);
  });

  it('leaves no order line pointing at a missing account or product', async () => {
    const result = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM order_line ol
       WHERE NOT EXISTS (SELECT 1 FROM account a WHERE a.account_id = ol.account_id)
          OR NOT EXISTS (SELECT 1 FROM product p WHERE p.product_id = ol.product_id)`.execute(database.db);
    expect(result.rows[0]?.n).toBe(0);
  });

  it('keeps profiles, hierarchy and dates as generated', async () => {
    const sample = company.contacts.find(
      (c) => Object.keys(c.profileWork).length >= 2 && c.reportsToContactId !== null,
    );
    const row = await database.db
      .selectFrom('contact')
      .select(['profile_work', 'reports_to_contact_id', 'last_verified_on', 'name'])
      .where('contact_id', '=', sample?.id ?? 0)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      profile_work: sample?.profileWork,
      reports_to_contact_id: sample?.reportsToContactId,
      last_verified_on: sample?.lastVerifiedOn,
      name: sample?.name,
    });
    const subsidiaries = await database.db
      .selectFrom('account')
      .where('parent_account_id', 'is not', null)
      .select('account_id')
      .execute();
    expect(subsidiaries.length).toBe(company.accounts.filter((a) => a.parentId !== null).length);
  });

  it('gives every demo user the one password', async () => {
    const users = await database.db.selectFrom('app_user').select(['username', 'password_hash']).execute();
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    const director = users.find((u) => u.username === 'director');
    expect(await verifyPassword('demo-password', director?.password_hash ?? null)).toBe(true);
  });

  it('moves identity sequences past the inserted ids', async () => {
    const owner = await database.db
      .selectFrom('app_user')
      .select('app_user_id')
      .where('username', '=', 'rep_east')
      .executeTakeFirstOrThrow();
    const account = await database.db
      .insertInto('account')
      .values({
        code: 'KA-NEW-1',
        name: '新客户有限公司',
        type: 'key_account',
        owner_user_id: owner.app_user_id,
      })
      .returning('account_id')
      .executeTakeFirstOrThrow();
    expect(account.account_id).toBe(company.accounts.length + 1);
    const contact = await database.db
      .insertInto('contact')
      .values({ account_id: account.account_id, name: '新联系人' })
      .returning('contact_id')
      .executeTakeFirstOrThrow();
    expect(contact.contact_id).toBe(company.contacts.length + 1);
    const unit = await database.db
      .insertInto('org_unit')
      .values({ name: '新团队', kind: 'team', path: '/x/' })
      .returning('org_unit_id')
      .executeTakeFirstOrThrow();
    expect(unit.org_unit_id).toBe(company.orgUnits.length + 1);
    const line = await database.db
      .insertInto('order_line')
      .values({
        order_date: '2026-11-01',
        account_id: account.account_id,
        product_id: 1,
        product_line_id: 1,
        quantity: 1,
        amount_fen: 100,
        cost_fen: 50,
      })
      .returning('order_line_id')
      .executeTakeFirstOrThrow();
    expect(line.order_line_id).toBe(summary.orderLines + 1);

    // The new line reaches the facts once its account is refreshed.
    expect(await refreshAccountMonthFacts(database, [account.account_id])).toBe(1);
    const totals = await factTotals(database);
    expect(totals?.facts).toBe(totals?.lines);
    expect(await refreshAccountMonthFacts(database)).toBe(await countRows(database, 'account_month_fact'));
    expect((await factTotals(database))?.m).toBe(summary.orderLines + 1);
  });

  it('refuses a second load and leaves the data alone', async () => {
    const accounts = await countRows(database, 'account');
    const error = await loadDemoCompany(database, { ...scale, password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('conflict');
    expect(await countRows(database, 'account')).toBe(accounts);
  });
});

describe('loadDemoCompany next to existing data', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    const unit = await database.db
      .insertInto('org_unit')
      .values({ name: '既有公司', kind: 'company', path: '/1/' })
      .returning('org_unit_id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('app_user')
      .values({ username: 'boss', display_name: '老板', org_unit_id: unit.org_unit_id, role: 'admin' })
      .execute();
    const line = await database.db
      .insertInto('product_line')
      .values({ code: 'OWN', name: '自有产品', category: '其他' })
      .returning('product_line_id')
      .executeTakeFirstOrThrow();
    // Same SKU as a demo product: the load must fail part-way and leave nothing behind.
    await database.db
      .insertInto('product')
      .values({
        product_line_id: line.product_line_id,
        sku: 'WTR-001',
        name: '冲突产品',
        list_price_fen: 100,
        unit_cost_fen: 50,
      })
      .execute();
  });
  afterAll(() => database?.dispose());

  it('rolls back everything when a row fails', async () => {
    await expect(loadDemoCompany(database, { ...scale, password: 'x' })).rejects.toThrow();
    expect(await countRows(database, 'org_unit')).toBe(1);
    expect(await countRows(database, 'app_user')).toBe(1);
    expect(await countRows(database, 'product')).toBe(1);
    expect(await countRows(database, 'account')).toBe(0);
  });

  it('shifts its ids past existing org units, users and products', async () => {
    await database.db.updateTable('product').set({ sku: 'OWN-001' }).execute();
    const summary = await loadDemoCompany(database, { ...scale, password: 'x' });
    expect(await countRows(database, 'org_unit')).toBe(1 + summary.orgUnits);
    const root = await database.db
      .selectFrom('org_unit')
      .select(['org_unit_id', 'path'])
      .where('parent_id', 'is', null)
      .where('name', '!=', '既有公司')
      .executeTakeFirstOrThrow();
    expect(root).toEqual({ org_unit_id: 2, path: '/2/' });
    const repEast = await database.db
      .selectFrom('app_user')
      .innerJoin('org_unit', 'org_unit.org_unit_id', 'app_user.org_unit_id')
      .select(['org_unit.path'])
      .where('username', '=', 'rep_east')
      .executeTakeFirstOrThrow();
    expect(repEast.path.startsWith('/2/')).toBe(true);
    const totals = await factTotals(database);
    expect(totals?.facts).toBe(totals?.lines);
  });
});

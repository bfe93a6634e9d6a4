// Target tracking test data on the fixture company: two product lines with a product each, order lines in
// 2024–2026 (facts refreshed from them), monthly collections and expenses, and a 2026 target plan
//   company → 华东 (east) → rep_east → 东方集团 (customer) → 产品线A (product line)
//                         → rep_east2 → 经销商 (account type distributor)
//           → 西部 (west) → 食品 (industry)
// whose money targets roll up exactly from the leaves. Written straight into the tables (the target-plan use
// cases are another part's); the plan is what a published plan looks like.
import { sql } from 'kysely';
import type { Database } from '../src/db/connect.ts';
import { refreshAccountMonthFacts } from '../src/db/repositories/account-month-fact-repository.ts';
import { createRepositories } from '../src/db/repositories/create-repositories.ts';
import type { Fixture } from './fixtures.ts';

export interface TrackingFixture {
  planId: number;
  nodes: Record<
    | 'company'
    | 'east'
    | 'repEast'
    | 'customer'
    | 'productLine'
    | 'repEast2'
    | 'distributor'
    | 'west'
    | 'food',
    number
  >;
  productLines: { a: number; b: number };
  products: { a: number; b: number };
}

type NodeName = keyof TrackingFixture['nodes'];

export const MONEY = ['revenue', 'collections', 'gross_profit', 'expense'] as const;

/** Leaf targets per month in fen: (node, metric) → 12 values; parents are the sums. */
export function leafTarget(name: NodeName, metric: (typeof MONEY)[number]): number[] {
  const base = { productLine: 40_000, repEast2: 0, distributor: 30_000, food: 50_000 }[name as string] ?? 0;
  const factor = { revenue: 10, collections: 9, gross_profit: 3, expense: 1 }[metric];
  return Array.from({ length: 12 }, (_, i) => Math.round((base * factor * (12 + i)) / 12));
}

export async function seedTracking(
  database: Database,
  fx: Fixture,
  options: { year?: number; status?: 'draft' | 'published' | 'superseded'; version?: number } = {},
): Promise<TrackingFixture> {
  const db = database.db;
  const year = options.year ?? 2026;
  await db
    .updateTable('account')
    .set({ type: 'distributor', industry: '零售' })
    .where('account_id', '=', fx.accounts.eastOther)
    .execute();
  const productLines = { a: await productLine(database, 'PLA'), b: await productLine(database, 'PLB') };
  const products = {
    a: await product(database, productLines.a, 'SKU-A'),
    b: await product(database, productLines.b, 'SKU-B'),
  };
  const plan = await db
    .insertInto('target_plan')
    .values({
      year,
      version: options.version ?? 1,
      name: `${year} 年度目标`,
      status: options.status ?? 'published',
    })
    .returning('target_plan_id')
    .executeTakeFirstOrThrow();
  const planId = plan.target_plan_id;
  const nodes = {} as Record<NodeName, number>;
  const parents = new Map<NodeName, NodeName | null>();
  const add = async (
    name: NodeName,
    parent: NodeName | null,
    key: string,
    dimension: 'company' | 'org_unit' | 'rep' | 'industry' | 'account_type' | 'customer' | 'product_line',
    label: string,
    scope: Partial<{
      scope_org_unit_id: number;
      scope_owner_user_id: number;
      scope_industry: string;
      scope_account_type: string;
      scope_account_id: number;
      scope_product_line_id: number;
    }>,
    sortOrder = 0,
  ) => {
    const row = await db
      .insertInto('target_node')
      .values({
        target_plan_id: planId,
        parent_node_id: parent ? nodes[parent] : null,
        node_key: key,
        depth: key.split('/').length - (parent ? 0 : 1),
        dimension,
        label,
        sort_order: sortOrder,
        method_params: '{}',
        ansoff_market: null,
        ansoff_product: null,
        ref_id: null,
        ref_key: null,
        scope_org_unit_id: scope.scope_org_unit_id ?? null,
        scope_owner_user_id: scope.scope_owner_user_id ?? null,
        scope_industry: scope.scope_industry ?? null,
        scope_account_type: scope.scope_account_type ?? null,
        scope_account_id: scope.scope_account_id ?? null,
        scope_product_line_id: scope.scope_product_line_id ?? null,
      })
      .returning('target_node_id')
      .executeTakeFirstOrThrow();
    nodes[name] = row.target_node_id;
    parents.set(name, parent);
  };
  const east = { scope_org_unit_id: fx.units.east };
  const west = { scope_org_unit_id: fx.units.west };
  await add('company', null, 'company', 'company', '全公司', {});
  await add('east', 'company', `org_unit:${fx.units.east}`, 'org_unit', '华东大区', east, 1);
  await add('west', 'company', `org_unit:${fx.units.west}`, 'org_unit', '西部大区', west, 2);
  const repEast = { ...east, scope_owner_user_id: fx.users.rep_east };
  const repEast2 = { ...east, scope_owner_user_id: fx.users.rep_east2 };
  await add(
    'repEast',
    'east',
    `org_unit:${fx.units.east}/rep:${fx.users.rep_east}`,
    'rep',
    'rep_east',
    repEast,
    1,
  );
  await add(
    'repEast2',
    'east',
    `org_unit:${fx.units.east}/rep:${fx.users.rep_east2}`,
    'rep',
    'rep_east2',
    repEast2,
    2,
  );
  const customer = { ...repEast, scope_account_id: fx.accounts.eastGroup };
  await add(
    'customer',
    'repEast',
    `org_unit:${fx.units.east}/rep:${fx.users.rep_east}/customer:${fx.accounts.eastGroup}`,
    'customer',
    '东方集团',
    customer,
  );
  await add(
    'productLine',
    'customer',
    `org_unit:${fx.units.east}/rep:${fx.users.rep_east}/customer:${fx.accounts.eastGroup}/product_line:${productLines.a}`,
    'product_line',
    'PLA',
    { ...customer, scope_product_line_id: productLines.a },
  );
  await add(
    'distributor',
    'repEast2',
    `org_unit:${fx.units.east}/rep:${fx.users.rep_east2}/account_type:distributor`,
    'account_type',
    '经销商',
    { ...repEast2, scope_account_type: 'distributor' },
  );
  await add('food', 'west', `org_unit:${fx.units.west}/industry:食品`, 'industry', '食品', {
    ...west,
    scope_industry: '食品',
  });

  // Targets: leaves first, every parent the exact sum of its children.
  const names = Object.keys(nodes) as NodeName[];
  const childrenOf = (n: NodeName) => names.filter((c) => parents.get(c) === n);
  const targetOf = (n: NodeName, metric: (typeof MONEY)[number]): number[] => {
    const kids = childrenOf(n);
    if (kids.length === 0) return leafTarget(n, metric);
    return kids.map((k) => targetOf(k, metric)).reduce((s, v) => s.map((x, i) => x + (v[i] ?? 0)));
  };
  await db
    .insertInto('target_value')
    .values(
      names.flatMap((n) =>
        MONEY.map((metric) => ({
          target_plan_id: planId,
          target_node_id: nodes[n],
          metric,
          months: JSON.stringify(targetOf(n, metric)),
        })),
      ),
    )
    .execute();

  // Order lines: every account, each product line, every month of 2024-01 … 2026-06 (and one outside).
  const lines: Array<{
    account: number;
    date: string;
    product: number;
    line: number;
    amount: number;
    cost: number;
  }> = [];
  const accounts = Object.values(fx.accounts);
  for (const [ai, account] of accounts.entries())
    for (let y = year - 2; y <= year; y++)
      for (let m = 1; m <= (y === year ? 6 : 12); m++)
        for (const [pi, [p, line]] of [
          [products.a, productLines.a],
          [products.b, productLines.b],
        ].entries()) {
          const amount = 10_000 * (ai + 1) + 1_000 * m + 100 * pi + 37 * (y - year + 3);
          lines.push({
            account,
            date: `${y}-${String(m).padStart(2, '0')}-${10 + pi}`,
            product: p as number,
            line: line as number,
            amount,
            cost: Math.floor(amount * 0.6),
          });
        }
  lines.push({
    account: fx.accounts.eastGroup,
    date: `${year - 3}-12-05`,
    product: products.a,
    line: productLines.a,
    amount: 999,
    cost: 1,
  });
  await db
    .insertInto('order_line')
    .values(
      lines.map((l, i) => ({
        order_date: l.date,
        account_id: l.account,
        product_id: l.product,
        product_line_id: l.line,
        quantity: 1,
        amount_fen: l.amount,
        cost_fen: l.cost,
        order_no: `SO-${i + 1}`,
        line_no: 1,
      })),
    )
    .execute();
  await refreshAccountMonthFacts(db);
  const cash: Array<{
    account_id: number;
    month: string;
    collection_fen: number;
    expense_fen: number;
    collection_count: number;
    expense_count: number;
  }> = [];
  for (const [ai, account] of accounts.entries())
    for (let y = year - 2; y <= year; y++)
      for (let m = 1; m <= (y === year ? 6 : 12); m++)
        cash.push({
          account_id: account,
          month: `${y}-${String(m).padStart(2, '0')}-01`,
          collection_fen: 9_000 * (ai + 1) + 500 * m,
          expense_fen: 700 * (ai + 1) + m,
          collection_count: 1,
          expense_count: 1,
        });
  await db.insertInto('account_month_cash_fact').values(cash).execute();
  return { planId, nodes, productLines, products };
}

/** A plan's target_node_actual, row by row in a fixed order. */
export async function actualsSnapshot(database: Database, planId: number) {
  return (
    await sql<Record<string, unknown>>`
      SELECT target_node_id, month::text AS month, revenue_fen, cost_fen, collection_fen, expense_fen, line_count
        FROM target_node_actual WHERE target_plan_id = ${planId} ORDER BY 1, 2`.execute(database.db)
  ).rows;
}

/**
 * The plan's target_node_actual as kept incrementally, then rebuilt from the facts: equal when nothing drifted.
 * The rebuilt rows stay, so the next check starts from a correct table.
 */
export async function actualsAndRebuild(database: Database, planId: number) {
  const incremental = await actualsSnapshot(database, planId);
  await createRepositories(database.db).targetActuals.rebuildPlan(planId);
  return { incremental, rebuilt: await actualsSnapshot(database, planId) };
}

async function productLine(database: Database, code: string): Promise<number> {
  const row = await database.db
    .insertInto('product_line')
    .values({ code, name: `产品线${code}`, category: 'test' })
    .returning('product_line_id')
    .executeTakeFirstOrThrow();
  return row.product_line_id;
}

async function product(database: Database, productLineId: number, sku: string): Promise<number> {
  const row = await database.db
    .insertInto('product')
    .values({ product_line_id: productLineId, sku, name: sku, list_price_fen: 100, unit_cost_fen: 60 })
    .returning('product_id')
    .executeTakeFirstOrThrow();
  return row.product_id;
}

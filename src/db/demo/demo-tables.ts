// How the demo company's rows map onto the tables, column by column, with ids shifted past existing rows.
import type { DemoCompany, DemoOrderLine } from '../../core/demo/demo-types.ts';
import type { DemoCollection, DemoExpense } from '../../core/demo/generate-cash-flows.ts';
import type { RawSession } from '../connect.ts';
import { type BulkTable, bulkInsert } from './bulk-insert.ts';

/** Added to the demo's ids of tables that may already hold rows (accounts must be empty). */
export interface Offsets {
  orgUnit: number;
  user: number;
  productLine: number;
  product: number;
}

export type TableInsert = (session: RawSession, batchSize: number) => Promise<number>;

/** One bulk insert per master-data table, in foreign-key order. */
export function masterDataInserts(company: DemoCompany, passwordHash: string, o: Offsets): TableInsert[] {
  const shiftPath = (path: string) =>
    `/${path
      .split('/')
      .filter(Boolean)
      .map((id) => Number(id) + o.orgUnit)
      .join('/')}/`;
  return [
    (session, batchSize) =>
      bulkInsert(
        session,
        {
          table: 'org_unit',
          columns: [
            { name: 'org_unit_id', type: 'bigint', value: (u) => u.id + o.orgUnit },
            {
              name: 'parent_id',
              type: 'bigint',
              value: (u) => (u.parentId === null ? null : u.parentId + o.orgUnit),
            },
            { name: 'name', type: 'text', value: (u) => u.name },
            { name: 'name_en', type: 'text', value: (u) => u.nameEn },
            { name: 'kind', type: 'text', value: (u) => u.kind },
            { name: 'path', type: 'text', value: (u) => shiftPath(u.path) },
          ],
        },
        company.orgUnits,
        batchSize,
      ),
    (session, batchSize) =>
      bulkInsert(
        session,
        {
          table: 'app_user',
          columns: [
            { name: 'app_user_id', type: 'bigint', value: (u) => u.id + o.user },
            { name: 'username', type: 'text', value: (u) => u.username },
            { name: 'display_name', type: 'text', value: (u) => u.displayName },
            { name: 'org_unit_id', type: 'bigint', value: (u) => u.orgUnitId + o.orgUnit },
            { name: 'role', type: 'text', value: (u) => u.role },
            { name: 'password_hash', type: 'text', value: () => passwordHash },
            { name: 'email', type: 'text', value: (u) => u.email },
          ],
        },
        company.users,
        batchSize,
      ),
    (session, batchSize) =>
      bulkInsert(
        session,
        {
          table: 'product_line',
          columns: [
            { name: 'product_line_id', type: 'bigint', value: (l) => l.id + o.productLine },
            { name: 'code', type: 'text', value: (l) => l.code },
            { name: 'name', type: 'text', value: (l) => l.name },
            { name: 'category', type: 'text', value: (l) => l.category },
          ],
        },
        company.productLines,
        batchSize,
      ),
    (session, batchSize) =>
      bulkInsert(
        session,
        {
          table: 'product',
          columns: [
            { name: 'product_id', type: 'bigint', value: (p) => p.id + o.product },
            { name: 'product_line_id', type: 'bigint', value: (p) => p.productLineId + o.productLine },
            { name: 'sku', type: 'text', value: (p) => p.sku },
            { name: 'name', type: 'text', value: (p) => p.name },
            { name: 'unit', type: 'text', value: (p) => p.unit },
            { name: 'list_price_fen', type: 'bigint', value: (p) => p.listPriceFen },
            { name: 'unit_cost_fen', type: 'bigint', value: (p) => p.unitCostFen },
          ],
        },
        company.products,
        batchSize,
      ),
    (session, batchSize) =>
      bulkInsert(
        session,
        {
          table: 'account',
          columns: [
            { name: 'account_id', type: 'bigint', value: (a) => a.id },
            { name: 'code', type: 'text', value: (a) => a.code },
            { name: 'name', type: 'text', value: (a) => a.name },
            { name: 'type', type: 'text', value: (a) => a.type },
            { name: 'parent_account_id', type: 'bigint', value: (a) => a.parentId },
            { name: 'owner_user_id', type: 'bigint', value: (a) => a.ownerUserId + o.user },
            { name: 'region_unit_id', type: 'bigint', value: (a) => a.regionUnitId + o.orgUnit },
            { name: 'industry', type: 'text', value: (a) => a.industry },
            { name: 'province', type: 'text', value: (a) => a.province },
            { name: 'city', type: 'text', value: (a) => a.city },
            { name: 'address', type: 'text', value: (a) => a.address },
            { name: 'phone', type: 'text', value: (a) => a.phone },
            { name: 'website', type: 'text', value: (a) => a.website },
            { name: 'notes', type: 'text', value: (a) => a.notes },
          ],
        },
        company.accounts,
        batchSize,
      ),
    (session, batchSize) =>
      bulkInsert(
        session,
        {
          table: 'account_team_member',
          columns: [
            { name: 'account_id', type: 'bigint', value: (m) => m.accountId },
            { name: 'app_user_id', type: 'bigint', value: (m) => m.userId + o.user },
            { name: 'team_role', type: 'text', value: (m) => m.teamRole },
          ],
        },
        company.teamMembers,
        batchSize,
      ),
    (session, batchSize) =>
      bulkInsert(
        session,
        {
          table: 'contact',
          columns: [
            { name: 'contact_id', type: 'bigint', value: (c) => c.id },
            { name: 'account_id', type: 'bigint', value: (c) => c.accountId },
            { name: 'name', type: 'text', value: (c) => c.name },
            { name: 'title', type: 'text', value: (c) => c.title },
            { name: 'department', type: 'text', value: (c) => c.department },
            { name: 'reports_to_contact_id', type: 'bigint', value: (c) => c.reportsToContactId },
            { name: 'phone', type: 'text', value: (c) => c.phone },
            { name: 'email', type: 'text', value: (c) => c.email },
            { name: 'wechat', type: 'text', value: (c) => c.wechat },
            { name: 'profile_personal', type: 'jsonb', value: (c) => c.profilePersonal },
            { name: 'profile_interpersonal', type: 'jsonb', value: (c) => c.profileInterpersonal },
            { name: 'profile_work', type: 'jsonb', value: (c) => c.profileWork },
            { name: 'last_verified_on', type: 'date', value: (c) => c.lastVerifiedOn },
          ],
        },
        company.contacts,
        batchSize,
      ),
  ];
}

/** Order lines, with product ids shifted like the products. */
/** Order lines with their product's line (0010), ids shifted like the master data. */
export function orderLineTable(company: DemoCompany, o: Offsets): BulkTable<DemoOrderLine> {
  const lineOf = new Map(company.products.map((p) => [p.id, p.productLineId + o.productLine] as const));
  return {
    table: 'order_line',
    columns: [
      { name: 'order_line_id', type: 'bigint', value: (l) => l.id },
      { name: 'order_date', type: 'date', value: (l) => l.orderDate },
      { name: 'account_id', type: 'bigint', value: (l) => l.accountId },
      { name: 'product_id', type: 'bigint', value: (l) => l.productId + o.product },
      { name: 'product_line_id', type: 'bigint', value: (l) => lineOf.get(l.productId) },
      { name: 'quantity', type: 'numeric', value: (l) => l.quantity },
      { name: 'amount_fen', type: 'bigint', value: (l) => l.amountFen },
      { name: 'cost_fen', type: 'bigint', value: (l) => l.costFen },
    ],
  };
}

/** The demo's collections (ids from the table's identity). */
export const collectionTable: BulkTable<DemoCollection> = {
  table: 'collection',
  columns: [
    { name: 'account_id', type: 'bigint', value: (c) => c.accountId },
    { name: 'collected_on', type: 'date', value: (c) => c.collectedOn },
    { name: 'amount_fen', type: 'bigint', value: (c) => c.amountFen },
    { name: 'reference', type: 'text', value: (c) => c.reference },
  ],
};

/** The demo's sales expenses. */
export const expenseTable: BulkTable<DemoExpense> = {
  table: 'expense',
  columns: [
    { name: 'account_id', type: 'bigint', value: (e) => e.accountId },
    { name: 'spent_on', type: 'date', value: (e) => e.spentOn },
    { name: 'category', type: 'text', value: (e) => e.category },
    { name: 'amount_fen', type: 'bigint', value: (e) => e.amountFen },
  ],
};

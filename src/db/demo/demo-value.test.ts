// The demo's account value data: a handful of key-account groups get a valid whitespace grid whose current
// cells are what they bought, background text and cost drivers; the value endpoints then have data to show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { validateWhitespace } from '../../core/value/whitespace-grid.ts';
import { createRepositories } from '../repositories/create-repositories.ts';
import { DEMO_VALUE_ACCOUNTS, loadDemoValue } from './demo-value.ts';
import { loadDemoCompany } from './load-demo-company.ts';

const today = '2026-11-25';
let database: TestDatabase;
let loaded: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemoCompany(database, { accounts: 40, linesPerAccountMonth: 2, today, password: 'demo-pass' });
  loaded = await loadDemoValue(database, today);
});
afterAll(() => database.dispose());

describe('demo account value', () => {
  it('fills a handful of key-account groups', async () => {
    expect(loaded).toBe(DEMO_VALUE_ACCOUNTS);
    const repos = createRepositories(database.db);
    const ids = (await database.db.selectFrom('account_background').select('account_id').execute()).map((r) =>
      Number(r.account_id),
    );
    expect(ids).toHaveLength(DEMO_VALUE_ACCOUNTS);
    const lines = new Set((await repos.whitespace.productLines()).map((l) => l.id));
    for (const id of ids) {
      const grid = await repos.whitespace.load(id);
      expect(grid.cells.length).toBeGreaterThan(0);
      expect(validateWhitespace(grid, lines)).toEqual([]);
      expect(grid.cells.some((c) => c.status === 'current' && (c.currentFen ?? 0) > 0)).toBe(true);
      const assessment = (await repos.accountValue.assessments([id])).get(id) as {
        costDrivers: Record<string, number>;
        customerCategorySpendFen: number;
      };
      expect(assessment.costDrivers.visitsPerYear).toBeGreaterThan(0);
      expect(assessment.customerCategorySpendFen).toBeGreaterThan(0);
    }
  });
});

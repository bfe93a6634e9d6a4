// Route tier: an account's product lines in the BCG matrix ([SEG-8]) — quadrants from share and growth,
// translated labels and explanations, an empty list without product-line sales, 404 for hidden accounts
// and 401 without a session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ProductLineBcgT } from './product-line-schemas.ts';

let t: TestApp;
const lines: Record<'star' | 'dog', number> = { star: 0, dog: 0 };
beforeAll(async () => {
  t = await createTestApp();
  for (const [key, code, name] of [
    ['star', 'PL-S', '工业阀门'],
    ['dog', 'PL-D', '密封件'],
  ] as const) {
    const row = await t.database.db
      .insertInto('product_line')
      .values({ code, name, category: 'test' })
      .returning('product_line_id')
      .executeTakeFirstOrThrow();
    lines[key] = row.product_line_id;
  }
  // The fixture clock is in 2026-11: this year is 2025-12 … 2026-11, the year before 2024-12 … 2025-11.
  const fact = (lineId: number, month: string, revenue: number) => ({
    account_id: t.fixture.accounts.eastGroup,
    month,
    product_line_id: lineId,
    revenue_fen: revenue,
    cost_fen: Math.round(revenue * 0.4),
    line_count: 1,
  });
  await t.database.db
    .insertInto('account_month_fact')
    .values([
      fact(lines.star, '2025-06-01', 500_000),
      fact(lines.star, '2026-06-01', 800_000),
      fact(lines.dog, '2025-06-01', 300_000),
      fact(lines.dog, '2026-06-01', 100_000),
      // Older than 24 months: not part of the view.
      fact(lines.dog, '2024-06-01', 900_000),
    ])
    .execute();
});
afterAll(() => t.close());

const path = (id: number) => `/api/accounts/${id}/product-lines`;

describe('GET /api/accounts/{id}/product-lines [SEG-8]', () => {
  it('puts a line with high share and growth in star and a small shrinking one in dog', async () => {
    const res = await (await t.as('rep_east')).get(path(t.fixture.accounts.eastGroup));
    expect(res.status).toBe(200);
    const body = (await res.json()) as ProductLineBcgT;
    expect(body.period).toBe('2026-11');
    expect(body.growthThresholdPct).toBe(10);
    const byId = new Map(body.items.map((i) => [i.productLineId, i]));
    expect(byId.get(lines.star)).toMatchObject({
      productLineName: '工业阀门',
      value: 'star',
      label: '明星类',
      share: 88.9,
      shareBasis: 'revenue_mix',
      growth: 60,
      revenueFen: 800_000,
      previousYearRevenueFen: 500_000,
    });
    expect(byId.get(lines.dog)).toMatchObject({ value: 'dog', label: '瘦狗类', share: 11.1, growth: -66.7 });
    expect(byId.get(lines.star)?.explanation).toContain('→ 明星类');
  });

  it('answers in English when asked', async () => {
    const res = await (await t.as('rep_east')).request('GET', path(t.fixture.accounts.eastGroup), undefined, {
      'accept-language': 'en',
    });
    const body = (await res.json()) as ProductLineBcgT;
    expect(body.items.find((i) => i.productLineId === lines.dog)?.label).toBe('Dog');
    expect(body.items.find((i) => i.productLineId === lines.star)?.explanation).toMatch(/→ Star$/);
  });

  it('is empty for an account without product-line sales', async () => {
    const res = await (await t.as('director')).get(path(t.fixture.accounts.west));
    expect(res.status).toBe(200);
    expect(((await res.json()) as ProductLineBcgT).items).toEqual([]);
  });

  it('404 for an account the caller does not see', async () => {
    expect((await (await t.as('rep_west')).get(path(t.fixture.accounts.eastGroup))).status).toBe(404);
  });

  it('401 without a session', async () => {
    expect((await t.app.request(path(t.fixture.accounts.eastGroup))).status).toBe(401);
  });
});

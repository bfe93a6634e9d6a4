// Route tier: order lines, collections, expenses and the order-line import over HTTP — status codes, validation
// messages naming the field, and who may see and write what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let productLine: number;

beforeAll(async () => {
  t = await createTestApp();
  const row = await t.database.db
    .insertInto('product_line')
    .values({ code: 'BEV', name: '饮料', category: 'flow' })
    .returning('product_line_id')
    .executeTakeFirstOrThrow();
  productLine = row.product_line_id;
});
afterAll(() => t.close());

const line = () => ({
  accountId: t.fixture.accounts.eastGroup,
  orderDate: '2026-03-05',
  productLineId: productLine,
  quantity: 2,
  amountFen: 10_000,
  costFen: 6_000,
});

async function upload(user: string, csv: string, dryRun?: boolean) {
  const client = await t.as(user);
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'lines.csv');
  if (dryRun) form.append('dryRun', 'true');
  return t.app.request('/api/order-lines/import', {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
}

describe('order lines', () => {
  it('a rep records, corrects and deletes a line on their account; the facts follow', async () => {
    const rep = await t.as('rep_east');
    const created = await rep.request('POST', '/api/order-lines', line());
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: number; accountCode: string; productLineName: string };
    expect(body).toMatchObject({ accountCode: 'KA-1', productLineName: '饮料' });
    const patched = await rep.request('PATCH', `/api/order-lines/${body.id}`, { orderDate: '2026-04-01' });
    expect(patched.status).toBe(200);
    const facts = await t.database.db
      .selectFrom('account_month_fact')
      .select(['month', 'revenue_fen'])
      .execute();
    expect(facts).toEqual([{ month: '2026-04-01', revenue_fen: 10_000 }]);
    expect((await rep.request('DELETE', `/api/order-lines/${body.id}`)).status).toBe(204);
    expect(await t.database.db.selectFrom('account_month_fact').selectAll().execute()).toEqual([]);
  });

  it('lists only visible lines, filtered by month and product line, paginated', async () => {
    const admin = await t.as('admin');
    for (const [accountId, orderDate] of [
      [t.fixture.accounts.eastGroup, '2026-03-05'],
      [t.fixture.accounts.eastGroup, '2026-03-06'],
      [t.fixture.accounts.west, '2026-03-07'],
    ] as const)
      expect(
        (await admin.request('POST', '/api/order-lines', { ...line(), accountId, orderDate })).status,
      ).toBe(201);
    const east = (await (
      await (await t.as('rep_east')).get('/api/order-lines?month=2026-03&limit=1')
    ).json()) as {
      items: Array<{ orderDate: string }>;
      total: number;
    };
    expect(east.total).toBe(2);
    expect(east.items.map((i) => i.orderDate)).toEqual(['2026-03-06']);
    const west = (await (
      await (await t.as('rep_west')).get(`/api/order-lines?productLineId=${productLine}`)
    ).json()) as {
      total: number;
    };
    expect(west.total).toBe(1);
    const all = (await (await admin.get('/api/order-lines?month=2026-04')).json()) as { total: number };
    expect(all.total).toBe(0);
  });

  it('404 for a line of an account the caller cannot see; 403 for finance writing order lines', async () => {
    const admin = await t.as('admin');
    const west = (await (
      await admin.request('POST', '/api/order-lines', { ...line(), accountId: t.fixture.accounts.west })
    ).json()) as { id: number };
    expect((await (await t.as('rep_east')).get(`/api/order-lines/${west.id}`)).status).toBe(404);
    expect(
      (await (await t.as('rep_east')).request('PATCH', `/api/order-lines/${west.id}`, { quantity: 1 }))
        .status,
    ).toBe(404);
    expect((await (await t.as('finance')).request('POST', '/api/order-lines', line())).status).toBe(403);
  });

  it('400 names each bad field, in the caller language', async () => {
    const admin = await t.as('admin');
    const res = await admin.request(
      'POST',
      '/api/order-lines',
      { ...line(), orderDate: '2099-01-01', amountFen: -5, quantity: 1.234 },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { details: Array<{ path: string; message: string }> };
    expect(body.details).toEqual([
      { path: 'orderDate', message: 'The date may not be in the future' },
      { path: 'quantity', message: 'At most 2 decimals' },
      { path: 'amountFen', message: 'May not be negative' },
    ]);
    const unknown = await admin.request('POST', '/api/order-lines', { ...line(), extra: 1 });
    expect(unknown.status).toBe(400);
  });

  it('lists the product lines', async () => {
    const res = await (await t.as('rep_east')).get('/api/product-lines');
    expect(await res.json()).toEqual([{ id: productLine, code: 'BEV', name: '饮料' }]);
  });
});

describe('order line import', () => {
  const header = '订单号,行号,客户编码,日期,产品线,数量,单价,金额,成本';

  it('imports a CSV and reports problems by row and column in Chinese', async () => {
    const ok = await upload(
      'admin',
      `${header}\nH-1,1,KA-1,2026-03-05,BEV,1,,10.00,6.00\nH-1,2,KA-4,2026-03-05,饮料,2,5,,3\n`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ applied: true, created: 2, errors: [] });
    const bad = await upload('admin', `${header}\nH-2,1,KA-404,2026-03-05,BEV,1,,10.001,6\n`);
    expect(await bad.json()).toMatchObject({
      applied: false,
      problemCount: 2,
      errors: [
        { row: 2, column: '客户编码', message: '客户编码“KA-404”不存在或无权访问' },
        { row: 2, column: '金额', message: '最多 2 位小数' },
      ],
    });
  });

  it('a dry run writes nothing; finance may not import', async () => {
    const before = await t.database.db
      .selectFrom('order_line')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const dry = await upload('admin', `${header}\nH-3,1,KA-1,2026-03-05,BEV,1,,10.00,6.00\n`, true);
    expect(await dry.json()).toMatchObject({ applied: false, dryRun: true, created: 1 });
    const after = await t.database.db
      .selectFrom('order_line')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await upload('finance', `${header}\n`)).status).toBe(403);
  });

  it('400 for a body that is not multipart', async () => {
    const res = await (await t.as('admin')).request('POST', '/api/order-lines/import', { file: 'x' });
    expect(res.status).toBe(400);
  });
});

describe('collections and expenses', () => {
  it('finance records and corrects a collection; a rep of another region gets 404', async () => {
    const finance = await t.as('finance');
    const created = await finance.request('POST', '/api/collections', {
      accountId: t.fixture.accounts.eastGroup,
      collectedOn: '2026-05-10',
      amountFen: 50_000,
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    expect((await finance.request('PATCH', `/api/collections/${id}`, { amountFen: 40_000 })).status).toBe(
      200,
    );
    const cash = await t.database.db
      .selectFrom('account_month_cash_fact')
      .select(['collection_fen', 'collection_count'])
      .execute();
    expect(cash).toEqual([{ collection_fen: 40_000, collection_count: 1 }]);
    expect((await (await t.as('rep_west')).get(`/api/collections/${id}`)).status).toBe(404);
    const list = (await (await (await t.as('rep_east')).get('/api/collections?month=2026-05')).json()) as {
      total: number;
    };
    expect(list.total).toBe(1);
    expect((await finance.request('DELETE', `/api/collections/${id}`)).status).toBe(204);
  });

  it('a rep records an expense on their account; a missing category is named', async () => {
    const rep = await t.as('rep_east');
    const bad = await rep.request('POST', '/api/expenses', {
      accountId: t.fixture.accounts.eastGroup,
      spentOn: '2026-05-10',
      category: '',
      amountFen: 800,
    });
    expect(bad.status).toBe(400);
    const ok = await rep.request('POST', '/api/expenses', {
      accountId: t.fixture.accounts.eastGroup,
      spentOn: '2026-05-10',
      category: '差旅',
      amountFen: 800,
    });
    expect(ok.status).toBe(201);
    const list = (await (await rep.get('/api/expenses')).json()) as {
      items: Array<{ category: string; amountFen: number }>;
    };
    expect(list.items).toEqual([expect.objectContaining({ category: '差旅', amountFen: 800 })]);
    expect(
      (
        await (
          await t.as('rep_west')
        ).request('POST', '/api/expenses', {
          accountId: t.fixture.accounts.eastGroup,
          spentOn: '2026-05-10',
          category: '差旅',
          amountFen: 1,
        })
      ).status,
    ).toBe(400);
  });
});

// Route tier: the target sheet round trip — export the caller's part as .xlsx, edit it, import it back all or
// nothing with every problem named by its cell, and who may export and import what (PGlite by default,
// PostgreSQL with TEST_DATABASE_URL).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let planId: number;
beforeAll(async () => {
  t = await createTestApp();
  const director = await t.as('director');
  // company 120,000 yuan and 240 visits, even by month and by child:
  // rows 2 company, 3 east (org_unit:2), 4 rep_east, 5 东方集团, 6 东方集团苏州分公司, 7 rep_east2, 8 浦江贸易,
  // 9 west, 10 rep_west, 11 天府连锁, 12 西蜀食品. Columns: D…O revenue months, P year, Q locks, R… visits.
  const res = await director.request('POST', '/api/target-plans', {
    name: '年度目标',
    year: 2027,
    metrics: ['revenue', 'visits'],
    levels: [
      { dimension: 'org_unit', orgUnitKind: 'region' },
      { dimension: 'rep' },
      { dimension: 'customer' },
    ],
    totals: { revenue: 12_000_000, visits: 240 },
    splitMethod: 'even',
    timeMethod: 'even',
  });
  expect(res.status).toBe(201);
  planId = ((await res.json()) as { plan: { id: number } }).plan.id;
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function exportSheet(user: string, query = ''): Promise<Uint8Array<ArrayBuffer>> {
  const res = await (await t.as(user)).get(`/api/target-plans/${planId}/sheet${query}`);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

async function sheetOf(data: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(data).buffer);
  const sheet = workbook.getWorksheet('目标分解');
  if (!sheet) throw new Error('no 目标分解 sheet');
  return sheet;
}

/** The figure a cell shows (a formula's stored result). */
const shown = (sheet: ExcelJS.Worksheet, address: string) => {
  const v = sheet.getCell(address).value;
  return v && typeof v === 'object' && 'formula' in v ? v.result : v;
};

/** Types into cells and saves like a tool that does not calculate (formulas lose their stored results). */
async function edit(
  data: Uint8Array,
  typed: Record<string, ExcelJS.CellValue>,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(data).buffer);
  const sheet = workbook.getWorksheet('目标分解') as ExcelJS.Worksheet;
  for (const [address, value] of Object.entries(typed)) sheet.getCell(address).value = value;
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v)
        cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function upload(
  user: string,
  data: Uint8Array<ArrayBuffer>,
  options: { under?: string; lang?: string } = {},
) {
  const client = await t.as(user);
  const form = new FormData();
  form.append('file', new Blob([data], { type: XLSX }), 'targets.xlsx');
  if (options.under) form.append('under', options.under);
  return t.app.request(`/api/target-plans/${planId}/sheet`, {
    method: 'POST',
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
      ...(options.lang ? { 'accept-language': options.lang } : {}),
    },
    body: form,
  });
}

interface ImportBody {
  applied: boolean;
  changedCells: number;
  diff: { cells: Array<{ nodeKey: string; month: number; before: number; after: number }> } | null;
  errors: Array<{ cell: string | null; nodeKey: string | null; message: string }>;
}

describe('[TGT-2] target sheet routes: export, edit, import all or nothing', () => {
  it('exports the whole tree for a director as an .xlsx with a Chinese file name', async () => {
    const res = await (await t.as('director')).get(`/api/target-plans/${planId}/sheet`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''%E7%9B%AE%E6%A0%87%E5%88%86%E8%A7%A3",
    );
    const sheet = await sheetOf(new Uint8Array(await res.arrayBuffer()));
    expect(sheet.getCell('A2').value).toBe('company');
    expect(sheet.getCell('C5').value).toBe('东方集团');
    expect(shown(sheet, 'D2')).toBe(10_000);
    expect(shown(sheet, 'D5')).toBe(1_250);
    expect(sheet.rowCount).toBe(12);
  });

  it('applies edited leaves exactly and rolls them up', async () => {
    const file = await edit(await exportSheet('director'), { D5: 1_300.55 });
    const res = await upload('director', file);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImportBody;
    expect(body).toMatchObject({ applied: true, changedCells: 1, errors: [] });
    expect(body.diff?.cells.find((c) => c.nodeKey === 'company')).toMatchObject({
      month: 1,
      before: 1_000_000,
      after: 1_005_055,
    });
    const after = await sheetOf(await exportSheet('director'));
    expect(shown(after, 'D5')).toBe(1_300.55);
    expect(shown(after, 'D2')).toBe(10_050.55);
  });

  it('answers every bad cell in the caller language and writes nothing', async () => {
    const before = await exportSheet('director');
    const file = await edit(before, { D6: 1_250.555, E8: '很多', A12: 'org_unit:4/rep:6/customer:99' });
    const res = await upload('director', file);
    const body = (await res.json()) as ImportBody;
    expect(res.status).toBe(200);
    expect(body.applied).toBe(false);
    expect(body.errors.map((e) => e.cell)).toEqual(['A12', null, 'D6', 'E8']);
    expect(body.errors[2]?.message).toBe('“1250.555”超过两位小数（金额精确到分）');
    const en = (await (await upload('director', file, { lang: 'en' })).json()) as ImportBody;
    expect(en.errors[3]?.message).toBe('"很多" is not a number');
    expect(shown(await sheetOf(await exportSheet('director')), 'D6')).toBe(
      shown(await sheetOf(before), 'D6'),
    );
  });

  it("a manager exports their region and may move figures inside it, but not change the region's totals", async () => {
    const data = await exportSheet('manager_east');
    const sheet = await sheetOf(data);
    expect(sheet.getCell('A2').value).toBe('org_unit:2');
    expect(sheet.rowCount).toBe(7);
    // rows 4 东方集团 and 5 东方集团苏州分公司 share rep_east: February 1,250 each → 1,150 and 1,350
    const moved = (await (
      await upload('manager_east', await edit(data, { E4: 1_150, E5: 1_350 }))
    ).json()) as ImportBody;
    expect(moved).toMatchObject({ applied: true, changedCells: 2 });
    const grown = await upload('manager_east', await edit(await exportSheet('manager_east'), { F4: 2_000 }));
    expect(grown.status).toBe(403);
    expect(((await grown.json()) as { message: string }).message).toContain('测试公司');
  });

  it('reps export their own part and may not import; finance chooses a part', async () => {
    const rep = await sheetOf(await exportSheet('rep_east'));
    expect([rep.getCell('A2').value, rep.rowCount]).toEqual(['org_unit:2/rep:4', 4]);
    expect((await upload('rep_east', await exportSheet('rep_east'))).status).toBe(403);
    expect(
      (await (await t.as('rep_east')).get(`/api/target-plans/${planId}/sheet?under=org_unit:4`)).status,
    ).toBe(404);
    const finance = await (await t.as('finance')).get(`/api/target-plans/${planId}/sheet`);
    expect(finance.status).toBe(400);
    expect(((await finance.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('under');
    expect((await sheetOf(await exportSheet('finance', '?under=org_unit:4'))).getCell('A2').value).toBe(
      'org_unit:4',
    );
    expect(
      (await upload('finance', await exportSheet('finance', '?under=org_unit:4'), { under: 'org_unit:4' }))
        .status,
    ).toBe(403);
  });

  it('refuses a body that is not multipart, and an unknown plan', async () => {
    const director = await t.as('director');
    expect((await director.request('POST', `/api/target-plans/${planId}/sheet`, { file: 'x' })).status).toBe(
      400,
    );
    expect((await director.get('/api/target-plans/999999/sheet')).status).toBe(404);
  });

  it('documents both endpoints: the workbook download and the multipart upload', async () => {
    const doc = (await (await t.as('director')).get('/api/openapi.json').then((r) => r.json())) as {
      paths: Record<
        string,
        {
          get?: { responses: Record<string, { content?: Record<string, unknown> }> };
          post?: { requestBody: { content: Record<string, unknown> } };
        }
      >;
    };
    const path = Object.keys(doc.paths).find((p) => p.endsWith('/target-plans/{id}/sheet')) ?? '';
    expect(Object.keys(doc.paths[path]?.get?.responses['200']?.content ?? {})).toEqual([XLSX]);
    expect(Object.keys(doc.paths[path]?.post?.requestBody.content ?? {})).toEqual(['multipart/form-data']);
  });

  it('a published plan is frozen: the import answers 409', async () => {
    const director = await t.as('director');
    const data = await exportSheet('director');
    expect((await director.request('POST', `/api/target-plans/${planId}/publish`, {})).status).toBe(200);
    expect((await upload('director', await edit(data, { D5: 1 }))).status).toBe(409);
  });
});

// Route tier: Excel templates, exports and imports — headers as users see them, round trips that create
// nothing, bad files reported by row and column, size and type limits, and who may see and write what.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Entity = 'accounts' | 'contacts';

async function workbookOf(res: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}
const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

/** A workbook built in memory: a header row, then the rows. */
async function buildXlsx(headers: string[], rows: unknown[][]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('数据');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function upload(
  user: string,
  entity: Entity,
  data: Uint8Array<ArrayBuffer>,
  options: { mode?: string; headers?: Record<string, string>; app?: TestApp } = {},
) {
  const app = options.app ?? t;
  const client = await app.as(user);
  const form = new FormData();
  form.append('file', new Blob([data], { type: XLSX }), 'upload.xlsx');
  if (options.mode) form.append('mode', options.mode);
  return app.app.request(`/api/excel/import/${entity}`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, ...options.headers },
    body: form,
  });
}

interface ImportResultBody {
  applied: boolean;
  totalRows: number;
  created: number;
  updated: number;
  skipped: number;
  errors: Array<{ row: number; column: string; message: string }>;
}

describe('GET /api/excel/template/*', () => {
  it('accounts: an .xlsx with the Chinese headers, a Chinese file name and a 说明 sheet', async () => {
    const res = await (await t.as('rep_east')).get('/api/excel/template/accounts');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="accounts-template.xlsx"; filename*=UTF-8''${encodeURIComponent('客户导入模板.xlsx')}`,
    );
    const workbook = await workbookOf(res);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['客户', '说明']);
    expect(rowValues(workbook.worksheets[0]!, 1)).toEqual([
      '客户编码',
      '客户名称*',
      '客户类型*',
      '上级客户编码',
      '负责人账号*',
      '大区',
      '行业',
      '省份',
      '城市',
      '地址',
      '电话',
      '网址',
      '备注',
    ]);
    expect(workbook.worksheets[0]!.actualRowCount).toBe(1);
    const help: string[] = [];
    workbook.getWorksheet('说明')!.eachRow((row) => help.push((row.values as unknown[]).join('|')));
    const text = help.join('\n');
    for (const pair of ['大客户|key_account', '经销商|distributor', '代理商|agent', '终端|retail'])
      expect(text).toContain(pair);
    expect(text).toContain('东方食品集团有限公司'); // the example row
  });

  it('contacts: headers include the reporting line, the verified date and the profile fields', async () => {
    const res = await (await t.as('rep_east')).get('/api/excel/template/contacts');
    expect(res.status).toBe(200);
    const headers = rowValues((await workbookOf(res)).worksheets[0]!, 1);
    expect(headers.slice(0, 9)).toEqual([
      '客户编码*',
      '姓名*',
      '职务',
      '部门',
      '汇报对象',
      '电话',
      '邮箱',
      '微信',
      '最后核实日期',
    ]);
    expect(headers.slice(9)).toEqual([
      '家庭',
      '爱好',
      '社交风格',
      '习惯',
      '同事',
      '朋友',
      '供应商',
      '职责',
      '业绩',
      '目标',
      '工作风格',
      '发展潜力',
    ]);
  });

  it('401 without a session', async () => {
    expect((await t.app.request('/api/excel/template/accounts')).status).toBe(401);
  });
});

describe('GET /api/excel/export/*', () => {
  const exportedCodes = async (user: string, query = '') => {
    const res = await (await t.as(user)).get(`/api/excel/export/accounts${query}`);
    expect(res.status).toBe(200);
    const sheet = (await workbookOf(res)).worksheets[0]!;
    const codes: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) codes.push(String(row.getCell(1).value));
    });
    return codes.sort();
  };

  it.each([
    ['rep_east', ['KA-1', 'KA-2', 'KA-5']],
    ['rep_west', ['KA-4', 'KA-5']],
    ['manager_east', ['KA-1', 'KA-2', 'KA-3']],
    ['finance', ['KA-1', 'KA-2', 'KA-3', 'KA-4', 'KA-5']],
  ])('%s exports only the accounts they see', async (user, expected) => {
    expect(await exportedCodes(user)).toEqual(expected);
  });

  it('applies the list filters', async () => {
    expect(await exportedCodes('admin', `?regionId=${t.fixture.units.west}`)).toEqual(['KA-4', 'KA-5']);
    expect(await exportedCodes('admin', `?q=${encodeURIComponent('东方')}`)).toEqual(['KA-1', 'KA-2']);
  });

  it('rejects paging and unknown parameters', async () => {
    const res = await (await t.as('admin')).get('/api/excel/export/accounts?limit=10&colour=red');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { details: Array<{ path: string }> };
    expect(body.details.map((d) => d.path).sort()).toEqual(['colour', 'limit']);
  });

  it('writes the template columns with references by code, user name and region name', async () => {
    const res = await (await t.as('admin')).get('/api/excel/export/accounts');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('客户导出-2026-11-25.xlsx')}`,
    );
    const sheet = (await workbookOf(res)).worksheets[0]!;
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(1).value), rowValues(sheet, n));
    });
    expect(rows.get('KA-2')?.slice(0, 7)).toEqual([
      'KA-2',
      '东方集团苏州分公司',
      '大客户',
      'KA-1',
      'rep_east',
      '华东大区',
      '食品',
    ]);
  });

  it('contacts: only those of visible accounts, with account code and manager name', async () => {
    const res = await (await t.as('rep_east')).get('/api/excel/export/contacts');
    expect(res.status).toBe(200);
    const sheet = (await workbookOf(res)).worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((_, n) => {
      if (n > 1) rows.push(rowValues(sheet, n).slice(0, 5));
    });
    expect(rows).toEqual([
      ['KA-1', '张总'],
      ['KA-1', '李经理', undefined, undefined, '张总'],
    ]);
  });
});

describe('export → import round trip', () => {
  it.each(['admin', 'rep_east', 'rep_west'] as const)(
    '%s: accounts re-import as skipped, nothing new',
    async (user) => {
      const client = await t.as(user);
      const exported = new Uint8Array(await (await client.get('/api/excel/export/accounts')).arrayBuffer());
      const before = (await (
        await t.as('admin')
      )
        .get('/api/accounts?status=all&limit=1')
        .then((r) => r.json())) as { total: number };
      const res = await upload(user, 'accounts', exported);
      expect(res.status).toBe(200);
      const body = (await res.json()) as ImportResultBody;
      expect(body).toMatchObject({ applied: true, created: 0, updated: 0, errors: [] });
      expect(body.skipped).toBe(body.totalRows);
      const after = (await (
        await t.as('admin')
      )
        .get('/api/accounts?status=all&limit=1')
        .then((r) => r.json())) as { total: number };
      expect(after.total).toBe(before.total);
    },
  );

  it('contacts with dates and profile fields re-import as skipped', async () => {
    const client = await t.as('rep_east');
    const created = await client.request('POST', '/api/contacts', {
      accountId: t.fixture.accounts.eastGroup,
      name: '周总工',
      reportsToId: t.fixture.contacts.eastBoss,
      lastVerifiedOn: '2026-10-15',
      email: 'zhou@example.com',
      phone: '013800000000',
      profilePersonal: { family: '已婚', hobbies: '登山' },
      profileWork: { goals: '降本' },
    });
    expect(created.status).toBe(201);
    const exported = new Uint8Array(await (await client.get('/api/excel/export/contacts')).arrayBuffer());
    const body = (await (await upload('rep_east', 'contacts', exported)).json()) as ImportResultBody;
    expect(body).toMatchObject({
      applied: true,
      totalRows: 3,
      created: 0,
      updated: 0,
      skipped: 3,
      errors: [],
    });
  });

  it('an edited export updates the changed row only', async () => {
    const client = await t.as('rep_east');
    const workbook = await workbookOf(await client.get('/api/excel/export/accounts'));
    const sheet = workbook.worksheets[0]!;
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === 'KA-2') row.getCell(9).value = '苏州';
    });
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    const body = (await (await upload('rep_east', 'accounts', edited)).json()) as ImportResultBody;
    expect(body).toMatchObject({ applied: true, created: 0, updated: 1, skipped: 2 });
    const detail = (await (await client.get(`/api/accounts/${t.fixture.accounts.eastSub}`)).json()) as {
      city: string;
    };
    expect(detail.city).toBe('苏州');
  });
});

describe('POST /api/excel/import/*', () => {
  const ACCOUNT_HEADERS = ['客户编码', '客户名称*', '客户类型*', '上级客户编码', '负责人账号*'];

  it('creates accounts from a file built by hand, with a parent defined later in the file', async () => {
    const data = await buildXlsx(ACCOUNT_HEADERS, [
      ['IMP-SUB', '导入子公司', '终端', 'IMP-TOP', 'rep_east'],
      ['IMP-TOP', '导入集团', 'key_account', null, 'rep_east'],
    ]);
    const body = (await (await upload('rep_east', 'accounts', data)).json()) as ImportResultBody;
    expect(body).toEqual({ applied: true, totalRows: 2, created: 2, updated: 0, skipped: 0, errors: [] });
  });

  it('a bad file reports row, column and reason in Chinese, and writes nothing', async () => {
    const data = await buildXlsx(ACCOUNT_HEADERS, [
      ['BAD-1', '好客户', '大客户', null, 'rep_east'],
      [],
      ['BAD-2', '', '集团', null, 'rep_east'],
      ['BAD-1', '重复', '终端', 'KA-4', 'rep_west'],
    ]);
    const res = await upload('rep_east', 'accounts', data);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImportResultBody;
    expect(body).toMatchObject({ applied: false, totalRows: 3, created: 0 });
    expect(body.errors).toEqual([
      { row: 4, column: '客户名称', message: '必填' },
      { row: 4, column: '客户类型', message: '“集团”不是有效选项，可选：大客户 / 经销商 / 代理商 / 终端' },
      { row: 5, column: '客户编码', message: '与第 2 行重复' },
    ]);
    const list = (await (await (await t.as('admin')).get('/api/accounts?q=BAD-')).json()) as {
      total: number;
    };
    expect(list.total).toBe(0);
  });

  it('answers in English when asked; mode valid writes the valid rows', async () => {
    const data = await buildXlsx(ACCOUNT_HEADERS, [
      ['EN-1', 'Good', 'retail', null, 'rep_east'],
      ['EN-2', 'Bad owner', 'retail', null, 'nobody'],
    ]);
    const res = await upload('rep_east', 'accounts', data, {
      mode: 'valid',
      headers: { 'accept-language': 'en' },
    });
    const body = (await res.json()) as ImportResultBody;
    expect(body).toMatchObject({ applied: true, created: 1 });
    expect(body.errors).toEqual([
      { row: 3, column: '负责人账号', message: 'User "nobody" does not exist or is deactivated' },
    ]);
  });

  it('reports a missing required column on row 1', async () => {
    const data = await buildXlsx(['客户编码', '客户名称'], [['X', 'Y']]);
    const body = (await (await upload('admin', 'accounts', data)).json()) as ImportResultBody;
    expect(body.applied).toBe(false);
    expect(body.errors).toEqual([
      { row: 1, column: '客户类型', message: '缺少必填列“客户类型”' },
      { row: 1, column: '负责人账号', message: '缺少必填列“负责人账号”' },
    ]);
  });

  it('contacts: a manager later in the file, dates typed as text or as Excel dates', async () => {
    const data = await buildXlsx(
      ['客户编码', '姓名', '汇报对象', '最后核实日期', '爱好'],
      [
        ['KA-1', '孙助理', '钱主管', new Date(Date.UTC(2026, 8, 1)), '插花'],
        ['KA-1', '钱主管', '张总', '2026/9/2', null],
        ['KA-3', '看不见', null, null, null],
      ],
    );
    const body = (await (
      await upload('rep_east', 'contacts', data, { mode: 'valid' })
    ).json()) as ImportResultBody;
    expect(body).toMatchObject({ applied: true, created: 2 });
    expect(body.errors).toEqual([{ row: 4, column: '客户编码', message: '客户编码“KA-3”不存在或无权访问' }]);
  });

  it('403 for finance (read-only), before the file is read', async () => {
    const res = await upload('finance', 'accounts', new TextEncoder().encode('not even a workbook'));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'forbidden' });
  });

  it('400 for content that is not .xlsx', async () => {
    for (const data of [
      new TextEncoder().encode('客户编码,客户名称\nA,B'),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]),
    ]) {
      const res = await upload('admin', 'accounts', data);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        code: 'validation',
        message: '文件不是有效的 Excel 工作簿，请上传 .xlsx 文件（Excel 2007 及以上版本）',
      });
    }
  });

  it('400 for a request that is not multipart, or without a file', async () => {
    const client = await t.as('admin');
    const json = await client.request('POST', '/api/excel/import/accounts', { file: 'x' });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('file');

    const form = new FormData();
    form.append('mode', 'all');
    const noFile = await t.app.request('/api/excel/import/accounts', {
      method: 'POST',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken },
      body: form,
    });
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toMatchObject({ details: [{ path: 'file', message: '请选择要导入的文件' }] });
  });

  it('400 for an unknown mode', async () => {
    const data = await buildXlsx(ACCOUNT_HEADERS, [['M-1', 'm', '终端', null, 'admin']]);
    const res = await upload('admin', 'accounts', data, { mode: 'some' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { details: Array<{ path: string }> }).details[0]?.path).toBe('mode');
  });

  it('403 without the CSRF token', async () => {
    const client = await t.as('admin');
    const form = new FormData();
    form.append('file', new Blob([await buildXlsx(ACCOUNT_HEADERS, [])]), 'a.xlsx');
    const res = await t.app.request('/api/excel/import/accounts', {
      method: 'POST',
      headers: { cookie: client.cookie },
      body: form,
    });
    expect(res.status).toBe(403);
  });

  it('413 for an upload over the configured limit', async () => {
    const small = await createTestApp({ maxUploadBytes: 20 * 1024 });
    try {
      const rows = Array.from({ length: 2000 }, (_, i) => [
        `BIG-${i}`,
        `大文件客户 ${i} ${'x'.repeat(40)}`,
        '终端',
        null,
        'admin',
      ]);
      const data = await buildXlsx(ACCOUNT_HEADERS, rows);
      expect(data.length).toBeGreaterThan(20 * 1024);
      const res = await upload('admin', 'accounts', data, { app: small });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ code: 'too_large' });
    } finally {
      await small.close();
    }
  });
});

describe('OpenAPI', () => {
  it('documents the Excel endpoints with the xlsx media type and the multipart form', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: { content: Record<string, unknown> };
            responses: Record<string, { content?: Record<string, unknown> }>;
          }
        >
      >;
    };
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith('/api/excel'))
        .sort(),
    ).toEqual([
      '/api/excel/export/accounts',
      '/api/excel/export/contacts',
      '/api/excel/import/accounts',
      '/api/excel/import/contacts',
      '/api/excel/template/accounts',
      '/api/excel/template/contacts',
    ]);
    expect(Object.keys(doc.paths['/api/excel/template/accounts']!.get!.responses['200']!.content!)).toEqual([
      XLSX,
    ]);
    expect(Object.keys(doc.paths['/api/excel/import/contacts']!.post!.requestBody!.content)).toEqual([
      'multipart/form-data',
    ]);
  });
});

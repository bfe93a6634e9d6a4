import { describe, expect, it } from 'vitest';
import { normaliseHeader, resolveColumns } from './resolve-columns.ts';
import type { SheetColumn } from './sheet.ts';

const columns: SheetColumn<'code' | 'name' | 'ownerUsername'>[] = [
  { key: 'code', header: '客户编码', required: false, format: 'text', width: 10, help: '' },
  { key: 'name', header: '客户名称', required: true, format: 'text', width: 10, help: '' },
  { key: 'ownerUsername', header: '负责人账号', required: true, format: 'text', width: 10, help: '' },
];

describe('normaliseHeader: spaces, case and the required marker do not matter', () => {
  it.each([
    ['客户名称*', '客户名称'],
    ['客户名称＊', '客户名称'],
    [' 客户 名称 ', '客户名称'],
    ['\u3000客户名称', '客户名称'],
    ['Owner Username', 'ownerusername'],
  ])('%j → %j', (header, expected) => expect(normaliseHeader(header)).toBe(expected));
});

describe('resolveColumns', () => {
  it('maps template headers, English keys, and ignores unknown columns', () => {
    const { index, problems } = resolveColumns(columns, [
      '客户编码',
      '客户名称*',
      'ownerUsername',
      '我的备注',
    ]);
    expect(problems).toEqual([]);
    expect([...index]).toEqual([
      ['code', '客户编码'],
      ['name', '客户名称*'],
      ['ownerUsername', 'ownerUsername'],
    ]);
  });

  it('reports each missing required column on the header row; optional ones may be left out', () => {
    const { problems } = resolveColumns(columns, ['客户编码']);
    expect(problems).toEqual([
      { row: 1, column: '客户名称', message: 'import.missing_column', params: { column: '客户名称' } },
      { row: 1, column: '负责人账号', message: 'import.missing_column', params: { column: '负责人账号' } },
    ]);
  });

  it('reports a column given twice (by header and by key)', () => {
    const { problems } = resolveColumns(columns, ['客户名称', '负责人账号', 'name']);
    expect(problems).toEqual([
      { row: 1, column: '客户名称', message: 'import.duplicate_column', params: { column: '客户名称' } },
    ]);
  });
});

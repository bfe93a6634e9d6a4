// [ACC-1] The account sheet of Excel templates, exports and imports: Chinese headers, what each column
// takes, and the account types in Chinese and English. Export and template share it so a file round-trips.

import type { AccountExportRecord } from '../excel/excel-repository.ts';
import type { Choice } from '../excel/row-reader.ts';
import { type CellValue, MAX_IMPORT_ROWS, type SheetColumn, type SheetSpec } from '../excel/sheet.ts';
import { ACCOUNT_TYPES, type AccountType } from './account-types.ts';

/** 大客户 key_account, 经销商 distributor, 代理商 agent, 终端 retail. */
export const ACCOUNT_TYPE_LABELS: Record<AccountType, string> = {
  key_account: '大客户',
  distributor: '经销商',
  agent: '代理商',
  retail: '终端',
};

const TYPE_MEANINGS: Record<AccountType, string> = {
  key_account: '直接采购的终端大客户',
  distributor: '买断经营、取得货权的经销商',
  agent: '按佣金代理销售、不取得货权',
  retail: '零售终端、门店',
};

export const ACCOUNT_TYPE_CHOICES: readonly Choice<AccountType>[] = ACCOUNT_TYPES.map((value) => ({
  value,
  labels: [ACCOUNT_TYPE_LABELS[value]],
}));

export type AccountColumnKey =
  | 'code'
  | 'name'
  | 'type'
  | 'parentCode'
  | 'ownerUsername'
  | 'regionName'
  | 'industry'
  | 'province'
  | 'city'
  | 'address'
  | 'phone'
  | 'website'
  | 'notes';

const col = (
  key: AccountColumnKey,
  header: string,
  help: string,
  extra: Partial<SheetColumn<AccountColumnKey>> = {},
): SheetColumn<AccountColumnKey> => ({
  key,
  header,
  help,
  required: false,
  format: 'text',
  width: 14,
  ...extra,
});

/** Columns in sheet order; lengths match the account API. */
export const ACCOUNT_COLUMNS: readonly SheetColumn<AccountColumnKey>[] = [
  col(
    'code',
    '客户编码',
    '匹配键：系统中已有此编码则更新该客户，否则按此编码新建；留空则新建并自动生成编码',
    {
      maxLength: 40,
      width: 16,
    },
  ),
  col('name', '客户名称', '客户全称', { required: true, maxLength: 200, width: 30 }),
  col('type', '客户类型', '大客户 / 经销商 / 代理商 / 终端（也可填英文标识，见下表）', {
    required: true,
    width: 12,
  }),
  col('parentCode', '上级客户编码', '所属集团的客户编码：可以是系统中已有的客户，也可以是本文件中的另一行', {
    maxLength: 40,
    width: 16,
  }),
  col('ownerUsername', '负责人账号', '负责人的登录账号（不是姓名），须在您的权限范围内', {
    required: true,
    maxLength: 100,
    width: 16,
  }),
  col('regionName', '大区', '大区名称，如“华东大区”；新建时留空则取负责人所在的大区', { maxLength: 100 }),
  col('industry', '行业', '行业', { maxLength: 50 }),
  col('province', '省份', '省份', { maxLength: 50, width: 10 }),
  col('city', '城市', '城市', { maxLength: 50, width: 10 }),
  col('address', '地址', '详细地址', { maxLength: 300, width: 30 }),
  col('phone', '电话', '总机或联系电话', { maxLength: 50 }),
  col('website', '网址', '公司网站', { maxLength: 200, width: 24 }),
  col('notes', '备注', '备注', { maxLength: 5000, width: 30 }),
];

export const ACCOUNT_SHEET: SheetSpec<AccountColumnKey> = {
  sheetName: '客户',
  columns: ACCOUNT_COLUMNS,
  notes: [
    '第一个工作表是数据表：第 1 行为表头，从第 2 行起每行一个客户；本“说明”表不会被导入。',
    '表头带 * 的列为必填。列的顺序可以调整，无法识别的列会被忽略。',
    `每个文件最多 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行数据。`,
    '按“客户编码”匹配：编码已存在则更新该客户（只能更新您有权查看的客户），否则新建；重复导入同一文件不会产生重复客户，未变化的行计为“跳过”。',
    '更新已有客户时，空白单元格表示保持原值，不会清空已有数据。',
    '导入方式“全部或不导入”：任一行有误则不写入任何数据；“仅导入有效行”：写入无误的行，并列出有误的行。',
  ],
  choices: [
    {
      header: '客户类型',
      values: ACCOUNT_TYPES.map((t) => [ACCOUNT_TYPE_LABELS[t], t, TYPE_MEANINGS[t]] as const),
    },
  ],
  example: {
    code: 'KA-1001',
    name: '东方食品集团有限公司',
    type: '大客户',
    parentCode: '',
    ownerUsername: 'rep_east',
    regionName: '华东大区',
    industry: '食品',
    province: '上海',
    city: '上海',
    address: '浦东新区世纪大道 100 号',
    phone: '021-12345678',
    website: 'www.example.com',
    notes: '年度框架协议客户',
  },
};

/** An account as one sheet row, keyed by column: the exact values an import reads back unchanged. */
export function toAccountSheetRow(record: AccountExportRecord): Record<AccountColumnKey, CellValue> {
  return {
    code: record.code,
    name: record.name,
    type: ACCOUNT_TYPE_LABELS[record.type],
    parentCode: record.parentCode,
    ownerUsername: record.ownerUsername,
    regionName: record.regionName,
    industry: record.industry,
    province: record.province,
    city: record.city,
    address: record.address,
    phone: record.phone,
    website: record.website,
    notes: record.notes,
  };
}

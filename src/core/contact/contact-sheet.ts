// [ACC-4] The contact sheet of Excel templates, exports and imports: Chinese headers, the reporting line by
// name, and one column per suggested field of the three profile blocks (contact-profile.ts).

import type { ContactExportRecord } from '../excel/excel-repository.ts';
import { type CellValue, MAX_IMPORT_ROWS, type SheetColumn, type SheetSpec } from '../excel/sheet.ts';
import type { ContactFields } from './contact.ts';

export type ProfileBlockName = 'profilePersonal' | 'profileInterpersonal' | 'profileWork';

/** Profile columns: the block and key (contact-profile.ts) each fills, with its Chinese header. */
export const PROFILE_COLUMNS = [
  { key: 'family', block: 'profilePersonal', header: '家庭', help: '个人信息：家庭情况' },
  { key: 'hobbies', block: 'profilePersonal', header: '爱好', help: '个人信息：兴趣爱好' },
  { key: 'socialStyle', block: 'profilePersonal', header: '社交风格', help: '个人信息：社交风格' },
  { key: 'habits', block: 'profilePersonal', header: '习惯', help: '个人信息：生活与工作习惯' },
  { key: 'colleagues', block: 'profileInterpersonal', header: '同事', help: '人际关系：关系密切的同事' },
  { key: 'friends', block: 'profileInterpersonal', header: '朋友', help: '人际关系：朋友圈' },
  { key: 'suppliers', block: 'profileInterpersonal', header: '供应商', help: '人际关系：来往的其他供应商' },
  { key: 'duties', block: 'profileWork', header: '职责', help: '工作信息：岗位职责' },
  { key: 'results', block: 'profileWork', header: '业绩', help: '工作信息：工作业绩' },
  { key: 'goals', block: 'profileWork', header: '目标', help: '工作信息：工作目标' },
  { key: 'workingStyle', block: 'profileWork', header: '工作风格', help: '工作信息：工作风格' },
  { key: 'potential', block: 'profileWork', header: '发展潜力', help: '工作信息：发展潜力' },
] as const satisfies ReadonlyArray<{ key: string; block: ProfileBlockName; header: string; help: string }>;

export type ProfileColumnKey = (typeof PROFILE_COLUMNS)[number]['key'];

export type ContactColumnKey =
  | 'accountCode'
  | 'name'
  | 'title'
  | 'department'
  | 'managerName'
  | 'phone'
  | 'email'
  | 'wechat'
  | 'lastVerifiedOn'
  | ProfileColumnKey;

/** Longest profile answer, as in the contact API. */
export const PROFILE_TEXT_MAX = 2000;

const col = (
  key: ContactColumnKey,
  header: string,
  help: string,
  extra: Partial<SheetColumn<ContactColumnKey>> = {},
): SheetColumn<ContactColumnKey> => ({
  key,
  header,
  help,
  required: false,
  format: 'text',
  width: 14,
  ...extra,
});

/** Columns in sheet order; lengths match the contact API. */
export const CONTACT_COLUMNS: readonly SheetColumn<ContactColumnKey>[] = [
  col('accountCode', '客户编码', '联系人所属客户的编码（须是您有权查看的客户）', {
    required: true,
    maxLength: 40,
    width: 16,
  }),
  col('name', '姓名', '联系人姓名；与客户编码一起作为匹配键：同一客户下已有此姓名则更新，否则新建', {
    required: true,
    maxLength: 100,
    width: 12,
  }),
  col('title', '职务', '职务', { maxLength: 100 }),
  col('department', '部门', '部门', { maxLength: 100 }),
  col('managerName', '汇报对象', '直属上级的姓名，须是同一客户的联系人（本文件中或系统中已有）', {
    maxLength: 100,
    width: 12,
  }),
  col('phone', '电话', '手机或座机', { maxLength: 50 }),
  col('email', '邮箱', '电子邮箱', { maxLength: 200, width: 24 }),
  col('wechat', '微信', '微信号', { maxLength: 100 }),
  col('lastVerifiedOn', '最后核实日期', '最近一次核实信息的日期，YYYY-MM-DD 或 Excel 日期，不能晚于今天', {
    format: 'date',
    width: 14,
  }),
  ...PROFILE_COLUMNS.map((p) => col(p.key, p.header, p.help, { maxLength: PROFILE_TEXT_MAX, width: 20 })),
];

export const CONTACT_SHEET: SheetSpec<ContactColumnKey> = {
  sheetName: '联系人',
  columns: CONTACT_COLUMNS,
  notes: [
    '第一个工作表是数据表：第 1 行为表头，从第 2 行起每行一位联系人；本“说明”表不会被导入。',
    '表头带 * 的列为必填。列的顺序可以调整，无法识别的列会被忽略。',
    `每个文件最多 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行数据。`,
    '按“客户编码 + 姓名”匹配：已存在则更新该联系人，否则新建；重复导入同一文件不会产生重复联系人，未变化的行计为“跳过”。',
    '更新已有联系人时，空白单元格表示保持原值，不会清空已有数据；画像各栏只更新填写了的项目。',
    '汇报对象填写上级的姓名，上级可以在本文件的其他行中；汇报关系不能形成循环。',
    '导入方式“全部或不导入”：任一行有误则不写入任何数据；“仅导入有效行”：写入无误的行，并列出有误的行。',
  ],
  choices: [],
  example: {
    accountCode: 'KA-1001',
    name: '张伟',
    title: '采购总监',
    department: '采购部',
    managerName: '李总',
    phone: '13800000000',
    email: 'zhang.wei@example.com',
    wechat: 'zhangwei_sh',
    lastVerifiedOn: '2026-10-15',
    family: '已婚，一个女儿在读小学',
    hobbies: '羽毛球、摄影',
    socialStyle: '分析型，重数据',
    habits: '早上 8 点前到办公室',
    colleagues: '与财务总监王芳关系密切',
    friends: '大学同学在同行业',
    suppliers: '与两家竞品供应商有长期合作',
    duties: '负责全集团原料采购',
    results: '去年降低采购成本 8%',
    goals: '今年完成供应商整合',
    workingStyle: '决策谨慎，重视书面方案',
    potential: '有望晋升采购副总裁',
  },
};

/** The block fields of a contact that profile columns fill. */
export type ContactProfileFields = Pick<ContactFields, ProfileBlockName>;

/** A contact as one sheet row, keyed by column: the exact values an import reads back unchanged. */
export function toContactSheetRow(record: ContactExportRecord): Record<ContactColumnKey, CellValue> {
  const row: Record<ContactColumnKey, CellValue> = {
    accountCode: record.accountCode,
    name: record.name,
    title: record.title,
    department: record.department,
    managerName: record.managerName,
    phone: record.phone,
    email: record.email,
    wechat: record.wechat,
    lastVerifiedOn: record.lastVerifiedOn === null ? null : new Date(`${record.lastVerifiedOn}T00:00:00Z`),
    family: null,
    hobbies: null,
    socialStyle: null,
    habits: null,
    colleagues: null,
    friends: null,
    suppliers: null,
    duties: null,
    results: null,
    goals: null,
    workingStyle: null,
    potential: null,
  };
  for (const p of PROFILE_COLUMNS) row[p.key] = record[p.block][p.key] ?? null;
  return row;
}

// Message catalogue for errors and server-side texts, zh-CN (default) and en. Keys are stable ids that
// DomainError and validation details carry; the HTTP edge and the CLI translate them for the user.

import { VALUE_MESSAGES } from '../value/value-messages.ts';

export type Lang = 'zh-CN' | 'en';

type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

const MESSAGES: Catalogue = {
  ...VALUE_MESSAGES,
  'error.validation': { 'zh-CN': '输入有误，请检查标出的字段', en: 'Some fields are invalid' },
  'error.unauthenticated': { 'zh-CN': '请先登录', en: 'Please sign in' },
  'error.bad_credentials': { 'zh-CN': '用户名或密码错误', en: 'Wrong user name or password' },
  'error.forbidden': { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  'error.not_found': { 'zh-CN': '{entity}不存在或您无权查看', en: '{entity} not found' },
  'error.conflict': { 'zh-CN': '与现有数据冲突', en: 'Conflicts with existing data' },
  'error.duplicate_code': { 'zh-CN': '编码“{code}”已被使用', en: 'Code "{code}" is already used' },
  'error.duplicate_username': {
    'zh-CN': '用户名“{username}”已存在',
    en: 'User name "{username}" already exists',
  },
  'error.duplicate_contact': {
    'zh-CN': '该客户下已有名为“{name}”的联系人',
    en: 'This account already has a contact named "{name}"',
  },
  'error.too_large': {
    'zh-CN': '文件或请求过大（上限 {limit}）',
    en: 'File or request too large (limit {limit})',
  },
  'error.rate_limited': {
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins; try again in {minutes} minutes',
  },
  'error.csrf': {
    'zh-CN': '安全校验失败，请刷新页面后重试',
    en: 'Security check failed; reload the page and retry',
  },
  'error.internal': { 'zh-CN': '服务器内部错误', en: 'Internal server error' },
  'error.bad_json': { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  'error.already_archived': { 'zh-CN': '该记录已归档', en: 'The record is already archived' },
  'error.parent_cycle': {
    'zh-CN': '上级客户不能是自身或自己的下级',
    en: 'The parent account cannot be the account itself or one of its subsidiaries',
  },
  'error.reports_to_cycle': {
    'zh-CN': '汇报对象不能是本人或其下属',
    en: 'A contact cannot report to themselves or to one of their reports',
  },
  'error.reports_to_other_account': {
    'zh-CN': '汇报对象必须是同一客户的联系人',
    en: 'The manager must be a contact of the same account',
  },

  'field.required': { 'zh-CN': '必填', en: 'Required' },
  'field.invalid_type': { 'zh-CN': '类型错误，应为 {expected}', en: 'Expected {expected}' },
  'field.too_small': { 'zh-CN': '不能小于 {minimum}', en: 'Must be at least {minimum}' },
  'field.too_short': { 'zh-CN': '至少 {minimum} 个字符', en: 'At least {minimum} characters' },
  'field.too_big': { 'zh-CN': '不能大于 {maximum}', en: 'Must be at most {maximum}' },
  'field.too_long': { 'zh-CN': '最多 {maximum} 个字符', en: 'At most {maximum} characters' },
  'field.invalid_format': { 'zh-CN': '格式不正确（{format}）', en: 'Invalid format ({format})' },
  'field.invalid_value': { 'zh-CN': '取值无效，可选：{options}', en: 'Invalid value; allowed: {options}' },
  'field.unknown_key': { 'zh-CN': '不支持的字段', en: 'Unknown field' },
  'field.invalid': { 'zh-CN': '无效', en: 'Invalid' },
  'field.unknown_user': { 'zh-CN': '用户不存在', en: 'Unknown user' },
  'field.unknown_account': { 'zh-CN': '客户不存在或无权访问', en: 'Unknown account' },
  'field.owner_out_of_scope': {
    'zh-CN': '只能指定您权限范围内的负责人',
    en: 'The owner must be a user within your scope',
  },
  'field.duplicate_member': { 'zh-CN': '团队成员重复', en: 'Duplicate team member' },
  'field.unknown_contact': { 'zh-CN': '联系人不存在', en: 'Unknown contact' },
  'field.unknown_region': { 'zh-CN': '大区不存在', en: 'Unknown region' },
  'field.unknown_org_unit': { 'zh-CN': '组织单元不存在', en: 'Unknown org unit' },
  'field.invalid_date': { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' },
  'field.invalid_enum': {
    'zh-CN': '“{value}”不是有效选项，可选：{options}',
    en: '"{value}" is not one of: {options}',
  },
  'field.duplicate_in_file': {
    'zh-CN': '与第 {row} 行重复',
    en: 'Duplicates row {row}',
  },
  'field.invalid_period': { 'zh-CN': '期间格式应为 YYYY-MM', en: 'Period must be YYYY-MM' },
  'field.password_too_short': { 'zh-CN': '密码至少 8 位', en: 'Password must have at least 8 characters' },

  'entity.account': { 'zh-CN': '客户', en: 'Account' },
  'entity.contact': { 'zh-CN': '联系人', en: 'Contact' },
  'entity.user': { 'zh-CN': '用户', en: 'User' },
  'entity.token': { 'zh-CN': '令牌', en: 'Token' },
  'entity.org_unit': { 'zh-CN': '组织单元', en: 'Org unit' },
  'entity.record': { 'zh-CN': '记录', en: 'Record' },

  'import.not_xlsx': {
    'zh-CN': '文件不是有效的 Excel 工作簿，请上传 .xlsx 文件（Excel 2007 及以上版本）',
    en: 'The file is not a valid Excel workbook; upload an .xlsx file (Excel 2007 or later)',
  },
  'import.file_required': { 'zh-CN': '请选择要导入的文件', en: 'Choose a file to import' },
  'import.multipart_required': {
    'zh-CN': '请以 multipart/form-data 方式上传文件（字段 file）',
    en: 'Upload the file as multipart/form-data (field "file")',
  },
  'import.too_many_rows': {
    'zh-CN': '数据行过多：{count} 行，每个文件最多 {limit} 行',
    en: 'Too many rows: {count}; a file may hold at most {limit}',
  },
  'import.no_rows': { 'zh-CN': '文件中没有数据行', en: 'The file has no data rows' },
  'import.missing_column': { 'zh-CN': '缺少必填列“{column}”', en: 'Required column "{column}" is missing' },
  'import.duplicate_column': {
    'zh-CN': '列“{column}”出现了多次',
    en: 'Column "{column}" appears more than once',
  },
  'import.code_not_visible': {
    'zh-CN': '客户编码“{code}”已被您无权查看的客户使用',
    en: 'Code "{code}" belongs to an account you cannot see',
  },
  'import.unknown_owner': {
    'zh-CN': '账号“{username}”不存在或已停用',
    en: 'User "{username}" does not exist or is deactivated',
  },
  'import.unknown_region': { 'zh-CN': '大区“{name}”不存在', en: 'Region "{name}" does not exist' },
  'import.unknown_parent': {
    'zh-CN': '上级客户编码“{code}”不存在或无权访问，本文件中也没有',
    en: 'Parent code "{code}" is neither a visible account nor a row of this file',
  },
  'import.parent_row_invalid': {
    'zh-CN': '上级客户（第 {row} 行）有误，无法导入',
    en: 'The parent account (row {row}) has errors and cannot be imported',
  },
  'import.unknown_account_code': {
    'zh-CN': '客户编码“{code}”不存在或无权访问',
    en: 'Account code "{code}" does not exist or is not visible to you',
  },
  'import.unknown_manager': {
    'zh-CN': '该客户下没有名为“{name}”的联系人（本文件和系统中均未找到）',
    en: 'The account has no contact named "{name}" (neither in this file nor stored)',
  },
  'import.manager_row_invalid': {
    'zh-CN': '汇报对象（第 {row} 行）有误，无法导入',
    en: 'The manager (row {row}) has errors and cannot be imported',
  },
  'import.date_in_future': {
    'zh-CN': '日期不能晚于今天（{today}）',
    en: 'The date cannot be after today ({today})',
  },
  'import.invalid_email': { 'zh-CN': '邮箱格式不正确', en: 'Invalid e-mail address' },
  'import.more_problems': {
    'zh-CN': '另有 {count} 个问题未列出，请先修正以上问题',
    en: '{count} more problems not listed; fix the ones above first',
  },
  'export.too_many_rows': {
    'zh-CN': '要导出 {count} 行，超过上限 {limit} 行，请缩小筛选范围',
    en: '{count} rows exceed the export limit of {limit}; narrow the filters',
  },
};

/** Picks the language from an Accept-Language header or a lang code; zh-CN unless English is preferred. */
export function pickLang(header: string | null | undefined): Lang {
  if (!header) return 'zh-CN';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/** Translates a key with {param} substitution; an unknown key is returned as is (already a text). */
export function translate(key: string, lang: Lang, params: Record<string, string | number> = {}): string {
  const entry = MESSAGES[key];
  const template = entry ? entry[lang] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    const asKey = typeof value === 'string' ? MESSAGES[value] : undefined;
    return asKey ? asKey[lang] : String(value);
  });
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}

// Message catalogue for errors and server-side texts, zh-CN (default) and en. Keys are stable ids that
// DomainError and validation details carry; the HTTP edge and the CLI translate them for the user.

import { FACT_MESSAGES } from '../facts/fact-messages.ts';
import { PLAN_MESSAGES } from '../plan/plan-messages.ts';
import { TARGET_ENGINE_MESSAGES } from '../target/target-messages.ts';
import { TARGET_PLAN_MESSAGES } from '../target/target-plan-messages.ts';
import { TARGET_TRACKING_MESSAGES } from '../target/target-tracking-messages.ts';
import { VALUE_MESSAGES } from '../value/value-messages.ts';

export type Lang = 'zh-CN' | 'en';

type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

const MESSAGES: Catalogue = {
  ...VALUE_MESSAGES,
  ...PLAN_MESSAGES,
  ...TARGET_ENGINE_MESSAGES,
  ...TARGET_PLAN_MESSAGES,
  ...TARGET_TRACKING_MESSAGES,
  ...FACT_MESSAGES,
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
  'entity.job': { 'zh-CN': '后台任务', en: 'Background job' },
  'entity.override': { 'zh-CN': '人工调整', en: 'Override' },

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
  // ── segmentation (issue 3): model names, values and explanations of src/core/segmentation, and the
  // segmentation configuration checks. A key used as a parameter value of another takes no parameters.
  'segmentation.empty': { 'zh-CN': '', en: '' },
  'segmentation.model.purchase_grid': { 'zh-CN': '客户分级（X/Y 网格）', en: 'Purchase grid (X/Y)' },
  'segmentation.model.portfolio': { 'zh-CN': '目标客户组合', en: 'Portfolio' },
  'segmentation.model.clp_tier': { 'zh-CN': 'CLP 客户层级', en: 'CLP tier' },
  'segmentation.model.lifecycle': { 'zh-CN': '客户生命周期', en: 'Lifecycle' },
  'segmentation.model.relationship_stage': { 'zh-CN': '客户关系阶段', en: 'Relationship stage' },
  'segmentation.model.kam_stage': { 'zh-CN': '大客户管理发展阶段', en: 'KAM development stage' },
  'segmentation.model.org_relationship': { 'zh-CN': '组织关系', en: 'Organisation relationship' },
  'segmentation.model.loyalty': { 'zh-CN': '忠诚度与使用', en: 'Loyalty and usage' },
  'segmentation.model.pareto': { 'zh-CN': '80/20 分析', en: '80/20 (Pareto)' },
  'segmentation.model.product_line_bcg': { 'zh-CN': '产品线波士顿矩阵', en: 'Product-line BCG' },
  'segmentation.value.purchase_grid.A': { 'zh-CN': 'A 类', en: 'Class A' },
  'segmentation.value.purchase_grid.B': { 'zh-CN': 'B 类', en: 'Class B' },
  'segmentation.value.purchase_grid.C': { 'zh-CN': 'C 类', en: 'Class C' },
  'segmentation.value.portfolio.invest': { 'zh-CN': '投资', en: 'Invest' },
  'segmentation.value.portfolio.selective': { 'zh-CN': '选择性投入', en: 'Selective' },
  'segmentation.value.portfolio.maintain': { 'zh-CN': '维持', en: 'Maintain' },
  'segmentation.value.portfolio.harvest': { 'zh-CN': '收割', en: 'Harvest' },
  'segmentation.value.clp_tier.transactional': { 'zh-CN': '交易型', en: 'Transactional' },
  'segmentation.value.clp_tier.standard': { 'zh-CN': '标准型', en: 'Standard' },
  'segmentation.value.clp_tier.value': { 'zh-CN': '价值型', en: 'Value' },
  'segmentation.value.clp_tier.strategic': { 'zh-CN': '战略型', en: 'Strategic' },
  'segmentation.value.lifecycle.potential': { 'zh-CN': '潜在客户', en: 'Potential' },
  'segmentation.value.lifecycle.customer': { 'zh-CN': '客户', en: 'Customer' },
  'segmentation.value.lifecycle.loyal': { 'zh-CN': '忠诚客户', en: 'Loyal' },
  'segmentation.value.lifecycle.former': { 'zh-CN': '以前的客户', en: 'Former' },
  'segmentation.value.relationship_stage.exploration': { 'zh-CN': '考察期', en: 'Exploration' },
  'segmentation.value.relationship_stage.formation': { 'zh-CN': '形成期', en: 'Formation' },
  'segmentation.value.relationship_stage.stable': { 'zh-CN': '稳定期', en: 'Stable' },
  'segmentation.value.relationship_stage.decline': { 'zh-CN': '退化期', en: 'Decline' },
  'segmentation.value.kam_stage.exploratory': { 'zh-CN': '孕育', en: 'Exploratory' },
  'segmentation.value.kam_stage.basic': { 'zh-CN': '初级', en: 'Basic' },
  'segmentation.value.kam_stage.mid': { 'zh-CN': '中级', en: 'Mid' },
  'segmentation.value.kam_stage.partnership': { 'zh-CN': '伙伴式', en: 'Partnership' },
  'segmentation.value.kam_stage.synergistic': { 'zh-CN': '协作式', en: 'Synergistic' },
  'segmentation.value.org_relationship.general': { 'zh-CN': '一般供应商', en: 'General supplier' },
  'segmentation.value.org_relationship.major': { 'zh-CN': '主要供应商', en: 'Major supplier' },
  'segmentation.value.org_relationship.core': { 'zh-CN': '核心供应商', en: 'Core supplier' },
  'segmentation.value.org_relationship.strategic_partner': { 'zh-CN': '战略伙伴', en: 'Strategic partner' },
  'segmentation.value.loyalty.maintain': { 'zh-CN': '维持现状', en: 'Maintain' },
  'segmentation.value.loyalty.expand': { 'zh-CN': '全面拓展', en: 'Full expansion' },
  'segmentation.value.loyalty.change_perception': { 'zh-CN': '转变认识', en: 'Change perception' },
  'segmentation.value.pareto.top': { 'zh-CN': '头部客户', en: 'Top account' },
  'segmentation.value.pareto.rest': { 'zh-CN': '其余客户', en: 'Other account' },
  'segmentation.value.product_line_bcg.question_mark': { 'zh-CN': '问题类', en: 'Question mark' },
  'segmentation.value.product_line_bcg.star': { 'zh-CN': '明星类', en: 'Star' },
  'segmentation.value.product_line_bcg.cash_cow': { 'zh-CN': '现金牛类', en: 'Cash cow' },
  'segmentation.value.product_line_bcg.dog': { 'zh-CN': '瘦狗类', en: 'Dog' },
  'segmentation.level.0': { 'zh-CN': '不购买', en: 'none' },
  'segmentation.level.1': { 'zh-CN': '很少购买', en: 'very little' },
  'segmentation.level.2': { 'zh-CN': '购买量一般', en: 'average' },
  'segmentation.level.3': { 'zh-CN': '较多购买', en: 'more' },
  'segmentation.level.4': { 'zh-CN': '大量购买', en: 'large' },
  'segmentation.y_source.assessment': { 'zh-CN': '评估', en: 'assessed' },
  'segmentation.y_source.market_data': { 'zh-CN': '市场数据', en: 'market data' },
  'segmentation.y_source.same_as_x': {
    'zh-CN': '未评估，按目前购买状况',
    en: 'not assessed, taken as the current purchase level',
  },
  'segmentation.y_source.default': { 'zh-CN': '未评估，按默认值', en: 'not assessed, default level' },
  'segmentation.purchase_grid.x_percentile': {
    'zh-CN':
      'X={x}（近{windowMonths}个月销售额占我方总销售额 {sharePct}%，位于购买客户的第 {fromPct}–{toPct} 百分位），Y={y}（{ySource}：{yLevel}）→ 网格单元({x},{y}) = {value}{vip}',
    en: "X={x} (the last {windowMonths} months' sales are {sharePct}% of ours, percentile {fromPct}–{toPct} of buying accounts), Y={y} ({ySource}: {yLevel}) → grid cell ({x},{y}) = {value}{vip}",
  },
  'segmentation.purchase_grid.x_none': {
    'zh-CN':
      'X=0（近{windowMonths}个月无购买），Y={y}（{ySource}：{yLevel}）→ 网格单元(0,{y}) = {value}{vip}',
    en: 'X=0 (no purchases in the last {windowMonths} months), Y={y} ({ySource}: {yLevel}) → grid cell (0,{y}) = {value}{vip}',
  },
  'segmentation.purchase_grid.x_override': {
    'zh-CN': 'X={x}（人工设定：{reason}），Y={y}（{ySource}：{yLevel}）→ 网格单元({x},{y}) = {value}{vip}',
    en: 'X={x} (set by hand: {reason}), Y={y} ({ySource}: {yLevel}) → grid cell ({x},{y}) = {value}{vip}',
  },
  'segmentation.purchase_grid.vip_flag': {
    'zh-CN': '；VIP 重量级客户（人工标记）',
    en: '; VIP account (set by hand)',
  },
  'segmentation.purchase_grid.vip_influence': {
    'zh-CN': '；VIP 重量级客户（行业影响力达到门槛）',
    en: '; VIP account (industry influence at or above the threshold)',
  },
  'segmentation.portfolio.explain': {
    'zh-CN':
      '吸引力 {attractiveness}、我方能力 {capability}（≥ {highThreshold} 为高）→ {value}；{missingCount} 项既无数据也未评估，按 {missingScore} 分计',
    en: 'Attractiveness {attractiveness}, our capability {capability} (high from {highThreshold}) → {value}; {missingCount} criteria with neither data nor assessment counted as {missingScore}',
  },
  'segmentation.clp_tier.explain': {
    'zh-CN':
      'CLP ¥{clpYuan}（教科书公式：年净贡献 ¥{netYuan} = 毛利 ¥{grossProfitYuan} − 服务成本 ¥{costToServeYuan}，{horizonYears} 年，保留率 {retentionPct}%，折现率 {discountRatePct}%，每年现值四舍五入到分），战略权重 {strategicWeight}{weightBasis} → {value}',
    en: "CLP ¥{clpYuan} (textbook formula: yearly net contribution ¥{netYuan} = gross profit ¥{grossProfitYuan} − cost to serve ¥{costToServeYuan}, {horizonYears} years, retention {retentionPct}%, discount rate {discountRatePct}%, each year's present value rounded to the fen), strategic weight {strategicWeight}{weightBasis} → {value}",
  },
  'segmentation.clp_tier.weight_missing': {
    'zh-CN': '（未评估，按 0 计）',
    en: ' (not assessed, counted as 0)',
  },
  'segmentation.lifecycle.potential': {
    'zh-CN': '截至 {period} 尚无订单 → {value}',
    en: 'No order by {period} → {value}',
  },
  'segmentation.lifecycle.former': {
    'zh-CN':
      '最后订单在 {lastOrderMonth}，已 {monthsWithoutOrder} 个月无订单（≥ {formerMonths} 个月）→ {value}',
    en: 'Last order in {lastOrderMonth}: {monthsWithoutOrder} months without an order ({formerMonths} or more) → {value}',
  },
  'segmentation.lifecycle.former_long': {
    'zh-CN': '近 {historyMonths} 个月无订单（首单 {lastOrderMonth}；≥ {formerMonths} 个月）→ {value}',
    en: 'No order in the last {historyMonths} months (first order {lastOrderMonth}; {formerMonths} months or more) → {value}',
  },
  'segmentation.lifecycle.loyal': {
    'zh-CN': '最近 {loyalQuarters} 个季度（每 3 个月为一季，截至 {period}）每季都有购买 → {value}',
    en: 'Bought in each of the last {loyalQuarters} quarters (3-month blocks up to {period}) → {value}',
  },
  'segmentation.lifecycle.customer': {
    'zh-CN':
      '最近 {loyalQuarters} 个季度中有 {quartersBought} 个季度购买，最后订单在 {lastOrderMonth} → {value}',
    en: 'Bought in {quartersBought} of the last {loyalQuarters} quarters, last order in {lastOrderMonth} → {value}',
  },
  'segmentation.relationship_stage.no_orders': {
    'zh-CN': '尚无订单 → {value}',
    en: 'No order yet → {value}',
  },
  'segmentation.relationship_stage.new': {
    'zh-CN': '首单至今 {tenureMonths} 个月（不足 {explorationMonths} 个月）→ {value}',
    en: 'First order {tenureMonths} months ago (less than {explorationMonths}) → {value}',
  },
  'segmentation.relationship_stage.dormant': {
    'zh-CN': '近 24 个月无销售 → {value}',
    en: 'No sales in the last 24 months → {value}',
  },
  'segmentation.relationship_stage.no_base': {
    'zh-CN': '上年同期无销售，近 12 个月销售额 ¥{revenueYuan} → {value}',
    en: 'No sales in the same months last year; ¥{revenueYuan} in the last 12 months → {value}',
  },
  'segmentation.relationship_stage.decline': {
    'zh-CN': '近 12 个月销售额同比 {growthPct}%（≤ {declineGrowthPct}%）→ {value}',
    en: 'Sales of the last 12 months {growthPct}% on the year before ({declineGrowthPct}% or less) → {value}',
  },
  'segmentation.relationship_stage.growing': {
    'zh-CN': '近 12 个月销售额同比增长 {growthPct}%（≥ {formationGrowthPct}%）→ {value}',
    en: 'Sales of the last 12 months grew {growthPct}% on the year before ({formationGrowthPct}% or more) → {value}',
  },
  'segmentation.relationship_stage.relationship': {
    'zh-CN': '销售平稳（同比 {growthPct}%），但关键决策者关系为“{step}”，未达“{minStep}” → {value}',
    en: 'Sales steady ({growthPct}% on the year before) but the key decision maker is at "{step}", below "{minStep}" → {value}',
  },
  'segmentation.relationship_stage.stable': {
    'zh-CN': '销售平稳（同比 {growthPct}%），关键决策者关系为“{step}” → {value}',
    en: 'Sales steady ({growthPct}% on the year before), key decision maker at "{step}" → {value}',
  },
  'segmentation.relationship_stage.stable_unassessed': {
    'zh-CN': '销售平稳（同比 {growthPct}%），关键决策者关系未评估 → {value}',
    en: 'Sales steady ({growthPct}% on the year before); key decision maker not assessed → {value}',
  },
  'segmentation.dm_step.0': { 'zh-CN': '尚无关系', en: 'none yet' },
  'segmentation.dm_step.1': { 'zh-CN': '好感', en: 'liking' },
  'segmentation.dm_step.2': { 'zh-CN': '信任', en: 'trust' },
  'segmentation.dm_step.3': { 'zh-CN': '利益', en: 'shared interest' },
  'segmentation.dm_step.4': { 'zh-CN': '情感', en: 'emotional bond' },
  'segmentation.dm_step.unknown': { 'zh-CN': '未评估', en: 'not assessed' },
  'segmentation.kam_stage.both': {
    'zh-CN':
      '综合得分 {score} = 问卷 {questionnaireScore}（已答 {answered}/{total} 项）× {questionnaireWeight}% + 份额 {sharePct}% × {shareWeight}% → {value}（该阶段预期份额约 {expectedSharePct}%）；中断风险 {riskCount} 项',
    en: 'Score {score} = questionnaire {questionnaireScore} ({answered}/{total} answered) × {questionnaireWeight}% + share of wallet {sharePct}% × {shareWeight}% → {value} (expected share at this stage about {expectedSharePct}%); {riskCount} disruption risks',
  },
  'segmentation.kam_stage.questionnaire_only': {
    'zh-CN':
      '得分 {score}：问卷已答 {answered}/{total} 项，份额未评估 → {value}（该阶段预期份额约 {expectedSharePct}%）；中断风险 {riskCount} 项',
    en: 'Score {score}: questionnaire {answered}/{total} answered, share of wallet not assessed → {value} (expected share at this stage about {expectedSharePct}%); {riskCount} disruption risks',
  },
  'segmentation.kam_stage.share_only': {
    'zh-CN':
      '得分 {score}：份额 {sharePct}%，问卷未填写 → {value}（该阶段预期份额约 {expectedSharePct}%）；中断风险 {riskCount} 项',
    en: 'Score {score}: share of wallet {sharePct}%, questionnaire not answered → {value} (expected share at this stage about {expectedSharePct}%); {riskCount} disruption risks',
  },
  'segmentation.kam_stage.none': {
    'zh-CN': '问卷与份额均未评估 → {value}；中断风险 {riskCount} 项',
    en: 'Neither questionnaire nor share of wallet assessed → {value}; {riskCount} disruption risks',
  },
  'segmentation.org_relationship.assessed': {
    'zh-CN': '组织关系按评估 → {value}；关键决策者关系：{step}',
    en: 'Organisation relationship as assessed → {value}; key decision maker: {step}',
  },
  'segmentation.org_relationship.suggested': {
    'zh-CN': '组织关系未评估，按份额 {sharePct}% 推断 → {value}；关键决策者关系：{step}',
    en: 'Organisation relationship not assessed, suggested from share of wallet {sharePct}% → {value}; key decision maker: {step}',
  },
  'segmentation.org_relationship.default': {
    'zh-CN': '组织关系与份额均未评估 → {value}；关键决策者关系：{step}',
    en: 'Neither organisation relationship nor share of wallet assessed → {value}; key decision maker: {step}',
  },
  'segmentation.loyalty_group.advocate': { 'zh-CN': '拥护者/重度使用者', en: 'advocate / heavy user' },
  'segmentation.loyalty_group.multi_supplier': { 'zh-CN': '同时购买其他供应商', en: 'buys us among others' },
  'segmentation.loyalty_group.non_user': { 'zh-CN': '不使用我们的产品', en: 'does not use us' },
  'segmentation.loyalty.assessed': {
    'zh-CN': '评估为“{group}” → {value}',
    en: 'Assessed as "{group}" → {value}',
  },
  'segmentation.loyalty.derived_non_user': {
    'zh-CN': '未评估；近 12 个月未购买，视为“{group}” → {value}',
    en: 'Not assessed; no purchases in the last 12 months, so "{group}" → {value}',
  },
  'segmentation.loyalty.derived_unassessed': {
    'zh-CN': '未评估；近 12 个月有购买、份额未评估，视为“{group}” → {value}',
    en: 'Not assessed; buys from us, share of wallet not assessed, so "{group}" → {value}',
  },
  'segmentation.loyalty.derived_advocate': {
    'zh-CN':
      '未评估；近 12 个月有购买，份额 {sharePct}%（≥ {advocateMinSharePct}%），视为“{group}” → {value}',
    en: 'Not assessed; buys from us with {sharePct}% share of wallet ({advocateMinSharePct}% or more), so "{group}" → {value}',
  },
  'segmentation.loyalty.derived_multi_supplier': {
    'zh-CN':
      '未评估；近 12 个月有购买，份额 {sharePct}%（< {advocateMinSharePct}%），视为“{group}” → {value}',
    en: 'Not assessed; buys from us with {sharePct}% share of wallet (below {advocateMinSharePct}%), so "{group}" → {value}',
  },
  'segmentation.pareto.top': {
    'zh-CN':
      '按销售额排名 {rank}/{count}，排在前面的客户累计占 {beforePct}%（未达 {cutPct}%）→ {value}；按毛利排名 {profitRank}（{profitClass}）',
    en: 'Revenue rank {rank} of {count}; the accounts ranked before make {beforePct}% (below {cutPct}%) → {value}; profit rank {profitRank} ({profitClass})',
  },
  'segmentation.pareto.rest': {
    'zh-CN':
      '按销售额排名 {rank}/{count}，排在前面的客户累计已占 {beforePct}%（≥ {cutPct}%）→ {value}；按毛利排名 {profitRank}（{profitClass}）',
    en: 'Revenue rank {rank} of {count}; the accounts ranked before already make {beforePct}% ({cutPct}% or more) → {value}; profit rank {profitRank} ({profitClass})',
  },
  'segmentation.pareto.no_revenue': {
    'zh-CN': '统计期内无销售（排名 {rank}/{count}）→ {value}；按毛利排名 {profitRank}（{profitClass}）',
    en: 'No sales in the window (rank {rank} of {count}) → {value}; profit rank {profitRank} ({profitClass})',
  },
  'segmentation.pareto.unranked': {
    'zh-CN': '不在本期 80/20 统计范围内 → {value}',
    en: 'Not in this period’s 80/20 population → {value}',
  },
  'segmentation.pareto.profit_top': { 'zh-CN': '按毛利也属头部客户', en: 'also a top account by profit' },
  'segmentation.pareto.profit_rest': { 'zh-CN': '按毛利不属头部客户', en: 'not a top account by profit' },
  'segmentation.product_line_bcg.explain': {
    'zh-CN':
      '{shareBasis} {sharePct}%（≥ {shareThresholdPct}% 为高），同比增长 {growthPct}%（≥ {growthThresholdPct}% 为高）→ {value}',
    en: '{shareBasis} {sharePct}% (high from {shareThresholdPct}%), growth {growthPct}% on the year before (high from {growthThresholdPct}%) → {value}',
  },
  'segmentation.product_line_bcg.new_line': {
    'zh-CN':
      '{shareBasis} {sharePct}%（≥ {shareThresholdPct}% 为高），上年同期无销售，按新产品线高增长计 → {value}',
    en: '{shareBasis} {sharePct}% (high from {shareThresholdPct}%), no sales the year before, counted as a new high-growth line → {value}',
  },
  'segmentation.product_line_bcg.basis_wallet': {
    'zh-CN': '我方在该产品线的份额',
    en: 'Our share of their spend in this line',
  },
  'segmentation.product_line_bcg.basis_mix': {
    'zh-CN': '占该客户销售额',
    en: "Share of the account's sales with us",
  },
  'segmentation.override.explain': {
    'zh-CN': '人工调整为 {value}（系统计算为 {computedValue}），原因：{reason}',
    en: 'Set by hand to {value} (computed: {computedValue}); reason: {reason}',
  },
  'segmentation.movement.up': {
    'zh-CN': '{model}：{from} → {to}（上升）',
    en: '{model}: {from} → {to} (up)',
  },
  'segmentation.movement.down': {
    'zh-CN': '{model}：{from} → {to}（下降）',
    en: '{model}: {from} → {to} (down)',
  },
  'segmentation.movement.change': {
    'zh-CN': '{model}：{from} → {to}（变化）',
    en: '{model}: {from} → {to} (changed)',
  },
  'segmentation.config.length': { 'zh-CN': '须为 {length} 项', en: 'Must have {length} items' },
  'segmentation.config.above': { 'zh-CN': '须大于 {minimum}', en: 'Must be greater than {minimum}' },
  'segmentation.config.below': { 'zh-CN': '须小于 {maximum}', en: 'Must be less than {maximum}' },
  'segmentation.config.decimals': { 'zh-CN': '最多 {decimals} 位小数', en: 'At most {decimals} decimals' },
  'segmentation.config.weights_sum': {
    'zh-CN': '各项权重之和须为 100，当前为 {sum}',
    en: 'The weights must sum to 100; they sum to {sum}',
  },
  'segmentation.config.must_exceed': {
    'zh-CN': '须大于 {field}（{value}）',
    en: 'Must be greater than {field} ({value})',
  },
  'segmentation.config.must_not_be_below': {
    'zh-CN': '不能低于 {field}（{value}）',
    en: 'Must not be below {field} ({value})',
  },
  'segmentation.config.duplicate_id': { 'zh-CN': '标识“{id}”重复', en: 'Duplicate id "{id}"' },
  // ── end segmentation
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

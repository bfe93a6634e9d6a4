// zh-CN/en texts of account value ([VAL-1]…[VAL-3]), background and 3C research ([ACC-3]) and the profile
// questionnaire ([ACC-4]). Spread into the catalogue of core/shared/messages.ts; the web imports the labels too.

export const VALUE_MESSAGES: Record<string, { 'zh-CN': string; en: string }> = {
  'entity.profile_question': { 'zh-CN': '档案问题', en: 'Profile question' },
  'error.duplicate_question_key': {
    'zh-CN': '问题标识“{key}”已存在',
    en: 'Question key "{key}" already exists',
  },

  'field.invalid_question_key': {
    'zh-CN': '以字母开头，只能包含字母、数字和下划线',
    en: 'Start with a letter; use only letters, digits and underscores',
  },

  'background.unknown_section': { 'zh-CN': '不是背景调研的栏目', en: 'Not a background section' },
  'background.group.background': { 'zh-CN': '客户背景', en: 'Background' },
  'background.group.threeC': { 'zh-CN': '3C 调研', en: '3C research' },
  'background.group.research': { 'zh-CN': '调研重点', en: 'Research focus' },
  'background.section.basicInfo': { 'zh-CN': '基本信息', en: 'Basic information' },
  'background.section.strategy': { 'zh-CN': '公司战略', en: 'Strategy' },
  'background.section.marketSituation': { 'zh-CN': '市场状况', en: 'Market situation' },
  'background.section.financialPerformance': { 'zh-CN': '财务表现', en: 'Financial performance' },
  'background.section.decisionProcess': { 'zh-CN': '决策流程', en: 'Decision process' },
  'background.section.customerCompany': { 'zh-CN': '客户公司', en: "The customer's company" },
  'background.section.customerCustomers': { 'zh-CN': '客户的客户', en: "The customer's customers" },
  'background.section.customerCompetitors': { 'zh-CN': '客户的竞争对手', en: "The customer's competitors" },
  'background.section.innovationInitiatives': { 'zh-CN': '创新举措', en: 'Innovation initiatives' },
  'background.section.industryTrends': { 'zh-CN': '行业趋势', en: 'Industry trends' },
  'background.section.mergersAcquisitions': { 'zh-CN': '并购动态', en: 'Mergers and acquisitions' },
  'background.section.managementChanges': { 'zh-CN': '管理层变动', en: 'Management changes' },
  'background.section.ourFootprint': { 'zh-CN': '我方现有业务覆盖', en: 'Our existing footprint' },
  'background.section.technologyVendorsPartners': {
    'zh-CN': '关键技术供应商与战略合作伙伴',
    en: 'Key technology vendors and strategic partners',
  },

  'whitespace.unknown_division': {
    'zh-CN': '部门“{division}”不在部门列表中',
    en: 'Division "{division}" is not in the list of divisions',
  },
  'whitespace.unknown_product_line': { 'zh-CN': '产品线不存在', en: 'Unknown product line' },
  'whitespace.duplicate_cell': {
    'zh-CN': '与第 {index} 项重复（同一部门和产品线）',
    en: 'Same division and product line as item {index}',
  },
  'whitespace.duplicate_division': {
    'zh-CN': '与第 {index} 个部门重名',
    en: 'Same name as division {index}',
  },
  'whitespace.status.none': { 'zh-CN': '无需求', en: 'No need' },
  'whitespace.status.potential': { 'zh-CN': '潜在机会', en: 'Potential' },
  'whitespace.status.current': { 'zh-CN': '正在供货', en: 'Current' },
  'whitespace.status.won': { 'zh-CN': '已赢单', en: 'Won' },
  'whitespace.status.competitor': { 'zh-CN': '竞争对手供货', en: 'Competitor' },
  'whitespace.pattern.complements': { 'zh-CN': '互补产品', en: 'Complements' },
  'whitespace.pattern.complements.hint': {
    'zh-CN': '客户已买的产品还需要哪些配套产品一起使用？',
    en: 'What else does the customer need to use alongside what it already buys from us?',
  },
  'whitespace.pattern.afterMarketParts': { 'zh-CN': '售后配件', en: 'After-market parts' },
  'whitespace.pattern.afterMarketParts.hint': {
    'zh-CN': '已售设备在使用中需要哪些备件、耗材和维修？',
    en: 'Which spares, consumables and repairs does the installed equipment need over its life?',
  },
  'whitespace.pattern.valueChainExtension': { 'zh-CN': '价值链延伸', en: 'Value-chain extension' },
  'whitespace.pattern.valueChainExtension.hint': {
    'zh-CN': '能否向客户价值链的上游或下游延伸，承担更多环节？',
    en: "Can we take on more steps up or down the customer's value chain?",
  },
  'whitespace.pattern.valueAddedServices': { 'zh-CN': '增值服务', en: 'Value-added services' },
  'whitespace.pattern.valueAddedServices.hint': {
    'zh-CN': '培训、咨询、库存管理（VMI）、融资等服务能否带来新的收入？',
    en: 'Could training, consulting, vendor-managed inventory or financing become new revenue?',
  },
  'whitespace.sheet': { 'zh-CN': '白地分析', en: 'Whitespace' },

  'value.driver.visits': { 'zh-CN': '拜访', en: 'Visits' },
  'value.driver.support': { 'zh-CN': '技术支持与服务', en: 'Support' },
  'value.driver.logistics': { 'zh-CN': '物流', en: 'Logistics' },
  'value.driver.rebate': { 'zh-CN': '返利', en: 'Rebates' },
  'value.driver.credit': { 'zh-CN': '账期资金成本', en: 'Credit cost' },
  'value.basis.visits': {
    'zh-CN': '每年 {visits} 次 × 每次 ¥{costPerVisit}（{source}）',
    en: '{visits} visits a year × ¥{costPerVisit} each ({source})',
  },
  'value.basis.support': { 'zh-CN': '每年 ¥{amount}（{source}）', en: '¥{amount} a year ({source})' },
  'value.basis.pct_of_revenue': { 'zh-CN': '收入的 {pct}%（{source}）', en: '{pct}% of revenue ({source})' },
  'value.basis.credit': {
    'zh-CN': '应收账款 ¥{receivable} × 年化 {pct}%（{source}）',
    en: 'Receivables ¥{receivable} × {pct}% a year ({source})',
  },
  'value.basis.group': { 'zh-CN': '{count} 个客户合计', en: 'Sum of {count} accounts' },
  'value.source.account': { 'zh-CN': '本客户设定', en: 'set for this account' },
  'value.source.default': { 'zh-CN': '公司默认', en: 'company default' },
  'value.clv_formula': {
    'zh-CN': '教科书式客户终身价值：Σ 年毛利贡献_t × 保留率^t ÷ (1 + 折现率)^t',
    en: 'Textbook CLV: Σ margin_t × retention^t ÷ (1 + discount)^t',
  },
};

// Messages of target tracking ([TGT-5]), zh-CN and en.
export const TARGET_TRACKING_MESSAGES: Record<string, { 'zh-CN': string; en: string }> = {
  'entity.target_plan': { 'zh-CN': '目标方案', en: 'Target plan' },
  'entity.target_node': { 'zh-CN': '目标节点', en: 'Target node' },
  'entity.market_size': { 'zh-CN': '市场容量', en: 'Market size' },
  'entity.org_unit_market': { 'zh-CN': '组织单元', en: 'Org unit' },
  'targetTracking.not_admin': {
    'zh-CN': '只有系统管理员可以重算目标实绩',
    en: 'Only an administrator may recompute target actuals',
  },
  'targetTracking.market_size_forbidden': {
    'zh-CN': '只有管理员、总监或经理可以维护本单元及下级的市场容量',
    en: 'Only administrators, directors and managers may set market sizes, for their own unit and below',
  },
  'targetTracking.through_month': { 'zh-CN': '截至月份须为 0–12', en: 'The month to date must be 0–12' },
  'targetTracking.sheet.title': { 'zh-CN': '月度计划完成情况', en: 'Monthly completion' },
  'targetTracking.metric.revenue': { 'zh-CN': '销售额', en: 'Revenue' },
  'targetTracking.metric.collections': { 'zh-CN': '回款额', en: 'Collections' },
  'targetTracking.metric.gross_profit': { 'zh-CN': '毛利', en: 'Gross profit' },
  'targetTracking.metric.expense': { 'zh-CN': '费用', en: 'Expense' },
  'targetTracking.sheet.node': { 'zh-CN': '节点', en: 'Node' },
  'targetTracking.sheet.target': { 'zh-CN': '目标', en: 'Target' },
  'targetTracking.sheet.actual': { 'zh-CN': '实际', en: 'Actual' },
  'targetTracking.sheet.attainment': { 'zh-CN': '达成率', en: 'Attainment' },
  'targetTracking.sheet.month': { 'zh-CN': '{month}月', en: 'M{month}' },
  'targetTracking.sheet.ytd': { 'zh-CN': '累计（1–{month}月）', en: 'YTD (M1–M{month})' },
  'targetTracking.sheet.year': { 'zh-CN': '全年', en: 'Year' },
  'targetTracking.sheet.projection': { 'zh-CN': '年末预测', en: 'Year-end projection' },
};

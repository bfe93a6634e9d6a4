// Messages of the target decomposition engine ([TGT-2]–[TGT-4]) in zh-CN and en: the problems an operation or a
// validation names per cell, the explanations of every allocation, the Ansoff strategies and the target sheet's
// import problems. Merged into the one catalogue in core/shared/messages.ts. Values: {value}/{sum}/{total}/
// {locked} are integer fen or counts as the engine sees them; the edges format them.

type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

export const TARGET_ENGINE_MESSAGES: Catalogue = {
  'target.metric.revenue': { 'zh-CN': '销售额', en: 'Revenue' },
  'target.metric.collections': { 'zh-CN': '回款额', en: 'Collections' },
  'target.metric.gross_profit': { 'zh-CN': '毛利', en: 'Gross profit' },
  'target.metric.expense': { 'zh-CN': '费用', en: 'Expense' },
  'target.metric.visits': { 'zh-CN': '拜访次数', en: 'Visits' },
  'target.metric.new_accounts': { 'zh-CN': '新客户数', en: 'New accounts' },
  'target.metric.proposals': { 'zh-CN': '方案数', en: 'Proposals' },
  'target.metric.distribution_points': { 'zh-CN': '铺货网点数', en: 'Distribution points' },

  'target.account_type.key_account': { 'zh-CN': '大客户', en: 'key accounts' },
  'target.account_type.distributor': { 'zh-CN': '经销商', en: 'distributors' },
  'target.account_type.agent': { 'zh-CN': '代理商', en: 'agents' },
  'target.account_type.retail': { 'zh-CN': '零售', en: 'retail' },
  'target.account_type.none': { 'zh-CN': '未分类', en: 'unclassified' },

  'target.problem.unknown_node': {
    'zh-CN': '目标树中没有节点“{node}”',
    en: 'The target tree has no node "{node}"',
  },
  'target.problem.unknown_metric': {
    'zh-CN': '本目标方案不含指标 {metric}',
    en: 'This target plan has no metric {metric}',
  },
  'target.problem.not_integer': {
    'zh-CN': '“{value}”不是有效的整数（金额以分计）',
    en: '"{value}" is not a whole number (money is in fen)',
  },
  'target.problem.bad_month': {
    'zh-CN': '月份须为 1–12，而不是 {month}',
    en: 'Month must be 1–12, not {month}',
  },
  'target.problem.negative': {
    'zh-CN': '目标不能为负数（只有毛利目标可以为负）',
    en: 'A target cannot be negative (only a gross-profit target may be)',
  },
  'target.problem.manual_rollup': {
    'zh-CN': '该节点按“手工填写”分解，其数值是下级之和，请修改下级',
    en: 'This node is split manually: its value is the sum of its children; edit the children',
  },
  'target.problem.locked_month': {
    'zh-CN': '{month} 月已锁定，不能修改',
    en: 'Month {month} is locked and cannot change',
  },
  'target.problem.locked_total': {
    'zh-CN': '全年合计已锁定（{total}），不能修改',
    en: 'The year total is locked ({total}) and cannot change',
  },
  'target.problem.locked_exceeds': {
    'zh-CN': '已锁定的部分（{locked}）超过了新的合计 {total}',
    en: 'The locked part ({locked}) exceeds the new total {total}',
  },
  'target.problem.no_free_month': {
    'zh-CN': '所有月份都已锁定（合计 {locked}），无法改为 {total}',
    en: 'Every month is locked (together {locked}); the total cannot become {total}',
  },
  'target.problem.children_fixed': {
    'zh-CN': '下级在该月都已锁定（合计 {sum}），本月不能改为 {value}',
    en: 'All children are locked in this month (together {sum}); it cannot become {value}',
  },
  'target.problem.children_exceed': {
    'zh-CN': '下级已锁定的部分（{sum}）超过了本月目标 {value}',
    en: "The children's locked part ({sum}) exceeds this month's target {value}",
  },
  'target.problem.locked_parent': {
    'zh-CN': '上级“{parent}”本月目标保持不变（{value}），且没有可调整的同级节点',
    en: 'The parent "{parent}" keeps its figure this month ({value}) and no sibling can re-balance',
  },
  'target.problem.above_locked_parent': {
    'zh-CN': '下级合计（{sum}）超过了保持不变的上级“{parent}”（{value}）',
    en: 'The children ({sum}) exceed the parent "{parent}", whose figure is kept ({value})',
  },
  'target.problem.bad_uplift_month': {
    'zh-CN': '活动月份须为 1–12，而不是 {month}',
    en: 'A campaign month must be 1–12, not {month}',
  },
  'target.problem.bad_uplift_percent': {
    'zh-CN': '活动上浮比例须大于 -100%，而不是 {percent}%',
    en: 'A campaign uplift must be above -100%, not {percent}%',
  },
  'target.problem.bad_history_years': {
    'zh-CN': '参考历史年数须为正整数，而不是 {years}',
    en: 'History years must be a positive whole number, not {years}',
  },
  'target.problem.bad_type_weight': {
    'zh-CN': '客户类型 {type} 的权重须为非负数，而不是 {weight}',
    en: 'The weight of account type {type} must be zero or more, not {weight}',
  },
  'target.problem.bad_parent': {
    'zh-CN': '节点的上级“{parent}”与树结构不一致',
    en: 'The node\'s parent "{parent}" does not match the tree',
  },
  'target.problem.missing_cell': {
    'zh-CN': '节点缺少该指标的 12 个月数值',
    en: 'The node lacks the 12 months of this metric',
  },
  'target.problem.sum_mismatch': {
    'zh-CN': '数值 {value} 不等于下级之和 {sum}',
    en: 'Value {value} does not equal the sum of the children {sum}',
  },
  'target.problem.rollup_locked': {
    'zh-CN': '已锁定的数值 {value} 与下级之和 {sum} 不一致',
    en: 'The locked value {value} differs from the sum of the children {sum}',
  },

  'target.explain.time_even': { 'zh-CN': '全年平均分到 12 个月', en: 'The year split evenly over 12 months' },
  'target.explain.time_seasonality': {
    'zh-CN': '按近 {years} 年各月占比分到各月',
    en: "Split over the months by the last {years} years' monthly shares",
  },
  'target.explain.time_no_history': {
    'zh-CN': '无历史月度数据，平均分到各月',
    en: 'No monthly history; split evenly over the months',
  },
  'target.explain.time_campaign': {
    'zh-CN': '按近 {years} 年各月占比分月，活动月（{months} 月）上浮',
    en: "Split by the last {years} years' monthly shares, lifted in campaign months ({months})",
  },
  'target.explain.time_campaign_no_history': {
    'zh-CN': '无历史月度数据，平均分月，活动月（{months} 月）上浮',
    en: 'No monthly history; split evenly, lifted in campaign months ({months})',
  },
  'target.explain.split_even': {
    'zh-CN': '{count} 个下级平均分配',
    en: 'Split evenly over {count} children',
  },
  'target.explain.split_no_history': {
    'zh-CN': '上年无数据，平均分配',
    en: 'No data last year; split evenly',
  },
  'target.explain.split_history_share': { 'zh-CN': '按上年占比 {share}', en: "By last year's share {share}" },
  'target.explain.split_customer_type': {
    'zh-CN': '按客户类型（{type} 占 {typeShare}），类型内按上年占比 {share}',
    en: "By account type ({type} {typeShare}), then last year's share {share} within the type",
  },
  'target.explain.split_customer_type_even': {
    'zh-CN': '按客户类型（{type} 占 {typeShare}），类型内上年无数据，平均分配（{share}）',
    en: 'By account type ({type} {typeShare}); no data last year within the type, split evenly ({share})',
  },
  'target.explain.manual': {
    'zh-CN': '手工填写，按现有比例 {share} 调整',
    en: 'Typed by hand; re-balanced keeping its proportion {share}',
  },
  'target.explain.locked': { 'zh-CN': '已锁定，保持不变', en: 'Locked; kept as it was' },
  'target.explain.rebalanced': {
    'zh-CN': '上级“{parent}”的目标保持不变，同级节点随之调整',
    en: 'The parent "{parent}" keeps its figure; siblings re-balanced',
  },
  'target.explain.month_typed': { 'zh-CN': '{month} 月为手工填写', en: 'Month {month} typed by hand' },
  'target.explain.rollup': { 'zh-CN': '下级之和', en: 'Sum of the children' },
  'target.explain.typed_in_sheet': { 'zh-CN': '由导入的表格填写', en: 'Typed in the imported sheet' },

  'target.sheet.choose_part': {
    'zh-CN': '您负责目标树的 {count} 个部分，请选择要导出或导入的节点',
    en: 'You have {count} parts of the target tree; choose the node to export or import',
  },
  'target.sheet.missing_column': {
    'zh-CN': '表格缺少列“{header}”，请使用导出的表格',
    en: 'The sheet lacks the column "{header}"; use the exported sheet',
  },
  'target.sheet.missing_key': { 'zh-CN': '节点编号为空', en: 'The node key is empty' },
  'target.sheet.unknown_row': {
    'zh-CN': '节点编号“{key}”不在导出的目标树中',
    en: 'The node key "{key}" is not in the exported target tree',
  },
  'target.sheet.duplicate_row': {
    'zh-CN': '节点编号“{key}”重复（第 {first} 行已出现）',
    en: 'The node key "{key}" repeats (first in row {first})',
  },
  'target.sheet.missing_row': {
    'zh-CN': '缺少节点“{label}”（{key}）所在的行',
    en: 'The row of node "{label}" ({key}) is missing',
  },
  'target.sheet.empty_cell': {
    'zh-CN': '单元格为空，请填写数值（可为 0）',
    en: 'The cell is empty; type a number (0 is fine)',
  },
  'target.sheet.not_a_number': { 'zh-CN': '“{value}”不是数字', en: '"{value}" is not a number' },
  'target.sheet.too_many_decimals': {
    'zh-CN': '“{value}”超过两位小数（金额精确到分）',
    en: '"{value}" has more than 2 decimals (money is exact to the fen)',
  },
  'target.sheet.not_whole': { 'zh-CN': '“{value}”须为整数', en: '"{value}" must be a whole number' },
  'target.sheet.negative': {
    'zh-CN': '“{value}”为负数；除毛利外，目标不能为负',
    en: '"{value}" is negative; only a gross-profit target may be',
  },
  'target.sheet.locked_cell': {
    'zh-CN': '该单元格已锁定，应为 {value}，不能修改',
    en: 'This cell is locked at {value} and cannot change',
  },
  'target.sheet.locked_total': {
    'zh-CN': '全年合计已锁定为 {value}，各月之和为 {sum}',
    en: 'The year total is locked at {value}; the months sum to {sum}',
  },
  'target.sheet.total_not_sum': {
    'zh-CN': '全年合计 {value} 不等于各月之和 {sum}',
    en: 'The year total {value} does not equal the sum of the months {sum}',
  },
  'target.sheet.parent_not_sum': {
    'zh-CN': '{value} 不等于下级之和 {sum}（上级各月由下级汇总，请修改下级）',
    en: '{value} does not equal the sum of the children {sum} (edit the children; parents are their sums)',
  },
  'target.sheet.children_exceed_locked_parent': {
    'zh-CN': '下级之和 {sum} 超过了已锁定的上级 {value}',
    en: 'The children sum to {sum}, above the locked parent {value}',
  },
  'target.sheet.locked_parent_not_sum': {
    'zh-CN': '下级之和 {sum} 不等于已锁定的上级 {value}',
    en: 'The children sum to {sum}, not the locked parent {value}',
  },

  'target.ansoff.penetration': { 'zh-CN': '市场渗透', en: 'Market penetration' },
  'target.ansoff.penetration.description': {
    'zh-CN': '现有市场 × 现有产品：提高老客户的购买量和份额',
    en: 'Existing market × existing product: sell more to the customers we have and win share',
  },
  'target.ansoff.product_development': { 'zh-CN': '产品开发', en: 'Product development' },
  'target.ansoff.product_development.description': {
    'zh-CN': '现有市场 × 新产品：向老客户推出新产品线',
    en: 'Existing market × new product: bring new product lines to the customers we have',
  },
  'target.ansoff.market_development': { 'zh-CN': '市场开发', en: 'Market development' },
  'target.ansoff.market_development.description': {
    'zh-CN': '新市场 × 现有产品：把现有产品卖到新区域、新行业、新客户',
    en: 'New market × existing product: take the products we have to new regions, industries and customers',
  },
  'target.ansoff.diversification': { 'zh-CN': '多元化', en: 'Diversification' },
  'target.ansoff.diversification.description': {
    'zh-CN': '新市场 × 新产品：风险最高，需单独立项评估',
    en: 'New market × new product: the riskiest growth; assess it as a project of its own',
  },
};

// Messages of the key account plan ([PLAN]) and opportunities ([OPP]) in zh-CN and en: errors naming a field,
// SMART and health reasons, agenda items, and the labels of every plan vocabulary (levels, roles, attitudes,
// stages, statuses). Merged into the one catalogue in core/shared/messages.ts.

type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

export const PLAN_MESSAGES: Catalogue = {
  'entity.plan': { 'zh-CN': '客户计划', en: 'Account plan' },
  'entity.plan_node': { 'zh-CN': '地图节点', en: 'Map node' },
  'entity.plan_edge': { 'zh-CN': '地图连线', en: 'Map link' },
  'entity.opportunity': { 'zh-CN': '商机', en: 'Opportunity' },
  'entity.plan_person': { 'zh-CN': '影响力地图人物', en: 'Influence map entry' },
  'entity.plan_line': { 'zh-CN': '影响关系线', en: 'Influence line' },
  'entity.plan_gap': { 'zh-CN': '关系差距', en: 'Relationship gap' },
  'entity.plan_goal': { 'zh-CN': '目标', en: 'Goal' },
  'entity.plan_action': { 'zh-CN': '行动', en: 'Action' },
  'entity.plan_review': { 'zh-CN': '回顾会议', en: 'Review' },

  'plan.locked_submitted': {
    'zh-CN': '计划已提交审批，审批或退回前不能修改',
    en: 'The plan is submitted for approval; it cannot be edited until it is approved or returned',
  },
  'plan.contact_other_account': {
    'zh-CN': '必须是本客户的联系人',
    en: 'Must be a contact of this account',
  },
  'plan.not_key_account': {
    'zh-CN': '只有大客户可以制定客户计划',
    en: 'Only key accounts have account plans',
  },
  'plan.duplicate_year': {
    'zh-CN': '该客户 {year} 年的计划已存在',
    en: 'This account already has a plan for {year}',
  },
  'plan.may_not_approve': {
    'zh-CN': '只有客户负责人的上级经理、销售总监或管理员可以审批本计划（负责人本人不能审批）',
    en: 'Only a manager above the account owner, a director or an admin may approve this plan (never the owner)',
  },
  'plan.return_needs_comment': { 'zh-CN': '退回时请写明原因', en: 'Say why the plan is returned' },
  'plan.wrong_status': {
    'zh-CN': '计划状态为“{status}”，不能{event}',
    en: 'The plan is {status}; it cannot be {event}',
  },
  'plan.node_unknown': { 'zh-CN': '节点不在本计划中', en: 'Not a node of this plan' },
  'plan.edge_self': { 'zh-CN': '节点不能连接自身', en: 'A node cannot serve itself' },
  'plan.edge_wrong_direction': {
    'zh-CN': '方向错误：{downstream}不能支撑{upstream}的上层，应由下层支撑上层',
    en: 'Wrong direction: a {downstream} cannot serve a {upstream}; links go from a level down to the same or the next level',
  },
  'plan.edge_skips_level': {
    'zh-CN': '不能跨层连接：{upstream}只能连接同层或下一层，不能直接连接{downstream}',
    en: 'A {upstream} links to the same or the next level only, not to a {downstream}',
  },
  'plan.edge_exists': { 'zh-CN': '这条连线已存在', en: 'This link already exists' },
  'plan.edge_cycle': {
    'zh-CN': '这条连线会形成循环（节点间接支撑自身）',
    en: 'This link would make a cycle (a node would end up serving itself)',
  },
  'plan.opportunity_only_on_opportunity_node': {
    'zh-CN': '只有商机节点可以带商机',
    en: 'Only an opportunity node carries an opportunity',
  },
  'plan.opportunity_new_or_existing': {
    'zh-CN': '请新建商机或选择已有商机（二选一）',
    en: 'Give a new opportunity or an existing one, not both',
  },
  'plan.unknown_opportunity': { 'zh-CN': '商机不存在', en: 'Unknown opportunity' },
  'plan.opportunity_other_account': {
    'zh-CN': '必须是本客户的商机',
    en: 'Must be an opportunity of this account',
  },
  'plan.review_outside_year': {
    'zh-CN': '开始日期必须在 {year} 计划年度内',
    en: 'The first date must be inside plan year {year}',
  },
  'plan.comment_required': { 'zh-CN': '请填写意见', en: 'Write a comment' },
  'plan.action_only_on_action_node': {
    'zh-CN': '只有行动节点可以关联行动',
    en: 'Only an action node links an action',
  },
  'plan.unknown_action': { 'zh-CN': '行动不在本计划中', en: 'Not an action of this plan' },
  'plan.contact_or_external': {
    'zh-CN': '请选择本客户的联系人，或填写外部影响者（二选一）',
    en: 'Give either a contact of the account or an external influencer, not both',
  },
  'plan.person_already_on_map': { 'zh-CN': '此人已在影响力地图上', en: 'This person is already on the map' },
  'plan.not_team_member': {
    'zh-CN': '必须是客户团队成员（负责人或团队成员）',
    en: 'Must be on the account team (owner or member)',
  },
  'plan.unknown_person': { 'zh-CN': '此人不在影响力地图上', en: 'Not a person on the influence map' },
  'plan.line_self': {
    'zh-CN': '影响关系线不能指向本人',
    en: 'An influence line cannot point to the same person',
  },
  'plan.unknown_goal': { 'zh-CN': '目标不在本计划中', en: 'Not a goal of this plan' },
  'plan.goal_depth': {
    'zh-CN': '子目标只能挂在顶层目标下（两层）',
    en: 'A sub-goal hangs under a top-level goal (two levels only)',
  },

  'plan.smart.title_too_short': {
    'zh-CN': 'S 具体：目标描述至少 {min} 个字',
    en: 'S specific: the title needs at least {min} characters',
  },
  'plan.smart.no_metric': { 'zh-CN': 'S 具体：未指明衡量指标', en: 'S specific: no metric named' },
  'plan.smart.no_target': { 'zh-CN': 'M 可衡量：未填写目标值', en: 'M measurable: no target value' },
  'plan.smart.no_baseline': {
    'zh-CN': 'A 可实现：未填写现状基数，无法判断',
    en: 'A achievable: no baseline to judge against',
  },
  'plan.smart.zero_baseline': {
    'zh-CN': 'A 可实现：基数为 0，无法判断',
    en: 'A achievable: a baseline of 0 cannot be judged',
  },
  'plan.smart.change_too_large': {
    'zh-CN': 'A 可实现：变动 {change}% 超过上限 {max}%',
    en: 'A achievable: a change of {change}% exceeds the limit of {max}%',
  },
  'plan.smart.not_linked': {
    'zh-CN': 'R 相关：未关联客户目标或需求',
    en: 'R relevant: not linked to a customer objective or need',
  },
  'plan.smart.no_due_date': { 'zh-CN': 'T 有时限：未设完成日期', en: 'T time-bound: no due date' },
  'plan.smart.due_outside_year': {
    'zh-CN': 'T 有时限：完成日期不在 {year} 计划年度内',
    en: 'T time-bound: the due date is outside plan year {year}',
  },

  'plan.health.no_decision_maker': { 'zh-CN': '未识别决策者', en: 'No decision maker identified' },
  'plan.health.no_sponsor': { 'zh-CN': '没有执行赞助者', en: 'No sponsor' },
  'plan.health.no_coach': { 'zh-CN': '没有教练（内线）', en: 'No coach' },
  'plan.health.stale_contacts': {
    'zh-CN': '{pct}% 的联系人信息已过期（上限 {max}%）',
    en: '{pct}% of contacts are stale (limit {max}%)',
  },
  'plan.health.uncovered_opponents': {
    'zh-CN': '{count} 位高影响力的反对者无人负责',
    en: '{count} high-influence opponents are not covered',
  },
  'plan.health.no_action_this_month': { 'zh-CN': '本月没有到期的行动', en: 'No action due this month' },
  'plan.health.overdue_actions': { 'zh-CN': '{count} 项行动已逾期', en: '{count} actions are overdue' },
  'plan.health.no_goals': { 'zh-CN': '尚未设定目标', en: 'No goals set' },
  'plan.health.goals_not_smart': {
    'zh-CN': '{count} 个目标不符合 SMART',
    en: '{count} goals fail SMART',
  },
  'plan.health.no_strategic_map': {
    'zh-CN': '战略地图不完整：没有需求追溯到客户目标',
    en: 'Strategic map incomplete: no need traces up to a customer objective',
  },
  'plan.health.no_opportunities': {
    'zh-CN': '执行地图上没有商机',
    en: 'No opportunity on the execution map',
  },

  'plan.agenda.standing.weekly': {
    'zh-CN': '周会：本周问题与阻碍',
    en: 'Weekly: this week’s issues and blockers',
  },
  'plan.agenda.standing.monthly': { 'zh-CN': '月会：运营情况回顾', en: 'Monthly: operations review' },
  'plan.agenda.standing.quarterly': { 'zh-CN': '季度业务回顾', en: 'Quarterly business review' },
  'plan.agenda.standing.yearly': { 'zh-CN': '年度战略规划', en: 'Yearly strategic planning' },
  'plan.agenda.overdue_action': {
    'zh-CN': '逾期行动：{title}（应于 {dueDate} 完成）',
    en: 'Overdue action: {title} (due {dueDate})',
  },
  'plan.agenda.new_gap': {
    'zh-CN': '新的关系差距：{who}（差 {gap} 级）',
    en: 'New relationship gap: {who} ({gap} levels)',
  },
  'plan.agenda.gap_widened': {
    'zh-CN': '关系差距扩大：{who}（{from} → {to} 级）',
    en: 'Relationship gap widened: {who} ({from} → {to} levels)',
  },
  'plan.agenda.health_drop': {
    'zh-CN': '计划健康度下降：{from} → {to}',
    en: 'Plan health dropped: {from} → {to}',
  },
  'plan.agenda.opportunity_new': {
    'zh-CN': '新商机：{name}（{stage}）',
    en: 'New opportunity: {name} ({stage})',
  },
  'plan.agenda.opportunity_stage': {
    'zh-CN': '商机推进：{name}（{from} → {to}）',
    en: 'Opportunity moved: {name} ({from} → {to})',
  },
  'plan.agenda.opportunity_value': {
    'zh-CN': '商机金额变化：{name}（¥{from} → ¥{to}）',
    en: 'Opportunity value changed: {name} (¥{from} → ¥{to})',
  },

  'plan.level.objective': { 'zh-CN': '客户目标', en: 'customer objective' },
  'plan.level.strategy': { 'zh-CN': '战略', en: 'strategy' },
  'plan.level.tactic': { 'zh-CN': '策略', en: 'tactic' },
  'plan.level.need': { 'zh-CN': '需求', en: 'need' },
  'plan.level.solution': { 'zh-CN': '解决方案', en: 'solution' },
  'plan.level.opportunity': { 'zh-CN': '商机', en: 'opportunity' },
  'plan.level.action': { 'zh-CN': '行动', en: 'action' },
  'plan.status.draft': { 'zh-CN': '草稿', en: 'draft' },
  'plan.status.submitted': { 'zh-CN': '待审批', en: 'submitted' },
  'plan.status.approved': { 'zh-CN': '已批准', en: 'approved' },
  'plan.status.returned': { 'zh-CN': '已退回', en: 'returned' },
  'plan.event.submit': { 'zh-CN': '提交', en: 'submitted' },
  'plan.event.approve': { 'zh-CN': '批准', en: 'approved' },
  'plan.event.return': { 'zh-CN': '退回', en: 'returned' },
  'plan.team_role.owner': { 'zh-CN': '客户负责人', en: 'Account owner' },
  'plan.team_role.lead': { 'zh-CN': '客户负责人', en: 'Account lead' },
  'plan.team_role.sales': { 'zh-CN': '销售', en: 'Sales' },
  'plan.team_role.presales': { 'zh-CN': '售前', en: 'Pre-sales' },
  'plan.team_role.service': { 'zh-CN': '交付/服务', en: 'Delivery/service' },
  'plan.team_role.executive_sponsor': { 'zh-CN': '高层赞助人', en: 'Executive sponsor' },
  'plan.role.coach': { 'zh-CN': '教练', en: 'Coach' },
  'plan.role.approver': { 'zh-CN': '批准者', en: 'Approver' },
  'plan.role.recommender': { 'zh-CN': '推荐者', en: 'Recommender' },
  'plan.role.decision_maker': { 'zh-CN': '决策者', en: 'Decision maker' },
  'plan.role.sponsor': { 'zh-CN': '执行赞助者', en: 'Sponsor' },
  'plan.attitude.supporter': { 'zh-CN': '支持者', en: 'Supporter' },
  'plan.attitude.favourable': { 'zh-CN': '倾向我方', en: 'Favourable' },
  'plan.attitude.neutral': { 'zh-CN': '中立', en: 'Neutral' },
  'plan.attitude.unfavourable': { 'zh-CN': '倾向对手', en: 'Unfavourable' },
  'plan.attitude.opponent': { 'zh-CN': '反对者', en: 'Opponent' },
  'plan.action_status.open': { 'zh-CN': '未开始', en: 'Open' },
  'plan.action_status.in_progress': { 'zh-CN': '进行中', en: 'In progress' },
  'plan.action_status.done': { 'zh-CN': '已完成', en: 'Done' },
  'plan.action_status.cancelled': { 'zh-CN': '已取消', en: 'Cancelled' },
  'opportunity.stage.lead': { 'zh-CN': '线索', en: 'Lead' },
  'opportunity.stage.qualify': { 'zh-CN': '确认需求', en: 'Qualify' },
  'opportunity.stage.needs_analysis': { 'zh-CN': '需求分析', en: 'Needs analysis' },
  'opportunity.stage.proposal': { 'zh-CN': '方案', en: 'Proposal' },
  'opportunity.stage.negotiation': { 'zh-CN': '商务谈判', en: 'Negotiation' },
  'opportunity.stage.closed_won': { 'zh-CN': '赢单', en: 'Closed won' },
  'opportunity.stage.closed_lost': { 'zh-CN': '丢单', en: 'Closed lost' },
  'opportunity.dmu_role.initiator': { 'zh-CN': '发起者', en: 'Initiator' },
  'opportunity.dmu_role.user': { 'zh-CN': '使用者', en: 'User' },
  'opportunity.dmu_role.influencer': { 'zh-CN': '影响者', en: 'Influencer' },
  'opportunity.dmu_role.decider': { 'zh-CN': '决策者', en: 'Decider' },
  'opportunity.dmu_role.buyer': { 'zh-CN': '采购者', en: 'Buyer' },
  'opportunity.dmu_role.gatekeeper': { 'zh-CN': '把关者', en: 'Gatekeeper' },
};

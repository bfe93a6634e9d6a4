// Messages of stored target plans ([TGT-1]…[TGT-4]) in zh-CN and en: entity names, version rules, wizard level
// rules, part-of-the-tree and OGSM errors. The engine's problems and explanations live in target-messages.ts.
// Merged into the one catalogue in core/shared/messages.ts.

type Catalogue = Record<string, { 'zh-CN': string; en: string }>;

export const TARGET_PLAN_MESSAGES: Catalogue = {
  'entity.target_plan': { 'zh-CN': '目标方案', en: 'Target plan' },
  'entity.target_node': { 'zh-CN': '目标节点', en: 'Target node' },
  'entity.ogsm_item': { 'zh-CN': 'OGSM 条目', en: 'OGSM item' },

  'target_plan.frozen': {
    'zh-CN': '目标方案 v{version} 已{status}，不能再修改；如需调整请基于已发布版本创建新版本',
    en: 'Target plan v{version} is {status} and frozen; make a new version of the published plan to change it',
  },
  'target_plan.status.published': { 'zh-CN': '发布', en: 'published' },
  'target_plan.status.superseded': { 'zh-CN': '被新版本取代', en: 'superseded' },
  'target_plan.status.draft': { 'zh-CN': '草稿', en: 'a draft' },
  'target_plan.publish_not_draft': {
    'zh-CN': '只有草稿可以发布（当前状态：{status}）',
    en: 'Only a draft can be published (status: {status})',
  },
  'target_plan.new_version_not_published': {
    'zh-CN': '只能基于已发布的目标方案创建新版本',
    en: 'A new version can only be made from the published plan',
  },
  'target_plan.invalid_tree': {
    'zh-CN': '目标树存在不一致，不能发布',
    en: 'The target tree is inconsistent and cannot be published',
  },
  'target_plan.outside_part': {
    'zh-CN':
      '此修改会改动您负责范围以外的目标：{nodes}。请先锁定您负责节点的全年或当月目标，修改就只在其下级之间重新分配',
    en: 'This change would alter targets outside your part of the tree: {nodes}. Lock the year or month figure of your part first, and the change re-balances inside it',
  },
  'target_plan.part_total': {
    'zh-CN': '“{node}”的目标由上级下达，您不能修改；修改其下级时，差额在下级之间重新分配',
    en: 'The target of "{node}" is set from above and you cannot change it; a change below it re-balances inside it',
  },
  'target_plan.unknown_node': {
    'zh-CN': '目标节点“{node}”不存在',
    en: 'Target node "{node}" does not exist',
  },
  'target_plan.duplicate_node': {
    'zh-CN': '该节点下已有“{label}”',
    en: 'This node already has "{label}"',
  },
  'target_plan.unknown_ref': { 'zh-CN': '引用的对象不存在', en: 'The referenced record does not exist' },
  'target_plan.ref_required': {
    'zh-CN': '必须指定 {field}',
    en: '{field} is required',
  },
  'target_plan.child_outside_parent': {
    'zh-CN': '该对象不属于上级节点的范围',
    en: 'This record lies outside the parent node',
  },
  'target_plan.remove_root': { 'zh-CN': '不能删除根节点', en: 'The root node cannot be removed' },
  'target_plan.metric_repeated': { 'zh-CN': '指标重复', en: 'Metric listed twice' },
  'target_plan.metric_not_in_plan': {
    'zh-CN': '指标“{metric}”不在本方案中',
    en: 'Metric "{metric}" is not part of this plan',
  },
  'target_plan.level_repeated': { 'zh-CN': '层级重复', en: 'Level listed twice' },
  'target_plan.level_kind_only_org_unit': {
    'zh-CN': '只有组织层级需要指定组织类型',
    en: 'Only org-unit levels take an org-unit kind',
  },
  'target_plan.level_org_unit_order': {
    'zh-CN': '组织层级须按 大区 → 分公司 → 团队 的顺序，并位于销售代表之上',
    en: 'Org-unit levels go region → branch → team, above the rep level',
  },
  'target_plan.level_below_customer': {
    'zh-CN': '客户层级之下只能是产品线',
    en: 'Only product lines can go below the customer level',
  },
  'target_plan.level_product_line_needs_customer': {
    'zh-CN': '产品线层级必须位于客户层级之下',
    en: 'The product line level goes below the customer level',
  },
  'target_plan.ogsm_parent_kind': {
    'zh-CN': '“{kind}”不能挂在该条目之下',
    en: 'A "{kind}" cannot sit under this item',
  },
  'target_plan.ogsm_node_and_metric': {
    'zh-CN': '关联目标时须同时指定节点和指标',
    en: 'A tie to a target needs both a node and a metric',
  },
  'target.value_not_integer': {
    'zh-CN': '必须是整数（金额以分为单位，最多两位小数的元请换算成分）',
    en: 'Must be an integer (money in fen: yuan × 100)',
  },
};

// The executive briefing's fixed texts, zh-CN (default) and en (seed 002, [PLAN-9]): the nine step titles of
// the 汇报指南, table headers and the labels of the map legends.
import type { Lang } from '../core/shared/messages.ts';
import type {
  Attitude,
  GraphNodeKind,
  InfluenceLevel,
  RoleBadge,
  SmartLetter,
} from './briefing-deck-input.ts';

type Texts = Record<string, { 'zh-CN': string; en: string }>;

/** The nine steps in briefing order. */
export const STEP_KEYS = [
  'team',
  'background',
  'strategicMap',
  'executionMap',
  'relationships',
  'competition',
  'goals',
  'actions',
  'support',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

const STEPS: Record<StepKey, { 'zh-CN': string; en: string }> = {
  team: { 'zh-CN': '团队介绍', en: 'Team introduction' },
  background: { 'zh-CN': '客户背景', en: 'Account background' },
  strategicMap: { 'zh-CN': '战略地图', en: 'Strategic map' },
  executionMap: { 'zh-CN': '执行地图与商机', en: 'Execution map and opportunities' },
  relationships: { 'zh-CN': '客户关系', en: 'Relationships' },
  competition: { 'zh-CN': '竞争分析', en: 'Competition' },
  goals: { 'zh-CN': '目标', en: 'Goals' },
  actions: { 'zh-CN': '行动计划', en: 'Action plan' },
  support: { 'zh-CN': '需要的支持', en: 'Support requested' },
};

const TEXTS = {
  deckTitle: { 'zh-CN': '大客户管理计划汇报', en: 'Key account plan: executive briefing' },
  planYear: { 'zh-CN': '{year} 年度', en: 'Plan year {year}' },
  reportedBy: { 'zh-CN': '汇报单位：{company}', en: 'Presented by {company}' },
  date: { 'zh-CN': '日期：{date}', en: 'Date: {date}' },
  continued: { 'zh-CN': '（续）', en: ' (cont.)' },
  notFilled: { 'zh-CN': '未填写', en: 'Not filled in' },
  notFilledHint: {
    'zh-CN': '计划中尚未填写这一部分',
    en: 'This part of the plan has not been filled in yet',
  },
  name: { 'zh-CN': '姓名', en: 'Name' },
  teamRole: { 'zh-CN': '团队角色', en: 'Role on the account team' },
  jobTitle: { 'zh-CN': '职务', en: 'Title' },
  keyFigures: { 'zh-CN': '关键数据', en: 'Key figures' },
  revenueOfYear: { 'zh-CN': '{year} 年营收', en: 'Revenue {year}' },
  revenueChart: { 'zh-CN': '近三年营收（万元）', en: 'Revenue by year (¥10k)' },
  chartUnit: { 'zh-CN': '万元', en: '¥10k' },
  owner: { 'zh-CN': '客户负责人：{name}', en: 'Owner: {name}' },
  ownerConfirmed: { 'zh-CN': '（已确认）', en: ' (confirmed)' },
  ownerAssumed: { 'zh-CN': '（待确认）', en: ' (assumed)' },
  ownerUnknown: { 'zh-CN': '客户负责人：未知', en: 'Owner: unknown' },
  graphLegend: {
    'zh-CN': '箭头指向所支撑的上一层；虚线边框：客户负责人待确认',
    en: 'Arrows point to what an item serves; dashed border: the customer owner is assumed, not confirmed',
  },
  opportunity: { 'zh-CN': '商机', en: 'Opportunity' },
  value: { 'zh-CN': '金额', en: 'Value' },
  stage: { 'zh-CN': '阶段', en: 'Stage' },
  closeDate: { 'zh-CN': '预计成交', en: 'Close date' },
  probability: { 'zh-CN': '赢率', en: 'Probability' },
  pipelineByStage: { 'zh-CN': '各阶段商机金额（万元）', en: 'Pipeline by stage (¥10k)' },
  pipelineTotal: { 'zh-CN': '商机合计：{total}', en: 'Pipeline total: {total}' },
  influenceMap: { 'zh-CN': '影响力地图', en: 'Influence map' },
  gapTable: { 'zh-CN': '关系差距分析', en: 'Relationship gaps' },
  coveredBy: { 'zh-CN': '覆盖：{name}', en: 'Covered by {name}' },
  uncovered: { 'zh-CN': '未覆盖', en: 'Not covered' },
  stale: { 'zh-CN': '久未联系', en: 'Stale' },
  external: { 'zh-CN': '外部影响者', en: 'External influencer' },
  reportingLine: { 'zh-CN': '汇报关系', en: 'Reports to' },
  influenceLine: { 'zh-CN': '非正式影响', en: 'Informal influence' },
  legendRoles: { 'zh-CN': '角色', en: 'Roles' },
  legendAttitude: { 'zh-CN': '态度（颜色）', en: 'Attitude (colour)' },
  legendInfluence: {
    'zh-CN': '影响力：卡片越大影响力越高',
    en: 'Influence: the bigger the card, the higher',
  },
  contact: { 'zh-CN': '客户联系人', en: 'Contact' },
  ourMember: { 'zh-CN': '我方人员', en: 'Our member' },
  currentLevel: { 'zh-CN': '当前关系', en: 'Current level' },
  desiredLevel: { 'zh-CN': '期望关系', en: 'Desired level' },
  priority: { 'zh-CN': '优先级', en: 'Priority' },
  partner: { 'zh-CN': '合作伙伴 / 战略供应商', en: 'Partner / strategic supplier' },
  toCustomer: { 'zh-CN': '与客户的关系', en: 'Relation to the customer' },
  toUs: { 'zh-CN': '与我方的关系', en: 'Relation to us' },
  canHelp: { 'zh-CN': '能否帮助', en: 'Can help' },
  yes: { 'zh-CN': '能', en: 'Yes' },
  no: { 'zh-CN': '否', en: 'No' },
  voice: { 'zh-CN': '客户心声', en: 'Voice of the customer' },
  competitor: { 'zh-CN': '竞争对手', en: 'Competitor' },
  position: { 'zh-CN': '地位与优势', en: 'Position and strengths' },
  ourStrategy: { 'zh-CN': '我方策略', en: 'Our strategy' },
  goal: { 'zh-CN': '目标', en: 'Goal' },
  subGoals: { 'zh-CN': '子目标', en: 'Sub-goals' },
  smart: { 'zh-CN': 'SMART 检查', en: 'SMART check' },
  smartPass: { 'zh-CN': '符合 SMART', en: 'Meets SMART' },
  smartFail: { 'zh-CN': '不满足：{letters}', en: 'Fails: {letters}' },
  action: { 'zh-CN': '行动', en: 'Action' },
  actionOwner: { 'zh-CN': '负责人', en: 'Owner' },
  dueDate: { 'zh-CN': '截止日期', en: 'Due date' },
  status: { 'zh-CN': '状态', en: 'Status' },
  page: { 'zh-CN': '第 {n} / {total} 页', en: 'Page {n} of {total}' },
} satisfies Texts;

const KINDS: Record<GraphNodeKind, { 'zh-CN': string; en: string }> = {
  objective: { 'zh-CN': '客户目标', en: 'Objectives' },
  strategy: { 'zh-CN': '战略', en: 'Strategies' },
  tactic: { 'zh-CN': '策略', en: 'Tactics' },
  need: { 'zh-CN': '需求', en: 'Needs' },
  solution: { 'zh-CN': '我方方案', en: 'Our solutions' },
  opportunity: { 'zh-CN': '商机', en: 'Opportunities' },
  action: { 'zh-CN': '行动', en: 'Actions' },
};

const ROLES: Record<RoleBadge, { 'zh-CN': string; en: string; short: { 'zh-CN': string; en: string } }> = {
  decision_maker: { 'zh-CN': '决策者', en: 'Decision maker', short: { 'zh-CN': '决策', en: 'DM' } },
  approver: { 'zh-CN': '批准者', en: 'Approver', short: { 'zh-CN': '批准', en: 'AP' } },
  sponsor: { 'zh-CN': '执行赞助者', en: 'Sponsor', short: { 'zh-CN': '赞助', en: 'SP' } },
  recommender: { 'zh-CN': '推荐者', en: 'Recommender', short: { 'zh-CN': '推荐', en: 'RE' } },
  coach: { 'zh-CN': '教练', en: 'Coach', short: { 'zh-CN': '教练', en: 'CO' } },
};

const ATTITUDE_NAMES: Record<Attitude, { 'zh-CN': string; en: string }> = {
  supporter: { 'zh-CN': '支持者', en: 'Supporter' },
  positive: { 'zh-CN': '积极', en: 'Positive' },
  neutral: { 'zh-CN': '中立', en: 'Neutral' },
  negative: { 'zh-CN': '消极', en: 'Negative' },
  opponent: { 'zh-CN': '反对者', en: 'Opponent' },
};

const INFLUENCE_NAMES: Record<InfluenceLevel, { 'zh-CN': string; en: string }> = {
  high: { 'zh-CN': '高', en: 'high' },
  medium: { 'zh-CN': '中', en: 'medium' },
  low: { 'zh-CN': '低', en: 'low' },
};

const SMART_NAMES: Record<SmartLetter, { 'zh-CN': string; en: string }> = {
  S: { 'zh-CN': 'S 具体', en: 'S specific' },
  M: { 'zh-CN': 'M 可衡量', en: 'M measurable' },
  A: { 'zh-CN': 'A 可实现', en: 'A achievable' },
  R: { 'zh-CN': 'R 相关', en: 'R relevant' },
  T: { 'zh-CN': 'T 有时限', en: 'T time-bound' },
};

/** A fixed text in the deck's language, with {placeholders} filled in. */
export function text(
  lang: Lang,
  key: keyof typeof TEXTS,
  params: Record<string, string | number> = {},
): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** "3. 战略地图": the step's number (1–9) and name. */
export function stepTitle(lang: Lang, step: StepKey): string {
  return `${STEP_KEYS.indexOf(step) + 1}. ${STEPS[step][lang]}`;
}

export const kindName = (lang: Lang, kind: GraphNodeKind) => KINDS[kind][lang];
export const roleName = (lang: Lang, role: RoleBadge) => ROLES[role][lang];
export const roleShort = (lang: Lang, role: RoleBadge) => ROLES[role].short[lang];
export const attitudeName = (lang: Lang, attitude: Attitude) => ATTITUDE_NAMES[attitude][lang];
export const influenceName = (lang: Lang, level: InfluenceLevel) => INFLUENCE_NAMES[level][lang];
export const smartName = (lang: Lang, letter: SmartLetter) => SMART_NAMES[letter][lang];

// The whole key account plan as a workbook (seed 002, [PLAN-1]…[PLAN-11]): one sheet per part, Chinese headers,
// money as numbers in yuan, every graph node with what it serves and what serves it, so a plan can be read,
// filtered and printed outside KAM Desk. Export only: the plan is edited in the app, where its rules run.
import ExcelJS from 'exceljs';
import type { ReviewRecord } from '../core/plan/plan.ts';
import type { PlanView } from '../core/plan/plan-view.ts';
import { translate } from '../core/shared/messages.ts';
import { BACKGROUND_SECTIONS } from '../core/value/background-sections.ts';

export const PLAN_SHEETS = [
  '计划概览',
  '战略与执行地图',
  '商机列表',
  '影响力地图',
  '关系差距',
  '战略关系',
  '客户心声',
  '目标',
  '行动',
  '回顾',
] as const;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const YUAN_FORMAT = '#,##0.00';
const zh = (key: string, params: Record<string, string | number> = {}) => translate(key, 'zh-CN', params);

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

function table(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const row of rows) sheet.addRow([...row]).alignment = { wrapText: true, vertical: 'top' };
}

/** Writes every part of the plan, plus its reviews, as an .xlsx file. */
export async function writePlanWorkbook(
  view: PlanView,
  reviews: readonly ReviewRecord[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KAM Desk';
  const { plan } = view;
  const titleOf = new Map(view.nodes.map((n) => [n.id, n.title]));
  const people = new Map(view.influence.map((e) => [e.id, e.name]));

  table(
    workbook,
    '计划概览',
    [
      { header: '项目', width: 20 },
      { header: '内容', width: 80 },
    ],
    [
      ['客户', `${plan.accountName}（${plan.accountCode}）`],
      ['计划年度', plan.planYear],
      ['状态', zh(`plan.status.${plan.status}`)],
      ['客户负责人', plan.ownerName],
      ['计划健康度', view.health.score],
      ['健康度问题', view.health.reasons.map((r) => zh(r.messageKey, r.params)).join('\n')],
      [
        '客户团队',
        view.team.map((t) => `${t.displayName}（${zh(`plan.team_role.${t.teamRole}`)}）`).join('、'),
      ],
      ['需要的支持', plan.supportRequested],
      ['自我评估', plan.selfAssessmentNote],
      ['最近批准版本', view.lastApprovedVersion],
      ...BACKGROUND_SECTIONS.flatMap(({ key }): Array<[string, string]> => {
        const text = view.background.sections[key];
        return text ? [[`背景：${zh(`background.section.${key}`)}`, text]] : [];
      }),
    ],
  );

  table(
    workbook,
    '战略与执行地图',
    [
      { header: '编号', width: 8 },
      { header: '层级', width: 12 },
      { header: '内容', width: 40 },
      { header: '客户方负责人', width: 14 },
      { header: '已确认', width: 8 },
      { header: '服务于（上游）', width: 40 },
      { header: '支撑它的（下游）', width: 40 },
    ],
    view.nodes.map((n) => [
      n.id,
      zh(`plan.level.${n.level}`),
      n.title,
      n.ownerContactName,
      n.ownerConfirmed ? '是' : '否',
      view.edges
        .filter((e) => e.downstreamId === n.id)
        .map((e) => titleOf.get(e.upstreamId) ?? '')
        .join('\n'),
      view.edges
        .filter((e) => e.upstreamId === n.id)
        .map((e) => titleOf.get(e.downstreamId) ?? '')
        .join('\n'),
    ]),
  );

  table(
    workbook,
    '商机列表',
    [
      { header: '商机', width: 30 },
      { header: '金额（元）', width: 16, numFmt: YUAN_FORMAT },
      { header: '阶段', width: 12 },
      { header: '赢率（%）', width: 10 },
      { header: '预计成交日', width: 14 },
      { header: '负责人', width: 12 },
      { header: '决策单元', width: 40 },
    ],
    view.opportunities.map((o) => [
      o.name,
      o.valueFen / 100,
      zh(`opportunity.stage.${o.stage}`),
      o.probability,
      o.closeDate,
      o.ownerName,
      o.dmu.map((m) => `${m.contactName}（${zh(`opportunity.dmu_role.${m.role}`)}）`).join('、'),
    ]),
  );

  table(
    workbook,
    '影响力地图',
    [
      { header: '姓名', width: 14 },
      { header: '职务', width: 16 },
      { header: '角色', width: 24 },
      { header: '影响力', width: 10 },
      { header: '态度', width: 12 },
      { header: '汇报对象', width: 14 },
      { header: '覆盖人', width: 12 },
      { header: '信息过期', width: 10 },
      { header: '非正式影响', width: 30 },
    ],
    view.influence.map((e) => [
      e.name,
      e.title ?? e.external?.organisation ?? null,
      e.roles.map((r) => zh(`plan.role.${r}`)).join('、'),
      e.influence ? { high: '高', medium: '中', low: '低' }[e.influence] : null,
      e.attitude ? zh(`plan.attitude.${e.attitude}`) : null,
      view.influence.find((x) => x.contactId !== null && x.contactId === e.reportsToContactId)?.name ?? null,
      e.coverageUserName,
      e.stale ? '是' : '',
      view.lines
        .filter((l) => l.fromEntryId === e.id)
        .map((l) => `→ ${people.get(l.toEntryId) ?? ''}${l.note ? `（${l.note}）` : ''}`)
        .join('\n'),
    ]),
  );

  table(
    workbook,
    '关系差距',
    [
      { header: '客户方', width: 14 },
      { header: '我方', width: 12 },
      { header: '当前关系', width: 10 },
      { header: '期望关系', width: 10 },
      { header: '差距', width: 8 },
      { header: '影响力权重', width: 12 },
      { header: '优先级', width: 8 },
      { header: '已有行动', width: 10 },
    ],
    [...view.gaps]
      .sort((a, b) => b.priority - a.priority)
      .map((g) => [
        g.contactName,
        g.userName,
        g.currentLevel,
        g.desiredLevel,
        g.gap,
        g.influenceWeight,
        g.priority,
        g.actionIds.length,
      ]),
  );

  table(
    workbook,
    '战略关系',
    [
      { header: '名称', width: 24 },
      { header: '类型', width: 12 },
      { header: '与客户的关系', width: 30 },
      { header: '与我方的关系', width: 30 },
      { header: '能否帮助', width: 10 },
      { header: '如何帮助', width: 30 },
    ],
    view.partners.map((p) => [
      p.name,
      p.kind === 'partner' ? '合作伙伴' : '战略供应商',
      p.relationToCustomer,
      p.relationToUs,
      p.canHelp ? '能' : '否',
      p.howToHelp,
    ]),
  );

  table(
    workbook,
    '客户心声',
    [
      { header: '客户方', width: 14 },
      { header: '原话', width: 70 },
      { header: '日期', width: 14 },
    ],
    view.voices.map((v) => [v.contactName, v.statement, v.heardOn]),
  );

  const goalTitle = new Map(view.goals.map((g) => [g.id, g.title]));
  table(
    workbook,
    '目标',
    [
      { header: '目标', width: 40 },
      { header: '上级目标', width: 30 },
      { header: '指标', width: 14 },
      { header: '基线', width: 10 },
      { header: '目标值', width: 10 },
      { header: '单位', width: 8 },
      { header: '截止日期', width: 14 },
      { header: 'SMART 未通过', width: 40 },
    ],
    view.goals.map((g) => [
      g.title,
      g.parentGoalId === null ? null : (goalTitle.get(g.parentGoalId) ?? null),
      g.metric,
      g.baselineValue,
      g.targetValue,
      g.unit,
      g.dueDate,
      g.smart.failing.map((f) => `${f.letter}：${zh(f.reason, f.params ?? {})}`).join('\n'),
    ]),
  );

  table(
    workbook,
    '行动',
    [
      { header: '行动', width: 40 },
      { header: '负责人', width: 12 },
      { header: '截止日期', width: 14 },
      { header: '状态', width: 10 },
      { header: '所属目标', width: 30 },
    ],
    view.actions.map((a) => [
      a.title,
      a.ownerName,
      a.dueDate,
      zh(`plan.action_status.${a.status}`),
      a.goalId === null ? null : (goalTitle.get(a.goalId) ?? null),
    ]),
  );

  table(
    workbook,
    '回顾',
    [
      { header: '节奏', width: 10 },
      { header: '计划日期', width: 14 },
      { header: '召开日期', width: 14 },
      { header: '议程', width: 50 },
      { header: '纪要', width: 50 },
    ],
    reviews.map((r) => [
      { weekly: '每周', monthly: '每月', quarterly: '每季度', yearly: '每年' }[r.cadence],
      r.scheduledOn,
      r.heldOn,
      r.agenda.map((item) => zh(item.messageKey, item.params ?? {})).join('\n'),
      r.minutes,
    ]),
  );

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

// Account value for the demo company ([VAL-1], [VAL-3], [ACC-3]): the first few key-account groups get
// divisions and a whitespace grid (current cells from what they really bought in the last 12 complete months),
// background and 3C research text, cost-to-serve drivers and the customer's category spend. Deterministic:
// the same company gives the same data. Written through the repositories, in one transaction.
import { monthRange } from '../../core/account/month-range.ts';
import { BACKGROUND_SECTIONS } from '../../core/value/background-sections.ts';
import type { WhitespaceCell, WhitespaceStatus } from '../../core/value/whitespace-grid.ts';
import type { Database } from '../connect.ts';
import { createTransaction } from '../repositories/create-repositories.ts';

/** How many key accounts get value data. */
export const DEMO_VALUE_ACCOUNTS = 5;

const DIVISIONS = ['集团采购中心', '生产制造部', '研发中心', '市场部', '行政后勤部'];
const COMPETITORS = ['康源食品', '华润包装', '金禾粮油', '美味源调味'];
const OPEN_STATUSES: WhitespaceStatus[] = ['potential', 'competitor', 'none', 'potential', 'won'];

const BACKGROUND_TEXT: Record<string, (name: string, industry: string) => string> = {
  basicInfo: (n, i) => `${n}是${i}行业的区域龙头企业，员工约 3,000 人，在华东、华中设有生产基地。`,
  strategy: (n) => `${n}未来三年计划扩充产能 30%，并推进品牌高端化和线上渠道。`,
  marketSituation: (_n, i) => `${i}市场整体增速放缓，头部企业份额持续提升，价格竞争加剧。`,
  financialPerformance: () => '去年营收同比增长约 8%，毛利率小幅下降；现金流稳健，付款周期约 60 天。',
  decisionProcess: () => '采购中心负责招标比价，生产和研发提出技术要求，总经理办公会最终审批年度框架协议。',
  customerCompany: (n) => `${n}以自有品牌为主，正在整合下属工厂的采购。`,
  customerCustomers: () => '主要客户为大型连锁商超和电商平台，对交期和包装一致性要求高。',
  customerCompetitors: () => '主要竞争对手在成本上更有优势，正在加大新品投放。',
  innovationInitiatives: () => '正在试点减糖配方和可回收包装。',
  industryTrends: () => '健康化、小包装和渠道下沉是未来两年的主要趋势。',
  mergersAcquisitions: () => '去年收购了一家区域性工厂，整合仍在进行中。',
  managementChanges: () => '新任采购总监今年上任，正在重新评估供应商名录。',
  ourFootprint: () => '我方目前主要供应包装和调味类产品，覆盖两个生产基地。',
  technologyVendorsPartners: () => '生产设备主要来自德国供应商，ERP 使用国内主流系统。',
};

interface Candidate {
  id: number;
  name: string;
  industry: string | null;
  ownerId: number;
  children: string[];
}

/** Adds value data to the first key-account groups; returns how many accounts got it. */
export async function loadDemoValue(database: Database, today: string): Promise<number> {
  const db = database.db;
  const months = monthRange(today, 13).slice(0, 12);
  const fromMonth = months[0] ?? today;
  const toMonth = months[months.length - 1] ?? today;
  const parents = await db
    .selectFrom('account as a')
    .select((eb) => [
      'a.account_id as id',
      'a.name',
      'a.industry',
      'a.owner_user_id as ownerId',
      eb
        .selectFrom('account as c')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('c.parent_account_id', '=', 'a.account_id')
        .as('childCount'),
    ])
    .where('a.type', '=', 'key_account')
    .where('a.parent_account_id', 'is', null)
    .orderBy('childCount', 'desc')
    .orderBy('a.code')
    .limit(DEMO_VALUE_ACCOUNTS)
    .execute();
  const productLines = await db
    .selectFrom('product_line')
    .select(['product_line_id as id', 'code'])
    .orderBy('code')
    .execute();
  if (parents.length === 0 || productLines.length === 0) return 0;

  const candidates: Candidate[] = [];
  for (const p of parents) {
    const children = await db
      .selectFrom('account')
      .select('name')
      .where('parent_account_id', '=', p.id)
      .orderBy('code')
      .limit(2)
      .execute();
    candidates.push({ ...p, children: children.map((c) => c.name) });
  }

  // Read everything first: on PGlite the transaction holds the only connection.
  const plans: Array<{ account: Candidate; revenueOf: Map<number, number> }> = [];
  for (const account of candidates) {
    const bought = await db
      .selectFrom('account_month_fact')
      .select((eb) => ['product_line_id as id', eb.fn.sum<number>('revenue_fen').as('revenueFen')])
      .where('account_id', '=', account.id)
      .where('month', '>=', fromMonth)
      .where('month', '<=', toMonth)
      .groupBy('product_line_id')
      .execute();
    plans.push({ account, revenueOf: new Map(bought.map((b) => [Number(b.id), Number(b.revenueFen)])) });
  }

  const transaction = createTransaction(db);
  await transaction(async (r) => {
    for (const [k, { account, revenueOf }] of plans.entries()) {
      const yearRevenue = [...revenueOf.values()].reduce((t, v) => t + v, 0);

      // Columns: the lines it buys most, then two it does not buy yet.
      const buys = [...revenueOf.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 4);
      const notYet = productLines.filter((l) => !revenueOf.has(l.id)).slice(k, k + 2);
      const lineIds = [...buys.map(([id]) => id), ...notYet.map((l) => l.id)];
      const divisions = [
        DIVISIONS[0]!,
        ...account.children,
        ...DIVISIONS.slice(1, 4 - account.children.length),
      ];
      const unit = Math.max(5_000_00, Math.round(yearRevenue / 20 / 100) * 100);
      const cells: WhitespaceCell[] = [];
      divisions.forEach((division, i) => {
        lineIds.forEach((productLineId, j) => {
          const current = revenueOf.get(productLineId);
          if (i === 0 && current !== undefined) {
            cells.push({
              division,
              productLineId,
              status: 'current',
              potentialFen: Math.round((current * 1.5) / 100) * 100,
              currentFen: current,
              competitor: null,
              notes: null,
            });
            return;
          }
          const status = OPEN_STATUSES[(i + j + k) % OPEN_STATUSES.length]!;
          if (status === 'none' && (i + j) % 2 === 0) return; // leave some cells empty
          cells.push({
            division,
            productLineId,
            status,
            potentialFen: status === 'none' ? null : unit * (1 + ((i * 3 + j) % 4)),
            currentFen: status === 'won' ? 0 : null,
            competitor: status === 'competitor' ? COMPETITORS[(i + j + k) % COMPETITORS.length]! : null,
            notes: status === 'won' ? '已中标，下季度开始供货' : null,
          });
        });
      });
      await r.whitespace.replace(account.id, { divisions, cells });

      // Fewer sections researched for each further account, so completeness varies.
      const sections = Object.fromEntries(
        BACKGROUND_SECTIONS.slice(0, BACKGROUND_SECTIONS.length - 2 * k).map(({ key }) => [
          key,
          BACKGROUND_TEXT[key]?.(account.name, account.industry ?? '食品') ?? '',
        ]),
      );
      await r.backgrounds.save(account.id, sections, account.ownerId);

      await r.accountValue.mergeCostDrivers(
        account.id,
        {
          visitsPerYear: 24 + 6 * k,
          costPerVisitFen: 60_000,
          supportFenPerYear: 2_000_000 * (k + 1),
          logisticsPctOfRevenue: 2.5,
          rebatePctOfRevenue: 1 + 0.5 * k,
          creditCostPctOfReceivable: 6,
          receivableFen: Math.round(yearRevenue * 0.15),
        },
        { customerCategorySpendFen: Math.round(yearRevenue / (0.35 + 0.1 * k)) },
        account.ownerId,
      );
    }
  });
  return candidates.length;
}

// What the demo company's account plans say (seed 002: strategic map, execution map, relationships, goals and
// actions; [PLAN-2]…[PLAN-7], [PLAN-11]): a few themes of a Chinese food and packaging supplier's key accounts,
// written as a key-account manager would. Plain data; load-demo-plans.ts turns a theme into a plan.
import type { Attitude, InfluenceLevel, InfluenceRole } from '../plan/plan-types.ts';

export interface DemoGraphTheme {
  objective: string;
  /** Each strategy with its tactics; each tactic with its needs; each need with our solution. */
  strategies: Array<{
    title: string;
    tactics: Array<{ title: string; needs: Array<{ title: string; solution: string }> }>;
  }>;
  /** Opportunities on the first solutions, in order: name, value in yuan, stage, probability, months to close. */
  opportunities: Array<{
    name: string;
    yuan: number;
    stage: string;
    probability: number;
    closeInMonths: number;
  }>;
  /** One action per opportunity. */
  actions: string[];
}

export interface DemoPlanTheme {
  graph: DemoGraphTheme;
  partners: Array<{
    name: string;
    kind: 'partner' | 'strategic_supplier';
    toCustomer: string;
    toUs: string;
    canHelp: boolean;
    how: string | null;
  }>;
  voices: string[];
  goals: Array<{
    title: string;
    metric: string;
    unit: string;
    baseline: number;
    target: number;
    subGoals: string[];
  }>;
  actions: string[];
  supportRequested: string;
  selfAssessment: string;
  external: { name: string; organisation: string; kind: 'consultant' | 'design_institute' } | null;
}

/** Roles, influence and attitude of the people on the map, by their place in the customer's hierarchy. */
export const DEMO_PEOPLE_PROFILES: ReadonlyArray<{
  roles: InfluenceRole[];
  influence: InfluenceLevel;
  attitude: Attitude;
}> = [
  { roles: ['decision_maker'], influence: 'high', attitude: 'favourable' },
  { roles: ['approver'], influence: 'high', attitude: 'opponent' },
  { roles: ['recommender'], influence: 'medium', attitude: 'supporter' },
  { roles: ['coach'], influence: 'medium', attitude: 'supporter' },
  { roles: ['sponsor'], influence: 'high', attitude: 'neutral' },
  { roles: [], influence: 'low', attitude: 'neutral' },
  { roles: ['recommender'], influence: 'medium', attitude: 'unfavourable' },
  { roles: [], influence: 'low', attitude: 'favourable' },
];

export const DEMO_PLAN_THEMES: readonly DemoPlanTheme[] = [
  {
    graph: {
      objective: '三年内营收增长 30%，毛利率回到 28%',
      strategies: [
        {
          title: '产品高端化，扩大健康系列占比',
          tactics: [
            {
              title: '推出减糖、减盐新品系列',
              needs: [
                { title: '稳定供应的减糖调味原料', solution: '定制减糖调味方案 + 联合研发' },
                { title: '新品上市周期缩短到 6 个月', solution: '中试线共享和快速打样服务' },
              ],
            },
          ],
        },
        {
          title: '整合供应链，降低采购成本',
          tactics: [
            {
              title: '集中采购，核心供应商从 12 家减到 5 家',
              needs: [{ title: '包装一致性和准时交付', solution: 'VMI 供应商管理库存 + 驻厂服务' }],
            },
          ],
        },
      ],
      opportunities: [
        {
          name: '减糖调味料年度框架协议',
          yuan: 3_800_000,
          stage: 'proposal',
          probability: 60,
          closeInMonths: 3,
        },
        {
          name: '新品快速打样服务包',
          yuan: 650_000,
          stage: 'needs_analysis',
          probability: 40,
          closeInMonths: 5,
        },
        {
          name: 'VMI 试点项目（华东工厂）',
          yuan: 1_200_000,
          stage: 'qualify',
          probability: 30,
          closeInMonths: 6,
        },
      ],
      actions: ['安排研发中心技术交流会', '提交打样服务报价', '出具 VMI 试点方案'],
    },
    partners: [
      {
        name: '德国某设备供应商',
        kind: 'strategic_supplier',
        toCustomer: '生产线设备独家供应',
        toUs: '有过联合项目',
        canHelp: true,
        how: '引荐生产总监',
      },
      {
        name: '华东连锁商超集团',
        kind: 'partner',
        toCustomer: '最大的零售渠道',
        toUs: '我方也是其供应商',
        canHelp: false,
        how: null,
      },
    ],
    voices: ['你们的产品质量稳定，但价格比竞争对手高 8% 左右。', '交期比去年好多了，希望新品打样能更快。'],
    goals: [
      {
        title: '今年在该客户的销售额从 1,200 万元提升到 1,500 万元',
        metric: '销售额',
        unit: '万元',
        baseline: 1200,
        target: 1500,
        subGoals: ['减糖系列进入 2 个新品项目', '框架协议在二季度签订'],
      },
      {
        title: '与决策层建立定期沟通',
        metric: '高层会面次数',
        unit: '次',
        baseline: 1,
        target: 4,
        subGoals: ['每季度一次高层拜访'],
      },
    ],
    actions: ['邀请采购总监参观我方工厂', '季度业务回顾会议', '整理竞争对手价格对比'],
    supportRequested:
      '需要公司研发中心派 1 名配方工程师支持联合研发；框架协议价格需要大区总监授权 3% 的折扣空间。',
    selfAssessment: '客户把我们看作可靠的问题解决者，还不是可信赖的顾问；研发层面的合作是突破口。',
    external: { name: '周工', organisation: '华东食品工程设计院', kind: 'design_institute' },
  },
  {
    graph: {
      objective: '成为区域第一的中式快餐连锁，门店数翻番',
      strategies: [
        {
          title: '中央厨房标准化，支撑快速开店',
          tactics: [
            {
              title: '半成品统一配送到门店',
              needs: [
                { title: '冷链包装耐储存、可追溯', solution: '冷链包装解决方案 + 批次追溯码' },
                { title: '调味出品口味一致', solution: '标准化复合调味料包' },
              ],
            },
          ],
        },
      ],
      opportunities: [
        {
          name: '复合调味料包年度供货',
          yuan: 2_600_000,
          stage: 'negotiation',
          probability: 75,
          closeInMonths: 2,
        },
        { name: '冷链包装替换项目', yuan: 900_000, stage: 'proposal', probability: 50, closeInMonths: 4 },
      ],
      actions: ['完成第二轮商务谈判', '冷链包装样品测试'],
    },
    partners: [
      {
        name: '区域冷链物流公司',
        kind: 'strategic_supplier',
        toCustomer: '负责门店配送',
        toUs: '暂无合作',
        canHelp: true,
        how: '共同优化包装规格',
      },
    ],
    voices: ['调味料包的口味稳定性是我们最看重的。', '价格可以谈，但断货是绝对不能接受的。'],
    goals: [
      {
        title: '拿下复合调味料包 80% 的份额',
        metric: '份额',
        unit: '%',
        baseline: 35,
        target: 80,
        subGoals: ['三季度前完成全部门店切换'],
      },
    ],
    actions: ['制定断货应急预案', '每月门店口味抽检'],
    supportRequested: '请供应链部门承诺 98% 的准时交付率，并提供 2 周安全库存。',
    selfAssessment: '运营层认可我们，高层接触不足；首次拜访后客户邀请我们继续沟通。',
    external: null,
  },
  {
    graph: {
      objective: '线上渠道收入占比提升到 40%',
      strategies: [
        {
          title: '发展电商专供产品线',
          tactics: [
            {
              title: '推出小包装、组合装',
              needs: [
                { title: '小规格包装的柔性产能', solution: '小批量柔性包装产线' },
                { title: '电商包装抗压防漏', solution: '电商专用加强型包装' },
              ],
            },
          ],
        },
      ],
      opportunities: [
        {
          name: '电商专供小包装项目',
          yuan: 1_500_000,
          stage: 'needs_analysis',
          probability: 40,
          closeInMonths: 4,
        },
        { name: '加强型包装试用', yuan: 300_000, stage: 'lead', probability: 20, closeInMonths: 6 },
      ],
      actions: ['拜访电商事业部负责人', '寄送加强型包装样品'],
    },
    partners: [
      {
        name: '某头部电商平台',
        kind: 'partner',
        toCustomer: '主要线上销售渠道',
        toUs: '无直接关系',
        canHelp: false,
        how: null,
      },
    ],
    voices: ['线上退货里三成是包装破损，这个问题必须解决。'],
    goals: [
      {
        title: '进入客户电商产品线的包装供应商名录',
        metric: '入围品类数',
        unit: '个',
        baseline: 0,
        target: 3,
        subGoals: ['完成供应商审核'],
      },
    ],
    actions: ['准备供应商审核资料', '与电商事业部做需求访谈'],
    supportRequested: '需要市场部提供电商包装破损率的行业数据，用于方案论证。',
    selfAssessment: '客户目前把我们看作产品专家；需要通过电商项目证明我们能解决业务问题。',
    external: { name: '林顾问', organisation: '某管理咨询公司', kind: 'consultant' },
  },
];

// Defaults of the relationship-side catalogues: the [SEG-5] KAM questionnaire, stages (expected share of
// wallet, contact pattern) and disruption risks of seeds 000/001, and the [SEG-7] loyalty/usage groups with
// their sub-states and tactics of seed 001. The questionnaire items are our own wording.
import type { SegmentationConfig } from './segmentation-config-types.ts';

/** [SEG-5] KAM development stage defaults. */
export const DEFAULT_KAM_STAGE: SegmentationConfig['kamStage'] = {
  questionnaire: [
    {
      id: 'executive_contact',
      text: { 'zh-CN': '双方高层有定期会晤或互访', en: 'Executives of both sides meet regularly' },
      weight: 15,
    },
    {
      id: 'multi_function_contact',
      text: {
        'zh-CN': '除采购外，我方与客户多个部门建立了直接联系',
        en: 'Besides purchasing, we deal directly with several of their departments',
      },
      weight: 20,
    },
    {
      id: 'information_sharing',
      text: {
        'zh-CN': '客户与我们共享需求预测、计划或成本信息',
        en: 'The customer shares forecasts, plans or cost information with us',
      },
      weight: 20,
    },
    {
      id: 'joint_planning',
      text: {
        'zh-CN': '双方有共同制定的业务计划或改进项目',
        en: 'We have a business plan or improvement projects drawn up together',
      },
      weight: 15,
    },
    {
      id: 'preferred_supplier',
      text: {
        'zh-CN': '客户视我们为首选或唯一供应商',
        en: 'The customer treats us as preferred or sole supplier',
      },
      weight: 15,
    },
    {
      id: 'process_integration',
      text: {
        'zh-CN': '双方流程或系统已对接（如 VMI、EDI、联合小组）',
        en: 'Our processes or systems are linked (VMI, EDI, joint teams)',
      },
      weight: 15,
    },
  ],
  scoreWeights: { questionnaire: 60, shareOfWallet: 40 },
  thresholds: { basic: 20, mid: 40, partnership: 60, synergistic: 80 },
  stages: {
    exploratory: {
      expectedShareOfWalletPct: 0,
      contactPattern: 'single_point',
      contact: {
        'zh-CN': '基本没有交易；大客户经理与采购经理单点接触、相互了解',
        en: 'Hardly any business; the account manager and the buyer get to know each other',
      },
    },
    basic: {
      expectedShareOfWalletPct: 20,
      contactPattern: 'bow_tie',
      contact: {
        'zh-CN': '“领结式”：双方职能都经由大客户经理与采购经理对接，关注质量和服务',
        en: '"Bow-tie": all functions meet through the account manager and the buyer; focus on quality and service',
      },
    },
    mid: {
      expectedShareOfWalletPct: 50,
      contactPattern: 'expanded_bow_tie',
      contact: {
        'zh-CN': '多层级接触增加，但仍以大客户经理和采购经理为主；客户关注价格，份额约 50%',
        en: 'More contacts at several levels, still centred on the account manager and the buyer; about 50% share',
      },
    },
    partnership: {
      expectedShareOfWalletPct: 90,
      contactPattern: 'diamond',
      contact: {
        'zh-CN': '“钻石式”：双方职能直接对接，大客户经理协调；份额接近 100%',
        en: '"Diamond": functions deal with their counterparts, the account manager coordinates; share near 100%',
      },
    },
    synergistic: {
      expectedShareOfWalletPct: 100,
      contactPattern: 'integrated_teams',
      contact: {
        'zh-CN': '联合小组（运作、研发、财务、市场）与董事会联系会议，双方共同运作、成本透明',
        en: 'Joint teams (operations, R&D, finance, market research) and board meetings; open books',
      },
    },
  },
  disruptionRisks: [
    {
      id: 'staff_change',
      kind: 'internal',
      label: { 'zh-CN': '人员调整', en: 'Staff change' },
      advice: {
        'zh-CN': '用 CRM 留存客户信息，高层关注大客户',
        en: 'Keep the account knowledge in the system; executives stay close to the account',
      },
    },
    {
      id: 'lack_of_trust',
      kind: 'internal',
      label: { 'zh-CN': '缺乏信任', en: 'Lack of trust' },
      advice: { 'zh-CN': '多沟通，消除误解', en: 'Talk more; clear up misunderstandings' },
    },
    {
      id: 'lack_of_persistence',
      kind: 'internal',
      label: { 'zh-CN': '缺乏持久性', en: 'Lack of persistence' },
      advice: { 'zh-CN': '固定拜访节奏与联系人', en: 'Keep a fixed visit rhythm and named contacts' },
    },
    {
      id: 'culture_gap',
      kind: 'internal',
      label: { 'zh-CN': '文化差异', en: 'Culture gap' },
      advice: {
        'zh-CN': '了解地域文化与企业文化差异，调整沟通方式',
        en: 'Learn the regional and corporate culture; adapt how we work together',
      },
    },
    {
      id: 'quality_problem',
      kind: 'internal',
      label: { 'zh-CN': '质量问题', en: 'Quality problem' },
      advice: {
        'zh-CN': '最致命的问题：立即纠正并回访',
        en: 'The most damaging risk: fix at once and follow up',
      },
    },
    {
      id: 'market_position_change',
      kind: 'external',
      label: { 'zh-CN': '市场地位的变化', en: 'Change of market position' },
      advice: {
        'zh-CN': '重新评估客户吸引力与投入',
        en: 'Reassess the account’s attractiveness and our investment',
      },
    },
    {
      id: 'product_process_mix',
      kind: 'external',
      label: { 'zh-CN': '产品、流程组合变化', en: 'Change of product or process mix' },
      advice: { 'zh-CN': '调整方案与参与方式', en: 'Adapt the offer and how we take part' },
    },
    {
      id: 'financial_problem',
      kind: 'external',
      label: { 'zh-CN': '财务问题', en: 'Financial problem' },
      advice: { 'zh-CN': '收紧信用，关注回款', en: 'Tighten credit; watch collections' },
    },
    {
      id: 'value_chain_position',
      kind: 'external',
      label: { 'zh-CN': '在价值链中的地位变化', en: 'Change of position in the value chain' },
      advice: { 'zh-CN': '重新梳理客户的上下游', en: 'Map the customer’s suppliers and customers again' },
    },
  ],
};

/** [SEG-7] loyalty/usage grid defaults: group 1 → maintain, 2 → full expansion, 3 → change perception. */
export const DEFAULT_LOYALTY: SegmentationConfig['loyalty'] = {
  advocateMinShareOfWalletPct: 70,
  groups: {
    advocate: {
      strategy: 'maintain',
      subStates: [
        {
          id: 'split_by_competitor',
          label: {
            'zh-CN': '产品优秀，但客户因竞争产品被分化',
            en: 'Our product is good but competitors split the customer',
          },
          action: { 'zh-CN': '维护市场：扩展关系', en: 'Hold the account: widen the relationship' },
        },
        {
          id: 'advocate',
          label: {
            'zh-CN': '客户是拥护者，主张购买我们的产品',
            en: 'The customer is an advocate and buys heavily',
          },
          action: { 'zh-CN': '维护市场：推动销售', en: 'Hold the account: push sales' },
        },
      ],
    },
    multi_supplier: {
      strategy: 'expand',
      subStates: [
        {
          id: 'preferred_among_others',
          label: { 'zh-CN': '首选我们，但也购买其他产品', en: 'Prefers us but also buys others' },
          action: { 'zh-CN': '增加支持', en: 'Add support' },
        },
        {
          id: 'objective_buyer',
          label: {
            'zh-CN': '产品受欢迎，客户客观购买',
            en: 'Our product is liked; the customer buys on the merits',
          },
          action: { 'zh-CN': '增加支持', en: 'Add support' },
        },
        {
          id: 'occasional_top_up',
          label: { 'zh-CN': '仅偶尔补充采购', en: 'Buys from us only to top up' },
          action: { 'zh-CN': '增加认识和支持', en: 'Build awareness and support' },
        },
        {
          id: 'balanced_buyer',
          label: { 'zh-CN': '均衡购买不同供应商的产品', en: 'Spreads purchases evenly across suppliers' },
          action: { 'zh-CN': '增加认识和支持', en: 'Build awareness and support' },
        },
      ],
    },
    non_user: {
      strategy: 'change_perception',
      subStates: [
        {
          id: 'interested',
          label: { 'zh-CN': '不使用，但对产品感兴趣', en: 'Does not use us but is interested' },
          action: { 'zh-CN': '增加认识及兴趣', en: 'Build awareness and interest' },
        },
        {
          id: 'indifferent',
          label: { 'zh-CN': '不使用，对产品漠视', en: 'Does not use us and is indifferent' },
          action: { 'zh-CN': '建立友好关系和兴趣', en: 'Build goodwill and interest' },
        },
        {
          id: 'hostile',
          label: { 'zh-CN': '不使用，很不接受，对公司敌对', en: 'Does not use us and is hostile' },
          action: { 'zh-CN': '重新建立关系', en: 'Rebuild the relationship' },
        },
      ],
    },
  },
};

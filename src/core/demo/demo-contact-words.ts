// What the demo contacts are: posts in a customer's organisation with their reporting preferences and
// duties, and the phrases the three profile blocks (personal, interpersonal, work) are filled from.

export interface Post {
  title: string;
  department: string;
  /** 0 = head of the company; a post only reports to a post of a lower level. */
  level: number;
  /** Preferred managers, first present wins; the head is the fallback. */
  reportsTo: readonly string[];
  duties: string;
  /** Relative chance of the post being among the account's contacts. */
  weight: number;
}

export const KEY_ACCOUNT_POSTS: readonly Post[] = [
  {
    title: '总经理',
    department: '总经办',
    level: 0,
    reportsTo: [],
    duties: '全面负责公司经营，审批年度采购预算和战略供应商',
    weight: 0,
  },
  {
    title: '副总经理',
    department: '总经办',
    level: 1,
    reportsTo: ['总经理'],
    duties: '分管供应链和门店运营',
    weight: 3,
  },
  {
    title: '采购总监',
    department: '采购中心',
    level: 1,
    reportsTo: ['总经理'],
    duties: '负责年度采购策略、供应商准入和价格谈判',
    weight: 8,
  },
  {
    title: '运营总监',
    department: '运营中心',
    level: 1,
    reportsTo: ['总经理'],
    duties: '负责门店运营、商品陈列和促销执行',
    weight: 2,
  },
  {
    title: '财务总监',
    department: '财务部',
    level: 1,
    reportsTo: ['总经理'],
    duties: '负责资金计划、供应商账期政策',
    weight: 2,
  },
  {
    title: '采购经理',
    department: '采购中心',
    level: 2,
    reportsTo: ['采购总监', '副总经理'],
    duties: '负责饮料、调味品等品类的日常采购和订单跟进',
    weight: 9,
  },
  {
    title: '品类经理',
    department: '商品部',
    level: 2,
    reportsTo: ['采购总监', '运营总监'],
    duties: '负责品类规划、新品引进和促销方案',
    weight: 4,
  },
  {
    title: '品控经理',
    department: '质量管理部',
    level: 2,
    reportsTo: ['运营总监', '副总经理'],
    duties: '负责供应商审核、来料检验和食品安全',
    weight: 3,
  },
  {
    title: '物流经理',
    department: '物流部',
    level: 2,
    reportsTo: ['运营总监', '副总经理'],
    duties: '负责仓储配送和到货预约',
    weight: 2,
  },
  {
    title: '财务经理',
    department: '财务部',
    level: 2,
    reportsTo: ['财务总监', '副总经理'],
    duties: '负责供应商对账、付款审批和账期管理',
    weight: 4,
  },
  {
    title: '采购专员',
    department: '采购中心',
    level: 3,
    reportsTo: ['采购经理', '品类经理', '采购总监'],
    duties: '负责下单、到货跟踪和供应商资料维护',
    weight: 4,
  },
];

export const CHANNEL_POSTS: readonly Post[] = [
  {
    title: '总经理',
    department: '总经办',
    level: 0,
    reportsTo: [],
    duties: '老板，决定代理哪些品牌和进货节奏',
    weight: 0,
  },
  {
    title: '副总经理',
    department: '总经办',
    level: 1,
    reportsTo: ['总经理'],
    duties: '负责日常经营和下游客户关系',
    weight: 3,
  },
  {
    title: '业务经理',
    department: '销售部',
    level: 2,
    reportsTo: ['副总经理'],
    duties: '负责终端网点开发和业务员管理',
    weight: 8,
  },
  {
    title: '采购经理',
    department: '采购部',
    level: 2,
    reportsTo: ['副总经理'],
    duties: '负责进货计划、库存和厂家对接',
    weight: 6,
  },
  {
    title: '财务经理',
    department: '财务部',
    level: 2,
    reportsTo: ['副总经理'],
    duties: '负责对账、回款和返利核算',
    weight: 5,
  },
  {
    title: '仓储主管',
    department: '物流部',
    level: 2,
    reportsTo: ['采购经理', '副总经理'],
    duties: '负责仓库管理和配送车辆调度',
    weight: 2,
  },
  {
    title: '业务员',
    department: '销售部',
    level: 3,
    reportsTo: ['业务经理'],
    duties: '负责片区网点拜访、铺货和陈列',
    weight: 3,
  },
];

export const PERSONAL = {
  family: [
    '已婚，儿子在读高中',
    '已婚，女儿刚上小学',
    '未婚',
    '已婚，有两个孩子',
    '爱人在银行工作',
    '和父母同住，很孝顺',
  ],
  hobbies: [
    '羽毛球',
    '钓鱼',
    '高尔夫',
    '跑步，跑过两次全马',
    '喝茶，偏爱普洱',
    '摄影',
    '书法',
    '登山徒步',
    '篮球',
  ],
  socialStyle: [
    '分析型：重数据，决策慢',
    '驾驭型：直接，看结果',
    '表现型：健谈，爱交朋友',
    '亲切型：重关系，怕冲突',
  ],
  habits: [
    '每天 8 点前到办公室',
    '不喝酒',
    '午休时间不接电话',
    '喜欢微信语音沟通',
    '开会要求提前发资料',
    '周五下午一般不安排会议',
  ],
};

export const INTERPERSONAL = {
  colleagues: [
    '与采购总监关系密切',
    '和财务经理是大学同学',
    '与董事长是老乡，很受信任',
    '和品控部门常有分歧',
    '在公司资历最老',
  ],
  friends: ['与本地几家经销商老板是朋友', '商会活跃成员', '常和同行采购负责人聚会', 'EMBA 同学圈子广'],
  suppliers: [
    '与竞品区域经理来往较多',
    '对我们的售后响应评价高',
    '长期合作的包材供应商与其相熟',
    '曾因断货问题对我们有意见',
  ],
};

export const WORK = {
  results: [
    '去年采购成本下降 5%',
    '供应商数量从 40 家压缩到 25 家',
    '主导上线了新的订货系统',
    '负责的品类销售增长 18%',
    '推动门店从 80 家扩到 120 家',
  ],
  goals: ['今年再降本 3%', '引入 2–3 个新品牌', '准时交付率提升到 98%', '减少临期库存', '拓展社区团购渠道'],
  workingStyle: [
    '严谨，凡事看数据',
    '讲效率，不喜欢绕弯',
    '愿意尝试新品',
    '保守，重视老供应商',
    '强势，谈判压价狠',
  ],
  potential: ['有望明年升任总监', '两年内可能退休', '集团重点培养对象', '可能跳槽，需关注', '影响力在上升'],
};

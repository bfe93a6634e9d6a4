// The industries the demo company sells to, what each buys from us, and how such companies are named.
import type { AccountType } from '../account/account-types.ts';
import type { Category } from './demo-catalogue.ts';

export interface IndustryTemplate {
  name: string;
  /** Company-name endings for a single company. */
  suffixes: readonly string[];
  /** Word between trade name and 集团 for a group. */
  groupWord: string;
  weight: number;
  /** What such a customer buys from us; the order generator prefers these. */
  categories: readonly Category[];
}

export const ALL_CATEGORIES: readonly Category[] = [
  '饮料',
  '调味品',
  '乳制品',
  '休闲食品',
  '粮油',
  '速冻食品',
  '包装材料',
  '烘焙原料',
  '冲调饮品',
];

export const KEY_ACCOUNT_INDUSTRIES: readonly IndustryTemplate[] = [
  {
    name: '连锁商超',
    suffixes: ['超市有限公司', '商业连锁有限公司'],
    groupWord: '商业',
    weight: 5,
    categories: ['饮料', '调味品', '乳制品', '休闲食品', '粮油', '速冻食品', '冲调饮品'],
  },
  {
    name: '便利店连锁',
    suffixes: ['便利店连锁有限公司'],
    groupWord: '便利',
    weight: 2,
    categories: ['饮料', '乳制品', '休闲食品', '速冻食品', '冲调饮品'],
  },
  {
    name: '餐饮连锁',
    suffixes: ['餐饮管理有限公司', '餐饮连锁有限公司'],
    groupWord: '餐饮',
    weight: 4,
    categories: ['调味品', '粮油', '速冻食品', '饮料'],
  },
  {
    name: '团餐服务',
    suffixes: ['团餐服务有限公司', '餐饮服务有限公司'],
    groupWord: '团餐',
    weight: 2,
    categories: ['调味品', '粮油', '速冻食品', '乳制品'],
  },
  {
    name: '酒店',
    suffixes: ['酒店管理有限公司', '大酒店有限公司'],
    groupWord: '酒店',
    weight: 2,
    categories: ['饮料', '乳制品', '调味品', '烘焙原料', '粮油'],
  },
  {
    name: '食品加工',
    suffixes: ['食品有限公司', '食品科技有限公司'],
    groupWord: '食品',
    weight: 3,
    categories: ['包装材料', '调味品', '粮油', '烘焙原料'],
  },
  {
    name: '饮料制造',
    suffixes: ['饮品有限公司', '饮料有限公司'],
    groupWord: '饮品',
    weight: 2,
    categories: ['包装材料', '冲调饮品'],
  },
  {
    name: '烘焙连锁',
    suffixes: ['烘焙食品有限公司', '面包坊连锁有限公司'],
    groupWord: '烘焙',
    weight: 2,
    categories: ['烘焙原料', '乳制品', '包装材料', '粮油'],
  },
  {
    name: '茶饮连锁',
    suffixes: ['茶饮管理有限公司', '餐饮管理有限公司'],
    groupWord: '茶饮',
    weight: 2,
    categories: ['乳制品', '冲调饮品', '饮料', '烘焙原料'],
  },
  {
    name: '电商平台',
    suffixes: ['电子商务有限公司', '网络科技有限公司'],
    groupWord: '电商',
    weight: 1,
    categories: ['饮料', '休闲食品', '乳制品', '粮油', '冲调饮品'],
  },
  {
    name: '航空配餐',
    suffixes: ['航空食品有限公司'],
    groupWord: '航食',
    weight: 1,
    categories: ['饮料', '休闲食品', '乳制品', '速冻食品'],
  },
];

export const CHANNEL_INDUSTRIES: Record<Exclude<AccountType, 'key_account'>, IndustryTemplate> = {
  distributor: {
    name: '食品饮料批发',
    suffixes: ['商贸有限公司', '食品贸易有限公司', '供应链管理有限公司', '副食品有限公司'],
    groupWord: '',
    weight: 1,
    categories: ALL_CATEGORIES,
  },
  agent: {
    name: '销售代理',
    suffixes: ['贸易代理有限公司', '商务咨询有限公司'],
    groupWord: '',
    weight: 1,
    categories: ['包装材料', '烘焙原料', '调味品'],
  },
  retail: {
    name: '零售终端',
    suffixes: ['便民超市', '生鲜超市', '副食店'],
    groupWord: '',
    weight: 1,
    categories: ['饮料', '休闲食品', '乳制品', '粮油'],
  },
};

/** The categories an account of this industry buys; unknown industries buy everything. */
export function categoriesOfIndustry(industry: string): readonly Category[] {
  const all = [...KEY_ACCOUNT_INDUSTRIES, ...Object.values(CHANNEL_INDUSTRIES)];
  return all.find((i) => i.name === industry)?.categories ?? ALL_CATEGORIES;
}

/** Account notes a sales team would write. */
export const ACCOUNT_NOTES = [
  '2024 年进入集团合格供应商名录，年度框架协议每年 3 月续签',
  '采购流程严格，新品需通过品控部门打样和年度供应商审核',
  '账期 60 天，回款一向及时',
  '对价格敏感，竞品上季度报价低约 5%',
  '门店扩张快，今年计划新开 30 家以上',
  '正在推进新品进场，需要陈列和促销支持',
  '采购负责人刚换人，关系需要重新建立',
  '年底有集中备货习惯，注意提前锁定产能',
] as const;

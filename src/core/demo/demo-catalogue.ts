// The demo company's catalogue: 24 product lines of a mid-sized Chinese food and packaging supplier
// (beverages, condiments, dairy, snacks, grain and oil, frozen food, packaging, bakery supplies).
// Prices are list prices per selling unit in yuan; cost ratios give believable gross margins by category.
import type { DemoProduct, DemoProductLine } from './demo-types.ts';
import type { Random } from './random.ts';

/** Our own (fictional) company and brand. */
export const DEMO_COMPANY_NAME = '瑞禾达食品股份有限公司';
export const DEMO_COMPANY_NAME_EN = 'Ruiheda Foods Co., Ltd.';
export const DEMO_BRAND = '瑞禾';

export type Category =
  | '饮料'
  | '调味品'
  | '乳制品'
  | '休闲食品'
  | '粮油'
  | '速冻食品'
  | '包装材料'
  | '烘焙原料'
  | '冲调饮品';

/** Share of list price that is our unit cost. */
const COST_RATIO: Record<Category, number> = {
  饮料: 0.55,
  调味品: 0.52,
  乳制品: 0.68,
  休闲食品: 0.58,
  粮油: 0.76,
  速冻食品: 0.62,
  包装材料: 0.72,
  烘焙原料: 0.7,
  冲调饮品: 0.5,
};

interface LineTemplate {
  code: string;
  name: string;
  category: Category;
  unit: string;
  /** 'product name:list price in yuan[:unit if not the line's]', separated by ';' */
  products: string;
}

const LINES: readonly LineTemplate[] = [
  {
    code: 'WTR',
    name: '瓶装饮用水',
    category: '饮料',
    unit: '箱',
    products:
      '天然饮用水 550ml×24瓶:28;天然饮用水 1.5L×12瓶:32;饮用纯净水 4.5L×4桶:26;原味苏打水 350ml×24瓶:58',
  },
  {
    code: 'JUC',
    name: '果汁饮料',
    category: '饮料',
    unit: '箱',
    products: '鲜橙汁 450ml×15瓶:52;苹果汁 1L×12瓶:85;芒果汁 300ml×24瓶:66;NFC橙汁 300ml×12瓶:118',
  },
  {
    code: 'TEA',
    name: '茶饮料',
    category: '饮料',
    unit: '箱',
    products: '冰红茶 500ml×15瓶:42;茉莉绿茶 500ml×15瓶:42;无糖乌龙茶 500ml×15瓶:60;柠檬茶 250ml×24盒:48',
  },
  {
    code: 'ENG',
    name: '功能饮料',
    category: '饮料',
    unit: '箱',
    products: '维生素运动饮料 600ml×15瓶:65;牛磺酸能量饮料 250ml×24罐:110;电解质水 500ml×15瓶:70',
  },
  {
    code: 'CSD',
    name: '碳酸饮料',
    category: '饮料',
    unit: '箱',
    products: '可乐型汽水 330ml×24罐:55;橙味汽水 330ml×24罐:52;盐汽水 600ml×20瓶:50',
  },
  {
    code: 'SOY',
    name: '酱油',
    category: '调味品',
    unit: '箱',
    products: '特级生抽 500ml×12瓶:96;老抽王 500ml×12瓶:90;餐饮装生抽 1.9L×6桶:128;零添加酱油 1L×6瓶:150',
  },
  {
    code: 'VIN',
    name: '食醋',
    category: '调味品',
    unit: '箱',
    products: '老陈醋 500ml×12瓶:72;酿造米醋 500ml×12瓶:60;镇江香醋 500ml×12瓶:66',
  },
  {
    code: 'OYS',
    name: '蚝油及复合调味料',
    category: '调味品',
    unit: '箱',
    products: '鲜蚝油 715g×12瓶:110;餐饮装蚝油 2.27kg×6桶:168;鲍鱼汁 500g×12瓶:260;红烧汁 410ml×12瓶:88',
  },
  {
    code: 'HOT',
    name: '火锅底料',
    category: '调味品',
    unit: '箱',
    products:
      '牛油火锅底料 400g×30袋:360;清油火锅底料 400g×30袋:300;番茄火锅底料 300g×30袋:270;餐饮装牛油底料 2.5kg×6袋:480',
  },
  {
    code: 'MSG',
    name: '鸡精味精',
    category: '调味品',
    unit: '箱',
    products: '鸡精 1kg×10袋:260;味精 1kg×10袋:130;鸡粉 1kg×10袋:280',
  },
  {
    code: 'UHT',
    name: '常温奶',
    category: '乳制品',
    unit: '箱',
    products: '纯牛奶 250ml×24盒:62;高钙牛奶 250ml×24盒:66;早餐奶 250ml×24盒:58;有机纯牛奶 250ml×12盒:96',
  },
  {
    code: 'YOG',
    name: '酸奶',
    category: '乳制品',
    unit: '箱',
    products: '常温酸奶 200g×12盒:60;风味发酵乳 100g×24杯:72;希腊式酸奶 135g×12杯:120',
  },
  {
    code: 'PUF',
    name: '膨化食品',
    category: '休闲食品',
    unit: '箱',
    products: '原味薯片 70g×24袋:96;鲜虾条 60g×30袋:72;玉米脆 80g×24袋:68',
  },
  {
    code: 'NUT',
    name: '坚果炒货',
    category: '休闲食品',
    unit: '箱',
    products: '每日坚果 25g×30袋:128;五香瓜子 200g×20袋:110;原味开心果 150g×20袋:180;夏威夷果 200g×20袋:200',
  },
  {
    code: 'BIS',
    name: '饼干糕点',
    category: '休闲食品',
    unit: '箱',
    products: '苏打饼干 400g×12袋:84;蛋黄酥 330g×12盒:150;夹心饼干 390g×12袋:92;沙琪玛 470g×12袋:88',
  },
  {
    code: 'OIL',
    name: '食用油',
    category: '粮油',
    unit: '箱',
    products: '一级大豆油 5L×4桶:210;压榨花生油 5L×4桶:480;菜籽油 5L×4桶:300;餐饮装大豆油 20L:320:桶',
  },
  {
    code: 'RIC',
    name: '大米面粉',
    category: '粮油',
    unit: '袋',
    products: '东北大米 10kg:75;长粒香米 25kg:210;高筋面粉 25kg:150;饺子专用粉 5kg×4袋:110:箱',
  },
  {
    code: 'FRZ',
    name: '速冻水饺汤圆',
    category: '速冻食品',
    unit: '箱',
    products:
      '猪肉白菜水饺 1kg×10袋:230;黑芝麻汤圆 500g×20袋:160;三鲜水饺 1kg×10袋:260;鲜肉小笼包 600g×12袋:200',
  },
  {
    code: 'FSV',
    name: '餐饮专用冻品',
    category: '速冻食品',
    unit: '箱',
    products: '冷冻薯条 2.5kg×4袋:150;鸡米花 1kg×10袋:320;原味手抓饼 1.8kg×10袋:140;速冻油条 1.5kg×8袋:120',
  },
  {
    code: 'PET',
    name: 'PET瓶坯与瓶盖',
    category: '包装材料',
    unit: '千只',
    products: '28mm防盗瓶盖:85;500ml瓶坯 19g:380;1.5L瓶坯 38g:620',
  },
  {
    code: 'CTN',
    name: '纸箱与彩盒',
    category: '包装材料',
    unit: '千只',
    products: '五层瓦楞纸箱:2600;彩印礼品盒:4800;食品托盘:900',
  },
  {
    code: 'FLM',
    name: '食品级软包装膜',
    category: '包装材料',
    unit: '卷',
    products: 'PET/PE复合膜 600mm:450;镀铝复合膜 600mm:520;真空包装袋:260:千只',
  },
  {
    code: 'BAK',
    name: '烘焙原料',
    category: '烘焙原料',
    unit: '箱',
    products: '无盐黄油 10kg:480;淡奶油 1L×12盒:420;面包粉 25kg:190;芝士片 984g×8包:360',
  },
  {
    code: 'DRK',
    name: '冲调饮品',
    category: '冲调饮品',
    unit: '箱',
    products: '奶茶粉 1kg×20袋:560;速溶咖啡 15g×100条:260;黑芝麻糊 600g×12袋:150;果味固体饮料 1kg×12袋:180',
  },
];

export interface Catalogue {
  productLines: DemoProductLine[];
  products: DemoProduct[];
}

/** Builds the catalogue with ids from 1; costs vary ±5% per product around the category's ratio. */
export function buildCatalogue(rng: Random): Catalogue {
  const productLines: DemoProductLine[] = [];
  const products: DemoProduct[] = [];
  LINES.forEach((line, lineIndex) => {
    const lineId = lineIndex + 1;
    productLines.push({ id: lineId, code: `PL-${line.code}`, name: line.name, category: line.category });
    line.products.split(';').forEach((entry, productIndex) => {
      const [name = '', yuan = '0', unit = line.unit] = entry.split(':');
      const listPriceFen = Number(yuan) * 100;
      const ratio = COST_RATIO[line.category] * rng.between(0.95, 1.05);
      products.push({
        id: products.length + 1,
        productLineId: lineId,
        sku: `${line.code}-${String(productIndex + 1).padStart(3, '0')}`,
        name: `${DEMO_BRAND}${name}`,
        unit,
        listPriceFen,
        unitCostFen: Math.round(listPriceFen * ratio),
      });
    });
  });
  return { productLines, products };
}

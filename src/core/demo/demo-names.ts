// People's names, company brand words and phone numbers for the demo company. Every word carries its
// pinyin so that e-mail addresses, WeChat ids and web sites can be derived without a pinyin library.
import type { Random } from './random.ts';

type Word = readonly [hanzi: string, pinyin: string];

/** Tokens are written hanzi first, then pinyin: '王wang 李li' → [['王', 'wang'], ['李', 'li']]. */
function words(text: string): Word[] {
  return text
    .split(/\s+/)
    .filter((token) => token.length > 1)
    .map((token) => [token.slice(0, 1), token.slice(1)] as const);
}

// The commonest surnames first; the weights below make 王/李/张/刘/陈 as frequent as they are in life.
const SURNAMES = words(
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he ' +
    '林lin 罗luo 高gao 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao ' +
    '田tian 董dong 潘pan 袁yuan 蔡cai 蒋jiang 余yu 杜du 叶ye 程cheng 魏wei 苏su 吕lv 丁ding 沈shen',
);
const SURNAME_WEIGHTS = SURNAMES.map((_, i) => (i < 5 ? 7 : i < 12 ? 3 : 1));

const GIVEN = words(
  '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming ' +
    '超chao 秀xiu 霞xia 平ping 刚gang 英ying 华hua 文wen 斌bin 慧hui 建jian 国guo 志zhi 海hai 波bo 鹏peng 宇yu ' +
    '晨chen 婷ting 琳lin 欣xin 浩hao 凯kai 悦yue 颖ying 怡yi 雪xue 峰feng 辉hui 倩qian 晓xiao 佳jia 思si 博bo ' +
    '俊jun 立li 春chun 红hong',
);

/** Two-character trade names 字号 are built from these; all combinations are fictional. */
const BRAND_CHARS = words(
  '鑫xin 隆long 盛sheng 泰tai 润run 达da 恒heng 丰feng 源yuan 嘉jia 禾he 佳jia 美mei 康kang 乐le 福fu 瑞rui ' +
    '汇hui 宏hong 兴xing 旺wang 宝bao 信xin 德de 安an 新xin 金jin 昌chang 顺shun 和he 益yi 万wan 通tong 广guang ' +
    '晟sheng 诚cheng 永yong 辰chen 锦jin 联lian 优you 品pin',
);

export interface PersonName {
  name: string;
  surnamePinyin: string;
  givenPinyin: string;
}

export interface BrandName {
  name: string;
  pinyin: string;
}

/** A surname and a one- or two-character given name, with their pinyin. */
export function personName(rng: Random): PersonName {
  const surname = rng.weighted(SURNAMES, SURNAME_WEIGHTS);
  const first = rng.pick(GIVEN);
  const second = rng.chance(0.6) ? rng.pick(GIVEN) : undefined;
  return {
    name: surname[0] + first[0] + (second?.[0] ?? ''),
    surnamePinyin: surname[1],
    givenPinyin: first[1] + (second?.[1] ?? ''),
  };
}

/** A two-character trade name 字号 of two different characters. */
export function brandName(rng: Random): BrandName {
  const first = rng.pick(BRAND_CHARS);
  let second = rng.pick(BRAND_CHARS);
  while (second[0] === first[0]) second = rng.pick(BRAND_CHARS);
  return { name: first[0] + second[0], pinyin: first[1] + second[1] };
}

const MOBILE_PREFIXES = [
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '152',
  '158',
  '159',
  '177',
  '180',
  '186',
  '188',
  '199',
];

/** An 11-digit mainland mobile number. */
export function mobileNumber(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

/** A landline number with area code, 8 digits after 3-digit codes and 7 after 4-digit ones. */
export function landlineNumber(rng: Random, areaCode: string): string {
  const digits = areaCode.length === 3 ? 8 : 7;
  const first = rng.int(2, 8);
  return `${areaCode}-${first}${String(rng.int(0, 10 ** (digits - 1) - 1)).padStart(digits - 1, '0')}`;
}

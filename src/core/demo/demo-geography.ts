// Where the demo company sells: four sales regions 大区, their provinces and cities (with telephone area
// codes so that landline numbers look right). Fictional companies, real places.

import type { Random } from './random.ts';

export type RegionKey = 'east' | 'south' | 'north' | 'west';

export interface DemoCity {
  name: string;
  pinyin: string;
  areaCode: string;
  /** Real districts for the municipalities; other cities use generic development-zone names. */
  districts?: readonly string[];
}

export interface DemoProvince {
  name: string;
  /** As written at the start of a postal address; empty for municipalities 直辖市. */
  addressPrefix: string;
  region: RegionKey;
  cities: readonly DemoCity[];
}

export const PROVINCES: readonly DemoProvince[] = [
  {
    name: '上海',
    addressPrefix: '',
    region: 'east',
    cities: [
      {
        name: '上海',
        pinyin: 'shanghai',
        areaCode: '021',
        districts: ['浦东新区', '闵行区', '徐汇区', '嘉定区', '松江区'],
      },
    ],
  },
  {
    name: '江苏',
    addressPrefix: '江苏省',
    region: 'east',
    cities: [
      { name: '南京', pinyin: 'nanjing', areaCode: '025' },
      { name: '苏州', pinyin: 'suzhou', areaCode: '0512' },
      { name: '无锡', pinyin: 'wuxi', areaCode: '0510' },
      { name: '常州', pinyin: 'changzhou', areaCode: '0519' },
      { name: '南通', pinyin: 'nantong', areaCode: '0513' },
      { name: '徐州', pinyin: 'xuzhou', areaCode: '0516' },
    ],
  },
  {
    name: '浙江',
    addressPrefix: '浙江省',
    region: 'east',
    cities: [
      { name: '杭州', pinyin: 'hangzhou', areaCode: '0571' },
      { name: '宁波', pinyin: 'ningbo', areaCode: '0574' },
      { name: '温州', pinyin: 'wenzhou', areaCode: '0577' },
      { name: '嘉兴', pinyin: 'jiaxing', areaCode: '0573' },
      { name: '金华', pinyin: 'jinhua', areaCode: '0579' },
    ],
  },
  {
    name: '安徽',
    addressPrefix: '安徽省',
    region: 'east',
    cities: [
      { name: '合肥', pinyin: 'hefei', areaCode: '0551' },
      { name: '芜湖', pinyin: 'wuhu', areaCode: '0553' },
    ],
  },
  {
    name: '广东',
    addressPrefix: '广东省',
    region: 'south',
    cities: [
      { name: '广州', pinyin: 'guangzhou', areaCode: '020' },
      { name: '深圳', pinyin: 'shenzhen', areaCode: '0755' },
      { name: '东莞', pinyin: 'dongguan', areaCode: '0769' },
      { name: '佛山', pinyin: 'foshan', areaCode: '0757' },
      { name: '珠海', pinyin: 'zhuhai', areaCode: '0756' },
      { name: '汕头', pinyin: 'shantou', areaCode: '0754' },
    ],
  },
  {
    name: '福建',
    addressPrefix: '福建省',
    region: 'south',
    cities: [
      { name: '福州', pinyin: 'fuzhou', areaCode: '0591' },
      { name: '厦门', pinyin: 'xiamen', areaCode: '0592' },
      { name: '泉州', pinyin: 'quanzhou', areaCode: '0595' },
    ],
  },
  {
    name: '广西',
    addressPrefix: '广西壮族自治区',
    region: 'south',
    cities: [
      { name: '南宁', pinyin: 'nanning', areaCode: '0771' },
      { name: '柳州', pinyin: 'liuzhou', areaCode: '0772' },
    ],
  },
  {
    name: '北京',
    addressPrefix: '',
    region: 'north',
    cities: [
      {
        name: '北京',
        pinyin: 'beijing',
        areaCode: '010',
        districts: ['朝阳区', '海淀区', '丰台区', '大兴区', '顺义区'],
      },
    ],
  },
  {
    name: '天津',
    addressPrefix: '',
    region: 'north',
    cities: [
      { name: '天津', pinyin: 'tianjin', areaCode: '022', districts: ['滨海新区', '西青区', '武清区'] },
    ],
  },
  {
    name: '山东',
    addressPrefix: '山东省',
    region: 'north',
    cities: [
      { name: '济南', pinyin: 'jinan', areaCode: '0531' },
      { name: '青岛', pinyin: 'qingdao', areaCode: '0532' },
      { name: '烟台', pinyin: 'yantai', areaCode: '0535' },
      { name: '潍坊', pinyin: 'weifang', areaCode: '0536' },
    ],
  },
  {
    name: '河北',
    addressPrefix: '河北省',
    region: 'north',
    cities: [
      { name: '石家庄', pinyin: 'shijiazhuang', areaCode: '0311' },
      { name: '唐山', pinyin: 'tangshan', areaCode: '0315' },
    ],
  },
  {
    name: '河南',
    addressPrefix: '河南省',
    region: 'north',
    cities: [
      { name: '郑州', pinyin: 'zhengzhou', areaCode: '0371' },
      { name: '洛阳', pinyin: 'luoyang', areaCode: '0379' },
    ],
  },
  {
    name: '四川',
    addressPrefix: '四川省',
    region: 'west',
    cities: [
      { name: '成都', pinyin: 'chengdu', areaCode: '028' },
      { name: '绵阳', pinyin: 'mianyang', areaCode: '0816' },
      { name: '宜宾', pinyin: 'yibin', areaCode: '0831' },
    ],
  },
  {
    name: '重庆',
    addressPrefix: '',
    region: 'west',
    cities: [
      { name: '重庆', pinyin: 'chongqing', areaCode: '023', districts: ['渝北区', '江北区', '九龙坡区'] },
    ],
  },
  {
    name: '陕西',
    addressPrefix: '陕西省',
    region: 'west',
    cities: [
      { name: '西安', pinyin: 'xian', areaCode: '029' },
      { name: '宝鸡', pinyin: 'baoji', areaCode: '0917' },
      { name: '咸阳', pinyin: 'xianyang', areaCode: '029' },
    ],
  },
  {
    name: '云南',
    addressPrefix: '云南省',
    region: 'west',
    cities: [{ name: '昆明', pinyin: 'kunming', areaCode: '0871' }],
  },
  {
    name: '贵州',
    addressPrefix: '贵州省',
    region: 'west',
    cities: [{ name: '贵阳', pinyin: 'guiyang', areaCode: '0851' }],
  },
];

const GENERIC_DISTRICTS = ['高新区', '经济技术开发区', '工业园区', '新城区', '城南区', '临港新区'] as const;
const ROADS = [
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '长江路',
  '黄河路',
  '新华路',
  '和平路',
  '工业大道',
  '科技路',
  '迎宾大道',
  '创业路',
  '发展大道',
  '滨河路',
] as const;

/** The province of that name; throws for an unknown one. */
export function provinceByName(name: string): DemoProvince {
  const found = PROVINCES.find((p) => p.name === name);
  if (!found) throw new Error(`unknown province ${name}`);
  return found;
}

/** The provinces a sales region covers. */
export function provincesOf(region: RegionKey): DemoProvince[] {
  return PROVINCES.filter((p) => p.region === region);
}

/** A postal address in the usual order: province, city, district, road, number. */
export function formatAddress(province: DemoProvince, city: DemoCity, rng: Random): string {
  const district = rng.pick(city.districts ?? GENERIC_DISTRICTS);
  return `${province.addressPrefix}${city.name}市${district}${rng.pick(ROADS)}${rng.int(1, 999)}号`;
}

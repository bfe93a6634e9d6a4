// [ACC-1] The demo company's customers: key accounts 大客户 (some of them groups 集团 with 2–5
// subsidiaries 分子公司), distributors 经销商, agents 代理商 and retail terminals 终端, owned by reps and
// key-account managers across the four regions. Each account sits in its owner's region.
import type { AccountType } from '../account/account-types.ts';
import {
  type DemoCity,
  type DemoProvince,
  formatAddress,
  provinceByName,
  provincesOf,
} from './demo-geography.ts';
import {
  ACCOUNT_NOTES,
  CHANNEL_INDUSTRIES,
  type IndustryTemplate,
  KEY_ACCOUNT_INDUSTRIES,
} from './demo-industries.ts';
import { brandName, landlineNumber } from './demo-names.ts';
import type { DemoOwner } from './demo-org.ts';
import type { DemoAccount } from './demo-types.ts';
import type { Random } from './random.ts';

const CODE_PREFIX: Record<AccountType, string> = {
  key_account: 'KA',
  distributor: 'DS',
  agent: 'AG',
  retail: 'RT',
};

/** Splits total into integer parts proportional to weights (largest remainder). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, frac: e - Math.floor(e) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    rest--;
  }
  return parts;
}

export interface AccountMix {
  keyAccounts: number;
  distributors: number;
  agents: number;
  retail: number;
  groups: number;
}

/** Roughly 73% key accounts, 24% distributors, 1.5% each agents and retail terminals. */
export function accountMix(total: number): AccountMix {
  const distributors = Math.round(total * 0.24);
  const agents = Math.round(total * 0.015);
  const retail = Math.round(total * 0.015);
  const keyAccounts = total - distributors - agents - retail;
  return { keyAccounts, distributors, agents, retail, groups: Math.max(1, Math.round(keyAccounts * 0.07)) };
}

/** How many accounts rep_east owns: a realistic book (about 15 at default scale, never above 40). */
export function repEastQuota(total: number): number {
  return Math.min(40, Math.max(2, Math.round(total * 0.055)));
}

interface Slot {
  type: AccountType;
  /** Index of the group slot this subsidiary belongs to. */
  groupSlot: number | null;
  isGroup: boolean;
}

function ownerDeck(
  rng: Random,
  owners: readonly DemoOwner[],
  size: number,
  weightOf: (o: DemoOwner) => number,
  fixed: Map<number, number>,
): number[] {
  const free = owners.filter((o) => !fixed.has(o.userId) && weightOf(o) > 0);
  const fixedTotal = [...fixed.values()].reduce((a, b) => a + b, 0);
  const parts = allocate(Math.max(0, size - fixedTotal), free.map(weightOf));
  const deck: number[] = [];
  for (const [userId, count] of fixed) for (let i = 0; i < count; i++) deck.push(userId);
  free.forEach((o, i) => {
    for (let k = 0; k < (parts[i] ?? 0); k++) deck.push(o.userId);
  });
  return rng.shuffle(deck).slice(0, size);
}

/** Builds all accounts with ids from 1: groups each followed by their subsidiaries, then the rest. */
export function buildAccounts(rng: Random, total: number, owners: readonly DemoOwner[]): DemoAccount[] {
  const mix = accountMix(total);
  const slots: Slot[] = [];
  let subsidiariesLeft = Math.round(mix.keyAccounts * 0.3);
  for (let g = 0; g < mix.groups && slots.length < mix.keyAccounts; g++) {
    const groupSlot = slots.length;
    slots.push({ type: 'key_account', groupSlot: null, isGroup: true });
    const subs = Math.min(rng.int(2, 5), subsidiariesLeft, mix.keyAccounts - slots.length);
    for (let s = 0; s < subs; s++) slots.push({ type: 'key_account', groupSlot, isGroup: false });
    subsidiariesLeft -= subs;
  }
  while (slots.length < mix.keyAccounts) slots.push({ type: 'key_account', groupSlot: null, isGroup: false });
  const channelTypes: AccountType[] = [
    ...Array<AccountType>(mix.distributors).fill('distributor'),
    ...Array<AccountType>(mix.agents).fill('agent'),
    ...Array<AccountType>(mix.retail).fill('retail'),
  ];
  for (const type of channelTypes) slots.push({ type, groupSlot: null, isGroup: false });

  const repEast = owners.find((o) => o.username === 'rep_east');
  const quota = repEastQuota(total);
  const kaQuota = Math.round(quota * 0.75);
  const kaDeck = ownerDeck(
    rng,
    owners,
    mix.keyAccounts,
    (o) => (o.channelFocus ? 0.3 : o.role === 'account_manager' ? 1.6 : 1),
    new Map(repEast ? [[repEast.userId, kaQuota]] : []),
  );
  const channelDeck = ownerDeck(
    rng,
    owners,
    total - mix.keyAccounts,
    (o) => (o.role === 'account_manager' ? 0 : o.channelFocus ? 4 : 1),
    new Map(repEast ? [[repEast.userId, Math.min(quota - kaQuota, total - mix.keyAccounts)]] : []),
  );

  const ownerById = new Map(owners.map((o) => [o.userId, o]));
  const names = new Set<string>();
  const counters: Record<AccountType, number> = { key_account: 0, distributor: 0, agent: 0, retail: 0 };
  const accounts: DemoAccount[] = [];
  const groupInfo = new Map<
    number,
    { brand: { name: string; pinyin: string }; industry: IndustryTemplate }
  >();
  let kaIndex = 0;
  let channelIndex = 0;

  slots.forEach((slot, index) => {
    const id = index + 1;
    let ownerId: number;
    if (slot.type === 'key_account') {
      // Half of a group's subsidiaries are covered by the group's own owner, the rest by local teams.
      const group = slot.groupSlot === null ? undefined : accounts[slot.groupSlot];
      if (group && rng.chance(0.5)) {
        const swapAt = kaDeck.indexOf(group.ownerUserId, kaIndex);
        if (swapAt > kaIndex) {
          kaDeck[swapAt] = kaDeck[kaIndex] as number;
          kaDeck[kaIndex] = group.ownerUserId;
        }
      }
      ownerId = kaDeck[kaIndex++] as number;
    } else {
      ownerId = channelDeck[channelIndex++] as number;
    }
    const owner = ownerById.get(ownerId) as DemoOwner;
    let province = rng.chance(0.75) ? provinceByName(owner.province) : rng.pick(provincesOf(owner.region));
    let city = rng.pick(province.cities);
    const group = slot.groupSlot === null ? undefined : groupInfo.get(slot.groupSlot + 1);
    const industry =
      group?.industry ??
      (slot.type === 'key_account'
        ? rng.weighted(
            KEY_ACCOUNT_INDUSTRIES,
            KEY_ACCOUNT_INDUSTRIES.map((i) => i.weight),
          )
        : CHANNEL_INDUSTRIES[slot.type]);

    let brand = group?.brand ?? brandName(rng);
    let name = companyName(rng, slot, brand.name, industry, province, city);
    for (let attempt = 1; names.has(name); attempt++) {
      if (group && attempt <= 20) {
        // A subsidiary keeps the group's trade name; it moves to another city of the owner's region.
        province = rng.pick(provincesOf(owner.region));
        city = rng.pick(province.cities);
      } else if (group) {
        name = `${brand.name}${industry.groupWord}集团${city.name}第${attempt - 19}分公司`;
        continue;
      } else if (attempt <= 30) {
        brand = brandName(rng);
      } else if (attempt <= 60) {
        // The owner's city has run out of trade names (large scales): try the rest of the region.
        province = rng.pick(provincesOf(owner.region));
        city = rng.pick(province.cities);
        brand = brandName(rng);
      } else {
        // Still taken after that: number the company, which always terminates.
        name = `${companyName(rng, slot, brand.name, industry, province, city)}（${attempt - 60}）`;
        continue;
      }
      name = companyName(rng, slot, brand.name, industry, province, city);
    }
    names.add(name);
    if (slot.isGroup) groupInfo.set(id, { brand, industry });

    counters[slot.type]++;
    const groupSite = `www.${brand.pinyin}group.com.cn`;
    const website = slot.isGroup
      ? groupSite
      : group
        ? rng.chance(0.3)
          ? groupSite
          : null
        : rng.chance(slot.type === 'key_account' ? 0.7 : slot.type === 'retail' ? 0 : 0.3)
          ? `www.${brand.pinyin}${city.pinyin}.com`
          : null;
    accounts.push({
      id,
      code: `${CODE_PREFIX[slot.type]}-${String(counters[slot.type]).padStart(6, '0')}`,
      name,
      type: slot.type,
      parentId: slot.groupSlot === null ? null : slot.groupSlot + 1,
      ownerUserId: ownerId,
      regionUnitId: owner.regionUnitId,
      industry: industry.name,
      province: province.name,
      city: city.name,
      address: formatAddress(province, city, rng),
      phone: landlineNumber(rng, city.areaCode),
      website,
      notes: rng.chance(0.55) ? rng.pick(ACCOUNT_NOTES) : null,
    });
  });
  return accounts;
}

function companyName(
  rng: Random,
  slot: Slot,
  brand: string,
  industry: IndustryTemplate,
  province: DemoProvince,
  city: DemoCity,
): string {
  if (slot.isGroup) return `${brand}${industry.groupWord}集团有限公司`;
  if (slot.groupSlot !== null) {
    return rng.chance(0.6)
      ? `${brand}${industry.groupWord}（${city.name}）有限公司`
      : `${brand}${industry.groupWord}集团${city.name}分公司`;
  }
  const suffix = rng.pick(industry.suffixes);
  if (slot.type === 'retail')
    return `${brand}${suffix}（${city.name}${rng.pick(['中山', '人民', '解放', '新华'])}路店）`;
  const place = rng.chance(0.15) && province.addressPrefix ? province.name : city.name;
  return `${place}${brand}${suffix}`;
}

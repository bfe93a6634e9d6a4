// Three years of monthly order lines for the demo company, streamed: at large scale this yields ten
// million lines, so it is a generator and never builds the whole list.
// Shape of the data: account sizes follow a Pareto curve (the top 20% of accounts bring about three
// quarters of revenue, [SEG-8]); each account has its own growth trend, some start buying late (new
// customers) and some stop (former customers, [ACC-5]); volume follows the Chinese New Year and Q4
// peaks; each account buys from the product lines its industry needs, which leaves whitespace ([VAL-3]).

import { daysInMonth, formatIsoDate, monthsBefore, parseIsoDate, type YearMonth } from './demo-dates.ts';
import { categoriesOfIndustry } from './demo-industries.ts';
import { categoryFactor, seasonFactor } from './demo-seasonality.ts';
import type { DemoAccount, DemoCompany, DemoOrderLine } from './demo-types.ts';
import { mixSeed, Random } from './random.ts';

export const DEFAULT_ORDER_MONTHS = 36;
/** Average lines per account and month; at the default scale this gives about 120,000 lines. */
export const DEFAULT_LINES_PER_ACCOUNT_MONTH = 14;
/** Average value of one order line, before the account's size factor: ¥5,000. */
const BASE_LINE_FEN = 500_000;
/** Pareto shape: size = q^-0.85 puts 0.2^(1-0.85) ≈ 78% of the total on the top 20% of accounts. */
const SIZE_EXPONENT = 0.85;

export interface OrderLineOptions {
  /** Defaults to the company's seed. */
  seed?: number | undefined;
  months?: number | undefined;
  /** 'YYYY-MM-DD'; lines cover the full months before this date's month and this month up to yesterday. */
  today: string;
  linesPerAccountMonth?: number | undefined;
}

interface AccountPlan {
  accountId: number;
  /** Relative size; the mean over all accounts is 1. Drives both line count and line value. */
  scale: number;
  /** Annual growth rate. */
  growth: number;
  firstMonth: number;
  lastMonth: number;
  discount: number;
  productIds: number[];
  /** Cumulative weights for productIds. */
  cumulative: number[];
}

interface Plan {
  months: YearMonth[];
  seasons: number[];
  linesPerAccountMonth: number;
  seed: number;
  accounts: AccountPlan[];
}

function makePlan(company: DemoCompany, options: OrderLineOptions): Plan {
  const seed = options.seed ?? company.seed;
  const months = monthsBefore(options.today, options.months ?? DEFAULT_ORDER_MONTHS);
  const linesPerAccountMonth = options.linesPerAccountMonth ?? DEFAULT_LINES_PER_ACCOUNT_MONTH;
  if (!(linesPerAccountMonth > 0)) throw new Error('linesPerAccountMonth must be positive');

  // Rank accounts by size: groups tend to be big, retail terminals small, the rest at random.
  const rankRng = new Random(mixSeed(seed, 6));
  const isGroup = new Set(company.accounts.map((a) => a.parentId).filter((id): id is number => id !== null));
  const keyed = company.accounts.map((account) => {
    const u = rankRng.next();
    const key = isGroup.has(account.id) ? u * 0.35 : account.type === 'retail' ? 0.5 + u * 0.5 : u;
    return { account, key };
  });
  keyed.sort((a, b) => a.key - b.key || a.account.id - b.account.id);
  const n = keyed.length;
  const roots = keyed.map((_, rank) => Math.sqrt(((rank + 0.5) / n) ** -SIZE_EXPONENT));
  const meanRoot = roots.reduce((a, b) => a + b, 0) / Math.max(1, n);

  const linesByCategory = new Map<string, number[]>();
  for (const line of company.productLines) {
    linesByCategory.set(line.category, [...(linesByCategory.get(line.category) ?? []), line.id]);
  }
  const productsByLine = new Map<number, number[]>();
  for (const product of company.products) {
    productsByLine.set(product.productLineId, [
      ...(productsByLine.get(product.productLineId) ?? []),
      product.id,
    ]);
  }
  const allLineIds = company.productLines.map((l) => l.id);

  const accounts = keyed.map(({ account }, rank) => {
    const rng = new Random(mixSeed(seed, 7, account.id));
    const scale = (roots[rank] ?? 1) / meanRoot;
    return planAccount(rng, account, scale, months.length, { linesByCategory, productsByLine, allLineIds });
  });
  accounts.sort((a, b) => a.accountId - b.accountId);
  return {
    months,
    seasons: months.map((m) => seasonFactor(m.year, m.month)),
    linesPerAccountMonth,
    seed,
    accounts,
  };
}

function planAccount(
  rng: Random,
  account: DemoAccount,
  scale: number,
  monthCount: number,
  catalogue: {
    linesByCategory: Map<string, number[]>;
    productsByLine: Map<number, number[]>;
    allLineIds: number[];
  },
): AccountPlan {
  const lifecycle = rng.next();
  let firstMonth = 0;
  let lastMonth = monthCount - 1;
  if (lifecycle < 0.03 && account.type === 'key_account' && account.parentId === null) {
    lastMonth = -1; // a potential customer 潜在客户 that has not bought yet
  } else if (lifecycle < 0.15) {
    firstMonth = rng.int(Math.min(6, monthCount - 1), Math.max(0, monthCount - 3));
  } else if (lifecycle < 0.21) {
    lastMonth = rng.int(Math.min(8, monthCount - 1), Math.max(0, monthCount - 4));
  }

  const categories =
    account.type === 'distributor'
      ? rng.sample([...catalogue.linesByCategory.keys()], rng.int(3, 5))
      : categoriesOfIndustry(account.industry);
  const candidates = categories.flatMap((c) => catalogue.linesByCategory.get(c) ?? []);
  const lineCount = Math.max(2, Math.min(candidates.length, Math.round(2 + 3 * Math.log2(1 + scale))));
  const lines = rng.sample(candidates, lineCount);
  // Some accounts have started buying outside their usual categories: cross-selling in progress.
  if (rng.chance(0.3)) {
    const other = catalogue.allLineIds.filter((id) => !lines.includes(id));
    if (other.length > 0) lines.push(rng.pick(other));
  }
  const productIds: number[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const lineId of lines) {
    const lineWeight = rng.between(0.3, 1.5);
    for (const productId of catalogue.productsByLine.get(lineId) ?? []) {
      total += lineWeight * rng.between(0.2, 1);
      productIds.push(productId);
      cumulative.push(total);
    }
  }

  const discount =
    account.type === 'distributor'
      ? rng.between(0.18, 0.26)
      : account.type === 'agent'
        ? rng.between(0.1, 0.15)
        : account.type === 'retail'
          ? rng.between(0, 0.05)
          : 0.04 + 0.08 * Math.min(1, scale / 4) + rng.between(0, 0.03);
  const growth = Math.max(-0.35, Math.min(0.6, 0.08 + 0.15 * rng.normal()));
  return { accountId: account.id, scale, growth, firstMonth, lastMonth, discount, productIds, cumulative };
}

/** Lines of one account in one month; the same draw decides count and content, so counting is exact. */
function linesInMonth(plan: Plan, account: AccountPlan, monthIndex: number, rng: Random): number {
  if (monthIndex < account.firstMonth || monthIndex > account.lastMonth || account.productIds.length === 0)
    return 0;
  const expected =
    plan.linesPerAccountMonth * account.scale * Math.sqrt(monthFactor(plan, account, monthIndex));
  return Math.floor(expected * rng.between(0.75, 1.25) + rng.next());
}

/** Season × growth trend; half of it shows in the number of lines, half in their value. */
function monthFactor(plan: Plan, account: AccountPlan, monthIndex: number): number {
  const trend = (1 + account.growth) ** ((monthIndex - plan.months.length / 2) / 12);
  return (plan.seasons[monthIndex] ?? 1) * trend;
}

/** Exactly how many lines generateOrderLines yields for these options, without generating them. */
export function countOrderLines(company: DemoCompany, options: OrderLineOptions): number {
  const plan = makePlan(company, options);
  let total = 0;
  for (const slot of monthSlots(plan, options.today)) {
    for (const account of plan.accounts)
      total += slotCount(plan, account, slot, slotRandom(plan, account, slot));
  }
  return total;
}

/**
 * The months lines are dated in: the full months before today's month, then today's month up to yesterday
 * (a partial month that continues the last full month's pattern, scaled by the days elapsed), so the demo
 * looks like a live system on any date.
 */
interface MonthSlot {
  year: number;
  month: number;
  /** Index into plan.months whose pattern the slot follows. */
  pattern: number;
  days: number;
  fraction: number;
  partial: boolean;
}

function monthSlots(plan: Plan, today: string): MonthSlot[] {
  const slots: MonthSlot[] = plan.months.map(({ year, month }, m) => ({
    year,
    month,
    pattern: m,
    days: daysInMonth(year, month),
    fraction: 1,
    partial: false,
  }));
  const { year, month, day } = parseIsoDate(today);
  if (day > 1 && plan.months.length > 0)
    slots.push({
      year,
      month,
      pattern: plan.months.length - 1,
      days: day - 1,
      fraction: (day - 1) / daysInMonth(year, month),
      partial: true,
    });
  return slots;
}

function slotRandom(plan: Plan, account: AccountPlan, slot: MonthSlot): Random {
  return new Random(
    slot.partial
      ? mixSeed(plan.seed, 10, account.accountId, slot.pattern)
      : mixSeed(plan.seed, 9, account.accountId, slot.pattern),
  );
}

function slotCount(plan: Plan, account: AccountPlan, slot: MonthSlot, rng: Random): number {
  const full = linesInMonth(plan, account, slot.pattern, rng);
  return slot.partial ? Math.round(full * slot.fraction) : full;
}

/** Streams order lines month by month, ids from 1; amounts are integer fen after the account's discount. */
export function* generateOrderLines(
  company: DemoCompany,
  options: OrderLineOptions,
): Generator<DemoOrderLine> {
  const plan = makePlan(company, options);
  const products = new Map(company.products.map((p) => [p.id, p]));
  const categoryOfLine = new Map(company.productLines.map((l) => [l.id, l.category]));
  let id = 0;
  for (const slot of monthSlots(plan, options.today)) {
    const { year, month, days, pattern: m } = slot;
    const dates = Array.from({ length: days }, (_, d) => formatIsoDate(year, month, d + 1));
    for (const account of plan.accounts) {
      const rng = slotRandom(plan, account, slot);
      const count = slotCount(plan, account, slot, rng);
      if (count === 0) continue;
      const lineValue = BASE_LINE_FEN * account.scale * Math.sqrt(monthFactor(plan, account, m));
      const totalWeight = account.cumulative[account.cumulative.length - 1] ?? 0;
      for (let i = 0; i < count; i++) {
        const productId = account.productIds[search(account.cumulative, rng.next() * totalWeight)] as number;
        const product = products.get(productId);
        if (!product) continue;
        const category = categoryOfLine.get(product.productLineId) ?? '';
        // Occasional promotions 促销 deepen the discount by a few points.
        const discount = account.discount + (rng.chance(0.1) ? 0.05 : 0);
        const netPrice = product.listPriceFen * (1 - discount);
        const target = lineValue * categoryFactor(category, month) * rng.between(0.5, 1.5);
        const quantity = Math.max(1, Math.round(target / netPrice));
        yield {
          id: ++id,
          orderDate: dates[Math.floor(rng.next() * days)] as string,
          accountId: account.accountId,
          productId,
          quantity,
          amountFen: Math.round(quantity * netPrice),
          costFen: quantity * product.unitCostFen,
        };
      }
    }
  }
}

/** Index of the first cumulative weight above r (binary search). */
function search(cumulative: readonly number[], r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

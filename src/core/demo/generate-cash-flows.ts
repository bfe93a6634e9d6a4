// The demo company's collections 回款 and expenses 费用 ([TGT-1]), derived from its monthly revenue so that the
// numbers tell a believable story: most of a month's revenue is collected 30–90 days later in one or two
// payments; about one account in ten pays late (90–150 days) and leaves about 3% uncollected; what would be
// collected after today is not yet collected (receivables). Sales expenses are 1–4% of revenue per account,
// split over a few categories. Deterministic from the seed; amounts are integer fen and every split sums exactly.
import { addDays, parseIsoDate } from './demo-dates.ts';
import { mixSeed, Random } from './random.ts';

export interface MonthRevenue {
  accountId: number;
  /** 'YYYY-MM-01' */
  month: string;
  revenueFen: number;
}

export interface DemoCollection {
  accountId: number;
  collectedOn: string;
  amountFen: number;
  reference: string;
}

export interface DemoExpense {
  accountId: number;
  spentOn: string;
  category: string;
  amountFen: number;
}

export const DEMO_EXPENSE_CATEGORIES = ['差旅', '招待', '样品', '会务'] as const;

/** Whether the account pays late (stable per account and seed). */
export function isLatePayer(seed: number, accountId: number): boolean {
  return new Random(mixSeed(seed, 31, accountId)).chance(0.1);
}

/** Collections of each account-month's revenue, dated before today. */
export function* generateCollections(
  revenue: Iterable<MonthRevenue>,
  options: { seed: number; today: string },
): Generator<DemoCollection> {
  for (const r of revenue) {
    if (r.revenueFen <= 0) continue;
    const rng = new Random(mixSeed(options.seed, 32, r.accountId, Number(r.month.replaceAll('-', ''))));
    const late = isLatePayer(options.seed, r.accountId);
    const collectible = late ? Math.round(r.revenueFen * rng.between(0.94, 1)) : r.revenueFen;
    const payments = rng.chance(0.3) ? 2 : 1;
    const first = payments === 2 ? Math.round(collectible * rng.between(0.4, 0.7)) : collectible;
    const amounts = payments === 2 ? [first, collectible - first] : [first];
    const mid = `${r.month.slice(0, 8)}15`;
    let offset = late ? rng.int(90, 150) : rng.int(30, 90);
    for (const [i, amount] of amounts.entries()) {
      const collectedOn = addDays(mid, offset);
      if (amount > 0 && collectedOn < options.today)
        yield {
          accountId: r.accountId,
          collectedOn,
          amountFen: amount,
          reference: `HK-${r.accountId}-${r.month.slice(0, 7)}-${i + 1}`,
        };
      offset += rng.int(10, 30);
    }
  }
}

/** Sales expenses charged to each account-month with revenue. */
export function* generateExpenses(
  revenue: Iterable<MonthRevenue>,
  options: { seed: number; today: string },
): Generator<DemoExpense> {
  for (const r of revenue) {
    if (r.revenueFen <= 0) continue;
    const rng = new Random(mixSeed(options.seed, 33, r.accountId, Number(r.month.replaceAll('-', ''))));
    const total = Math.round(r.revenueFen * rng.between(0.01, 0.04));
    const parts = rng.int(1, 3);
    const { year, month } = parseIsoDate(r.month);
    let left = total;
    for (let i = 0; i < parts && left > 0; i++) {
      const amount = i === parts - 1 ? left : Math.round(left * rng.between(0.3, 0.7));
      left -= amount;
      const day = rng.int(1, 28);
      const spentOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (amount > 0 && spentOn < options.today)
        yield {
          accountId: r.accountId,
          spentOn,
          category: DEMO_EXPENSE_CATEGORIES[rng.int(0, DEMO_EXPENSE_CATEGORIES.length - 1)]!,
          amountFen: amount,
        };
    }
  }
}

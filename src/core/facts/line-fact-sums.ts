// [TGT-5] The new lines' contribution to account_month_fact, summed while an import file is read: revenue, cost
// and line count per account × month × product line. Sparse files make nearly one sum per line, so this runs a
// million times per big import: keys are numbers in two levels of maps (account → product line and month packed
// in one number; lines of one order share the account, so the last account's map is kept at hand), sums are
// plain numbers, and a sum that could leave the exactly representable integers moves into a bigint.

/** One summed key, as written to the facts; money as integer fen (bigint past 2^52). */
export interface LineFactSum {
  accountId: number;
  /** First day of the month, 'YYYY-MM-01'. */
  month: string;
  productLineId: number;
  revenueFen: number | bigint;
  costFen: number | bigint;
  lineCount: number;
}

/** Past this a sum moves to a bigint; one line is at most MAX_FEN (1e15) < 2^52, so the add before is exact. */
const SPILL = 2 ** 52;

/** 'YYYY-MM-DD' → months since year 0 (year × 12 + month − 1), without slicing. */
function monthIndex(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

const MONTH_TEXT = new Map<number, string>();

/** Month index → 'YYYY-MM-01' (a file spans a few dozen months: each is written once). */
function monthText(index: number): string {
  let text = MONTH_TEXT.get(index);
  if (text === undefined) {
    const month = (index % 12) + 1;
    text = `${String(Math.floor(index / 12)).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-01`;
    if (MONTH_TEXT.size < 10_000) MONTH_TEXT.set(index, text);
  }
  return text;
}

/** Called once per key, in key order; money as integer fen (bigint past 2^52). */
export type LineFactSumVisitor = (
  accountId: number,
  month: string,
  productLineId: number,
  revenueFen: number | bigint,
  costFen: number | bigint,
  lineCount: number,
) => void;

/** Called once per account and month (summed over product lines), in month order. */
export type LineFactMonthVisitor = (
  accountId: number,
  month: string,
  revenueFen: number | bigint,
  costFen: number | bigint,
  lineCount: number,
) => void;

const ascending = (a: number, b: number) => a - b;

/** a + b, exact: plain numbers while the sum stays below SPILL in size, else a bigint. */
function addExact(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (Math.abs(sum) < SPILL) return sum;
  }
  return BigInt(a) + BigInt(b);
}

/** Month indexes stay below this (year 10922), so product line × MONTH_SPAN + month is exact for any id < 2^36. */
const MONTH_SPAN = 2 ** 17;

/** Moves a sum past SPILL into the slot's bigint; the number part restarts at 0. */
function spill(into: Map<number, bigint>, slot: number, value: number): 0 {
  into.set(slot, (into.get(slot) ?? 0n) + BigInt(value));
  return 0;
}

export class LineFactSums {
  /** account id → (product line id × MONTH_SPAN + month index) → slot in the arrays below. */
  private readonly slots = new Map<number, Map<number, number>>();
  private lastAccount = -1;
  private lastSlots: Map<number, number> | undefined;
  private readonly revenue: number[] = [];
  private readonly cost: number[] = [];
  private readonly count: number[] = [];
  /** Slots whose revenue or cost passed SPILL: the part moved out. */
  private readonly bigRevenue = new Map<number, bigint>();
  private readonly bigCost = new Map<number, bigint>();
  /** Slots whose key account_month_fact already holds (see markStored); 1 = stored. */
  private stored: Uint8Array | undefined;
  private storedCount = 0;
  private firstMonth = Number.POSITIVE_INFINITY;
  private lastMonth = Number.NEGATIVE_INFINITY;

  /** Number of distinct keys so far. */
  get size(): number {
    return this.count.length;
  }

  /** Number of keys marked stored. */
  get storedSize(): number {
    return this.storedCount;
  }

  /** First and last month with a sum ('YYYY-MM-01'), or undefined while there is none. */
  monthRange(): { first: string; last: string } | undefined {
    if (this.count.length === 0) return undefined;
    return { first: monthText(this.firstMonth), last: monthText(this.lastMonth) };
  }

  /**
   * Marks a key that the fact table already holds (month as months since year 0: year × 12 + month − 1), so
   * the visitors below can hand out the stored and the new keys apart. Keys without a sum are ignored. Sums
   * added afterwards are not marked.
   */
  markStored(accountId: number, month: number, productLineId: number): void {
    const slot = this.slots.get(accountId)?.get(productLineId * MONTH_SPAN + month);
    if (slot === undefined) return;
    this.stored ??= new Uint8Array(this.count.length);
    if (slot >= this.stored.length || this.stored[slot] === 1) return;
    this.stored[slot] = 1;
    this.storedCount++;
  }

  /** Adds one line (orderDate 'YYYY-MM-DD', amounts in fen, each at most MAX_FEN). */
  add(accountId: number, orderDate: string, productLineId: number, amountFen: number, costFen: number): void {
    let byKey = this.lastSlots;
    if (accountId !== this.lastAccount || byKey === undefined) {
      byKey = this.slots.get(accountId);
      if (byKey === undefined) {
        byKey = new Map();
        this.slots.set(accountId, byKey);
      }
      this.lastAccount = accountId;
      this.lastSlots = byKey;
    }
    const month = monthIndex(orderDate);
    const key = productLineId * MONTH_SPAN + month;
    const slot = byKey.get(key);
    if (slot === undefined) {
      if (month < this.firstMonth) this.firstMonth = month;
      if (month > this.lastMonth) this.lastMonth = month;
      byKey.set(key, this.count.length);
      this.revenue.push(amountFen);
      this.cost.push(costFen);
      this.count.push(1);
      return;
    }
    const revenue = (this.revenue[slot] as number) + amountFen;
    const cost = (this.cost[slot] as number) + costFen;
    this.count[slot] = (this.count[slot] as number) + 1;
    this.revenue[slot] = revenue >= SPILL ? spill(this.bigRevenue, slot, revenue) : revenue;
    this.cost[slot] = cost >= SPILL ? spill(this.bigCost, slot, cost) : cost;
  }

  /** The accounts with sums, ascending. */
  accounts(): number[] {
    return [...this.slots.keys()].sort(ascending);
  }

  /**
   * One account's sums in key order (month, product line): writers lock fact rows in the same order. `which`
   * picks the keys marked stored, the others, or all.
   */
  forEachOfAccount(
    accountId: number,
    visit: LineFactSumVisitor,
    which: 'all' | 'stored' | 'new' = 'all',
  ): void {
    const byKey = this.slots.get(accountId);
    if (byKey === undefined) return;
    const stored = this.stored;
    const wantStored = which === 'stored';
    // (month, product line, slot) triples, flat, sorted by month then product line.
    const keys: number[] = [];
    for (const [key, slot] of byKey) {
      if (which !== 'all' && (stored !== undefined && stored[slot] === 1) !== wantStored) continue;
      const month = key % MONTH_SPAN;
      keys.push(month, (key - month) / MONTH_SPAN, slot);
    }
    const order = Array.from({ length: keys.length / 3 }, (_, i) => i * 3);
    order.sort(
      (a, b) =>
        (keys[a] as number) - (keys[b] as number) || (keys[a + 1] as number) - (keys[b + 1] as number),
    );
    for (const at of order) {
      const month = keys[at] as number;
      const slot = keys[at + 2] as number;
      const bigRevenue = this.bigRevenue.get(slot);
      const bigCost = this.bigCost.get(slot);
      const revenue = this.revenue[slot] as number;
      const cost = this.cost[slot] as number;
      visit(
        accountId,
        monthText(month),
        keys[at + 1] as number,
        bigRevenue === undefined ? revenue : bigRevenue + BigInt(revenue),
        bigCost === undefined ? cost : bigCost + BigInt(cost),
        this.count[slot] as number,
      );
    }
  }

  /**
   * One account's sums over its product lines, one call per month in month order: what nodes without a product
   * line add up ([TGT-5] target actuals), a fraction of the keys when accounts buy several product lines a month.
   */
  forEachMonthOfAccount(accountId: number, visit: LineFactMonthVisitor): void {
    const byKey = this.slots.get(accountId);
    if (byKey === undefined) return;
    const months = new Map<number, { revenue: number | bigint; cost: number | bigint; count: number }>();
    for (const [key, slot] of byKey) {
      const month = key % MONTH_SPAN;
      const bigRevenue = this.bigRevenue.get(slot);
      const bigCost = this.bigCost.get(slot);
      const revenue =
        bigRevenue === undefined
          ? (this.revenue[slot] as number)
          : bigRevenue + BigInt(this.revenue[slot] as number);
      const cost =
        bigCost === undefined ? (this.cost[slot] as number) : bigCost + BigInt(this.cost[slot] as number);
      const count = this.count[slot] as number;
      const sum = months.get(month);
      if (sum === undefined) months.set(month, { revenue, cost, count });
      else {
        sum.revenue = addExact(sum.revenue, revenue);
        sum.cost = addExact(sum.cost, cost);
        sum.count += count;
      }
    }
    for (const month of [...months.keys()].sort(ascending)) {
      const sum = months.get(month) as { revenue: number | bigint; cost: number | bigint; count: number };
      visit(accountId, monthText(month), sum.revenue, sum.cost, sum.count);
    }
  }

  /** Every sum in key order (account, month, product line), as objects (tests, small imports). */
  sorted(): LineFactSum[] {
    const out: LineFactSum[] = [];
    for (const accountId of this.accounts())
      this.forEachOfAccount(accountId, (accountId, month, productLineId, revenueFen, costFen, lineCount) =>
        out.push({ accountId, month, productLineId, revenueFen, costFen, lineCount }),
      );
    return out;
  }
}

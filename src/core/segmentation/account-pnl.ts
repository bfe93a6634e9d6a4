// seeds 000 and 003, [VAL-1] account P&L: revenue − cost of goods = gross profit; gross profit − cost to serve
// = net contribution. Cost to serve comes from drivers (DOMAIN [SEG-3]): visits × cost per visit, yearly
// support, logistics and rebates as % of revenue, credit cost as a yearly % of open receivables; the
// company's defaults apply unless the account has its own. All money is integer fen; each driver is rounded
// half away from zero once, so the parts always add up to the total. A group's P&L is the sum of its
// accounts' P&Ls (rollUpPnl), never a recomputation.
import { percentOfFen, roundHalfAway, roundTo } from './segmentation-math.ts';
import type { CostDrivers } from './segmentation-types.ts';

export interface CostToServe {
  visitsFen: number;
  supportFen: number;
  logisticsFen: number;
  rebateFen: number;
  creditFen: number;
  totalFen: number;
}

export interface AccountPnl {
  revenueFen: number;
  cogsFen: number;
  grossProfitFen: number;
  costToServe: CostToServe;
  netContributionFen: number;
  /** % of revenue, one decimal; null without positive revenue. */
  grossMarginPct: number | null;
  netMarginPct: number | null;
}

const DRIVER_KEYS = [
  'visitsPerYear',
  'costPerVisitFen',
  'supportFenPerYear',
  'logisticsPctOfRevenue',
  'rebatePctOfRevenue',
  'creditCostPctOfReceivable',
] as const satisfies ReadonlyArray<keyof CostDrivers>;

/** The account's drivers over the defaults; a negative or non-numeric account value is ignored. */
export function resolveCostDrivers(
  defaults: CostDrivers,
  account?: Partial<CostDrivers> | null,
): { drivers: CostDrivers; fromAccount: Array<keyof CostDrivers> } {
  if (!account) return { drivers: defaults, fromAccount: [] };
  const drivers = { ...defaults };
  const fromAccount: Array<keyof CostDrivers> = [];
  for (const key of DRIVER_KEYS) {
    const v = account[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && (!key.includes('Pct') || v <= 100)) {
      drivers[key] = v;
      fromAccount.push(key);
    }
  }
  return { drivers, fromAccount };
}

/** Cost to serve over `months` of a year: yearly drivers are prorated, % of revenue applies to the revenue given. */
export function computeCostToServe(
  drivers: CostDrivers,
  amounts: { revenueFen: number; receivableFen?: number | null },
  months = 12,
): CostToServe {
  const revenue = Math.max(0, amounts.revenueFen);
  const visitsFen = roundHalfAway((drivers.visitsPerYear * drivers.costPerVisitFen * months) / 12);
  const supportFen = roundHalfAway((drivers.supportFenPerYear * months) / 12);
  const logisticsFen = percentOfFen(revenue, drivers.logisticsPctOfRevenue);
  const rebateFen = percentOfFen(revenue, drivers.rebatePctOfRevenue);
  const creditFen = percentOfFen(
    Math.max(0, amounts.receivableFen ?? 0),
    drivers.creditCostPctOfReceivable,
    months,
  );
  return {
    visitsFen,
    supportFen,
    logisticsFen,
    rebateFen,
    creditFen,
    totalFen: visitsFen + supportFen + logisticsFen + rebateFen + creditFen,
  };
}

const marginPct = (part: number, revenue: number) =>
  revenue > 0 ? roundTo((part * 100) / revenue, 1) : null;

function assemble(revenueFen: number, cogsFen: number, costToServe: CostToServe): AccountPnl {
  const grossProfitFen = revenueFen - cogsFen;
  const netContributionFen = grossProfitFen - costToServe.totalFen;
  return {
    revenueFen,
    cogsFen,
    grossProfitFen,
    costToServe,
    netContributionFen,
    grossMarginPct: marginPct(grossProfitFen, revenueFen),
    netMarginPct: marginPct(netContributionFen, revenueFen),
  };
}

/** One account's P&L over a window of `months` (12 for the trailing year). */
export function computeAccountPnl(
  amounts: { revenueFen: number; costFen: number; receivableFen?: number | null },
  drivers: CostDrivers,
  months = 12,
): AccountPnl {
  return assemble(amounts.revenueFen, amounts.costFen, computeCostToServe(drivers, amounts, months));
}

/** A group's P&L: the exact sum of its accounts' P&Ls, margins recomputed on the sums. */
export function rollUpPnl(children: readonly AccountPnl[]): AccountPnl {
  const cts: CostToServe = {
    visitsFen: 0,
    supportFen: 0,
    logisticsFen: 0,
    rebateFen: 0,
    creditFen: 0,
    totalFen: 0,
  };
  let revenue = 0;
  let cogs = 0;
  for (const c of children) {
    revenue += c.revenueFen;
    cogs += c.cogsFen;
    cts.visitsFen += c.costToServe.visitsFen;
    cts.supportFen += c.costToServe.supportFen;
    cts.logisticsFen += c.costToServe.logisticsFen;
    cts.rebateFen += c.costToServe.rebateFen;
    cts.creditFen += c.costToServe.creditFen;
    cts.totalFen += c.costToServe.totalFen;
  }
  return assemble(revenue, cogs, cts);
}

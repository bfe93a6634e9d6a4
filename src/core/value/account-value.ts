// seeds 000 and 003: [VAL-1] sales vs profit per account and per group, [VAL-2] textbook CLV, [VAL-3] share
// of wallet. Over a trailing window (12 months): revenue and cost of goods from the monthly facts, cost to serve
// from the account's drivers over the company defaults (segmentation config clp.costDriverDefaults), net
// contribution = gross profit − cost to serve (account-pnl.ts). A group is the account and all its
// subsidiaries; its P&L is the exact sum of each member's own P&L (rollUpPnl), so the group figures equal the
// sum of the rows shown, to the fen. CLV is the textbook form (clv.ts) of the account's own yearly net
// contribution with the config's horizon, retention and discount rate — the same basis as the CLP tier.
// Share of wallet = our revenue in the window ÷ the customer's yearly spend in our categories, when entered.
import {
  type AccountPnl,
  computeAccountPnl,
  resolveCostDrivers,
  rollUpPnl,
} from '../segmentation/account-pnl.ts';
import { textbookClv } from '../segmentation/clv.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from '../segmentation/segmentation-config-defaults.ts';
import { inRange, roundTo } from '../segmentation/segmentation-math.ts';
import type { CostDrivers } from '../segmentation/segmentation-types.ts';
import { formatFen } from '../shared/money.ts';

/** The trailing window of the P&L, in months. */
export const VALUE_WINDOW_MONTHS = 12;

export const COST_LINES = ['visits', 'support', 'logistics', 'rebate', 'credit'] as const;
export type CostLine = (typeof COST_LINES)[number];

/** A message key with its parameters, translated at the edge. */
export interface Phrase {
  key: string;
  params: Record<string, string | number>;
}

export interface PnlView {
  revenueFen: number;
  grossProfitFen: number;
  costToServeFen: number;
  netContributionFen: number;
  grossMarginPct: number | null;
  costToServe: Array<{ driver: CostLine; labelKey: string; amountFen: number; basis: Phrase }>;
}

export interface ValueSettings {
  horizonYears: number;
  retentionPct: number;
  discountRatePct: number;
  costDriverDefaults: CostDrivers;
}

export interface ValueInputs {
  costDrivers: Partial<CostDrivers> | null;
  receivableFen: number | null;
  customerCategorySpendFen: number | null;
}

export interface ValueMember {
  id: number;
  name: string;
  revenueFen: number;
  costFen: number;
  /** The stored assessment JSON; null when nobody assessed the account. */
  assessment: unknown;
}

export interface AccountValueResult {
  accountId: number;
  windowMonths: number;
  own: PnlView;
  group: PnlView | null;
  subsidiaries: Array<{ accountId: number; name: string; pnl: PnlView }>;
  clv: {
    valueFen: number;
    formulaKey: string;
    assumptions: {
      horizonYears: number;
      retentionPct: number;
      discountRatePct: number;
      annualMarginFen: number;
    };
    years: Array<{ year: number; marginFen: number; discountedFen: number }>;
  };
  shareOfWallet: { ourRevenueFen: number; customerSpendFen: number | null; pct: number | null };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const money = (v: unknown): number | null =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : null;

/** The CLV assumptions and cost-driver defaults of a stored config; the defaults for anything missing or out of range. */
export function valueSettings(config: unknown): ValueSettings {
  const fallback = DEFAULT_SEGMENTATION_CONFIG.clp;
  const clp = isRecord(config) && isRecord(config.clp) ? config.clp : {};
  const { drivers } = resolveCostDrivers(
    fallback.costDriverDefaults,
    isRecord(clp.costDriverDefaults) ? (clp.costDriverDefaults as Partial<CostDrivers>) : null,
  );
  const horizon = inRange(clp.horizonYears, 1, 50);
  return {
    horizonYears: horizon !== null && Number.isInteger(horizon) ? horizon : fallback.horizonYears,
    retentionPct: inRange(clp.retentionPct, 0, 100) ?? fallback.retentionPct,
    discountRatePct: inRange(clp.discountRatePct, 0, 100) ?? fallback.discountRatePct,
    costDriverDefaults: drivers,
  };
}

/** What an assessment says about value (costDrivers, costDrivers.receivableFen, customerCategorySpendFen);
 * malformed parts count as not entered. */
export function readValueInputs(assessment: unknown): ValueInputs {
  if (!isRecord(assessment))
    return { costDrivers: null, receivableFen: null, customerCategorySpendFen: null };
  const drivers = isRecord(assessment.costDrivers) ? assessment.costDrivers : null;
  return {
    costDrivers: drivers as Partial<CostDrivers> | null,
    receivableFen: money(drivers?.receivableFen),
    customerCategorySpendFen: money(assessment.customerCategorySpendFen),
  };
}

const sourceKey = (fromAccount: ReadonlyArray<keyof CostDrivers>, ...keys: Array<keyof CostDrivers>) =>
  keys.some((k) => fromAccount.includes(k)) ? 'value.source.account' : 'value.source.default';

function memberPnl(
  member: ValueMember,
  settings: ValueSettings,
  windowMonths: number,
): { pnl: AccountPnl; view: PnlView; inputs: ValueInputs } {
  const inputs = readValueInputs(member.assessment);
  const { drivers, fromAccount } = resolveCostDrivers(settings.costDriverDefaults, inputs.costDrivers);
  const pnl = computeAccountPnl(
    { revenueFen: member.revenueFen, costFen: member.costFen, receivableFen: inputs.receivableFen },
    drivers,
    windowMonths,
  );
  const basis: Record<CostLine, Phrase> = {
    visits: {
      key: 'value.basis.visits',
      params: {
        visits: drivers.visitsPerYear,
        costPerVisit: formatFen(drivers.costPerVisitFen),
        source: sourceKey(fromAccount, 'visitsPerYear', 'costPerVisitFen'),
      },
    },
    support: {
      key: 'value.basis.support',
      params: {
        amount: formatFen(drivers.supportFenPerYear),
        source: sourceKey(fromAccount, 'supportFenPerYear'),
      },
    },
    logistics: {
      key: 'value.basis.pct_of_revenue',
      params: { pct: drivers.logisticsPctOfRevenue, source: sourceKey(fromAccount, 'logisticsPctOfRevenue') },
    },
    rebate: {
      key: 'value.basis.pct_of_revenue',
      params: { pct: drivers.rebatePctOfRevenue, source: sourceKey(fromAccount, 'rebatePctOfRevenue') },
    },
    credit: {
      key: 'value.basis.credit',
      params: {
        pct: drivers.creditCostPctOfReceivable,
        receivable: formatFen(inputs.receivableFen ?? 0),
        source: sourceKey(fromAccount, 'creditCostPctOfReceivable'),
      },
    },
  };
  return { pnl, view: toView(pnl, (line) => basis[line]), inputs };
}

const AMOUNT_OF: Record<CostLine, (p: AccountPnl) => number> = {
  visits: (p) => p.costToServe.visitsFen,
  support: (p) => p.costToServe.supportFen,
  logistics: (p) => p.costToServe.logisticsFen,
  rebate: (p) => p.costToServe.rebateFen,
  credit: (p) => p.costToServe.creditFen,
};

function toView(pnl: AccountPnl, basis: (line: CostLine) => Phrase): PnlView {
  return {
    revenueFen: pnl.revenueFen,
    grossProfitFen: pnl.grossProfitFen,
    costToServeFen: pnl.costToServe.totalFen,
    netContributionFen: pnl.netContributionFen,
    grossMarginPct: pnl.grossMarginPct,
    costToServe: COST_LINES.map((driver) => ({
      driver,
      labelKey: `value.driver.${driver}`,
      amountFen: AMOUNT_OF[driver](pnl),
      basis: basis(driver),
    })),
  };
}

/** The account's value: its own P&L, the group's (when it has subsidiaries) and each subsidiary's, CLV and
 * share of wallet. `members` are the account and every subsidiary with their window's revenue and cost. */
export function computeAccountValue(
  accountId: number,
  members: readonly ValueMember[],
  config: unknown,
  windowMonths = VALUE_WINDOW_MONTHS,
): AccountValueResult {
  const settings = valueSettings(config);
  const account = members.find((m) => m.id === accountId) ?? {
    id: accountId,
    name: '',
    revenueFen: 0,
    costFen: 0,
    assessment: null,
  };
  const own = memberPnl(account, settings, windowMonths);
  const subsidiaries = members
    .filter((m) => m.id !== accountId)
    .map((m) => ({ member: m, ...memberPnl(m, settings, windowMonths) }))
    .sort((a, b) => a.member.name.localeCompare(b.member.name, 'zh-CN') || a.member.id - b.member.id);
  const group =
    subsidiaries.length === 0
      ? null
      : toView(rollUpPnl([own.pnl, ...subsidiaries.map((s) => s.pnl)]), () => ({
          key: 'value.basis.group',
          params: { count: subsidiaries.length + 1 },
        }));

  // A window other than a year is scaled to a yearly margin for CLV.
  const annualMarginFen = Math.round((own.pnl.netContributionFen * 12) / windowMonths);
  const clv = textbookClv(annualMarginFen, settings);
  const spend = own.inputs.customerCategorySpendFen;
  return {
    accountId,
    windowMonths,
    own: own.view,
    group,
    subsidiaries: subsidiaries.map((s) => ({ accountId: s.member.id, name: s.member.name, pnl: s.view })),
    clv: {
      valueFen: clv.clvFen,
      formulaKey: 'value.clv_formula',
      assumptions: {
        horizonYears: settings.horizonYears,
        retentionPct: settings.retentionPct,
        discountRatePct: settings.discountRatePct,
        annualMarginFen,
      },
      years: clv.years.map((y) => ({
        year: y.year,
        marginFen: y.marginFen,
        discountedFen: y.presentValueFen,
      })),
    },
    shareOfWallet: {
      ourRevenueFen: account.revenueFen,
      customerSpendFen: spend,
      pct: spend !== null && spend > 0 ? roundTo((account.revenueFen * 100) / spend, 1) : null,
    },
  };
}

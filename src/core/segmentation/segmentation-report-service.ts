// Segmentation reports ([SEG-1] grid, [SEG-2] bubbles, [SEG-3] CLP pyramid, [SEG-8] Pareto, every model's
// distribution and what moved since the previous stored month), the drill-down behind each number and the
// movement list. Everything counts only the accounts the caller may see, optionally in one region.
// Values stay codes here; the HTTP edge turns them into labels in the caller's language.
import type { Actor } from '../org/actor.ts';
import { scopeOf } from '../org/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { configInForce } from './classification-job.ts';
import { periodOf } from './classification-period.ts';
import { movementDirection } from './movement.ts';
import type {
  MovementRow,
  PortfolioBubble,
  SegmentAccountRow,
  SegmentationReportRepository,
  SegmentationRepository,
  SegmentFilter,
  ValueRanks,
} from './segmentation-repository.ts';
import {
  ACCOUNT_MODEL_KEYS,
  type AccountModelKey,
  type ClpTier,
  MODEL_VALUES,
  type Text,
} from './segmentation-types.ts';

export interface SegmentationReportDeps {
  reports: SegmentationReportRepository;
  segmentation: SegmentationRepository;
  clock: Clock;
}

/** Bubbles drawn on the portfolio matrix: the largest accounts by revenue. */
export const PORTFOLIO_BUBBLES = 300;
/** Points of the Pareto curve. */
export const PARETO_POINTS = 50;
/** Movements listed on the dashboard. */
export const DASHBOARD_MOVEMENTS = 10;

export type MovementDirectionQuery = 'up' | 'down' | 'changed';

export interface MovementItem extends MovementRow {
  direction: MovementDirectionQuery;
}

export interface SegmentationDashboard {
  period: string;
  computedAt: string | null;
  accountCount: number;
  grid: Array<{ x: number; y: number; value: string; count: number; revenueFen: number }>;
  vipCount: number;
  portfolio: PortfolioBubble[];
  portfolioCounts: Array<{ value: string; count: number }>;
  clp: Array<{ value: ClpTier; count: number; revenueFen: number; approach: Text }>;
  pareto: {
    points: Array<{ accountPct: number; revenuePct: number }>;
    cutPct: number;
    accountsInCut: number;
    accountsInCutPct: number;
  };
  distributions: Array<{ model: AccountModelKey; items: Array<{ value: string; count: number }> }>;
  movements: { up: number; down: number; items: MovementItem[] };
}

/** Ranks of every model's values in the order movement.ts compares them (equal ranks: neither better). */
export const VALUE_RANKS: ValueRanks = ACCOUNT_MODEL_KEYS.flatMap((model) => {
  const values: readonly string[] = MODEL_VALUES[model];
  return values.map((value) => ({
    model,
    value,
    rank: values.filter((other) => movementDirection(model, other, value) === 'up').length,
  }));
});

const toDirection = (model: string, from: string, to: string): MovementDirectionQuery => {
  const d = movementDirection(model as AccountModelKey, from, to);
  return d === 'change' ? 'changed' : d;
};

export function createSegmentationReportService({ reports, segmentation, clock }: SegmentationReportDeps) {
  /** The asked month, else the newest stored month up to now, else this month. */
  async function resolvePeriod(period: string | undefined): Promise<string> {
    if (period !== undefined) return period;
    const current = periodOf(clock.now());
    return (await reports.latestPeriod(current)) ?? current;
  }

  async function movementPage(
    filter: SegmentFilter,
    query: {
      model?: string | undefined;
      direction?: MovementDirectionQuery | undefined;
      limit: number;
      offset: number;
    },
  ): Promise<{ items: MovementItem[]; total: number; up: number; down: number }> {
    const previous = await reports.previousPeriod(filter.period);
    if (!previous) return { items: [], total: 0, up: 0, down: 0 };
    const page = await reports.movements({ ...filter, previous }, { ...query, ranks: VALUE_RANKS });
    return {
      ...page,
      items: page.items.map((m) => ({ ...m, direction: toDirection(m.model, m.from, m.to) })),
    };
  }

  return {
    /** The whole dashboard of a month for what the actor may see. */
    async dashboard(
      actor: Actor,
      query: { period?: string | undefined; regionId?: number | undefined },
    ): Promise<SegmentationDashboard> {
      const period = await resolvePeriod(query.period);
      const filter: SegmentFilter = { scope: scopeOf(actor), period, regionId: query.regionId };
      const { config } = await configInForce(segmentation);
      const [computedAt, distribution, grid, portfolio, curve, movements] = await Promise.all([
        reports.computedAt(filter),
        reports.distribution(filter),
        reports.grid(filter),
        reports.portfolioBubbles(filter, PORTFOLIO_BUBBLES),
        reports.paretoCurve(filter, PARETO_POINTS),
        movementPage(filter, { limit: DASHBOARD_MOVEMENTS, offset: 0 }),
      ]);
      const count = (model: string, value: string) =>
        distribution.find((d) => d.model === model && d.value === value);
      const accountCount = distribution
        .filter((d) => d.model === 'purchase_grid')
        .reduce((sum, d) => sum + d.count, 0);
      const cells: SegmentationDashboard['grid'] = [];
      for (let x = 0; x <= 4; x++)
        for (let y = 0; y <= 4; y++) {
          const found = grid.cells.find((c) => c.x === x && c.y === y);
          cells.push(
            found ?? { x, y, value: config.purchaseGrid.cells[x]?.[y] ?? 'C', count: 0, revenueFen: 0 },
          );
        }
      const inCut = count('pareto', 'top')?.count ?? 0;
      return {
        period,
        computedAt,
        accountCount,
        grid: cells,
        vipCount: grid.vipCount,
        portfolio,
        portfolioCounts: MODEL_VALUES.portfolio.map((value) => ({
          value,
          count: count('portfolio', value)?.count ?? 0,
        })),
        clp: MODEL_VALUES.clp_tier.map((value) => ({
          value,
          count: count('clp_tier', value)?.count ?? 0,
          revenueFen: count('clp_tier', value)?.revenueFen ?? 0,
          approach: config.clp.approach[value],
        })),
        pareto: {
          points: curve.points.length > 0 ? [{ accountPct: 0, revenuePct: 0 }, ...curve.points] : [],
          cutPct: config.pareto.cutPct,
          accountsInCut: inCut,
          accountsInCutPct: accountCount > 0 ? Math.round((inCut * 1000) / accountCount) / 10 : 0,
        },
        distributions: ACCOUNT_MODEL_KEYS.map((model) => ({
          model,
          items: (MODEL_VALUES[model] as readonly string[]).map((value) => ({
            value,
            count: count(model, value)?.count ?? 0,
          })),
        })),
        movements: { up: movements.up, down: movements.down, items: movements.items },
      };
    },

    /** The accounts behind a number: a model's value or a grid cell, largest revenue first. */
    async accounts(
      actor: Actor,
      query: {
        model: AccountModelKey;
        value?: string | undefined;
        x?: number | undefined;
        y?: number | undefined;
        period?: string | undefined;
        regionId?: number | undefined;
        limit: number;
        offset: number;
      },
    ): Promise<{ items: SegmentAccountRow[]; total: number; period: string }> {
      const period = await resolvePeriod(query.period);
      const page = await reports.accounts(
        { scope: scopeOf(actor), period, regionId: query.regionId },
        { model: query.model, value: query.value, x: query.x, y: query.y },
        { limit: query.limit, offset: query.offset },
      );
      return { ...page, period };
    },

    /** What changed class between the month and the previous stored month. */
    async movements(
      actor: Actor,
      query: {
        period?: string | undefined;
        model?: AccountModelKey | undefined;
        direction?: MovementDirectionQuery | undefined;
        limit: number;
        offset: number;
      },
    ): Promise<{ items: MovementItem[]; total: number }> {
      const period = await resolvePeriod(query.period);
      const page = await movementPage({ scope: scopeOf(actor), period }, query);
      return { items: page.items, total: page.total };
    },
  };
}

export type SegmentationReportService = ReturnType<typeof createSegmentationReportService>;

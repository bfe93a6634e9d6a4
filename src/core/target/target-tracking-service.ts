// [TGT-5] tracking use cases: the visible part of a plan's tree, a node's 12 months × 4 metrics of plan vs
// actual, seed 004's three rates, the ranking of units / reps / customers, the waterfall of a node's gap, the
// order lines behind a node, and the monthly completion sheet (月度计划完成情况). Figures are read from
// target_value and target_node_actual, never from order lines. Forbidden nodes answer 404 like any record.
import { type Actor, scopeOf } from '../org/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { businessDate } from '../shared/clock.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import type { Repositories, Transaction } from '../shared/repositories.ts';
import { type CustomerGrowth, customerGrowth } from './customer-growth.ts';
import { type GapWaterfall, gapWaterfall } from './gap-waterfall.ts';
import { type ActualMonth, type MetricAttainment, nodeAttainment, ZERO_MONTH } from './node-attainment.ts';
import { type RankedNode, rankNodes } from './rank-nodes.ts';
import type {
  NodeActualRow,
  NodeOrderLine,
  NodeTargetRow,
  TrackedNode,
  TrackedPlan,
} from './target-tracking-repository.ts';
import { mayViewTargetNode, visibleRoots } from './target-tracking-visibility.ts';
import { MONEY_METRICS, type MoneyMetric, type TargetDimension } from './target-types.ts';
import { targetViewOf } from './target-visibility.ts';
import { attainment, marketShare, type Rate } from './tracking-rates.ts';

export type TrackingPeriod = 'ytd' | 'year' | 'month';

export interface PeriodQuery {
  metric: MoneyMetric;
  period: TrackingPeriod;
  /** The month of period 'month' (1–12). */
  month?: number | undefined;
  /** Last elapsed month; defaults from the clock (see throughMonthOf). */
  through?: number | undefined;
}

export interface NodeFigures {
  targets: Partial<Record<MoneyMetric, number[]>>;
  actuals: ActualMonth[];
  lastYear: ActualMonth[];
}

export interface NodeAttainmentView {
  plan: TrackedPlan;
  node: TrackedNode;
  throughMonth: number;
  /** The visible path from the user's top node down to this one (breadcrumb). */
  path: Array<{ id: number; label: string }>;
  metrics: MetricAttainment[];
}

export interface ThreeRates {
  throughMonth: number;
  /** 销量达成率: YTD revenue ÷ YTD revenue target. */
  salesAttainment: { target: number; actual: number; rate: Rate };
  /** 客户成长率 (see customer-growth.ts). */
  customerGrowth: CustomerGrowth;
  /** 市场占有率: the plan year's revenue to date ÷ the market size of the node's region and segment. */
  marketShare: {
    orgUnitId: number | null;
    segment: string;
    marketSizeFen: number | null;
    ourSalesFen: number;
    rate: Rate;
  };
}

export interface CompletionRow {
  node: TrackedNode;
  metrics: MetricAttainment[];
}

const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** Completed months of the plan year on a business date: all 12 for past years, none for future ones. */
export function throughMonthOf(planYear: number, today: string): number {
  const year = Number(today.slice(0, 4));
  if (planYear < year) return 12;
  if (planYear > year) return 0;
  return Number(today.slice(5, 7)) - 1;
}

/** Sum of a metric's figures over the months of a period. */
export function periodFigures(
  m: MetricAttainment,
  q: { period: TrackingPeriod; month?: number | undefined },
) {
  if (q.period === 'year') return m.year;
  if (q.period === 'month') return m.months[(q.month ?? 1) - 1] ?? m.year;
  return m.ytd;
}

export function createTargetTrackingService(deps: {
  repos: Repositories;
  transaction: Transaction;
  clock: Clock;
}) {
  const { repos, clock } = deps;

  const through = (plan: TrackedPlan, override: number | undefined) => {
    if (override === undefined) return throughMonthOf(plan.year, businessDate(clock.now()));
    if (!Number.isInteger(override) || override < 0 || override > 12)
      throw new DomainError('validation', 'error.validation', [
        { path: 'through', message: 'targetTracking.through_month' },
      ]);
    return override;
  };

  async function loadPlan(planId: number) {
    const plan = await repos.targetTracking.findPlan(planId);
    if (!plan) throw notFound('entity.target_plan');
    return plan;
  }

  /** The node and its visible ancestors as the breadcrumb (top first); 404 when not visible. */
  function visibleLine(actor: Actor, nodeId: number, line: readonly TrackedNode[]) {
    const node = line.find((n) => n.id === nodeId);
    const scope = targetViewOf(actor);
    if (!node || !mayViewTargetNode(scope, node)) throw notFound('entity.target_node');
    const byId = new Map(line.map((n) => [n.id, n]));
    const path: Array<{ id: number; label: string }> = [];
    for (let n: TrackedNode | undefined = node; n && mayViewTargetNode(scope, n); ) {
      path.unshift({ id: n.id, label: n.label });
      n = n.parentId === null ? undefined : byId.get(n.parentId);
    }
    return { node, path };
  }

  async function loadNode(actor: Actor, planId: number, nodeId: number) {
    const [plan, line] = await Promise.all([
      loadPlan(planId),
      repos.targetTracking.ancestors(planId, nodeId),
    ]);
    return { plan, ...visibleLine(actor, nodeId, line) };
  }

  /** Targets and the actuals of the plan year and last year, per node. */
  async function figures(plan: TrackedPlan, nodeIds: readonly number[]): Promise<Map<number, NodeFigures>> {
    const [targets, actuals] = await Promise.all([
      repos.targetTracking.targets(plan.id, nodeIds),
      repos.targetTracking.actuals(plan.id, nodeIds, monthStart(plan.year - 1, 1), monthStart(plan.year, 12)),
    ]);
    return collect(plan, nodeIds, targets, actuals);
  }

  function collect(
    plan: TrackedPlan,
    nodeIds: readonly number[],
    targets: readonly NodeTargetRow[],
    actuals: readonly NodeActualRow[],
  ): Map<number, NodeFigures> {
    const out = new Map<number, NodeFigures>();
    for (const id of nodeIds)
      out.set(id, {
        targets: {},
        actuals: Array.from({ length: 12 }, () => ({ ...ZERO_MONTH })),
        lastYear: Array.from({ length: 12 }, () => ({ ...ZERO_MONTH })),
      });
    for (const t of targets) {
      const f = out.get(t.nodeId);
      if (f && (MONEY_METRICS as readonly string[]).includes(t.metric))
        f.targets[t.metric as MoneyMetric] = t.months;
    }
    for (const a of actuals) {
      const f = out.get(a.nodeId);
      if (!f) continue;
      const months = Number(a.month.slice(0, 4)) === plan.year ? f.actuals : f.lastYear;
      months[Number(a.month.slice(5, 7)) - 1] = a;
    }
    return out;
  }

  const attainmentOf = (f: NodeFigures | undefined, throughMonth: number) =>
    nodeAttainment({
      targets: f?.targets ?? {},
      actuals: f?.actuals ?? [],
      lastYear: f?.lastYear ?? [],
      throughMonth,
    });

  /** Visible descendants of a node (children when dimension is omitted, else every level of that dimension). */
  function below(nodes: readonly TrackedNode[], nodeId: number, dimension: TargetDimension | undefined) {
    if (!dimension) return nodes.filter((n) => n.parentId === nodeId);
    const inside = new Set([nodeId]);
    const out: TrackedNode[] = [];
    for (const n of nodes) // depth order: a parent comes before its children
      if (n.parentId !== null && inside.has(n.parentId)) {
        inside.add(n.id);
        if (n.dimension === dimension) out.push(n);
      }
    return out;
  }

  return {
    /** Every target plan (the tree inside is filtered per node). */
    plans: (_actor: Actor) => repos.targetTracking.listPlans(),

    /** The plan's nodes the actor may see, and where their part of the tree starts. */
    async tree(actor: Actor, planId: number) {
      const plan = await loadPlan(planId);
      const scope = targetViewOf(actor);
      const nodes = await repos.targetTracking.nodes(planId);
      const visible = nodes.filter((n) => mayViewTargetNode(scope, n));
      return { plan, nodes: visible, rootIds: visibleRoots(scope, nodes).map((n) => n.id) };
    },

    /** [TGT-5] 12 months × 4 metrics of one node: target, actual, attainment, gap, YoY, run-rate. */
    async attainment(
      actor: Actor,
      planId: number,
      nodeId: number,
      throughOverride?: number,
    ): Promise<NodeAttainmentView> {
      // One round trip: this is the dashboard's hot path (bench: target-attainment).
      const reading = await repos.targetTracking.nodeReading(planId, nodeId);
      if (!reading) throw notFound('entity.target_plan');
      const { plan } = reading;
      const { node, path } = visibleLine(actor, nodeId, reading.line);
      const throughMonth = through(plan, throughOverride);
      const f = collect(plan, [node.id], reading.targets, reading.actuals);
      return { plan, node, throughMonth, path, metrics: attainmentOf(f.get(node.id), throughMonth) };
    },

    /** seed 004 三率 of a node for the year to date. */
    async rates(actor: Actor, planId: number, nodeId: number, throughOverride?: number): Promise<ThreeRates> {
      const { plan, node } = await loadNode(actor, planId, nodeId);
      const throughMonth = through(plan, throughOverride);
      const f = await figures(plan, [node.id]);
      const revenue = attainmentOf(f.get(node.id), throughMonth).find((m) => m.metric === 'revenue');
      const ytd = revenue?.ytd ?? { target: 0, actual: 0 };
      const sums =
        throughMonth === 0
          ? {
              existingCount: 0,
              existingNowFen: 0,
              existingThenFen: 0,
              newCount: 0,
              newNowFen: 0,
              lostCount: 0,
            }
          : await repos.targetTracking.customerPeriodSums(plan.id, node.id, {
              nowFrom: monthStart(plan.year, 1),
              nowTo: monthStart(plan.year, throughMonth),
              thenFrom: monthStart(plan.year - 1, 1),
              thenTo: monthStart(plan.year - 1, throughMonth),
            });
      const orgUnitId = node.scope.orgUnitId ?? (await repos.marketSizes.rootUnitId()) ?? null;
      const segment = node.scope.industry ?? '';
      const size =
        orgUnitId === null ? undefined : await repos.marketSizes.sizeOf(plan.year, orgUnitId, segment);
      // Market share compares the year's sales with the year's market: the year to date, or the whole year.
      const ourSalesFen = revenue?.ytd.actual ?? 0;
      return {
        throughMonth,
        salesAttainment: { target: ytd.target, actual: ytd.actual, rate: attainment(ytd.actual, ytd.target) },
        customerGrowth: customerGrowth(sums),
        marketShare: {
          orgUnitId,
          segment,
          marketSizeFen: size ?? null,
          ourSalesFen,
          rate: marketShare(ourSalesFen, size ?? null),
        },
      };
    },

    /** Visible children (or descendants of one dimension) ranked by attainment of a metric and period. */
    async ranking(
      actor: Actor,
      planId: number,
      nodeId: number,
      q: PeriodQuery & { dimension?: TargetDimension | undefined },
    ): Promise<{
      throughMonth: number;
      items: Array<RankedNode & { id: number; dimension: TargetDimension }>;
    }> {
      const { plan } = await loadNode(actor, planId, nodeId);
      const throughMonth = through(plan, q.through);
      const scope = targetViewOf(actor);
      const nodes = (await repos.targetTracking.nodes(planId)).filter((n) => mayViewTargetNode(scope, n));
      const rows = below(nodes, nodeId, q.dimension);
      const f = await figures(
        plan,
        rows.map((n) => n.id),
      );
      const byKey = new Map(rows.map((n) => [n.key, n]));
      const ranked = rankNodes(
        rows.map((n) => {
          const m = attainmentOf(f.get(n.id), throughMonth).find((x) => x.metric === q.metric);
          const p = m ? periodFigures(m, q) : { target: 0, actual: 0 };
          return { key: n.key, label: n.label, target: p.target, actual: p.actual };
        }),
      );
      return {
        throughMonth,
        items: ranked.map((r) => {
          const n = byKey.get(r.key);
          return { ...r, id: n?.id ?? 0, dimension: n?.dimension ?? 'company' };
        }),
      };
    },

    /** The node's gap split into its visible children's contributions ([TGT-5] waterfall). */
    async waterfall(
      actor: Actor,
      planId: number,
      nodeId: number,
      q: PeriodQuery,
    ): Promise<GapWaterfall & { throughMonth: number; nodeIds: Record<string, number> }> {
      const { plan, node } = await loadNode(actor, planId, nodeId);
      const throughMonth = through(plan, q.through);
      const scope = targetViewOf(actor);
      const children = (await repos.targetTracking.nodes(planId)).filter(
        (n) => n.parentId === node.id && mayViewTargetNode(scope, n),
      );
      const f = await figures(plan, [node.id, ...children.map((c) => c.id)]);
      const pick = (id: number) => {
        const m = attainmentOf(f.get(id), throughMonth).find((x) => x.metric === q.metric);
        return m ? periodFigures(m, q) : { target: 0, actual: 0 };
      };
      const own = pick(node.id);
      return {
        throughMonth,
        nodeIds: Object.fromEntries(children.map((c) => [c.key, c.id])),
        ...gapWaterfall(
          { target: own.target, actual: own.actual },
          children.map((c) => ({ key: c.key, label: c.label, ...pick(c.id) })),
        ),
      };
    },

    /** Order lines behind a node in the plan year (or one month), newest first, of accounts the actor sees. */
    async orderLines(
      actor: Actor,
      planId: number,
      nodeId: number,
      q: { month?: number | undefined; limit: number; offset: number },
    ): Promise<{ items: NodeOrderLine[]; total: number }> {
      const { plan, node } = await loadNode(actor, planId, nodeId);
      const from = q.month ? monthStart(plan.year, q.month) : `${plan.year}-01-01`;
      const to = q.month
        ? new Date(Date.UTC(plan.year, q.month, 0)).toISOString().slice(0, 10)
        : `${plan.year}-12-31`;
      return repos.targetTracking.orderLines(plan.id, node.id, scopeOf(actor), {
        from,
        to,
        limit: q.limit,
        offset: q.offset,
      });
    },

    /** 月度计划完成情况: the node (default: the actor's part of the tree) and every visible node below it. */
    async completionSheet(
      actor: Actor,
      planId: number,
      nodeId: number | undefined,
      throughOverride?: number,
    ) {
      const plan = await loadPlan(planId);
      const throughMonth = through(plan, throughOverride);
      const scope = targetViewOf(actor);
      const nodes = (await repos.targetTracking.nodes(planId)).filter((n) => mayViewTargetNode(scope, n));
      let rows = nodes;
      if (nodeId !== undefined) {
        if (!nodes.some((n) => n.id === nodeId)) throw notFound('entity.target_node');
        const inside = new Set([nodeId]);
        rows = nodes.filter((n) => {
          if (n.id === nodeId) return true;
          if (n.parentId !== null && inside.has(n.parentId)) inside.add(n.id);
          return inside.has(n.id);
        });
      }
      const f = await figures(
        plan,
        rows.map((n) => n.id),
      );
      const sheetRows = treeOrder(rows).map(
        (node): CompletionRow => ({ node, metrics: attainmentOf(f.get(node.id), throughMonth) }),
      );
      return { plan, throughMonth, metrics: completionMetrics(sheetRows), rows: sheetRows };
    },

    /** Rebuilds the actuals of one plan or of every open plan (admin only). */
    async refresh(actor: Actor, planId: number | undefined) {
      if (actor.role !== 'admin') throw new DomainError('forbidden', 'targetTracking.not_admin');
      if (planId !== undefined) {
        await loadPlan(planId);
        const rows = await deps.transaction((r) => r.targetActuals.rebuildPlan(planId));
        return { plans: 1, rows };
      }
      const ids = await repos.targetTracking.openPlanIds();
      let rows = 0;
      for (const id of ids) rows += await deps.transaction((r) => r.targetActuals.rebuildPlan(id));
      return { plans: ids.length, rows };
    },
  };
}

/**
 * The completion sheet's worksheets: the money metrics that have a target somewhere in its rows (a plan without an
 * expense target gets no 费用 sheet), or all four when nothing is targeted yet, so the actuals still show.
 */
export function completionMetrics(
  rows: ReadonlyArray<{ metrics: readonly MetricAttainment[] }>,
): MoneyMetric[] {
  const targeted = MONEY_METRICS.filter((metric) =>
    rows.some((r) => r.metrics.some((m) => m.metric === metric && m.year.target !== 0)),
  );
  return targeted.length > 0 ? targeted : [...MONEY_METRICS];
}

/** Parents before children, siblings by sort order: the order of the completion sheet's rows. */
export function treeOrder<T extends { id: number; parentId: number | null; sortOrder: number }>(
  nodes: readonly T[],
): T[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<number | null, T[]>();
  for (const n of nodes) {
    const parent = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const out: T[] = [];
  const walk = (parent: number | null) => {
    for (const n of [...(children.get(parent) ?? [])].sort(
      (a, b) => a.sortOrder - b.sortOrder || a.id - b.id,
    )) {
      out.push(n);
      walk(n.id);
    }
  };
  walk(null);
  return out;
}

export type TargetTrackingService = ReturnType<typeof createTargetTrackingService>;

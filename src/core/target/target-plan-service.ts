// Target plan use cases ([TGT-1], [TGT-2], [TGT-3]; seeds 003, 004): the plans a user has a part in, one plan's
// tree (the caller's part of it), and the wizard that creates a plan for a year — the skeleton from the org tree,
// account owners and accounts active in the plan year or the year before, then the company totals split top-down
// by the engine with the nodes' history (TargetActualsPort). Load → rule → save, one transaction, audited.
import type { Actor } from '../org/actor.ts';
import { type ErrorDetail, forbidden, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import {
  buildTargetSkeleton,
  nodeScope,
  type SkeletonLevel,
  skeletonLevelProblems,
} from './build-target-skeleton.ts';
import { setTotal } from './decompose-target-tree.ts';
import { DEFAULT_SEASONALITY_YEARS } from './month-shares.ts';
import type { TargetActualsPort } from './target-actuals-port.ts';
import type { TargetPlanRecord } from './target-plan.ts';
import {
  auditTargetPlan,
  type LoadedPlan,
  loadVisiblePlan,
  openTargetPlanForEdit,
  problemsError,
} from './target-plan-access.ts';
import type { TargetPlanListFilter } from './target-plan-repository.ts';
import type { TargetCell, TargetTree, TreeNode } from './target-tree.ts';
import { saveTreeChanges, zeroCell } from './target-tree-store.ts';
import type { MethodParams, SplitMethod, TargetMetric, TimeMethod } from './target-types.ts';
import { mayEditTargetPart, mayManageTargets, targetViewOf } from './target-visibility.ts';

export interface TargetPlanServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  actuals: TargetActualsPort;
}

/** The wizard's input ([TGT-1] metrics, [TGT-2] levels, company totals in fen or counts). */
export interface TargetPlanCreateInput {
  name: string;
  year: number;
  metrics: TargetMetric[];
  levels: SkeletonLevel[];
  totals: Partial<Record<TargetMetric, number>>;
  splitMethod?: SplitMethod | undefined;
  timeMethod?: TimeMethod | undefined;
  historyYears?: number | undefined;
  /** A metric without an explicit total takes last year's actual company total × (1 + growthPercent / 100). */
  growthPercent?: number | undefined;
  note?: string | null | undefined;
}

export interface TargetPlanView extends LoadedPlan {
  permissions: { edit: boolean; publish: boolean; newVersion: boolean };
  /** Whether the caller may change figures of a node now (draft, their part, their role). */
  editable(nodeKey: string): boolean;
}

/** Years of history the methods of a tree read: the longest any node asks for (at least the default). */
export function historyYearsOf(tree: TargetTree): number {
  let years = DEFAULT_SEASONALITY_YEARS;
  for (const node of tree.nodes.values()) years = Math.max(years, node.params.historyYears ?? 0);
  return years;
}

export function planView(actor: Actor, loaded: LoadedPlan): TargetPlanView {
  const draft = loaded.plan.status === 'draft';
  const manage = mayManageTargets(actor);
  const partEditor = mayEditTargetPart(actor);
  return {
    ...loaded,
    permissions: {
      edit: draft && partEditor,
      publish: draft && manage,
      newVersion: loaded.plan.status === 'published' && manage,
    },
    editable: (key) => draft && partEditor && loaded.access.get(key) === 'full',
  };
}

export function createTargetPlanService({ repos, transaction, actuals }: TargetPlanServiceDeps) {
  const view = async (r: Repositories, actor: Actor, planId: number) =>
    planView(actor, await loadVisiblePlan(r, actor, planId));

  return {
    /** Plans the caller has a part in, newest year and version first. */
    list(actor: Actor, filter: TargetPlanListFilter): Promise<TargetPlanRecord[]> {
      return repos.targetPlans.list(targetViewOf(actor), filter);
    },

    /** One plan with the caller's part of its tree. */
    get: (actor: Actor, planId: number) => view(repos, actor, planId),

    /** Every version of the plan's year the caller has a part in, newest first. */
    async history(actor: Actor, planId: number): Promise<TargetPlanRecord[]> {
      const { plan } = await loadVisiblePlan(repos, actor, planId);
      return repos.targetPlans.list(targetViewOf(actor), { year: plan.year });
    },

    /** The wizard: a draft plan for a year, its skeleton built and the company totals split top-down. */
    async create(actor: Actor, input: TargetPlanCreateInput, ctx: WriteContext): Promise<TargetPlanView> {
      if (!mayManageTargets(actor)) throw forbidden();
      const problems: ErrorDetail[] = [...skeletonLevelProblems(input.levels)];
      input.metrics.forEach((m, i) => {
        if (input.metrics.indexOf(m) !== i)
          problems.push({ path: `metrics.${i}`, message: 'target_plan.metric_repeated' });
      });
      for (const metric of Object.keys(input.totals))
        if (!input.metrics.includes(metric as TargetMetric))
          problems.push({
            path: `totals.${metric}`,
            message: 'target_plan.metric_not_in_plan',
            params: { metric },
          });
      if (problems.length > 0) throw validationError(problems);
      const historyYears = input.historyYears ?? DEFAULT_SEASONALITY_YEARS;
      const splitMethod = input.splitMethod ?? 'history_share';
      const timeMethod = input.timeMethod ?? 'seasonality';
      const params: MethodParams = input.historyYears ? { historyYears } : {};
      const planId = await transaction(async (r) => {
        const version = await r.targetPlans.nextVersion(input.year);
        const id = await r.targetPlans.insertPlan({
          year: input.year,
          version,
          name: input.name,
          note: input.note ?? null,
          basedOnPlanId: null,
          createdBy: actor.userId,
        });
        const units = await r.orgUnits.list();
        const accounts = await r.targetPlans.skeletonAccounts(
          `${input.year - 1}-01-01`,
          `${input.year}-12-01`,
          `${input.year - 1}-01-01`,
        );
        const wantsLines = input.levels.some((l) => l.dimension === 'product_line');
        const [productLines, lines] = wantsLines
          ? await Promise.all([
              r.targetPlans.accountProductLines(
                accounts.map((a) => a.accountId),
                `${input.year - historyYears}-01-01`,
                `${input.year}-12-01`,
              ),
              r.targetPlans.productLines(),
            ])
          : [new Map<number, number[]>(), []];
        const skeleton = buildTargetSkeleton({
          rootLabel: units.find((u) => u.parentId === null)?.name ?? '全公司',
          levels: input.levels,
          accounts,
          units,
          productLines,
          productLineNames: new Map(lines.map((l) => [l.id, l.name])),
          splitMethod,
          timeMethod,
          params,
        });
        const ids = await r.targetPlans.insertNodes(id, skeleton);
        const typeOf = new Map(accounts.map((a) => [a.accountId, a.type]));
        const nodes = new Map<string, TreeNode>();
        const children = new Map<string, string[]>();
        for (const n of skeleton) {
          nodes.set(n.key, {
            key: n.key,
            parentKey: n.parentKey,
            dimension: n.dimension,
            refId: n.refId,
            refKey: n.refKey,
            label: n.label,
            accountType: n.dimension === 'customer' ? (typeOf.get(n.refId ?? 0) ?? null) : null,
            splitMethod: n.splitMethod,
            timeMethod: n.timeMethod,
            params: n.params,
          });
          children.set(n.key, []);
          if (n.parentKey !== null) children.get(n.parentKey)?.push(n.key);
        }
        const metrics = input.metrics;
        const blank: TargetTree = { rootKey: 'company', metrics, nodes, children, cells: new Map() };
        let tree: TargetTree = {
          ...blank,
          cells: new Map(
            skeleton.map((n) => [
              n.key,
              new Map(metrics.map((m) => [m, zeroCell()] as [TargetMetric, TargetCell])),
            ]),
          ),
        };
        await actuals.rebuildPlan(r, id);
        const history = await actuals.history(r, id, input.year, historyYears);
        for (const metric of metrics) {
          const lastYear = history.total(tree.rootKey, metric);
          const total =
            input.totals[metric] ??
            (input.growthPercent !== undefined && lastYear !== undefined
              ? Math.round((lastYear * (100 + input.growthPercent)) / 100)
              : 0);
          if (total === 0) continue;
          const result = setTotal(tree, tree.rootKey, metric, total, history);
          if (!result.ok) throw problemsError(result.problems);
          tree = result.tree;
        }
        const scopes = new Map(skeleton.map((n) => [n.key, n.scope]));
        await saveTreeChanges(
          r,
          id,
          blank,
          tree,
          new Map(ids),
          (n, parent) => nodeScope(parent, n.dimension, n.refId, n.refKey),
          scopes,
        );
        await auditTargetPlan(
          r,
          actor,
          id,
          'target_plan.create',
          null,
          {
            ...input,
            version,
            nodes: skeleton.length,
          },
          ctx,
        );
        return id;
      });
      return view(repos, actor, planId);
    },

    /** Renames the plan or changes its note (draft only). */
    async update(
      actor: Actor,
      planId: number,
      patch: { name?: string | undefined; note?: string | null | undefined },
      ctx: WriteContext,
    ): Promise<TargetPlanRecord> {
      return transaction(async (r) => {
        const { plan } = await openTargetPlanForEdit(r, actor, planId, { wholePlan: true });
        await r.targetPlans.updatePlan(planId, patch);
        await auditTargetPlan(
          r,
          actor,
          planId,
          'target_plan.update',
          { name: plan.name, note: plan.note },
          patch,
          ctx,
        );
        return (await r.targetPlans.find(planId)) as TargetPlanRecord;
      });
    },
  };
}

export type TargetPlanService = ReturnType<typeof createTargetPlanService>;

// Editing a draft target plan ([TGT-2], [TGT-3], [TGT-4]): set a node's year total or one month, lock or unlock,
// choose methods per node with a preview (the diff and the engine's explanations, nothing saved) and apply, add
// or remove a child node, roll the whole tree up, and set a node's Ansoff market/product. Every figure changes
// through the engine, so every parent stays the exact sum of its children; a problem answers validation with one
// detail per cell. A published or superseded plan is frozen (conflict). Managers edit inside their part only
// (target-visibility.ts): a figure typed below the part's top node re-balances inside the part (the top node keeps
// its figures, as if locked for that edit); any other edit that would change a figure outside it is refused.
// An edit loads only the part of the plan it can change — the edited node's subtree, its ancestors and their
// children; under a locked ancestor, that ancestor's whole subtree (target-plan-access.ts, loadPlanAround);
// after nodes are added only their tracking actuals are built.
import type { Actor } from '../org/actor.ts';
import { DomainError, type ErrorDetail, forbidden, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { ACCOUNT_TYPE_LABELS, nodeScope } from './build-target-skeleton.ts';
import {
  diffTrees,
  type MethodChange,
  redistribute,
  rollUp,
  setLock,
  setMethods,
  setMonth,
  setTotal,
} from './decompose-target-tree.ts';
import { DEFAULT_SEASONALITY_YEARS } from './month-shares.ts';
import type { TargetActualsPort } from './target-actuals-port.ts';
import type { AnsoffSide, TargetNodeRecord } from './target-plan.ts';
import {
  auditTargetPlan,
  cellPath,
  type EditFocus,
  type LoadedPlan,
  openTargetPlanForEdit,
  problemsError,
} from './target-plan-access.ts';
import type {
  AllocationExplanation,
  DecomposeHistory,
  TargetCell,
  TargetTree,
  TreeDiff,
  TreeNode,
  TreeResult,
} from './target-tree.ts';
import { saveTreeChanges } from './target-tree-store.ts';
import { withChild, withoutSubtree } from './target-tree-structure.ts';
import type { SplitMethod, TargetDimension, TargetMetric } from './target-types.ts';
import { changesOutsidePart, mayManageTargets } from './target-visibility.ts';

export interface TargetEditServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  actuals: TargetActualsPort;
  /** Every edit loads the whole plan: the reference the partial load (target-plan-access.ts) is tested against. */
  loadWholePlan?: boolean;
}

/** What an edit did (or, for a preview, would do). */
export interface TargetEditOutcome {
  saved: boolean;
  diff: TreeDiff;
  explanations: AllocationExplanation[];
  /** Label of a node of the tree before or after the edit. */
  labelOf(key: string): string;
}

const NO_HISTORY: DecomposeHistory = { monthly: () => undefined, total: () => undefined };

/** How far from the edited node the engine may read history: below it, or also along its path up. */
type HistoryReach = 'subtree' | 'path';

/** Split methods whose weights read the children's history ([TGT-3]). */
const HISTORY_SPLITS: ReadonlySet<SplitMethod> = new Set<SplitMethod>(['history_share', 'customer_type']);

export interface AddNodeInput {
  parentKey: string;
  dimension: Exclude<TargetDimension, 'company'>;
  refId?: number | null | undefined;
  refKey?: string | null | undefined;
}

/** Every node an edit touches: changed cells, totals and locks, removed nodes, and the parents of added ones. */
function touchedBy(diff: TreeDiff, tree: TargetTree): string[] {
  return [
    ...diff.changes.map((c) => c.nodeKey),
    ...diff.totals.map((c) => c.nodeKey),
    ...diff.locks.map((c) => c.nodeKey),
    ...diff.removed,
    ...diff.added.map((k) => tree.nodes.get(k)?.parentKey ?? k),
  ];
}

/** The top node of the caller's part that holds `key`: its highest ancestor (or itself) the caller fully edits. */
function partTop(loaded: LoadedPlan, key: string): string {
  let top = key;
  for (
    let p = loaded.tree.nodes.get(key)?.parentKey ?? null;
    p !== null;
    p = loaded.tree.nodes.get(p)?.parentKey ?? null
  )
    if (loaded.access.get(p) === 'full') top = p;
  return top;
}

/** Locks of a cell whose figures are kept: the year total and every month. */
const KEEP_FIGURES: Pick<TargetCell, 'lockedMonths' | 'totalLocked'> = {
  lockedMonths: Array.from({ length: 12 }, () => true),
  totalLocked: true,
};

/** The tree with one cell's locks replaced (the cell's figures stay as they are). */
function withCellLocks(
  tree: TargetTree,
  key: string,
  metric: TargetMetric,
  locks: Pick<TargetCell, 'lockedMonths' | 'totalLocked'>,
): TargetTree {
  const byMetric = tree.cells.get(key);
  const cell = byMetric?.get(metric);
  if (!byMetric || !cell) return tree;
  const cells = new Map(tree.cells);
  const replaced = { ...cell, lockedMonths: [...locks.lockedMonths], totalLocked: locks.totalLocked };
  cells.set(key, new Map(byMetric).set(metric, replaced));
  return { ...tree, cells };
}

export function createTargetEditService({
  transaction,
  actuals,
  loadWholePlan = false,
}: TargetEditServiceDeps) {
  /**
   * Runs one edit: opens the plan for editing, checks the caller's part, runs the engine, refuses changes
   * outside the part, saves the difference (unless previewing) and audits it.
   */
  async function edit(
    actor: Actor,
    planId: number,
    nodeKey: string,
    opts: {
      action: string;
      input: unknown;
      preview?: boolean;
      /** The part of the tree whose history the operation reads (see historyFor); none when omitted. */
      history?: HistoryReach;
      structural?: boolean;
      wholePlan?: boolean;
      /** The operation re-splits the parent of `nodeKey` (removing it), not `nodeKey` itself. */
      atParent?: boolean;
      /**
       * For a caller who edits only a part of the tree: when the edit would change figures above that part, the
       * part's top node keeps this metric's figures and the change re-balances inside the part instead.
       */
      keepPart?: TargetMetric;
    },
    ctx: WriteContext,
    op: (loaded: LoadedPlan, history: DecomposeHistory, r: Repositories) => Promise<TreeResult> | TreeResult,
  ): Promise<TargetEditOutcome> {
    return transaction(async (r) => {
      const open = (focus: EditFocus) =>
        openTargetPlanForEdit(r, actor, planId, {
          wholePlan: opts.wholePlan ?? false,
          around: loadWholePlan ? undefined : focus,
        });
      let loaded = await open({ key: nodeKey, parent: opts.atParent ?? false });
      const manage = mayManageTargets(actor);
      const access = loaded.access.get(nodeKey);
      if (access === undefined)
        throw validationError([
          {
            path: cellPath(nodeKey, null, null),
            message: 'target_plan.unknown_node',
            params: { node: nodeKey },
          },
        ]);
      if (!manage && access !== 'full') throw forbidden();
      // A manager's figure below the top of their part re-balances inside the part: the top keeps this metric's
      // figures, as if its months were locked for this one edit (the lock is not saved). The top's whole subtree
      // may re-balance, so that is the part loaded.
      const top = !manage && opts.keepPart ? partTop(loaded, nodeKey) : nodeKey;
      const keep = top !== nodeKey ? opts.keepPart : undefined;
      if (keep && !loaded.whole) loaded = await open({ key: top });
      const kept = keep ? loaded.tree.cells.get(top)?.get(keep) : undefined;
      const working = keep
        ? { ...loaded, tree: withCellLocks(loaded.tree, top, keep, KEEP_FIGURES) }
        : loaded;
      const history = opts.history ? await historyFor(r, working, nodeKey, opts.history) : NO_HISTORY;
      const computed = await op(working, history, r);
      if (!computed.ok) throw problemsError(computed.problems);
      const result =
        keep && kept ? { ...computed, tree: withCellLocks(computed.tree, top, keep, kept) } : computed;
      const diff = diffTrees(loaded.tree, result.tree);
      if (!manage) {
        const outside = changesOutsidePart(loaded.access, touchedBy(diff, result.tree));
        // The top of the part itself: its figures are set from above.
        if (outside.length > 0 && opts.keepPart && top === nodeKey)
          throw new DomainError('forbidden', 'target_plan.part_total', [], {
            node: loaded.tree.nodes.get(nodeKey)?.label ?? nodeKey,
          });
        if (outside.length > 0)
          throw new DomainError('forbidden', 'target_plan.outside_part', [], {
            nodes: outside
              .slice(0, 5)
              .map((k) => loaded.tree.nodes.get(k)?.label ?? k)
              .join('、'),
          });
      }
      const labelOf = (key: string) =>
        result.tree.nodes.get(key)?.label ?? loaded.tree.nodes.get(key)?.label ?? key;
      if (opts.preview) return { saved: false, diff, explanations: result.explanations, labelOf };
      await saveTreeChanges(
        r,
        planId,
        loaded.tree,
        result.tree,
        loaded.ids,
        (n, parent) => nodeScope(parent, n.dimension, n.refId, n.refKey),
        loaded.scopes,
      );
      await r.targetPlans.updatePlan(planId, {});
      if (opts.structural)
        await actuals.rebuildNodes(
          r,
          planId,
          diff.added.map((key) => loaded.ids.get(key) as number),
        );
      await auditTargetPlan(
        r,
        actor,
        planId,
        opts.action,
        null,
        { input: opts.input, cells: diff.changes.length, added: diff.added, removed: diff.removed },
        ctx,
      );
      return { saved: true, diff, explanations: result.explanations, labelOf };
    });
  }

  /**
   * The history an operation at `key` can read: its subtree's ('subtree': a re-split below the node), plus the
   * ancestors and their children ('path': a changed figure also rolls up). Under an ancestor with a locked cell
   * the siblings may re-split too: then every loaded node's (the whole plan, or the locked ancestor's subtree with
   * the path above it). No history at all when none of those nodes splits or spreads by history (even, manual
   * and customer-type-without-history methods read none).
   */
  async function historyFor(
    r: Repositories,
    loaded: LoadedPlan,
    key: string,
    reach: HistoryReach,
  ): Promise<DecomposeHistory> {
    const tree = loaded.tree;
    const keys = new Set<string>();
    const stack = [key];
    while (stack.length > 0) {
      const k = stack.pop() as string;
      keys.add(k);
      stack.push(...(tree.children.get(k) ?? []));
    }
    let whole = false;
    if (reach === 'path') {
      for (let parent = tree.nodes.get(key)?.parentKey ?? null; parent !== null; ) {
        const locked = [...(tree.cells.get(parent)?.values() ?? [])].some(
          (c) => c.totalLocked || c.lockedMonths.some(Boolean),
        );
        if (locked) whole = true;
        keys.add(parent);
        for (const k of tree.children.get(parent) ?? []) keys.add(k);
        parent = tree.nodes.get(parent)?.parentKey ?? null;
      }
    }
    if (whole) for (const k of tree.nodes.keys()) keys.add(k);
    const reads = [...keys].some((k) => {
      const node = tree.nodes.get(k);
      if (!node) return false;
      const parent = node.parentKey === null ? undefined : tree.nodes.get(node.parentKey);
      return node.timeMethod !== 'even' || (parent !== undefined && HISTORY_SPLITS.has(parent.splitMethod));
    });
    if (!reads) return NO_HISTORY;
    return actuals.history(
      r,
      loaded.plan.id,
      loaded.plan.year,
      Math.max(DEFAULT_SEASONALITY_YEARS, loaded.historyYears),
      loaded.whole && keys.size === tree.nodes.size ? undefined : [...keys],
    );
  }

  /** The node a hand-added child stands for, checked against the parent's scope; its label. */
  async function childNode(r: Repositories, loaded: LoadedPlan, input: AddNodeInput): Promise<TreeNode> {
    const parent = loaded.tree.nodes.get(input.parentKey) as TreeNode;
    const parentScope = loaded.scopes.get(input.parentKey);
    const problem = (path: string, message: string, params?: Record<string, string | number>): never => {
      throw validationError([{ path, message, ...(params ? { params } : {}) } as ErrorDetail]);
    };
    const needsId = ['org_unit', 'rep', 'customer', 'product_line'].includes(input.dimension);
    const refId = needsId ? (input.refId ?? null) : null;
    const refKey = needsId ? null : (input.refKey ?? null);
    if (needsId && refId === null) problem('refId', 'target_plan.ref_required', { field: 'refId' });
    if (!needsId && refKey === null) problem('refKey', 'target_plan.ref_required', { field: 'refKey' });
    const unitInScope = (path: string) =>
      parentScope?.orgUnitId == null || path.split('/').includes(String(parentScope.orgUnitId));
    let label = '';
    let accountType: string | null = null;
    switch (input.dimension) {
      case 'org_unit': {
        const unit = await r.orgUnits.findById(refId as number);
        if (!unit) return problem('refId', 'target_plan.unknown_ref');
        if (!unitInScope(unit.path) || unit.id === parentScope?.orgUnitId)
          problem('refId', 'target_plan.child_outside_parent');
        label = unit.name;
        break;
      }
      case 'rep': {
        const user = await r.users.findById(refId as number);
        if (!user) return problem('refId', 'target_plan.unknown_ref');
        if (!unitInScope(user.orgUnitPath) || parentScope?.ownerUserId != null)
          problem('refId', 'target_plan.child_outside_parent');
        label = user.displayName;
        break;
      }
      case 'customer': {
        const account = await r.targetPlans.findAccount(refId as number);
        if (!account) return problem('refId', 'target_plan.unknown_ref');
        const s = parentScope;
        if (
          !unitInScope(account.ownerUnitPath) ||
          (s?.ownerUserId != null && s.ownerUserId !== account.ownerUserId) ||
          (s?.industry != null && s.industry !== account.industry) ||
          (s?.accountType != null && s.accountType !== account.type) ||
          s?.accountId != null
        )
          problem('refId', 'target_plan.child_outside_parent');
        label = account.name;
        accountType = account.type;
        break;
      }
      case 'product_line': {
        const line = (await r.targetPlans.productLines()).find((l) => l.id === refId);
        if (!line) return problem('refId', 'target_plan.unknown_ref');
        if (parentScope?.productLineId != null) problem('refId', 'target_plan.child_outside_parent');
        label = line.name;
        break;
      }
      case 'industry':
        if (parentScope?.industry != null || parentScope?.accountId != null)
          problem('refKey', 'target_plan.child_outside_parent');
        label = refKey as string;
        break;
      case 'account_type':
        if (!(refKey! in ACCOUNT_TYPE_LABELS)) problem('refKey', 'target_plan.unknown_ref');
        if (parentScope?.accountType != null || parentScope?.accountId != null)
          problem('refKey', 'target_plan.child_outside_parent');
        label = ACCOUNT_TYPE_LABELS[refKey as string] ?? (refKey as string);
        break;
    }
    const segment = `${input.dimension}:${refId ?? refKey}`;
    const key = input.parentKey === loaded.tree.rootKey ? segment : `${input.parentKey}/${segment}`;
    // The duplicate is reported on the field that names the child: refId, or refKey for industry and account type.
    if (loaded.tree.nodes.has(key))
      problem(needsId ? 'refId' : 'refKey', 'target_plan.duplicate_node', { label });
    return {
      key,
      parentKey: input.parentKey,
      dimension: input.dimension,
      refId,
      refKey,
      label,
      accountType,
      splitMethod: parent.splitMethod,
      timeMethod: parent.timeMethod,
      params: parent.params,
    };
  }

  return {
    /** Sets a node's year total (month null) or one month (1–12) of one metric. */
    setCell(
      actor: Actor,
      planId: number,
      input: { nodeKey: string; metric: TargetMetric; month?: number | null | undefined; value: number },
      ctx: WriteContext,
    ): Promise<TargetEditOutcome> {
      return edit(
        actor,
        planId,
        input.nodeKey,
        { action: 'target_plan.set_cell', input, history: 'path', keepPart: input.metric },
        ctx,
        (l, h) =>
          input.month == null
            ? setTotal(l.tree, input.nodeKey, input.metric, input.value, h)
            : setMonth(l.tree, input.nodeKey, input.metric, input.month, input.value, h),
      );
    },

    /** Locks or unlocks a month (1–12) or the year total (month null) of a node and metric. */
    setLock(
      actor: Actor,
      planId: number,
      input: { nodeKey: string; metric: TargetMetric; month?: number | null | undefined; locked: boolean },
      ctx: WriteContext,
    ): Promise<TargetEditOutcome> {
      return edit(actor, planId, input.nodeKey, { action: 'target_plan.set_lock', input }, ctx, (l) =>
        setLock(
          l.tree,
          input.nodeKey,
          input.metric,
          input.month == null ? { total: true } : { month: input.month },
          input.locked,
        ),
      );
    },

    /** [TGT-3] New methods for a node, re-applied below it keeping its total; `preview` saves nothing. */
    methods(
      actor: Actor,
      planId: number,
      input: MethodChange & { nodeKey: string; metric?: TargetMetric | undefined },
      preview: boolean,
      ctx: WriteContext,
    ): Promise<TargetEditOutcome> {
      const change: MethodChange = {
        ...(input.splitMethod ? { splitMethod: input.splitMethod } : {}),
        ...(input.timeMethod ? { timeMethod: input.timeMethod } : {}),
        ...(input.params ? { params: input.params } : {}),
      };
      return edit(
        actor,
        planId,
        input.nodeKey,
        { action: 'target_plan.set_methods', input, preview, history: 'subtree' },
        ctx,
        (l, h) => {
          const changed = setMethods(l.tree, input.nodeKey, change);
          if (!changed.ok) return changed;
          return redistribute(changed.tree, input.nodeKey, input.metric ?? 'all', h);
        },
      );
    },

    /** Adds a child node (org unit, rep, industry, account type, customer or product line) and re-splits the parent. */
    addNode(
      actor: Actor,
      planId: number,
      input: AddNodeInput,
      ctx: WriteContext,
    ): Promise<TargetEditOutcome> {
      return edit(
        actor,
        planId,
        input.parentKey,
        { action: 'target_plan.add_node', input, structural: true },
        ctx,
        async (l, _h, r) => {
          const node = await childNode(r, l, input);
          const grown = withChild(l.tree, node);
          // The new node has no history yet until the actuals are rebuilt: split by the parent's method, which
          // falls back to an even share (and says so) where history is missing.
          const history = await historyFor(r, l, input.parentKey, 'subtree');
          return redistribute(grown, input.parentKey, 'all', history);
        },
      );
    },

    /** Removes a node and its subtree; the parent keeps its total and its other children re-split. */
    removeNode(actor: Actor, planId: number, nodeKey: string, ctx: WriteContext): Promise<TargetEditOutcome> {
      return edit(
        actor,
        planId,
        nodeKey,
        { action: 'target_plan.remove_node', input: { nodeKey }, structural: true, atParent: true },
        ctx,
        async (l, _h, r) => {
          const parentKey = l.tree.nodes.get(nodeKey)?.parentKey ?? null;
          if (parentKey === null)
            throw validationError([
              { path: cellPath(nodeKey, null, null), message: 'target_plan.remove_root' },
            ]);
          const pruned = withoutSubtree(l.tree, nodeKey);
          if ((pruned.children.get(parentKey) ?? []).length === 0)
            return { ok: true, tree: pruned, explanations: [] };
          return redistribute(pruned, parentKey, 'all', await historyFor(r, l, parentKey, 'subtree'));
        },
      );
    },

    /** Bottom-up: every parent becomes the sum of its children (a plan filled from the leaves). */
    rollUp(actor: Actor, planId: number, ctx: WriteContext): Promise<TargetEditOutcome> {
      return edit(
        actor,
        planId,
        'company',
        { action: 'target_plan.roll_up', input: {}, wholePlan: true },
        ctx,
        (l) => rollUp(l.tree),
      );
    },

    /** [TGT-4] The Ansoff market and product of a node (both set → its growth strategy). */
    async setAnsoff(
      actor: Actor,
      planId: number,
      input: { nodeKey: string; market: AnsoffSide | null; product: AnsoffSide | null },
      ctx: WriteContext,
    ): Promise<void> {
      await transaction(async (r) => {
        const loaded = await openTargetPlanForEdit(r, actor, planId, {
          wholePlan: false,
          around: loadWholePlan ? undefined : { key: input.nodeKey },
        });
        const access = loaded.access.get(input.nodeKey);
        if (access === undefined)
          throw validationError([
            {
              path: cellPath(input.nodeKey, null, null),
              message: 'target_plan.unknown_node',
              params: { node: input.nodeKey },
            },
          ]);
        if (!mayManageTargets(actor) && access !== 'full') throw forbidden();
        const record = loaded.records.find((n) => n.key === input.nodeKey) as TargetNodeRecord;
        await r.targetPlans.setAnsoff(record.id, input.market, input.product);
        await auditTargetPlan(
          r,
          actor,
          planId,
          'target_plan.set_ansoff',
          { nodeKey: input.nodeKey, market: record.ansoffMarket, product: record.ansoffProduct },
          input,
          ctx,
        );
      });
    },
  };
}

export type TargetEditService = ReturnType<typeof createTargetEditService>;

// The target sheet round trip as use cases ([TGT-2]): export the caller's part of a plan (or the subtree under a
// node of it) as the 目标分解 sheet, and import an edited sheet all or nothing (apply-target-sheet.ts). Access is
// the target plan's (target-visibility.ts, target-plan-access.ts): whoever sees a part may export it; the
// import is an edit of a draft plan by a manager inside their part (nothing outside it may change, so their
// part's top totals hold) or by an admin/director anywhere. A refused sheet writes nothing and answers every
// problem with its cell; an applied one is saved by difference and audited.
import type { Actor } from '../org/actor.ts';
import { DomainError, forbidden, notFound } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { applyTargetSheet, type ParsedTargetSheet, type SheetProblem } from './apply-target-sheet.ts';
import { nodeScope } from './build-target-skeleton.ts';
import { diffTrees } from './decompose-target-tree.ts';
import type { TargetActualsPort } from './target-actuals-port.ts';
import type { TargetPlanRecord } from './target-plan.ts';
import {
  auditTargetPlan,
  type LoadedPlan,
  loadVisiblePlan,
  openTargetPlanForEdit,
} from './target-plan-access.ts';
import { historyYearsOf } from './target-plan-service.ts';
import { type TargetSheet, targetSheet } from './target-sheet.ts';
import type { TreeDiff } from './target-tree.ts';
import { saveTreeChanges } from './target-tree-store.ts';
import { changesOutsidePart, mayEditTargetPart, mayManageTargets } from './target-visibility.ts';

export interface TargetSheetServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  actuals: TargetActualsPort;
}

export interface TargetSheetExport {
  plan: TargetPlanRecord;
  sheet: TargetSheet;
  /** The node the sheet starts at. */
  rootKey: string;
}

export type TargetSheetImportOutcome =
  | { applied: true; changedCells: number; diff: TreeDiff; labelOf(key: string): string }
  | { applied: false; problems: SheetProblem[] };

/**
 * The node a sheet covers: `under` when the caller sees all of it; otherwise the caller's top node (the root for
 * admin and director); a caller with several separate parts must choose one.
 */
function sheetRoot(loaded: LoadedPlan, under: string | undefined): string {
  if (under !== undefined) {
    if (loaded.access.get(under) !== 'full') throw notFound('entity.target_node');
    return under;
  }
  const tops = [...loaded.access]
    .filter(([key, access]) => {
      const parent = loaded.tree.nodes.get(key)?.parentKey ?? null;
      return access === 'full' && (parent === null || loaded.access.get(parent) !== 'full');
    })
    .map(([key]) => key);
  if (tops.length !== 1) {
    throw new DomainError('validation', 'error.validation', [
      { path: 'under', message: 'target.sheet.choose_part', params: { count: tops.length } },
    ]);
  }
  return tops[0] as string;
}

export function createTargetSheetService({ repos, transaction, actuals }: TargetSheetServiceDeps) {
  return {
    /** The sheet of the caller's part of a plan, or of the subtree under `under` inside it. */
    async exportSheet(actor: Actor, planId: number, under?: string): Promise<TargetSheetExport> {
      const loaded = await loadVisiblePlan(repos, actor, planId);
      const rootKey = sheetRoot(loaded, under);
      return { plan: loaded.plan, sheet: targetSheet(loaded.tree, rootKey), rootKey };
    },

    /** Applies an edited sheet of a draft plan all or nothing; see the rule above. */
    importSheet(
      actor: Actor,
      planId: number,
      parsed: ParsedTargetSheet,
      under: string | undefined,
      ctx: WriteContext,
    ): Promise<TargetSheetImportOutcome> {
      return transaction(async (r) => {
        const loaded = await openTargetPlanForEdit(r, actor, planId, { wholePlan: false });
        const rootKey = sheetRoot(loaded, under);
        const manage = mayManageTargets(actor);
        const history = await actuals.history(r, planId, loaded.plan.year, historyYearsOf(loaded.tree));
        const result = applyTargetSheet(loaded.tree, parsed, history, rootKey);
        if (!result.ok) return { applied: false, problems: result.problems };
        const diff = diffTrees(loaded.tree, result.tree);
        if (!manage) {
          const outside = changesOutsidePart(
            loaded.access,
            diff.changes.map((c) => c.nodeKey),
          );
          if (outside.length > 0) {
            throw new DomainError('forbidden', 'target_plan.outside_part', [], {
              nodes: outside
                .slice(0, 5)
                .map((k) => loaded.tree.nodes.get(k)?.label ?? k)
                .join('、'),
            });
          }
        }
        if (diff.changes.length > 0) {
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
          await auditTargetPlan(
            r,
            actor,
            planId,
            'target_plan.import_sheet',
            null,
            { under: rootKey, cells: result.changedCells },
            ctx,
          );
        }
        const labelOf = (key: string) => result.tree.nodes.get(key)?.label ?? key;
        return { applied: true, changedCells: result.changedCells, diff, labelOf };
      });
    },

    /** Refuses callers who may not import into any plan (before the upload is read). */
    assertMayImport(actor: Actor): void {
      if (!mayEditTargetPart(actor)) throw forbidden();
    },
  };
}

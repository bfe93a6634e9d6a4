// Target plans ([TGT-1]…[TGT-4]): list and create plans, the tree the caller may see, cell and lock edits,
// method preview/apply, nodes, Ansoff, publish, new versions, diffs and the OGSM board. Every write refreshes the
// plan's tree (the engine re-balances far beyond the edited cell) and its list.
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  OgsmBoard,
  OgsmItem,
  OgsmItemInput,
  OgsmItemPatch,
  TargetAnsoffInput,
  TargetCellInput,
  TargetDiff,
  TargetEditResult,
  TargetLevel,
  TargetLockInput,
  TargetMethodsInput,
  TargetNodeAddInput,
  TargetPlanCreateInput,
  TargetPlanList,
  TargetPlanSummary,
  TargetPlanTree,
} from '../../../src/http/target/target-schemas.ts';
import type { TargetSheetImportResult } from '../../../src/http/target/target-sheet-schemas.ts';
import { apiGet, apiJson, downloadFile } from './http.ts';

export type TargetPlanSummaryT = z.infer<typeof TargetPlanSummary>;
export type TargetPlanTreeT = z.infer<typeof TargetPlanTree>;
export type TargetNodeT = TargetPlanTreeT['nodes'][number];
export type TargetCellOutT = NonNullable<TargetNodeT['cells'][keyof TargetNodeT['cells']]>;
export type TargetEditResultT = z.infer<typeof TargetEditResult>;
export type TargetDiffT = z.infer<typeof TargetDiff>;
export type TargetCellChangeT = TargetDiffT['cells'][number];
export type TargetPlanCreateInputT = z.input<typeof TargetPlanCreateInput>;
export type TargetLevelT = z.infer<typeof TargetLevel>;
export type TargetCellInputT = z.infer<typeof TargetCellInput>;
export type TargetLockInputT = z.infer<typeof TargetLockInput>;
export type TargetMethodsInputT = z.infer<typeof TargetMethodsInput>;
export type TargetNodeAddInputT = z.infer<typeof TargetNodeAddInput>;
export type TargetAnsoffInputT = z.infer<typeof TargetAnsoffInput>;
export type OgsmItemT = z.infer<typeof OgsmItem>;
export type OgsmItemInputT = z.infer<typeof OgsmItemInput>;
export type OgsmItemPatchT = z.infer<typeof OgsmItemPatch>;

export const targetKeys = {
  all: ['targets'] as const,
  list: (year: number | undefined) => ['targets', 'list', year ?? 'all'] as const,
  tree: (id: number) => ['targets', 'tree', id] as const,
  subtree: (id: number, under: string) => ['targets', 'tree', id, 'under', under] as const,
  history: (id: number) => ['targets', 'history', id] as const,
  diff: (id: number, against: number) => ['targets', 'diff', id, against] as const,
  ogsm: (id: number) => ['targets', 'ogsm', id] as const,
};

export function useTargetPlans(year: number | undefined) {
  return useQuery({
    queryKey: targetKeys.list(year),
    queryFn: ({ signal }) =>
      apiGet<z.infer<typeof TargetPlanList>>('/target-plans', { year }, signal).then((list) => list.items),
    placeholderData: (previous) => previous,
  });
}

/** Levels below the root loaded with the plan; deeper levels load when their parent is opened. */
export const TREE_DEPTH = 2;

export function useTargetTree(id: number | undefined) {
  return useQuery({
    queryKey: targetKeys.tree(id ?? 0),
    queryFn: ({ signal }) => apiGet<TargetPlanTreeT>(`/target-plans/${id}`, { depth: TREE_DEPTH }, signal),
    enabled: id !== undefined && id > 0,
  });
}

/** The node lists of the subtree answers and whether one is still loading; a module-level function, so the
 * combined result stays the same object until an answer changes (a memo keyed on it re-runs when one arrives). */
const subtreeNodeLists = (
  results: ReadonlyArray<{ data?: TargetPlanTreeT | undefined; isFetching: boolean }>,
) => ({
  nodeLists: results.map((result) => result.data?.nodes),
  loading: results.some((result) => result.isFetching && !result.data),
});

/**
 * The children of opened nodes whose children were not loaded with the plan (one level each), as one node list
 * per opened node (undefined while loading). The lists come as one array of stable identity: spreading the queries into a memo's
 * dependency list changed its length, and React then compared only the first entry, so an opened node's children
 * never appeared (QA walk).
 */
export function useTargetSubtrees(id: number, opened: readonly string[]) {
  return useQueries({
    queries: opened.map((under) => ({
      queryKey: targetKeys.subtree(id, under),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiGet<TargetPlanTreeT>(`/target-plans/${id}`, { under, depth: 1 }, signal),
      placeholderData: (previous: TargetPlanTreeT | undefined) => previous,
    })),
    combine: subtreeNodeLists,
  });
}

/** Every version of the plan's year, newest first as the server lists them. */
export function useTargetHistory(id: number, enabled: boolean) {
  return useQuery({
    queryKey: targetKeys.history(id),
    queryFn: ({ signal }) =>
      apiGet<z.infer<typeof TargetPlanList>>(`/target-plans/${id}/history`, undefined, signal).then(
        (list) => list.items,
      ),
    enabled,
  });
}

/** What changed from `against` (an older version) to plan `id`. */
export function useTargetDiff(id: number, against: number | null) {
  return useQuery({
    queryKey: targetKeys.diff(id, against ?? 0),
    queryFn: ({ signal }) => apiGet<TargetDiffT>(`/target-plans/${id}/diff`, { against }, signal),
    enabled: against !== null && against > 0,
  });
}

export function useCreateTargetPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TargetPlanCreateInputT) =>
      apiJson<TargetPlanTreeT>('POST', '/target-plans', { body: input }),
    // The editor loads the new plan at its own depth; only the lists are refreshed here.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['targets', 'list'] }),
  });
}

/** One write to a plan; afterwards its tree, versions, OGSM board (targets shown on goals) and lists refresh. */
function useTargetWrite<TInput, TResult>(planId: number, write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: targetKeys.tree(planId) });
      void queryClient.invalidateQueries({ queryKey: targetKeys.ogsm(planId) });
      void queryClient.invalidateQueries({ queryKey: ['targets', 'history'] });
      void queryClient.invalidateQueries({ queryKey: ['targets', 'list'] });
    },
  });
}

const base = (planId: number) => `/target-plans/${planId}`;

export const useSetTargetCell = (planId: number) =>
  useTargetWrite(planId, (input: TargetCellInputT) =>
    apiJson<TargetEditResultT>('PUT', `${base(planId)}/cells`, { body: input }),
  );
export const useSetTargetLock = (planId: number) =>
  useTargetWrite(planId, (input: TargetLockInputT) =>
    apiJson<TargetEditResultT>('PUT', `${base(planId)}/locks`, { body: input }),
  );
/** Methods preview: the diff and explanations of re-splitting a node, nothing saved. */
export function usePreviewTargetMethods(planId: number) {
  return useMutation({
    mutationFn: (input: TargetMethodsInputT) =>
      apiJson<TargetEditResultT>('POST', `${base(planId)}/methods/preview`, { body: input }),
  });
}
export const useApplyTargetMethods = (planId: number) =>
  useTargetWrite(planId, (input: TargetMethodsInputT) =>
    apiJson<TargetEditResultT>('POST', `${base(planId)}/methods/apply`, { body: input }),
  );
export const useAddTargetNode = (planId: number) =>
  useTargetWrite(planId, (input: TargetNodeAddInputT) =>
    apiJson<TargetEditResultT>('POST', `${base(planId)}/nodes`, { body: input }),
  );
export const useRemoveTargetNode = (planId: number) =>
  useTargetWrite(planId, (nodeKey: string) =>
    apiJson<TargetEditResultT>('DELETE', `${base(planId)}/nodes`, { query: { nodeKey } }),
  );
export const useRollUpTargets = (planId: number) =>
  useTargetWrite(planId, () => apiJson<TargetEditResultT>('POST', `${base(planId)}/roll-up`));
export const useSetTargetAnsoff = (planId: number) =>
  useTargetWrite(planId, (input: TargetAnsoffInputT) =>
    apiJson<TargetNodeT>('PUT', `${base(planId)}/ansoff`, { body: input }),
  );
export const usePublishTargetPlan = (planId: number) =>
  useTargetWrite(planId, () => apiJson<TargetPlanSummaryT>('POST', `${base(planId)}/publish`));
export const useNewTargetVersion = (planId: number) =>
  useTargetWrite(planId, () => apiJson<TargetPlanSummaryT>('POST', `${base(planId)}/new-version`));

// OGSM board ([TGT-4]).
export function useOgsmBoard(planId: number) {
  return useQuery({
    queryKey: targetKeys.ogsm(planId),
    queryFn: ({ signal }) =>
      apiGet<z.infer<typeof OgsmBoard>>(`${base(planId)}/ogsm`, undefined, signal).then(
        (board) => board.items,
      ),
  });
}
function useOgsmWrite<TInput, TResult>(planId: number, write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetKeys.ogsm(planId) }),
  });
}
export const useAddOgsmItem = (planId: number) =>
  useOgsmWrite(planId, (input: OgsmItemInputT) =>
    apiJson<OgsmItemT>('POST', `${base(planId)}/ogsm`, { body: input }),
  );
export const useUpdateOgsmItem = (planId: number) =>
  useOgsmWrite(planId, ({ itemId, patch }: { itemId: number; patch: OgsmItemPatchT }) =>
    apiJson<OgsmItemT>('PATCH', `${base(planId)}/ogsm/${itemId}`, { body: patch }),
  );
export const useRemoveOgsmItem = (planId: number) =>
  useOgsmWrite(planId, (itemId: number) => apiJson<void>('DELETE', `${base(planId)}/ogsm/${itemId}`));

// Excel round trip of the tree ([TGT-2]): the caller's part (or a subtree) as the 目标分解 workbook, and an edited
// workbook imported all or nothing, every problem named by its cell.
export type TargetSheetImportResultT = z.infer<typeof TargetSheetImportResult>;
export type TargetSheetProblemT = TargetSheetImportResultT['errors'][number];

export const downloadTargetSheet = (planId: number, under: string | undefined) =>
  downloadFile(`${base(planId)}/sheet`, { under }, `targets-${planId}.xlsx`);

export function useImportTargetSheet(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, under }: { file: File; under: string | undefined }) => {
      const form = new FormData();
      form.append('file', file);
      if (under) form.append('under', under);
      return apiJson<TargetSheetImportResultT>('POST', `${base(planId)}/sheet`, { body: form });
    },
    onSuccess: (result) => {
      if (!result.applied) return;
      void queryClient.invalidateQueries({ queryKey: targetKeys.tree(planId) });
      void queryClient.invalidateQueries({ queryKey: targetKeys.ogsm(planId) });
    },
  });
}

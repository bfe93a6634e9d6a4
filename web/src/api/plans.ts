// Key account plan ([PLAN-1]…[PLAN-11], [OPP-3]): list and create plans, the whole plan, the workflow, versions and
// changes, and every part's writes (graph, influence map, gaps, partners, voices, goals, actions, reviews).
// Every write answers with (a part of) the plan; the hooks refresh the whole plan so derived figures (health,
// SMART, gap priority) are always the server's.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActionInput,
  ActionPatch,
  DmuInput,
  EdgeInput,
  GapActionInput,
  GapInput,
  GoalInput,
  GoalPatch,
  InfluenceEntryInput,
  InfluenceEntryPatch,
  InfluenceLineInput,
  NodeInput,
  NodePatch,
  PartnersInput,
  PlanCreateInput,
  PlanHeaderInput,
  ReviewActionItemsInput,
  ReviewInput,
  ReviewPatch,
  ReviewSeriesInput,
  VoicesInput,
} from '../../../src/http/plan/plan-schemas.ts';
import type {
  Changes,
  NodeDetail,
  Plan,
  PlanConfigBody,
  PlanConfigDoc,
  PlanList,
  ReviewList,
  Versions,
} from '../../../src/http/plan/plan-view-schemas.ts';
import { apiGet, apiJson, downloadFile } from './http.ts';

export type PlanT = z.infer<typeof Plan>;
export type PlanSummaryT = z.infer<typeof PlanList>['items'][number];
export type PlanNodeT = PlanT['graph']['nodes'][number];
export type PlanEdgeT = PlanT['graph']['edges'][number];
export type OpportunityT = PlanT['opportunities'][number];
export type InfluenceEntryT = PlanT['relationships']['influenceMap']['entries'][number];
export type InfluenceLineT = PlanT['relationships']['influenceMap']['lines'][number];
export type GapT = PlanT['relationships']['gaps'][number];
export type PartnerT = PlanT['relationships']['partners'][number];
export type VoiceT = PlanT['relationships']['voices'][number];
export type GoalT = PlanT['goals'][number];
export type ActionT = PlanT['actions'][number];
export type NodeDetailT = z.infer<typeof NodeDetail>;
export type ChangesT = z.infer<typeof Changes>;
export type VersionsT = z.infer<typeof Versions>;
export type ReviewT = z.infer<typeof ReviewList>['items'][number];
export type PlanCreateInputT = z.infer<typeof PlanCreateInput>;
export type PlanHeaderInputT = z.infer<typeof PlanHeaderInput>;
export type NodeInputT = z.infer<typeof NodeInput>;
export type NodePatchT = z.infer<typeof NodePatch>;
export type EdgeInputT = z.infer<typeof EdgeInput>;
export type DmuInputT = z.infer<typeof DmuInput>;
export type InfluenceEntryInputT = z.infer<typeof InfluenceEntryInput>;
export type InfluenceEntryPatchT = z.infer<typeof InfluenceEntryPatch>;
export type InfluenceLineInputT = z.infer<typeof InfluenceLineInput>;
export type GapInputT = z.infer<typeof GapInput>;
export type GapActionInputT = z.infer<typeof GapActionInput>;
export type PartnersInputT = z.infer<typeof PartnersInput>;
export type VoicesInputT = z.infer<typeof VoicesInput>;
export type GoalInputT = z.infer<typeof GoalInput>;
export type GoalPatchT = z.infer<typeof GoalPatch>;
export type ActionInputT = z.infer<typeof ActionInput>;
export type ActionPatchT = z.infer<typeof ActionPatch>;
export type ReviewInputT = z.infer<typeof ReviewInput>;
export type ReviewPatchT = z.infer<typeof ReviewPatch>;
export type ReviewSeriesInputT = z.infer<typeof ReviewSeriesInput>;
export type ReviewActionItemsInputT = z.infer<typeof ReviewActionItemsInput>;
export type NodeLevel = NodeInputT['level'];
export type WorkflowEvent = 'submit' | 'approve' | 'return';

export interface PlanListParams {
  accountId?: number | undefined;
  planYear?: number | undefined;
  status?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export const planKeys = {
  all: ['plans'] as const,
  list: (params: PlanListParams) => ['plans', 'list', params] as const,
  detail: (id: number) => ['plans', 'detail', id] as const,
  changes: (id: number) => ['plans', 'changes', id] as const,
  versions: (id: number) => ['plans', 'versions', id] as const,
  node: (id: number, nodeId: number) => ['plans', 'node', id, nodeId] as const,
  reviews: (id: number) => ['plans', 'reviews', id] as const,
};

export function usePlans(params: PlanListParams = {}) {
  return useQuery({
    queryKey: planKeys.list(params),
    queryFn: ({ signal }) => apiGet<z.infer<typeof PlanList>>('/plans', { ...params }, signal),
    placeholderData: (previous) => previous,
  });
}

export function usePlan(id: number | undefined) {
  return useQuery({
    queryKey: planKeys.detail(id ?? 0),
    queryFn: ({ signal }) => apiGet<PlanT>(`/plans/${id}`, undefined, signal),
    enabled: id !== undefined && id > 0,
  });
}

export function usePlanChanges(id: number) {
  return useQuery({
    queryKey: planKeys.changes(id),
    queryFn: ({ signal }) => apiGet<ChangesT>(`/plans/${id}/changes`, undefined, signal),
  });
}

export function usePlanVersions(id: number) {
  return useQuery({
    queryKey: planKeys.versions(id),
    queryFn: ({ signal }) => apiGet<VersionsT>(`/plans/${id}/versions`, undefined, signal),
  });
}

/** What a node serves (upstream) and what serves it (downstream), all the way along the chain. */
export function usePlanNode(id: number, nodeId: number | undefined) {
  return useQuery({
    queryKey: planKeys.node(id, nodeId ?? 0),
    queryFn: ({ signal }) => apiGet<NodeDetailT>(`/plans/${id}/nodes/${nodeId}`, undefined, signal),
    enabled: nodeId !== undefined && nodeId > 0,
  });
}

export function usePlanReviews(id: number) {
  return useQuery({
    queryKey: planKeys.reviews(id),
    queryFn: ({ signal }) => apiGet<{ items: ReviewT[] }>(`/plans/${id}/reviews`, undefined, signal),
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanCreateInputT) => apiJson<PlanT>('POST', '/plans', { body: input }),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
    },
  });
}

/**
 * One write to a plan: after it succeeds the plan, its changes, node chains, reviews and the plan list are
 * refetched (health, status and derived figures move with almost every write).
 */
function usePlanWrite<TInput, TResult = unknown>(planId: number, write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (result) => {
      if (isPlan(result, planId)) queryClient.setQueryData(planKeys.detail(planId), result);
      void queryClient.invalidateQueries({ queryKey: planKeys.detail(planId) });
      void queryClient.invalidateQueries({ queryKey: planKeys.changes(planId) });
      void queryClient.invalidateQueries({ queryKey: ['plans', 'node', planId] });
      void queryClient.invalidateQueries({ queryKey: planKeys.reviews(planId) });
      void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

function isPlan(value: unknown, planId: number): value is PlanT {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return candidate.id === planId && 'graph' in candidate && 'health' in candidate;
}

const base = (planId: number) => `/plans/${planId}`;

export const useUpdatePlanHeader = (planId: number) =>
  usePlanWrite(planId, (input: PlanHeaderInputT) => apiJson<PlanT>('PATCH', base(planId), { body: input }));

/** Submit, approve or return; versions refresh too (an approval stores one). */
export function usePlanWorkflow(planId: number) {
  const queryClient = useQueryClient();
  const mutation = usePlanWrite(
    planId,
    ({ event, comment }: { event: WorkflowEvent; comment: string | null }) =>
      apiJson<PlanT>('POST', `${base(planId)}/${event}`, { body: { comment } }),
  );
  return {
    ...mutation,
    run: (event: WorkflowEvent, comment: string | null) =>
      mutation.mutateAsync({ event, comment }).then((plan) => {
        void queryClient.invalidateQueries({ queryKey: planKeys.versions(planId) });
        return plan;
      }),
  };
}

// Strategic and execution map ([PLAN-2], [PLAN-3]).
export const useAddNode = (planId: number) =>
  usePlanWrite(planId, (input: NodeInputT) =>
    apiJson<NodeDetailT>('POST', `${base(planId)}/nodes`, { body: input }),
  );
export const useUpdateNode = (planId: number) =>
  usePlanWrite(planId, ({ nodeId, patch }: { nodeId: number; patch: NodePatchT }) =>
    apiJson<NodeDetailT>('PATCH', `${base(planId)}/nodes/${nodeId}`, { body: patch }),
  );
export const useDeleteNode = (planId: number) =>
  usePlanWrite(planId, (nodeId: number) => apiJson<void>('DELETE', `${base(planId)}/nodes/${nodeId}`));
export const useAddEdge = (planId: number) =>
  usePlanWrite(planId, (input: EdgeInputT) =>
    apiJson<unknown>('POST', `${base(planId)}/edges`, { body: input }),
  );
export const useDeleteEdge = (planId: number) =>
  usePlanWrite(planId, (edgeId: number) => apiJson<void>('DELETE', `${base(planId)}/edges/${edgeId}`));

/** [OPP-3] the opportunity's decision-making unit, replaced as a whole. */
export const useSetDmu = (planId: number) =>
  usePlanWrite(planId, ({ opportunityId, input }: { opportunityId: number; input: DmuInputT }) =>
    apiJson<unknown>('PUT', `${base(planId)}/opportunities/${opportunityId}/dmu`, { body: input }),
  );

// Influence map ([PLAN-4]).
export const useAddInfluenceEntry = (planId: number) =>
  usePlanWrite(planId, (input: InfluenceEntryInputT) =>
    apiJson<unknown>('POST', `${base(planId)}/influence-map/entries`, { body: input }),
  );
export const useUpdateInfluenceEntry = (planId: number) =>
  usePlanWrite(planId, ({ entryId, patch }: { entryId: number; patch: InfluenceEntryPatchT }) =>
    apiJson<unknown>('PATCH', `${base(planId)}/influence-map/entries/${entryId}`, { body: patch }),
  );
export const useRemoveInfluenceEntry = (planId: number) =>
  usePlanWrite(planId, (entryId: number) =>
    apiJson<unknown>('DELETE', `${base(planId)}/influence-map/entries/${entryId}`),
  );
export const useAddInfluenceLine = (planId: number) =>
  usePlanWrite(planId, (input: InfluenceLineInputT) =>
    apiJson<unknown>('POST', `${base(planId)}/influence-map/lines`, { body: input }),
  );
export const useRemoveInfluenceLine = (planId: number) =>
  usePlanWrite(planId, (lineId: number) =>
    apiJson<unknown>('DELETE', `${base(planId)}/influence-map/lines/${lineId}`),
  );
/** Sets whom a contact reports to (the contact's own field; the server refuses cycles). */
export const useSetReportingLine = (planId: number) =>
  usePlanWrite(planId, ({ contactId, reportsToId }: { contactId: number; reportsToId: number | null }) =>
    apiJson<unknown>('PUT', `${base(planId)}/reporting-lines/${contactId}`, { body: { reportsToId } }),
  );

// Relationship gaps ([PLAN-5]), partners and voice of the customer ([PLAN-6]).
export const useSetGap = (planId: number) =>
  usePlanWrite(planId, (input: GapInputT) =>
    apiJson<unknown>('PUT', `${base(planId)}/gaps`, { body: input }),
  );
export const useRemoveGap = (planId: number) =>
  usePlanWrite(planId, (gapId: number) => apiJson<unknown>('DELETE', `${base(planId)}/gaps/${gapId}`));
export const useGapToAction = (planId: number) =>
  usePlanWrite(planId, ({ gapId, input }: { gapId: number; input: GapActionInputT }) =>
    apiJson<unknown>('POST', `${base(planId)}/gaps/${gapId}/action`, { body: input }),
  );
export const useSetPartners = (planId: number) =>
  usePlanWrite(planId, (input: PartnersInputT) =>
    apiJson<unknown>('PUT', `${base(planId)}/partners`, { body: input }),
  );
export const useSetVoices = (planId: number) =>
  usePlanWrite(planId, (input: VoicesInputT) =>
    apiJson<unknown>('PUT', `${base(planId)}/voices`, { body: input }),
  );

// Goals and actions ([PLAN-7]).
export const useAddGoal = (planId: number) =>
  usePlanWrite(planId, (input: GoalInputT) =>
    apiJson<unknown>('POST', `${base(planId)}/goals`, { body: input }),
  );
export const useUpdateGoal = (planId: number) =>
  usePlanWrite(planId, ({ goalId, patch }: { goalId: number; patch: GoalPatchT }) =>
    apiJson<unknown>('PATCH', `${base(planId)}/goals/${goalId}`, { body: patch }),
  );
export const useRemoveGoal = (planId: number) =>
  usePlanWrite(planId, (goalId: number) => apiJson<unknown>('DELETE', `${base(planId)}/goals/${goalId}`));
export const useAddAction = (planId: number) =>
  usePlanWrite(planId, (input: ActionInputT) =>
    apiJson<unknown>('POST', `${base(planId)}/actions`, { body: input }),
  );
export const useUpdateAction = (planId: number) =>
  usePlanWrite(planId, ({ actionId, patch }: { actionId: number; patch: ActionPatchT }) =>
    apiJson<unknown>('PATCH', `${base(planId)}/actions/${actionId}`, { body: patch }),
  );
export const useRemoveAction = (planId: number) =>
  usePlanWrite(planId, (actionId: number) =>
    apiJson<unknown>('DELETE', `${base(planId)}/actions/${actionId}`),
  );

// Reviews ([PLAN-10]).
export const useScheduleReview = (planId: number) =>
  usePlanWrite(planId, (input: ReviewInputT) =>
    apiJson<ReviewT>('POST', `${base(planId)}/reviews`, { body: input }),
  );
/** A review of one cadence on every step from a date to the end of the plan year. */
export const useScheduleReviewSeries = (planId: number) =>
  usePlanWrite(planId, (input: ReviewSeriesInputT) =>
    apiJson<{ items: ReviewT[] }>('POST', `${base(planId)}/reviews/series`, { body: input }),
  );
/** Generates a review's agenda again from what changed since the previous review. */
export const useRefreshAgenda = (planId: number) =>
  usePlanWrite(planId, (reviewId: number) =>
    apiJson<ReviewT>('POST', `${base(planId)}/reviews/${reviewId}/agenda`),
  );
export const useRecordReview = (planId: number) =>
  usePlanWrite(planId, ({ reviewId, patch }: { reviewId: number; patch: ReviewPatchT }) =>
    apiJson<ReviewT>('PATCH', `${base(planId)}/reviews/${reviewId}`, { body: patch }),
  );
export const useReviewActionItems = (planId: number) =>
  usePlanWrite(planId, ({ reviewId, input }: { reviewId: number; input: ReviewActionItemsInputT }) =>
    apiJson<unknown>('POST', `${base(planId)}/reviews/${reviewId}/action-items`, { body: input }),
  );

/** The plan's files ([PLAN-9]): the briefing deck as PPTX or PDF (in the UI's language) and the plan as .xlsx. */
export type PlanFile = 'pptx' | 'pdf' | 'xlsx';
export const downloadPlanFile = (planId: number, file: PlanFile) =>
  downloadFile(
    file === 'xlsx' ? `/plans/${planId}/export.xlsx` : `/plans/${planId}/briefing.${file}`,
    undefined,
    `plan-${planId}.${file}`,
  );

/** [PLAN-5], [PLAN-7], [PLAN-8] the plan settings in force and saving a new version (admins, directors). */
export type PlanConfigT = z.infer<typeof PlanConfigBody>;
export function usePlanConfig() {
  return useQuery({
    queryKey: ['plans', 'config'] as const,
    queryFn: ({ signal }) => apiGet<z.infer<typeof PlanConfigDoc>>('/plan-config', undefined, signal),
  });
}
export function useSavePlanConfig() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (config: PlanConfigT) =>
      apiJson<z.infer<typeof PlanConfigDoc>>('PUT', '/plan-config', { body: { config } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans'] }),
  });
}

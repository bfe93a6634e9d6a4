// Classification and segmentation ([SEG-1]…[SEG-8], [ACC-5]): company settings with preview, recompute jobs,
// the dashboard and its drill-downs, movements, and per account the classification, history, assessment
// and overrides.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SegmentationConfig } from '../../../src/core/segmentation/segmentation-config-types.ts';
import type { AccountAssessment } from '../../../src/core/segmentation/segmentation-types.ts';
import type {
  ProductLineBcgItemT,
  ProductLineBcgT,
} from '../../../src/http/segmentation/product-line-schemas.ts';
import type {
  AccountClassificationT,
  AssessmentDocT,
  ClassificationHistory,
  ConfigPreviewT,
  DashboardT,
  JobT,
  MODEL_KEYS,
  ModelResultT,
  MovementT,
  SegmentAccountT,
  SegmentationConfigDocT,
} from '../../../src/http/segmentation/segmentation-schemas.ts';
import { ApiError, apiGet, apiJson } from './http.ts';

export type {
  AccountAssessment,
  AccountClassificationT,
  AssessmentDocT,
  ConfigPreviewT,
  DashboardT,
  JobT,
  ModelResultT,
  MovementT,
  ProductLineBcgItemT,
  ProductLineBcgT,
  SegmentAccountT,
  SegmentationConfig,
  SegmentationConfigDocT,
};

export type ModelKey = (typeof MODEL_KEYS)[number];
export type ClassificationHistoryT = z.infer<typeof ClassificationHistory>;
export type HistoryItemT = ClassificationHistoryT['items'][number];
export type MovementDirection = MovementT['direction'];

/** The drill-down filters: a model and its value, or a cell of the X/Y grid. */
export interface SegmentAccountsParams {
  model: ModelKey;
  value?: string | undefined;
  x?: number | undefined;
  y?: number | undefined;
  period?: string | undefined;
  regionId?: number | undefined;
  limit: number;
  offset: number;
}

export interface MovementParams {
  period?: string | undefined;
  model?: ModelKey | undefined;
  direction?: MovementDirection | undefined;
  limit: number;
  offset: number;
}

export const segmentationKeys = {
  all: ['segmentation'] as const,
  config: ['segmentation', 'config'] as const,
  dashboard: (period: string | undefined, regionId: number | undefined) =>
    ['segmentation', 'dashboard', period ?? '', regionId ?? 0] as const,
  accounts: (params: SegmentAccountsParams) => ['segmentation', 'accounts', params] as const,
  movements: (params: MovementParams) => ['segmentation', 'movements', params] as const,
  job: (id: number) => ['segmentation', 'job', id] as const,
  latestJob: ['segmentation', 'job', 'latest'] as const,
  classification: (accountId: number, period: string | undefined) =>
    ['classification', accountId, 'current', period ?? ''] as const,
  history: (accountId: number, model: ModelKey | undefined) =>
    ['classification', accountId, 'history', model ?? ''] as const,
  assessment: (accountId: number) => ['classification', accountId, 'assessment'] as const,
  productLines: (accountId: number) => ['classification', accountId, 'productLines'] as const,
};

/** The configuration in force; `config` is validated by the server, so it is read as the core type. */
export function useSegmentationConfig() {
  return useQuery({
    queryKey: segmentationKeys.config,
    queryFn: ({ signal }) => apiGet<SegmentationConfigDocT>('/segmentation/config', undefined, signal),
    staleTime: 5 * 60_000,
    select: (doc) => ({ ...doc, config: doc.config as unknown as SegmentationConfig }),
  });
}

/** The newest recompute job, or null when none ever ran. */
async function latestJobOrNull(signal?: AbortSignal): Promise<JobT | null> {
  try {
    return await apiGet<JobT>('/segmentation/jobs/latest', undefined, signal);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') return null;
    throw error;
  }
}

/**
 * Saves a new config version; the server then recomputes every account in a background job. The answer
 * carries the id of the newest job before the save, so the caller can tell the save's job from older ones
 * (the PUT answers the config only).
 */
export function useSaveSegmentationConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (config: SegmentationConfig) => {
      const before = await latestJobOrNull();
      const doc = await apiJson<SegmentationConfigDocT>('PUT', '/segmentation/config', { body: { config } });
      return { doc, previousJobId: before?.id ?? 0 };
    },
    onSuccess: ({ doc }) => {
      queryClient.setQueryData(segmentationKeys.config, doc);
      void queryClient.invalidateQueries({ queryKey: segmentationKeys.latestJob });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** How many accounts would change class under a draft configuration (nothing is saved). */
export function usePreviewSegmentationConfig() {
  return useMutation({
    mutationFn: (config: SegmentationConfig) =>
      apiJson<ConfigPreviewT>('POST', '/segmentation/config/preview', { body: { config } }),
  });
}

/** Starts recomputing every account (202 with the job to poll). */
export function useRecomputeAll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiJson<JobT>('POST', '/segmentation/recompute', { body: {} }),
    onSuccess: (job) => {
      queryClient.setQueryData(segmentationKeys.latestJob, job);
      void queryClient.invalidateQueries({ queryKey: segmentationKeys.latestJob });
    },
  });
}

const isRunning = (job: JobT | null | undefined) => job?.status === 'queued' || job?.status === 'running';

/** The latest recompute job (null when none ran yet), polled every second while it runs. */
export function useLatestJob(enabled = true) {
  return useQuery({
    queryKey: segmentationKeys.latestJob,
    queryFn: ({ signal }) => latestJobOrNull(signal),
    enabled,
    staleTime: 0,
    refetchInterval: (query) => (isRunning(query.state.data) ? 1000 : false),
  });
}

export function useJob(id: number | undefined) {
  return useQuery({
    queryKey: segmentationKeys.job(id ?? 0),
    queryFn: ({ signal }) => apiGet<JobT>(`/segmentation/jobs/${id}`, undefined, signal),
    enabled: id !== undefined,
    staleTime: 0,
    refetchInterval: (query) => (isRunning(query.state.data) ? 1000 : false),
  });
}

export function useSegmentationDashboard(period: string | undefined, regionId: number | undefined) {
  return useQuery({
    queryKey: segmentationKeys.dashboard(period, regionId),
    queryFn: ({ signal }) => apiGet<DashboardT>('/segmentation/dashboard', { period, regionId }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSegmentAccounts(params: SegmentAccountsParams, enabled = true) {
  return useQuery({
    queryKey: segmentationKeys.accounts(params),
    queryFn: ({ signal }) =>
      apiGet<{ items: SegmentAccountT[]; total: number }>('/segmentation/accounts', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMovements(params: MovementParams, enabled = true) {
  return useQuery({
    queryKey: segmentationKeys.movements(params),
    queryFn: ({ signal }) =>
      apiGet<{ items: MovementT[]; total: number }>('/segmentation/movements', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useClassification(accountId: number, period: string | undefined) {
  return useQuery({
    queryKey: segmentationKeys.classification(accountId, period),
    queryFn: ({ signal }) =>
      apiGet<AccountClassificationT>(`/accounts/${accountId}/classification`, { period }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The account's product lines in the BCG matrix this month ([SEG-8]). */
export function useProductLineBcg(accountId: number) {
  return useQuery({
    queryKey: segmentationKeys.productLines(accountId),
    queryFn: ({ signal }) =>
      apiGet<ProductLineBcgT>(`/accounts/${accountId}/product-lines`, undefined, signal),
  });
}

export function useClassificationHistory(accountId: number, model?: ModelKey) {
  return useQuery({
    queryKey: segmentationKeys.history(accountId, model),
    queryFn: ({ signal }) =>
      apiGet<ClassificationHistoryT>(`/accounts/${accountId}/classification/history`, { model }, signal),
  });
}

export function useAssessment(accountId: number) {
  return useQuery({
    queryKey: segmentationKeys.assessment(accountId),
    queryFn: ({ signal }) => apiGet<AssessmentDocT>(`/accounts/${accountId}/assessment`, undefined, signal),
    select: (doc) => ({ ...doc, assessment: doc.assessment as AccountAssessment }),
  });
}

/** After any write that changes an account's classes: its classification, history and the dashboards. */
function useRefreshClassification(accountId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['classification', accountId] });
    void queryClient.invalidateQueries({ queryKey: ['value', accountId] });
    void queryClient.invalidateQueries({ queryKey: segmentationKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
}

/** Saves the assessment (the server recomputes the account at once), then reads the new classes. */
export function useSaveAssessment(accountId: number) {
  const refresh = useRefreshClassification(accountId);
  return useMutation({
    mutationFn: async (assessment: AccountAssessment) => {
      const doc = await apiJson<AssessmentDocT>('PUT', `/accounts/${accountId}/assessment`, {
        body: assessment,
      });
      const classification = await apiGet<AccountClassificationT>(`/accounts/${accountId}/classification`);
      return { doc, classification };
    },
    onSuccess: refresh,
  });
}

/** Recomputes one account now (200 with its classification). */
export function useRecomputeAccount(accountId: number) {
  const refresh = useRefreshClassification(accountId);
  return useMutation({
    mutationFn: () =>
      apiJson<AccountClassificationT>('POST', '/segmentation/recompute', { body: { accountId } }),
    onSuccess: refresh,
  });
}

export function useSetOverride(accountId: number) {
  const refresh = useRefreshClassification(accountId);
  return useMutation({
    mutationFn: (input: { model: ModelKey; value: string; reason: string }) =>
      apiJson<unknown>('POST', `/accounts/${accountId}/overrides`, { body: input }),
    onSuccess: refresh,
  });
}

export function useRemoveOverride(accountId: number) {
  const refresh = useRefreshClassification(accountId);
  return useMutation({
    mutationFn: (model: ModelKey) => apiJson<unknown>('DELETE', `/accounts/${accountId}/overrides/${model}`),
    onSuccess: refresh,
  });
}

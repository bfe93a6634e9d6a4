// Target tracking ([TGT-5]): plans, the visible tree, a node's attainment, seed 004's three rates, ranking,
// waterfall, order lines behind a node, the completion sheet download, and market sizes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  MarketSize,
  MarketSizeInput,
  MarketSizeList,
  NodeAttainment,
  NodeOrderLines,
  Ranking,
  ThreeRates,
  TrackedPlanList,
  TrackingTree,
  Waterfall,
} from '../../../src/http/target/target-tracking-schemas.ts';
import { apiGet, apiJson, downloadFile } from './http.ts';

export type NodeAttainmentT = z.infer<typeof NodeAttainment>;
export type MetricAttainmentT = NodeAttainmentT['metrics'][number];
export type TrackingTreeT = z.infer<typeof TrackingTree>;
export type TrackedNodeT = TrackingTreeT['nodes'][number];
export type RankingT = z.infer<typeof Ranking>;
export type WaterfallT = z.infer<typeof Waterfall>;
export type ThreeRatesT = z.infer<typeof ThreeRates>;
export type NodeOrderLinesT = z.infer<typeof NodeOrderLines>;
export type MarketSizeT = z.infer<typeof MarketSize>;
export type MarketSizeInputT = z.input<typeof MarketSizeInput>;
export type MoneyMetric = MetricAttainmentT['metric'];
export type TrackingPeriod = 'ytd' | 'year' | 'month';

const plan = (planId: number) => `/target-tracking/plans/${planId}`;
const node = (planId: number, nodeId: number) => `${plan(planId)}/nodes/${nodeId}`;

export function useTrackedPlans() {
  return useQuery({
    queryKey: ['target-tracking', 'plans'],
    queryFn: ({ signal }) =>
      apiGet<z.infer<typeof TrackedPlanList>>('/target-tracking/plans', undefined, signal),
  });
}

export function useTrackingTree(planId: number | undefined) {
  return useQuery({
    queryKey: ['target-tracking', planId, 'tree'],
    queryFn: ({ signal }) => apiGet<TrackingTreeT>(`${plan(planId ?? 0)}/tree`, undefined, signal),
    enabled: planId !== undefined,
  });
}

export function useNodeAttainment(planId: number | undefined, nodeId: number | undefined) {
  return useQuery({
    queryKey: ['target-tracking', planId, nodeId, 'attainment'],
    queryFn: ({ signal }) =>
      apiGet<NodeAttainmentT>(`${node(planId ?? 0, nodeId ?? 0)}/attainment`, undefined, signal),
    enabled: planId !== undefined && nodeId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useThreeRates(planId: number | undefined, nodeId: number | undefined) {
  return useQuery({
    queryKey: ['target-tracking', planId, nodeId, 'rates'],
    queryFn: ({ signal }) =>
      apiGet<ThreeRatesT>(`${node(planId ?? 0, nodeId ?? 0)}/rates`, undefined, signal),
    enabled: planId !== undefined && nodeId !== undefined,
  });
}

export interface PeriodParams {
  metric: MoneyMetric;
  period: TrackingPeriod;
  month?: number | undefined;
}

export function useRanking(
  planId: number | undefined,
  nodeId: number | undefined,
  params: PeriodParams & { dimension?: string | undefined },
) {
  return useQuery({
    queryKey: ['target-tracking', planId, nodeId, 'ranking', params],
    queryFn: ({ signal }) =>
      apiGet<RankingT>(`${node(planId ?? 0, nodeId ?? 0)}/ranking`, { ...params }, signal),
    enabled: planId !== undefined && nodeId !== undefined,
  });
}

export function useWaterfall(planId: number | undefined, nodeId: number | undefined, params: PeriodParams) {
  return useQuery({
    queryKey: ['target-tracking', planId, nodeId, 'waterfall', params],
    queryFn: ({ signal }) =>
      apiGet<WaterfallT>(`${node(planId ?? 0, nodeId ?? 0)}/waterfall`, { ...params }, signal),
    enabled: planId !== undefined && nodeId !== undefined,
  });
}

export function useNodeOrderLines(
  planId: number | undefined,
  nodeId: number | undefined,
  params: { month?: number | undefined; limit: number; offset: number },
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['target-tracking', planId, nodeId, 'order-lines', params],
    queryFn: ({ signal }) =>
      apiGet<NodeOrderLinesT>(`${node(planId ?? 0, nodeId ?? 0)}/order-lines`, { ...params }, signal),
    enabled: enabled && planId !== undefined && nodeId !== undefined,
    placeholderData: keepPreviousData,
  });
}

export const downloadCompletionSheet = (planId: number, nodeId: number | undefined) =>
  downloadFile(`${plan(planId)}/completion.xlsx`, { nodeId }, `target-completion-${planId}.xlsx`);

export function useRefreshActuals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (planId: number) =>
      apiJson<{ plans: number; rows: number }>('POST', '/target-tracking/refresh', { body: { planId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['target-tracking'] }),
  });
}

export function useMarketSizes(year: number | undefined) {
  return useQuery({
    queryKey: ['market-sizes', year],
    queryFn: ({ signal }) => apiGet<z.infer<typeof MarketSizeList>>('/market-sizes', { year }, signal),
  });
}

export function useSetMarketSize() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarketSizeInputT) => apiJson<MarketSizeT>('PUT', '/market-sizes', { body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['market-sizes'] });
      void queryClient.invalidateQueries({ queryKey: ['target-tracking'] });
    },
  });
}

export function useRemoveMarketSize() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiJson<void>('DELETE', `/market-sizes/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['market-sizes'] }),
  });
}

// Account value ([VAL-1] P&L, [VAL-2] CLV, [VAL-3] share of wallet and whitespace), background and 3C research
// ([ACC-3]) and the contact profile questionnaire ([ACC-4]).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AccountValueT,
  BackgroundT,
  CostDriversInput,
  PnlT,
  ProfileQuestionInput,
  ProfileQuestionT,
  WHITESPACE_STATUS,
  WhitespaceInputT,
  WhitespaceT,
} from '../../../src/http/value/value-schemas.ts';
import { apiGet, apiJson, downloadFile } from './http.ts';

export type { AccountValueT, BackgroundT, PnlT, ProfileQuestionT, WhitespaceInputT, WhitespaceT };
export type CostDriversInputT = z.infer<typeof CostDriversInput>;
export type ProfileQuestionInputT = z.infer<typeof ProfileQuestionInput>;
export type WhitespaceStatus = (typeof WHITESPACE_STATUS)[number];
export type WhitespaceCellT = WhitespaceT['cells'][number];
export type ProfileBlock = ProfileQuestionT['block'];

export const valueKeys = {
  value: (accountId: number) => ['value', accountId, 'pnl'] as const,
  whitespace: (accountId: number) => ['value', accountId, 'whitespace'] as const,
  background: (accountId: number) => ['value', accountId, 'background'] as const,
  questions: ['profile-questions'] as const,
};

export function useAccountValue(accountId: number) {
  return useQuery({
    queryKey: valueKeys.value(accountId),
    queryFn: ({ signal }) => apiGet<AccountValueT>(`/accounts/${accountId}/value`, undefined, signal),
  });
}

/** Saves the account's cost-to-serve drivers; the answer is the recomputed value. */
export function useSaveCostDrivers(accountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CostDriversInputT) =>
      apiJson<AccountValueT>('PUT', `/accounts/${accountId}/cost-drivers`, { body: input }),
    onSuccess: (value) => {
      queryClient.setQueryData(valueKeys.value(accountId), value);
      void queryClient.invalidateQueries({ queryKey: ['classification', accountId] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export function useWhitespace(accountId: number) {
  return useQuery({
    queryKey: valueKeys.whitespace(accountId),
    queryFn: ({ signal }) => apiGet<WhitespaceT>(`/accounts/${accountId}/whitespace`, undefined, signal),
  });
}

/** Replaces the whole grid (all-or-nothing on the server). */
export function useSaveWhitespace(accountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WhitespaceInputT) =>
      apiJson<WhitespaceT>('PUT', `/accounts/${accountId}/whitespace`, { body: input }),
    onSuccess: (whitespace) => {
      queryClient.setQueryData(valueKeys.whitespace(accountId), whitespace);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export const downloadWhitespace = (accountId: number) =>
  downloadFile(`/accounts/${accountId}/whitespace/export`, undefined, `whitespace-${accountId}.xlsx`);

export function useBackground(accountId: number) {
  return useQuery({
    queryKey: valueKeys.background(accountId),
    queryFn: ({ signal }) => apiGet<BackgroundT>(`/accounts/${accountId}/background`, undefined, signal),
  });
}

export function useSaveBackground(accountId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sections: Record<string, string>) =>
      apiJson<BackgroundT>('PUT', `/accounts/${accountId}/background`, { body: { sections } }),
    onSuccess: (background) => {
      queryClient.setQueryData(valueKeys.background(accountId), background);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

/** The blocks in the order of seed 001 (personal, interpersonal, work). */
const BLOCK_ORDER: readonly ProfileBlock[] = ['personal', 'interpersonal', 'work'];

/** Every question, active or not, in block and sort order; contact screens show only the active ones. */
export function useProfileQuestions() {
  return useQuery({
    queryKey: valueKeys.questions,
    queryFn: ({ signal }) => apiGet<{ items: ProfileQuestionT[] }>('/profile-questions', undefined, signal),
    staleTime: 5 * 60_000,
    select: (data) =>
      [...data.items].sort(
        (a, b) =>
          BLOCK_ORDER.indexOf(a.block) - BLOCK_ORDER.indexOf(b.block) ||
          a.sortOrder - b.sortOrder ||
          a.id - b.id,
      ),
  });
}

export function useSaveProfileQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number | undefined; input: ProfileQuestionInputT }) =>
      id === undefined
        ? apiJson<ProfileQuestionT>('POST', '/profile-questions', { body: input })
        : apiJson<ProfileQuestionT>('PATCH', `/profile-questions/${id}`, { body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: valueKeys.questions });
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
    },
  });
}

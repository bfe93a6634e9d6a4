// Accounts ([ACC-1], [ACC-2]): list, detail, revenue, writes, archive/restore and the account team.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccountDetailT,
  AccountInputT,
  AccountListItemT,
  AccountListQueryT,
  AccountPatchT,
  AccountRevenueT,
  TeamInputT,
} from '../../../src/http/account/account-schemas.ts';
import { apiGet, apiJson } from './http.ts';

export type { AccountDetailT, AccountInputT, AccountListItemT, AccountPatchT, AccountRevenueT, TeamInputT };

/** List filters as the URL and the API take them; every key optional (the server has defaults). */
export type AccountListParams = Partial<AccountListQueryT>;
export type AccountSort = AccountListQueryT['sort'];
export type AccountStatusFilter = AccountListQueryT['status'];

export const accountKeys = {
  all: ['accounts'] as const,
  list: (params: AccountListParams) => ['accounts', 'list', params] as const,
  detail: (id: number) => ['accounts', 'detail', id] as const,
  revenue: (id: number, years: number) => ['accounts', 'revenue', id, years] as const,
  facets: ['accounts', 'facets'] as const,
};

export function useAccounts(params: AccountListParams, enabled = true) {
  return useQuery({
    queryKey: accountKeys.list(params),
    queryFn: ({ signal }) =>
      apiGet<{ items: AccountListItemT[]; total: number }>('/accounts', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAccount(id: number | undefined) {
  return useQuery({
    queryKey: accountKeys.detail(id ?? 0),
    queryFn: ({ signal }) => apiGet<AccountDetailT>(`/accounts/${id}`, undefined, signal),
    enabled: id !== undefined && id > 0,
  });
}

export function useAccountRevenue(id: number, years = 3) {
  return useQuery({
    queryKey: accountKeys.revenue(id, years),
    queryFn: ({ signal }) => apiGet<AccountRevenueT>(`/accounts/${id}/revenue`, { years }, signal),
  });
}

export function useAccountFacets() {
  return useQuery({
    queryKey: accountKeys.facets,
    queryFn: ({ signal }) => apiGet<{ industries: string[] }>('/accounts/facets', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** Every account write refreshes lists and details; the detail of the written account is set directly. */
function useAccountWrite<TInput>(write: (input: TInput) => Promise<AccountDetailT>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (account) => {
      queryClient.setQueryData(accountKeys.detail(account.id), account);
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export const useCreateAccount = () =>
  useAccountWrite((input: AccountInputT) => apiJson<AccountDetailT>('POST', '/accounts', { body: input }));

export const useUpdateAccount = (id: number) =>
  useAccountWrite((patch: AccountPatchT) =>
    apiJson<AccountDetailT>('PATCH', `/accounts/${id}`, { body: patch }),
  );

export const useArchiveAccount = (id: number) =>
  useAccountWrite(() => apiJson<AccountDetailT>('POST', `/accounts/${id}/archive`));

export const useRestoreAccount = (id: number) =>
  useAccountWrite(() => apiJson<AccountDetailT>('POST', `/accounts/${id}/restore`));

export const useUpdateTeam = (id: number) =>
  useAccountWrite((input: TeamInputT) =>
    apiJson<AccountDetailT>('PUT', `/accounts/${id}/team`, { body: input }),
  );

// Org units and users ([ORG-1]): the tree for region pickers, user search for owner pickers, user admin.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../src/core/org/roles.ts';
import type { OrgUnitT, UserInputT, UserItemT } from '../../../src/http/org/org-schemas.ts';
import { apiGet, apiJson } from './http.ts';

export type { OrgUnitT, UserInputT, UserItemT };

export interface UserListParams {
  q?: string | undefined;
  role?: Role | undefined;
  orgUnitId?: number | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export function useOrgUnits() {
  return useQuery({
    queryKey: ['org-units'],
    queryFn: ({ signal }) => apiGet<{ items: OrgUnitT[] }>('/org-units', undefined, signal),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export function useUsers(params: UserListParams, enabled = true) {
  return useQuery({
    queryKey: ['users', 'list', params],
    queryFn: ({ signal }) => apiGet<{ items: UserItemT[]; total: number }>('/users', { ...params }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInputT) => apiJson<UserItemT>('POST', '/users', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

/**
 * The name of an org unit in the UI language. The API sends unit names in Chinese on records
 * (regionName, orgUnitName); the English name comes from the org-unit list when there is one.
 */
export function useOrgUnitName(): (id: number | null, fallback: string | null) => string {
  const { data } = useOrgUnits();
  const { i18n } = useTranslation();
  return (id, fallback) => {
    const unit = id === null ? undefined : data?.find((candidate) => candidate.id === id);
    if (unit && i18n.language === 'en' && unit.nameEn) return unit.nameEn;
    return fallback ?? unit?.name ?? '';
  };
}

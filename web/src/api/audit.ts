// The audit log (admins only): who changed what, with the record before and after.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditItemT } from '../../../src/http/audit/audit-schemas.ts';
import { apiGet } from './http.ts';

export type { AuditItemT };

export interface AuditListParams {
  entity?: string | undefined;
  entityId?: string | undefined;
  userId?: number | undefined;
  limit: number;
  offset: number;
}

export function useAuditLog(params: AuditListParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: ({ signal }) =>
      apiGet<{ items: AuditItemT[]; total: number }>('/audit-log', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

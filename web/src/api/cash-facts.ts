// Collections 回款 and expenses 费用 ([TGT-1], [TGT-5]): list by account and month, create, correct, delete. Every
// write moves the monthly cash facts and the target actuals, so the tracking dashboard's queries are refreshed too.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CollectionInput,
  CollectionPatch,
  CollectionT,
  ExpenseInput,
  ExpensePatch,
  ExpenseT,
  FactListQueryT,
} from '../../../src/http/facts/fact-schemas.ts';
import { apiGet, apiJson } from './http.ts';

export type { CollectionT, ExpenseT };
export type CollectionInputT = z.infer<typeof CollectionInput>;
export type CollectionPatchT = z.infer<typeof CollectionPatch>;
export type ExpenseInputT = z.infer<typeof ExpenseInput>;
export type ExpensePatchT = z.infer<typeof ExpensePatch>;
/** The cash lists filter by account and month (no product line: cash is not booked per product line). */
export type CashFactListParams = Partial<Omit<FactListQueryT, 'productLineId'>>;

type CashResource = 'collections' | 'expenses';

function useCashFacts<T>(resource: CashResource, params: CashFactListParams) {
  return useQuery({
    queryKey: [resource, 'list', params],
    queryFn: ({ signal }) => apiGet<{ items: T[]; total: number }>(`/${resource}`, { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

function useCashWrite<Args, Result>(resource: CashResource, send: (args: Args) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [resource] });
      void queryClient.invalidateQueries({ queryKey: ['target-tracking'] });
    },
  });
}

export const useCollections = (params: CashFactListParams) =>
  useCashFacts<CollectionT>('collections', params);

export const useCreateCollection = () =>
  useCashWrite('collections', (input: CollectionInputT) =>
    apiJson<CollectionT>('POST', '/collections', { body: input }),
  );

export const useUpdateCollection = () =>
  useCashWrite('collections', ({ id, patch }: { id: number; patch: CollectionPatchT }) =>
    apiJson<CollectionT>('PATCH', `/collections/${id}`, { body: patch }),
  );

export const useDeleteCollection = () =>
  useCashWrite('collections', (id: number) => apiJson<void>('DELETE', `/collections/${id}`));

export const useExpenses = (params: CashFactListParams) => useCashFacts<ExpenseT>('expenses', params);

export const useCreateExpense = () =>
  useCashWrite('expenses', (input: ExpenseInputT) => apiJson<ExpenseT>('POST', '/expenses', { body: input }));

export const useUpdateExpense = () =>
  useCashWrite('expenses', ({ id, patch }: { id: number; patch: ExpensePatchT }) =>
    apiJson<ExpenseT>('PATCH', `/expenses/${id}`, { body: patch }),
  );

export const useDeleteExpense = () =>
  useCashWrite('expenses', (id: number) => apiJson<void>('DELETE', `/expenses/${id}`));

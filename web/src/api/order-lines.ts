// Order lines ([TGT-5]): the list with account/month/product-line filters, create, correct, delete, the product
// lines, and the bulk import (.csv/.xlsx) with upload progress. Every write moves the monthly facts and the target
// actuals, so the accounts' figures and the tracking dashboard's queries are refreshed too (as for 回款/费用).
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  FactListQueryT,
  OrderLineImportResultT,
  OrderLineInputT,
  OrderLinePatchT,
  OrderLineT,
  ProductLineListT,
} from '../../../src/http/facts/fact-schemas.ts';
import { i18n } from '../i18n/i18n.ts';
import { ApiError, apiGet, apiJson, getCsrfToken } from './http.ts';

export type { OrderLineImportResultT, OrderLineInputT, OrderLinePatchT, OrderLineT };
export type OrderLineListParams = Partial<FactListQueryT>;

/** The server's default upload limit (MAX_UPLOAD_MB = 10); checked before uploading too. */
export const MAX_ORDER_LINE_UPLOAD_BYTES = 10 * 1024 * 1024;

export const orderLineKeys = {
  all: ['order-lines'] as const,
  list: (params: OrderLineListParams) => ['order-lines', 'list', params] as const,
  productLines: ['product-lines'] as const,
};

export function useOrderLines(params: OrderLineListParams) {
  return useQuery({
    queryKey: orderLineKeys.list(params),
    queryFn: ({ signal }) =>
      apiGet<{ items: OrderLineT[]; total: number }>('/order-lines', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProductLines() {
  return useQuery({
    queryKey: orderLineKeys.productLines,
    queryFn: ({ signal }) => apiGet<ProductLineListT>('/product-lines', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** Refreshes what an order-line write changes: the lists, the accounts' figures and the target actuals. */
function invalidateAfterWrite(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: orderLineKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['accounts'] });
  void queryClient.invalidateQueries({ queryKey: ['target-tracking'] });
}

function useOrderLineWrite<Args, Result>(send: (args: Args) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => invalidateAfterWrite(queryClient) });
}

export const useCreateOrderLine = () =>
  useOrderLineWrite((input: OrderLineInputT) => apiJson<OrderLineT>('POST', '/order-lines', { body: input }));

export const useUpdateOrderLine = () =>
  useOrderLineWrite(({ id, patch }: { id: number; patch: OrderLinePatchT }) =>
    apiJson<OrderLineT>('PATCH', `/order-lines/${id}`, { body: patch }),
  );

export const useDeleteOrderLine = () =>
  useOrderLineWrite((id: number) => apiJson<void>('DELETE', `/order-lines/${id}`));

/**
 * Uploads the file with XMLHttpRequest (fetch reports no upload progress); onProgress gets 0–1 of the bytes
 * sent. The server then checks and writes everything before it answers.
 */
function uploadOrderLines(file: File, dryRun: boolean, onProgress: (sent: number) => void) {
  return new Promise<OrderLineImportResultT>((resolve, reject) => {
    const form = new FormData();
    form.append('file', file);
    form.append('dryRun', dryRun ? 'true' : 'false');
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/order-lines/import');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept-Language', i18n.language);
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('orderLines.import.networkError')));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 200) return resolve(body as OrderLineImportResultT);
      const error = body as {
        code?: string;
        message?: string;
        details?: Array<{ path: string; message: string }>;
      };
      reject(
        new ApiError(
          xhr.status,
          (error?.code as ApiError['code']) ?? 'internal',
          error?.message ?? xhr.statusText,
          error?.details ?? [],
        ),
      );
    };
    xhr.send(form);
  });
}

export function useImportOrderLines(onProgress: (sent: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadOrderLines(file, dryRun, onProgress),
    onSuccess: (result) => {
      if (result.applied) invalidateAfterWrite(queryClient);
    },
  });
}

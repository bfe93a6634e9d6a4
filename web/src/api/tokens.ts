// Personal API tokens: list, create (the secret is returned once) and revoke.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TokenCreatedT, TokenItemT } from '../../../src/http/auth/auth-schemas.ts';
import { apiGet, apiJson } from './http.ts';

export type { TokenCreatedT, TokenItemT };

const tokensKey = ['tokens'] as const;

export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: ({ signal }) => apiGet<{ items: TokenItemT[] }>('/tokens', undefined, signal),
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string }) => apiJson<TokenCreatedT>('POST', '/tokens', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiJson<void>('DELETE', `/tokens/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

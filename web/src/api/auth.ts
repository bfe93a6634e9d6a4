// Session: login, logout and the current user (/auth/me).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeT, SessionInfoT } from '../../../src/http/auth/auth-schemas.ts';
import { ApiError, apiJson, setCsrfToken } from './http.ts';

export type { MeT, SessionInfoT };

export const sessionKey = ['session'] as const;

/** The signed-in session, or null when nobody is signed in. */
async function fetchSession(signal?: AbortSignal): Promise<SessionInfoT | null> {
  try {
    const session = await apiJson<SessionInfoT>('GET', '/auth/me', { signal, allowUnauthenticated: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

// The last signed-in user, so screens that re-render in the moment between the session ending (logout,
// expiry) and the redirect to /login still have a user to read.
let lastUser: MeT | null = null;

/** The signed-in user; only for screens inside the authenticated shell. */
export function useMe(): MeT {
  const { data } = useSession();
  if (data) lastUser = data.user;
  if (!lastUser) throw new Error('useMe() used outside the signed-in shell');
  return lastUser;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      apiJson<SessionInfoT>('POST', '/auth/login', { body: input, allowUnauthenticated: true }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiJson<void>('POST', '/auth/logout', { allowUnauthenticated: true }),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Ok } from './client.ts';
import { refreshMe } from './me.ts';

type Accepted = { status: 'accepted' };

export function useSignUp() {
  return useMutation({
    mutationFn: (body: { email: string; password: string; name: string }) => api.post<Accepted>('/api/auth/sign-up', body),
  });
}

/**
 * Mutations that start a session: afterwards the person is known before the next page shows.
 * Sign-in may instead answer that a code is on its way by e-mail (while it is slowed down, on a
 * browser the account does not know yet).
 */
function useSessionStart<T>(path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: T): Promise<'signedIn' | 'codeSent'> => {
      const answer = await api.post<Ok | { status: 'code_sent' }>(path, body);
      if (answer.status === 'code_sent') return 'codeSent';
      // A new session may be another person on the same device: nothing the previous one saw
      // (check-up answers, results, safety state) may stay in memory for them.
      client.removeQueries({ predicate: (query) => !['me', 'config'].includes(String(query.queryKey[0])) });
      await refreshMe(client);
      return 'signedIn';
    },
  });
}

export const useConfirmSignUp = () => useSessionStart<{ token: string }>('/api/auth/confirm');
export const useSignIn = () => useSessionStart<{ email: string; password: string }>('/api/auth/sign-in');
export const useSignInWithCode = () => useSessionStart<{ code: string }>('/api/auth/sign-in/code');
export const useCompletePasswordReset = () =>
  useSessionStart<{ token: string; password: string }>('/api/auth/password-reset/complete');

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (body: { email: string }) => api.post<Accepted>('/api/auth/password-reset', body) });
}

export function useSignOut() {
  return useMutation({ mutationFn: () => api.post<Ok>('/api/auth/sign-out') });
}

import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AccountView, SettingsView } from '../../../shared/contracts/accounts.ts';
import type { MeView } from '../../../shared/contracts/couples.ts';
import { api, ApiError, type Ok } from './client.ts';

export const meKey = ['me'] as const;

/** Who is signed in, with couple, open invite and notices; `null` when nobody is. */
export const meQuery = queryOptions({
  queryKey: meKey,
  queryFn: async ({ signal }): Promise<MeView | null> => {
    try {
      return await api.get<MeView>('/api/me', signal);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
});

export const useMe = () => useQuery(meQuery);

/** The signed-in person (only under RequireAccount, which renders nothing without one). */
export function useSignedIn(): MeView {
  const { data } = useMe();
  if (!data) throw new Error('useSignedIn outside RequireAccount');
  return data;
}

/**
 * Fetches /api/me afresh, e.g. after signing in or pairing, before moving on. A request still in
 * flight was sent before the change (say, without the new session cookie): it is cancelled, not
 * joined, or the answer would be out of date.
 */
export async function refreshMe(client: QueryClient): Promise<MeView | null> {
  await client.cancelQueries({ queryKey: meKey });
  return client.fetchQuery({ ...meQuery, staleTime: 0 });
}

export function useUpdateName() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => api.patch<AccountView>('/api/me', body),
    onSuccess: (account) => client.setQueryData(meKey, (me) => (me ? { ...me, account } : me)),
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.put<Ok>('/api/me/password', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sessions'] }),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsView) => api.patch<SettingsView>('/api/me/settings', body),
    onSuccess: (settings) => client.setQueryData(meKey, (me) => (me ? { ...me, settings } : me)),
  });
}

export function useDeleteAccount() {
  return useMutation({ mutationFn: (body: { password: string }) => api.post<Ok>('/api/me/delete', body) });
}

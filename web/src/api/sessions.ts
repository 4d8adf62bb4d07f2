import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionView } from '../../../shared/contracts/accounts.ts';
import { api, type Ok } from './client.ts';

const sessionsKey = ['sessions'] as const;

export const sessionsQuery = queryOptions({
  queryKey: sessionsKey,
  queryFn: () => api.get<{ sessions: SessionView[] }>('/api/sessions').then((r) => r.sessions),
});

export const useSessions = () => useQuery(sessionsQuery);

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<Ok>(`/api/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useRevokeOtherSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Ok>('/api/sessions/revoke-others'),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}

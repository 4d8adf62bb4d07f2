import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RitualView } from '../../../shared/contracts/rituals.ts';
import { api, type Ok } from './client.ts';
import { liveKeys } from './live.ts';

const feedKey = ['calendar-feed'] as const;

export const useRituals = () =>
  useQuery({ queryKey: liveKeys.rituals, queryFn: ({ signal }) => api.get<{ rituals: RitualView[] }>('/api/rituals', signal).then((r) => r.rituals) });

export interface RitualInput {
  title: string;
  schedule: string;
  timeZone: string;
  time: string;
}

function useRitualMutation<T>(mutationFn: (vars: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: liveKeys.rituals }) });
}

export const useCreateRitual = () => useRitualMutation((body: RitualInput) => api.post<RitualView>('/api/rituals', body));
export const useUpdateRitual = () =>
  useRitualMutation(({ id, ...body }: Partial<RitualInput> & { id: string }) => api.patch<RitualView>(`/api/rituals/${encodeURIComponent(id)}`, body));
export const useDeleteRitual = () => useRitualMutation((id: string) => api.delete<Ok>(`/api/rituals/${encodeURIComponent(id)}`));
export const useCompleteRitual = () =>
  useRitualMutation(({ id, date, done }: { id: string; date: string; done: boolean }) =>
    api.post<RitualView>(`/api/rituals/${encodeURIComponent(id)}/completions`, { date, done }),
  );

export const ritualsIcsUrl = '/api/rituals.ics';

export const useCalendarFeed = () =>
  useQuery({ queryKey: feedKey, queryFn: ({ signal }) => api.get<{ url: string | null }>('/api/calendar/feed', signal) });

export function useRotateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ url: string | null }>('/api/calendar/feed'),
    onSuccess: (feed) => client.setQueryData(feedKey, feed),
  });
}

export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<Ok>('/api/calendar/feed'),
    onSuccess: () => client.setQueryData(feedKey, { url: null }),
  });
}

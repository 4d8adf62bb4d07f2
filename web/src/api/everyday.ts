import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppreciationView } from '../../../shared/contracts/appreciations.ts';
import type { ProgressView } from '../../../shared/contracts/progress.ts';
import type { Weekday } from '../../../shared/contracts/dates.ts';
import type { ReminderSettingsView } from '../../../shared/contracts/reminders.ts';
import type { RitualView } from '../../../shared/contracts/rituals.ts';
import type { CheckInView, LoveMapView, TodayView } from '../../../shared/contracts/today.ts';
import { api, type Ok } from './client.ts';
import { liveKeys } from './live.ts';

/** The browser's time zone ("Europe/Berlin"), so "today" is the person's own day. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function localDate(timeZone: string, at = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}

export const everydayKeys = {
  today: liveKeys.today,
  loveMaps: liveKeys.loveMaps,
  appreciations: liveKeys.appreciations,
  rituals: liveKeys.rituals,
  progress: liveKeys.progress,
  feed: ['calendar-feed'] as const,
  reminders: ['reminders'] as const,
};

// ---------------------------------------------------------------------------------------------
// Today

export const todayQuery = () =>
  queryOptions({
    queryKey: everydayKeys.today,
    queryFn: ({ signal }) => api.get<TodayView>(`/api/today?timeZone=${encodeURIComponent(browserTimeZone())}`, signal),
  });

export const useToday = () => useQuery(todayQuery());

export function useAnswerLoveMap() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { questionId: string; answer: string; guess?: string }) => api.post<LoveMapView>('/api/today/love-map', body),
    onSuccess: (loveMap) => {
      client.setQueryData<TodayView>(everydayKeys.today, (today) => (today ? { ...today, loveMap } : today));
      void client.invalidateQueries({ queryKey: everydayKeys.progress });
    },
  });
}

export interface CheckInInput {
  connection: number;
  toward: number;
  away: number;
  against: number;
  note?: string;
  shared?: boolean;
}

export function useLogCheckIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckInInput) => api.put<CheckInView>('/api/today/check-in', { ...body, timeZone: browserTimeZone() }),
    onSuccess: (checkIn) => {
      client.setQueryData<TodayView>(everydayKeys.today, (today) => (today ? { ...today, checkIn } : today));
      void client.invalidateQueries({ queryKey: everydayKeys.progress });
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Appreciations

/** `before`: from a couple that has ended, read-only. */
export type AppreciationBox = 'all' | 'received' | 'sent' | 'drafts' | 'before';
type AppreciationPage = { items: AppreciationView[]; nextCursor: string | null };

export function useAppreciations(box: AppreciationBox) {
  return useInfiniteQuery({
    queryKey: [...everydayKeys.appreciations, box],
    initialPageParam: '',
    queryFn: ({ pageParam, signal }) =>
      api.get<AppreciationPage>(`/api/appreciations?box=${box}&limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`, signal),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function useAppreciationMutation<T>(mutationFn: (vars: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: everydayKeys.appreciations });
      void client.invalidateQueries({ queryKey: everydayKeys.progress });
    },
  });
}

export const useSendAppreciation = () =>
  useAppreciationMutation((body: { text: string; promptId?: string; draftId?: string }) => api.post<AppreciationView>('/api/appreciations', body));

export const useSaveAppreciationDraft = () =>
  useAppreciationMutation((body: { text: string; promptId?: string }) => api.post<AppreciationView>('/api/appreciations/drafts', body));

export const useDeleteAppreciationDraft = () =>
  useAppreciationMutation((id: string) => api.delete<Ok>(`/api/appreciations/drafts/${encodeURIComponent(id)}`));

// ---------------------------------------------------------------------------------------------
// Rituals and the calendar feed

export const useRituals = () =>
  useQuery({ queryKey: everydayKeys.rituals, queryFn: ({ signal }) => api.get<{ rituals: RitualView[] }>('/api/rituals', signal).then((r) => r.rituals) });

export interface RitualInput {
  title: string;
  schedule: string;
  timeZone: string;
  time: string;
}

function useRitualMutation<T>(mutationFn: (vars: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: everydayKeys.rituals }) });
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
  useQuery({ queryKey: everydayKeys.feed, queryFn: ({ signal }) => api.get<{ url: string | null }>('/api/calendar/feed', signal) });

export function useRotateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ url: string | null }>('/api/calendar/feed'),
    onSuccess: (feed) => client.setQueryData(everydayKeys.feed, feed),
  });
}

export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<Ok>('/api/calendar/feed'),
    onSuccess: () => client.setQueryData(everydayKeys.feed, { url: null }),
  });
}

// ---------------------------------------------------------------------------------------------
// Reminders

export const useReminderSettings = () =>
  useQuery({ queryKey: everydayKeys.reminders, queryFn: ({ signal }) => api.get<ReminderSettingsView>('/api/reminders', signal) });

export interface ReminderInput {
  enabled?: boolean;
  days?: Weekday[];
  time?: string;
  timeZone?: string;
  quietHours?: { start: string; end: string };
  rituals?: boolean;
}

export function useUpdateReminderSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderInput) => api.put<ReminderSettingsView>('/api/reminders', body),
    onSuccess: (settings) => client.setQueryData(everydayKeys.reminders, settings),
  });
}

// ---------------------------------------------------------------------------------------------
// Progress

export const useProgress = () =>
  useQuery({
    queryKey: everydayKeys.progress,
    queryFn: ({ signal }) => api.get<ProgressView>(`/api/progress?weeks=12&timeZone=${encodeURIComponent(browserTimeZone())}`, signal),
  });

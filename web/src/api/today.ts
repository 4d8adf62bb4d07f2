import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckInView, LoveMapView, TodayView } from '../../../shared/contracts/today.ts';
import { api } from './client.ts';
import { browserTimeZone } from './dates.ts';
import { liveKeys } from './live.ts';

export const todayQuery = () =>
  queryOptions({
    queryKey: liveKeys.today,
    queryFn: ({ signal }) => api.get<TodayView>(`/api/today?timeZone=${encodeURIComponent(browserTimeZone())}`, signal),
  });

export const useToday = () => useQuery(todayQuery());

export function useAnswerLoveMap() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { questionId: string; answer: string; guess?: string }) => api.post<LoveMapView>('/api/today/love-map', body),
    onSuccess: (loveMap) => {
      client.setQueryData<TodayView>(liveKeys.today, (today) => (today ? { ...today, loveMap } : today));
      void client.invalidateQueries({ queryKey: liveKeys.progress });
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
      client.setQueryData<TodayView>(liveKeys.today, (today) => (today ? { ...today, checkIn } : today));
      void client.invalidateQueries({ queryKey: liveKeys.progress });
    },
  });
}

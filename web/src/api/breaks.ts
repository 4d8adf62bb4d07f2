import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ActiveBreakView } from '../../../shared/contracts/breaks.ts';
import { api } from './client.ts';
import { liveKeys } from './live.ts';

/** Every key here starts with liveKeys.breaks, so the live events 'breakStarted'/'breakEnded' refresh them. */
export const breakKeys = {
  all: liveKeys.breaks,
  active: [...liveKeys.breaks, 'active'] as const,
};

/** The shortest and longest break the server accepts, in minutes. */
export const BREAK_MIN_MINUTES = 20;
export const BREAK_MAX_MINUTES = 24 * 60;

/** How long the invitation back stays after a break ended (the server's INVITATION_SECONDS). */
const INVITATION_MS = 60 * 60 * 1000;
/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;

export const activeBreakQuery = () =>
  queryOptions({
    queryKey: breakKeys.active,
    queryFn: ({ signal }) => api.get<ActiveBreakView>('/api/breaks/active', signal),
    staleTime: 10_000,
    // Live events refresh it at once; this is only the fallback when the stream is down.
    refetchInterval: 60_000,
  });

/**
 * The couple's break (or the invitation back). Also refetches right at the return time, so the
 * invitation appears on time, and when the invitation runs out, so it goes away.
 */
export function useActiveBreak() {
  const query = useQuery(activeBreakQuery());
  const { data, dataUpdatedAt, refetch } = query;
  const returnAt = data?.active ? returnTime(data, dataUpdatedAt) : null;
  const invitationEnds = data?.invitation ? new Date(data.invitation.at).getTime() + INVITATION_MS : null;
  const next = returnAt ?? invitationEnds;

  useEffect(() => {
    if (next === null) return;
    const wait = next - Date.now();
    // The server may see the time a little later than this device: if the break is still
    // running past its time here, ask again in a few seconds.
    const delay = wait > 0 ? wait + 1000 : 5000;
    const timer = window.setTimeout(() => void refetch(), Math.min(delay, MAX_TIMEOUT));
    return () => window.clearTimeout(timer);
  }, [next, dataUpdatedAt, refetch]);

  return query;
}

/**
 * When the break ends, in this device's clock (ms). For the person on the break the server sends
 * the seconds left, which does not depend on the two clocks agreeing; the partner has the time only.
 */
export function returnTime(view: ActiveBreakView, fetchedAt: number): number | null {
  const active = view.active;
  if (!active) return null;
  if (active.secondsLeft !== undefined && fetchedAt > 0) return fetchedAt + active.secondsLeft * 1000;
  return new Date(active.returnAt).getTime();
}

export function useStartBreak() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (minutes: number) => api.post<ActiveBreakView>('/api/breaks', { minutes }),
    onSuccess: (view) => client.setQueryData(breakKeys.active, view),
    // A 409 (the partner just started one) means our picture is out of date.
    onError: () => void client.invalidateQueries({ queryKey: breakKeys.all }),
  });
}

export function useEndBreak() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ActiveBreakView>('/api/breaks/end'),
    onSuccess: (view) => client.setQueryData(breakKeys.active, view),
    onError: () => void client.invalidateQueries({ queryKey: breakKeys.all }),
  });
}

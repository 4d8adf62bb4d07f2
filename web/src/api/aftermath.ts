import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AftermathsBefore, AftermathStepName, AftermathView } from '../../../shared/contracts/aftermath.ts';
import type { ResourceListView } from '../../../shared/contracts/safety.ts';
import { localeTag } from './checkup.ts';
import { api } from './client.ts';
import { liveKeys } from './live.ts';

/**
 * The Aftermath of a regrettable incident. Every key starts with `liveKeys.aftermath`, so an
 * `aftermathChanged` event (a step shown to both, a pause, a new Aftermath) refreshes them all.
 */
export const aftermathKeys = {
  all: liveKeys.aftermath,
  list: [...liveKeys.aftermath, 'list'] as const,
  before: [...liveKeys.aftermath, 'before'] as const,
  one: (id: string) => [...liveKeys.aftermath, 'one', id] as const,
};

export type AftermathSummary = { id: string; startedAt: string; paused: boolean };

export type StartAftermathResult =
  | { status: 'started'; aftermath: AftermathView }
  | { status: 'notOffered'; resources: ResourceListView };

export const useAftermaths = (enabled = true) =>
  useQuery({
    queryKey: aftermathKeys.list,
    queryFn: ({ signal }) => api.get<{ items: AftermathSummary[] }>('/api/aftermaths', signal).then((r) => r.items),
    enabled,
  });

/** My own steps in Aftermaths of a couple that has ended (read-only). */
export const useAftermathsFromBefore = () =>
  useQuery({
    queryKey: aftermathKeys.before,
    queryFn: ({ signal }) => api.get<AftermathsBefore>('/api/aftermaths/before', signal).then((r) => r.items),
  });

export const useAftermath = (id: string) =>
  useQuery({
    queryKey: aftermathKeys.one(id),
    queryFn: ({ signal }) => api.get<AftermathView>(`/api/aftermaths/${encodeURIComponent(id)}`, signal),
  });

export function useStartAftermath() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<StartAftermathResult>('/api/aftermaths', { locale: localeTag() }),
    onSuccess: (result) => {
      if (result.status !== 'started') return;
      client.setQueryData(aftermathKeys.one(result.aftermath.id), result.aftermath);
      void client.invalidateQueries({ queryKey: aftermathKeys.list });
    },
  });
}

export interface SaveStepInput {
  step: AftermathStepName;
  text: string;
  done: boolean;
}

/** Writes my part of one step; the answer is the whole Aftermath as I may see it now. */
export function useSaveAftermathStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveStepInput) => api.post<AftermathView>('/api/aftermaths/steps', { aftermathId: id, ...body }),
    onSuccess: (view) => client.setQueryData(aftermathKeys.one(id), view),
  });
}

function usePausing(id: string, action: 'pause' | 'resume') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<AftermathView>(`/api/aftermaths/${encodeURIComponent(id)}/${action}`),
    onSuccess: (view) => {
      client.setQueryData(aftermathKeys.one(id), view);
      void client.invalidateQueries({ queryKey: aftermathKeys.list });
    },
  });
}

export const usePauseAftermath = (id: string) => usePausing(id, 'pause');
export const useResumeAftermath = (id: string) => usePausing(id, 'resume');

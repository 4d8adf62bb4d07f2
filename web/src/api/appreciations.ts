import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppreciationView } from '../../../shared/contracts/appreciations.ts';
import { api, type Ok } from './client.ts';
import { liveKeys } from './live.ts';

/** `before`: from a couple that has ended, read-only. */
export type AppreciationBox = 'all' | 'received' | 'sent' | 'drafts' | 'before';
type AppreciationPage = { items: AppreciationView[]; nextCursor: string | null };

export function useAppreciations(box: AppreciationBox) {
  return useInfiniteQuery({
    queryKey: [...liveKeys.appreciations, box],
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
      void client.invalidateQueries({ queryKey: liveKeys.appreciations });
      void client.invalidateQueries({ queryKey: liveKeys.progress });
    },
  });
}

export const useSendAppreciation = () =>
  useAppreciationMutation((body: { text: string; promptId?: string; draftId?: string }) => api.post<AppreciationView>('/api/appreciations', body));

export const useSaveAppreciationDraft = () =>
  useAppreciationMutation((body: { text: string; promptId?: string }) => api.post<AppreciationView>('/api/appreciations/drafts', body));

export const useDeleteAppreciationDraft = () =>
  useAppreciationMutation((id: string) => api.delete<Ok>(`/api/appreciations/drafts/${encodeURIComponent(id)}`));

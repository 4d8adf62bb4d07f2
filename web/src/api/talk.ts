import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TalkRequestView } from '../../../shared/contracts/talk.ts';
import type { ResourceListView } from '../../../shared/contracts/safety.ts';
import { localeTag } from './checkup.ts';
import { api, type Ok } from './client.ts';
import { liveKeys } from './live.ts';

/** `before`: from a couple that has ended, read-only. */
type Box = 'sent' | 'received' | 'drafts' | 'before';

const talkKeys = {
  box: (box: Box) => [...liveKeys.talk, box] as const,
};

interface TalkRequestList {
  items: TalkRequestView[];
}

export type SendOutcome =
  | { status: 'sent'; request: TalkRequestView }
  | { status: 'notSent'; reason: 'crisis'; messageKey: string; resources: ResourceListView };

export const useTalkRequests = (box: Box) =>
  useQuery({
    queryKey: talkKeys.box(box),
    queryFn: ({ signal }) => api.get<TalkRequestList>(box === 'drafts' ? '/api/talk/drafts' : `/api/talk/requests?box=${box}`, signal),
  });

function useRefreshTalk() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: liveKeys.talk });
}

export function useSendTalkRequest() {
  const refresh = useRefreshTalk();
  return useMutation({
    mutationFn: (body: { text: string; draftId?: string }) => api.post<SendOutcome>('/api/talk/requests', { ...body, locale: localeTag() }),
    onSuccess: refresh,
  });
}

export function useKeepTalkDraft() {
  const refresh = useRefreshTalk();
  return useMutation({ mutationFn: (text: string) => api.post<TalkRequestView>('/api/talk/drafts', { text }), onSuccess: refresh });
}

export function useDiscardTalkDraft() {
  const refresh = useRefreshTalk();
  return useMutation({ mutationFn: (id: string) => api.delete<Ok>(`/api/talk/drafts/${id}`), onSuccess: refresh });
}

export interface TalkAnswer {
  response: 'accept' | 'later' | 'decline';
  note?: string;
  proposedTime?: string;
}

export function useRespondTalkRequest() {
  const refresh = useRefreshTalk();
  return useMutation({
    mutationFn: ({ id, ...body }: TalkAnswer & { id: string }) => api.post<TalkRequestView>(`/api/talk/requests/${id}/response`, body),
    onSuccess: refresh,
  });
}

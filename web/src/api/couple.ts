import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoupleView, InviteView, MeView } from '../../../shared/contracts/couples.ts';
import { api, type Ok } from './client.ts';
import { meKey, refreshMe } from './me.ts';

function useMeMutation<TVars, TResult>(mutationFn: (vars: TVars) => Promise<TResult>, update?: (me: MeView, result: TResult, vars: TVars) => MeView) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result, vars) => {
      if (update) client.setQueryData<MeView | null>(meKey, (me) => (me ? update(me, result, vars) : me));
      else await refreshMe(client);
    },
  });
}

export const useCreateInvite = () =>
  useMeMutation<void, InviteView>(() => api.post<InviteView>('/api/invites'), (me, invite) => ({ ...me, invite }));

export const useWithdrawInvite = () =>
  useMeMutation((id: string) => api.delete<Ok>(`/api/invites/${encodeURIComponent(id)}`), (me) => ({ ...me, invite: null }));

export const useAcceptInvite = () => useMeMutation((code: string) => api.post<CoupleView>('/api/invites/accept', { code }));

export const useLeaveCouple = () => useMeMutation<void, Ok>(() => api.post<Ok>('/api/couple/leave'));

export const useDismissNotice = () =>
  useMeMutation(
    (id: string) => api.post<Ok>(`/api/notices/${encodeURIComponent(id)}/dismiss`),
    (me, _result, id) => ({ ...me, notices: me.notices.filter((n) => n.id !== id) }),
  );

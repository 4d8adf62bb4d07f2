import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentItem, ConsentScope } from '../../../shared/contracts/consent.ts';
import { coupleReportKey } from './checkup.ts';
import { api } from './client.ts';

export const consentsKey = ['consents'] as const;

/** My own sharing choices (docs/privacy.md, "The consent model"). */
export const useConsents = () =>
  useQuery({
    queryKey: consentsKey,
    queryFn: ({ signal }) => api.get<{ items: ConsentItem[] }>('/api/consents', signal).then((r) => r.items),
  });

export function useMyChoice(scope: ConsentScope) {
  const consents = useConsents();
  return { ...consents, data: consents.data?.find((c) => c.scope === scope && c.audience === 'partner') };
}

export function useSetPartnerConsent(scope: ConsentScope) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (granted: boolean) => api.post<ConsentItem>('/api/consents', { scope, audience: 'partner', granted }),
    onSuccess: async () => {
      // What the couple sees together may open or close with this choice.
      await Promise.all([
        client.invalidateQueries({ queryKey: consentsKey }),
        client.invalidateQueries({ queryKey: coupleReportKey }),
        client.invalidateQueries({ queryKey: ['progress'] }),
      ]);
    },
  });
}

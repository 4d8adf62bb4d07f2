import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export type OutboxMessage = { id: string; date: string; to: string; subject: string; text: string };

export const outboxQuery = (to: string) =>
  queryOptions({
    queryKey: ['outbox', to],
    queryFn: () =>
      api.get<{ messages: OutboxMessage[] }>(`/api/dev/outbox${to ? `?to=${encodeURIComponent(to)}` : ''}`).then((r) => r.messages),
    staleTime: 0,
  });

export const useOutbox = (to: string, enabled: boolean) => useQuery({ ...outboxQuery(to), enabled });

import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export type ClientConfig = { quickExitUrl: string; devOutbox: boolean };

/** Used until /api/config answers (or if it never does): quick exit must always work. */
export const FALLBACK_QUICK_EXIT_URL = 'https://www.bbc.com/weather';

export const configQuery = queryOptions({
  queryKey: ['config'],
  queryFn: () => api.get<ClientConfig>('/api/config'),
  staleTime: Infinity,
});

export const useConfig = () => useQuery(configQuery);

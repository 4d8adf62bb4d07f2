import { useQuery } from '@tanstack/react-query';
import type { ProgressView } from '../../../shared/contracts/progress.ts';
import { api } from './client.ts';
import { browserTimeZone } from './dates.ts';
import { liveKeys } from './live.ts';

export const useProgress = () =>
  useQuery({
    queryKey: liveKeys.progress,
    queryFn: ({ signal }) => api.get<ProgressView>(`/api/progress?weeks=12&timeZone=${encodeURIComponent(browserTimeZone())}`, signal),
  });

import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CheckupView, CoupleReportView, ResultSummary, ResultView } from '../../../shared/contracts/checkup.ts';
import type { ResourceListView, SafetyScreenView, SafetyStateView } from '../../../shared/contracts/safety.ts';
import i18next from 'i18next';
import { api, ApiError } from './client.ts';
import { liveKeys } from './live.ts';

/**
 * The language and country for safety texts and help lines: the browser's own setting (say
 * `en-US`) when it is in the app's language, so the right country's numbers show; no location.
 */
export function localeTag(): string {
  const app = i18next.language || 'en';
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith(app.toLowerCase()) ? browser : app;
}
const locale = () => encodeURIComponent(localeTag());

export const checkupKey = ['checkup'] as const;
export const resultsKey = ['checkup', 'results'] as const;
export const coupleReportKey = ['couple', 'report'] as const;
export const safetyKey = ['safety'] as const;

export const checkupQuery = queryOptions({
  queryKey: checkupKey,
  queryFn: ({ signal }) => api.get<CheckupView>('/api/checkup', signal),
});
export const useCheckup = () => useQuery(checkupQuery);

export const resultsQuery = queryOptions({
  queryKey: resultsKey,
  queryFn: ({ signal }) => api.get<{ results: ResultSummary[] }>('/api/checkup/results', signal).then((r) => r.results),
});
export const useResults = () => useQuery(resultsQuery);

export const useResult = (id: string | undefined) =>
  useQuery({
    queryKey: ['checkup', 'result', id],
    queryFn: ({ signal }) => api.get<ResultView>(`/api/checkup/results/${encodeURIComponent(id!)}`, signal),
    enabled: Boolean(id),
  });

/** The couple report, or `null` until both partners have submitted (the server answers 404). */
export const coupleReportQuery = queryOptions({
  queryKey: coupleReportKey,
  queryFn: async ({ signal }): Promise<CoupleReportView | null> => {
    try {
      return await api.get<CoupleReportView>('/api/couple/report', signal);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
});
export const useCoupleReport = () => useQuery(coupleReportQuery);

/** Autosave: the server answers with the draft as saved. */
export function useSaveAnswers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: { itemId: string; value: number }[]) =>
      api.put<{ progress: CheckupView['progress'] }>('/api/checkup/answers', { answers }),
    onSuccess: ({ progress }) => client.setQueryData<CheckupView>(checkupKey, (view) => (view ? { ...view, progress } : view)),
  });
}

export function useSubmitCheckup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<ResultSummary>('/api/checkup/submit'),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: checkupKey }),
        client.invalidateQueries({ queryKey: coupleReportKey }),
      ]);
    },
  });
}

export function useSetSharing(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (shared: boolean) => api.put<{ id: string; shared: boolean }>(`/api/checkup/results/${encodeURIComponent(id)}/sharing`, { shared }),
    onSuccess: ({ shared }) => {
      client.setQueryData<ResultView>(['checkup', 'result', id], (view) => (view ? { ...view, shared } : view));
      void client.invalidateQueries({ queryKey: resultsKey });
      void client.invalidateQueries({ queryKey: coupleReportKey });
    },
  });
}

export const myResultPdfUrl = (id: string) => `/api/checkup/results/${encodeURIComponent(id)}/pdf`;
export const coupleReportPdfUrl = '/api/couple/report/pdf';

// ---------- Safety (private to the person) ----------

export const useSafetyScreen = () =>
  useQuery({
    queryKey: [...safetyKey, 'screen', i18next.language],
    queryFn: ({ signal }) => api.get<SafetyScreenView>(`/api/safety/screen?locale=${locale()}`, signal),
  });

export const mySafetyQuery = queryOptions({
  queryKey: [...safetyKey, 'mine'],
  queryFn: ({ signal }) => api.get<SafetyStateView>(`/api/safety?locale=${locale()}`, signal),
});
export const useMySafety = () => useQuery(mySafetyQuery);

/** What Hearth suggests and offers follows the person's own safety state. */
function safetyChanged(client: QueryClient, state: SafetyStateView): void {
  client.setQueryData(mySafetyQuery.queryKey, state);
  void client.invalidateQueries({ queryKey: ['checkup', 'result'] });
  void client.invalidateQueries({ queryKey: coupleReportKey });
  void client.invalidateQueries({ queryKey: liveKeys.aftermath });
}

export function useSubmitSafety() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: { itemId: string; value: number }[]) =>
      api.post<SafetyStateView>('/api/safety/answers', { answers, locale: localeTag() }),
    onSuccess: (state) => safetyChanged(client, state),
  });
}

/** Ends the extra care after a concern, with the password (the person's own choice). */
export function useLiftSafetyConcern() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { password: string }) => api.post<SafetyStateView>('/api/safety/concern/lift', { ...body, locale: localeTag() }),
    onSuccess: (state) => safetyChanged(client, state),
  });
}

export const useResources = () =>
  useQuery({
    queryKey: ['resources', i18next.language],
    queryFn: ({ signal }) => api.get<ResourceListView>(`/api/resources?locale=${locale()}`, signal),
    staleTime: Infinity,
  });

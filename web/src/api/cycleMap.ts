import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CycleMapView, CycleSideView } from '../../../shared/contracts/cycle-map.ts';
import { api } from './client.ts';
import { liveKeys } from './live.ts';

/** Every key starts with liveKeys.cycleMap, so a 'cycleMapChanged' event refreshes them all. */
export const cycleMapKeys = {
  map: liveKeys.cycleMap,
  versions: [...liveKeys.cycleMap, 'versions'] as const,
};

export type Stance = NonNullable<CycleSideView['stance']>;

export interface CycleMapInput {
  myMoves: string[];
  stance?: Stance;
  feelingsUnderneath: string;
  fears: string;
  longings: string;
}

export interface CycleMapVersionsView {
  mine: CycleSideView[];
  partner?: CycleSideView[];
}

/** My side, and my partner's once we have both mapped ours. */
export const useCycleMap = () =>
  useQuery({ queryKey: cycleMapKeys.map, queryFn: ({ signal }) => api.get<CycleMapView>('/api/cycle-map', signal) });

/** Every version of my side (and my partner's once both have mapped), newest first. */
export const useCycleMapVersions = (enabled = true) =>
  useQuery({
    queryKey: cycleMapKeys.versions,
    queryFn: ({ signal }) => api.get<CycleMapVersionsView>('/api/cycle-map/versions', signal),
    enabled,
  });

function useCycleMapChange<T>(mutationFn: (vars: T) => Promise<CycleMapView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => {
      client.setQueryData(cycleMapKeys.map, view);
      void client.invalidateQueries({ queryKey: cycleMapKeys.versions });
    },
  });
}

/** Saves my side as a new version; the answer is the whole map as I may now see it. */
export const useSaveCycleMap = () => useCycleMapChange((body: CycleMapInput) => api.put<CycleMapView>('/api/cycle-map', body));

/** Puts the side I mapped on my own into the map I share with my partner. */
export const useIncludeCycleSide = () => useCycleMapChange(() => api.post<CycleMapView>('/api/cycle-map/include'));

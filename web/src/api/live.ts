import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { LiveEvent } from '../../../shared/contracts/events.ts';

/** Query keys of the parts that live events refresh (each api module uses its own from here). */
export const liveKeys = {
  today: ['today'] as const,
  loveMaps: ['love-maps'] as const,
  appreciations: ['appreciations'] as const,
  rituals: ['rituals'] as const,
  progress: ['progress'] as const,
  talk: ['talk'] as const,
  aftermath: ['aftermath'] as const,
  cycleMap: ['cycle-map'] as const,
  breaks: ['breaks'] as const,
};

/** What each event makes stale. Events carry only a kind and ids, never what a person wrote. */
const STALE: Record<LiveEvent['kind'], QueryKey[]> = {
  appreciationReceived: [liveKeys.appreciations, liveKeys.progress],
  loveMapRevealed: [liveKeys.today, liveKeys.loveMaps, liveKeys.progress],
  ritualsChanged: [liveKeys.rituals],
  talkRequestReceived: [liveKeys.talk],
  talkRequestAnswered: [liveKeys.talk],
  aftermathChanged: [liveKeys.aftermath],
  cycleMapChanged: [liveKeys.cycleMap],
  breakStarted: [liveKeys.breaks],
  breakEnded: [liveKeys.breaks, liveKeys.aftermath],
};

/**
 * While a signed-in person has Hearth open, listens to /api/events and refetches what an event
 * names, so a partner's appreciation, a reveal or a break notice shows up without reloading.
 */
export function useLiveEvents(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/events');
    const refetch = (event: MessageEvent) => {
      let kind = event.type as LiveEvent['kind'];
      try {
        kind = (JSON.parse(String(event.data)) as LiveEvent).kind ?? kind;
      } catch {
        /* the event name is enough */
      }
      for (const queryKey of STALE[kind] ?? []) void client.invalidateQueries({ queryKey });
    };
    for (const kind of Object.keys(STALE)) source.addEventListener(kind, refetch);
    // Events sent before the stream opened (or while reconnecting) were missed: refresh everything
    // they could have changed. Only queries that are in use refetch.
    source.onopen = () => {
      for (const queryKey of Object.values(liveKeys)) void client.invalidateQueries({ queryKey });
    };
    return () => source.close();
  }, [client, enabled]);
}

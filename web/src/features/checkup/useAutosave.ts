import { useCallback, useEffect, useRef, useState } from 'react';
import { useSaveAnswers } from '../../api/checkup.ts';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

const DELAY_MS = 700;

/**
 * Collects answers as they are chosen and saves them together a moment later (one request for a
 * quick run of clicks). `flush` saves at once and resolves when everything is stored.
 */
export function useAutosave() {
  const save = useSaveAnswers();
  const pending = useRef(new Map<string, number>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const { mutateAsync } = save;

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    // One save at a time, in order: an older answer never overwrites a newer one.
    while (inFlight.current) await inFlight.current;
    if (pending.current.size === 0) return true;
    const batch = [...pending.current].map(([itemId, value]) => ({ itemId, value }));
    pending.current.clear();
    setStatus('saving');
    let ok = true;
    inFlight.current = mutateAsync(batch).then(
      () => undefined,
      () => {
        ok = false;
        // Keep what was not saved (unless a newer answer for the item came in meanwhile).
        for (const { itemId, value } of batch) if (!pending.current.has(itemId)) pending.current.set(itemId, value);
      },
    );
    await inFlight.current;
    inFlight.current = null;
    if (!ok) {
      setStatus('failed');
      return false;
    }
    if (pending.current.size > 0) return flush();
    setStatus('saved');
    return true;
  }, [mutateAsync]);

  const queue = useCallback(
    (itemId: string, value: number) => {
      pending.current.set(itemId, value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  // Leaving the page saves what is still waiting.
  useEffect(() => () => void flush(), [flush]);

  return { queue, flush, status, error: save.error };
}

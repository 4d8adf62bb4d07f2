import { useEffect, useRef, useState } from 'react';
import type { CoachResult } from '../../../../shared/coach/types.ts';
import type { CoachRequest } from './coach.worker.ts';

/** How long typing must pause before the draft is read again. */
const PAUSE_MS = 120;

/**
 * Reads the draft with the Coach in a Web Worker as the person types, so the page never stutters
 * and the draft stays on the device. Answers for older text are ignored.
 */
export function useCoach(text: string): { result: CoachResult | null; reading: boolean } {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<{ seq: number; result: CoachResult | null }>({ seq: 0, result: null });

  useEffect(() => {
    const w = new Worker(new URL('./coach.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<{ seq: number; result: CoachResult }>) => {
      if (event.data.seq === latest.current) setState(event.data);
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    const seq = ++latest.current;
    if (!text.trim()) {
      setState({ seq, result: null });
      return;
    }
    const timer = setTimeout(() => worker.current?.postMessage({ seq, text } satisfies CoachRequest), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return { result: state.result, reading: state.seq !== latest.current };
}

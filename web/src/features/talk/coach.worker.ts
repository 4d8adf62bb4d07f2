/// <reference lib="webworker" />
/**
 * The Coach in a Web Worker: a draft is read here, on the person's own device, while they type.
 * Nothing is sent anywhere; the page gets the findings back.
 */
import { analyzeDraft } from '../../../../shared/coach/index.ts';

export interface CoachRequest {
  seq: number;
  text: string;
}

self.onmessage = (event: MessageEvent<CoachRequest>) => {
  const { seq, text } = event.data;
  self.postMessage({ seq, result: analyzeDraft(text) });
};

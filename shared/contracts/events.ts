import { z } from 'zod';
import { Id } from './common.ts';

/**
 * Live events (server-sent events on GET /api/events): a kind and ids only, nothing a person
 * wrote and nothing private; the page refetches.
 */
export const LiveEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('appreciationReceived'), appreciationId: Id }),
  /** Both partners answered: the answers are shown to both. Never sent before that. */
  z.object({ kind: z.literal('loveMapRevealed'), questionId: z.string() }),
  z.object({ kind: z.literal('ritualsChanged'), ritualId: Id }),
  z.object({ kind: z.literal('talkRequestReceived'), talkRequestId: Id }),
  z.object({ kind: z.literal('talkRequestAnswered'), talkRequestId: Id }),
  /** Started, paused, resumed, or a step revealed to both. Never sent for a private save. */
  z.object({ kind: z.literal('aftermathChanged'), aftermathId: Id }),
  z.object({ kind: z.literal('cycleMapChanged') }),
  z.object({ kind: z.literal('breakStarted'), breakId: Id }),
  z.object({ kind: z.literal('breakEnded'), breakId: Id }),
]);

export type LiveEvent = z.infer<typeof LiveEvent>;

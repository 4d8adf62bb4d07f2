import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/** Breaks when flooded. Error messages are i18n keys (namespace "common"). */

export const StartBreakBody = z.object({
  minutes: z.int({ error: 'errors.breakMinutes' }).min(20, { error: 'errors.breakMinutes' }).max(1440, { error: 'errors.breakMinutes' }),
});

export const BREAK_GUIDANCE_KEYS = [
  'breaks.guidance.breathe',
  'breaks.guidance.move',
  'breaks.guidance.notRehearse',
  'breaks.guidance.soothe',
  'breaks.guidance.comeBack',
] as const;

export const BreakView = z.object({
  id: Id,
  /** True for the person on the break. */
  mine: z.boolean(),
  /** When the break ends and both are invited back. */
  returnAt: Timestamp,
  /** Only for the person on the break: the timer and self-soothing guidance (i18n keys, namespace `break-guidance`). */
  startedAt: Timestamp.optional(),
  secondsLeft: z.int().optional(),
  guidanceKeys: z.array(z.string()).optional(),
});

export const ActiveBreakView = z.object({
  /** The couple's break in progress, if any: for the partner a neutral notice with the return time. */
  active: BreakView.nullable(),
  /** Set for an hour after a break ended (at its time or early): both are invited back, to the Aftermath if they wish. */
  invitation: z.object({ breakId: Id, at: Timestamp, messageKey: z.string() }).nullable(),
});

export type BreakView = z.infer<typeof BreakView>;
export type ActiveBreakView = z.infer<typeof ActiveBreakView>;

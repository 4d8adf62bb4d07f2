import { z } from 'zod';
import { Id, RequiredText, Timestamp } from './common.ts';
import { LocaleParam, ResourceListView } from './safety.ts';

/** The Aftermath of a regrettable incident, step by step. Error messages are i18n keys (namespace "common"). */

export const AFTERMATH_STEPS = ['feelings', 'account', 'triggers', 'responsibility', 'nextTime'] as const;
export const AftermathStepName = z.enum(AFTERMATH_STEPS);

export const StartAftermathBody = z.object({ locale: LocaleParam.optional() });

export const SaveAftermathStepBody = z.object({
  aftermathId: Id,
  step: AftermathStepName,
  text: RequiredText(4000),
  /** Mark my part of this step finished; it is shown to both once both have finished it. */
  done: z.boolean(),
});

export const AftermathStepView = z.object({
  step: AftermathStepName,
  /** My own text (null until I write). */
  mine: z.object({ text: z.string(), done: z.boolean(), updatedAt: Timestamp }).nullable(),
  /** True once both have finished the step; then `partner` holds the partner's text. */
  revealed: z.boolean(),
  /** Absent until revealed — whether the partner wrote, finished or never started. */
  partner: z.object({ text: z.string() }).optional(),
});

export const AftermathView = z.object({
  id: Id,
  startedAt: Timestamp,
  startedByMe: z.boolean(),
  paused: z.boolean(),
  steps: z.array(AftermathStepView),
});

/** 200 from startAftermath to a person whose own safety screen showed a concern: solo help instead. */
export const AftermathNotOffered = z.object({ status: z.literal('notOffered'), resources: ResourceListView });
export const AftermathStarted = z.object({ status: z.literal('started'), aftermath: AftermathView });

export const AftermathList = z.object({ items: z.array(z.object({ id: Id, startedAt: Timestamp, paused: z.boolean() })) });

/** My own steps in Aftermaths of a couple that has ended (read-only), newest Aftermath first. */
export const AftermathsBefore = z.object({
  items: z.array(
    z.object({
      id: Id,
      startedAt: Timestamp,
      steps: z.array(z.object({ step: AftermathStepName, text: z.string(), done: z.boolean(), updatedAt: Timestamp })),
    }),
  ),
});

export type AftermathView = z.infer<typeof AftermathView>;
export type AftermathsBefore = z.infer<typeof AftermathsBefore>;
export type AftermathStepName = z.infer<typeof AftermathStepName>;

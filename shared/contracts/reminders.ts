import { z } from 'zod';
import { LocalTime, TimeZone, Weekday } from './dates.ts';

/** E-mail reminder settings. Error messages are i18n keys (namespace "common"). */

export const ReminderSettingsView = z.object({
  enabled: z.boolean(),
  days: z.array(Weekday),
  time: z.string(),
  timeZone: z.string(),
  quietHours: z.object({ start: z.string(), end: z.string() }),
  rituals: z.boolean(),
});

/** Any subset; what is left out stays as it was. */
export const UpdateReminderSettingsBody = z.object({
  enabled: z.boolean().optional(),
  days: z.array(Weekday).max(7).optional(),
  time: LocalTime.optional(),
  timeZone: TimeZone.optional(),
  /** No reminder is sent from `start` up to `end` (may cross midnight; equal times: no quiet hours). */
  quietHours: z.object({ start: LocalTime, end: LocalTime }).optional(),
  rituals: z.boolean().optional(),
});

export type ReminderSettingsView = z.infer<typeof ReminderSettingsView>;

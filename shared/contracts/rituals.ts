import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { LocalDate, LocalTime, TimeZone } from './dates.ts';

/** Rituals and their calendar feed. Error messages are i18n keys (namespace "common"). */

const RitualTitle = z
  .string({ error: 'errors.titleRequired' })
  .trim()
  .min(1, { error: 'errors.titleRequired' })
  .max(120, { error: 'errors.titleTooLong' });
/** An iCalendar RRULE value, e.g. `FREQ=WEEKLY;BYDAY=SU` (daily or less often). */
const Schedule = z.string({ error: 'errors.scheduleInvalid' }).trim().min(1, { error: 'errors.scheduleInvalid' }).max(300, { error: 'errors.scheduleInvalid' });
const Duration = z.int({ error: 'errors.durationInvalid' }).min(5, { error: 'errors.durationInvalid' }).max(720, { error: 'errors.durationInvalid' });

export const CreateRitualBody = z.object({
  title: RitualTitle,
  schedule: Schedule,
  timeZone: TimeZone,
  /** Local start time of each occurrence. Default 19:00. */
  time: LocalTime.optional(),
  durationMinutes: Duration.optional(),
  /** The first day the schedule may fall on. Default: today in `timeZone`. */
  startDate: LocalDate.optional(),
});

export const UpdateRitualBody = z.object({
  title: RitualTitle.optional(),
  schedule: Schedule.optional(),
  timeZone: TimeZone.optional(),
  time: LocalTime.optional(),
  durationMinutes: Duration.optional(),
  startDate: LocalDate.optional(),
});

export const RitualParams = z.object({ id: Id });
export const CompleteRitualBody = z.object({ date: LocalDate, done: z.boolean().optional() });

export const RitualView = z.object({
  id: Id,
  title: z.string(),
  schedule: z.string(),
  timeZone: z.string(),
  time: z.string(),
  durationMinutes: z.int(),
  startDate: z.string(),
  /** `couple`: both partners see and keep it; `private`: a person's own. */
  scope: z.enum(['couple', 'private']),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** The next few occurrence dates (local to the ritual's time zone). */
  upcoming: z.array(z.string()),
  /** Occurrences marked done, newest first (the last 20). */
  completions: z.array(z.object({ date: z.string(), completedAt: Timestamp })),
});

export const RitualList = z.object({ rituals: z.array(RitualView) });

export const CalendarFeedView = z.object({
  /** A secret address for a calendar app (anyone with it can read the rituals); null when off. */
  url: z.string().nullable(),
});
export const CalendarTokenParams = z.object({ token: z.string().min(1).max(100) });

export type RitualView = z.infer<typeof RitualView>;

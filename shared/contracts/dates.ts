import { z } from 'zod';

/** Calendar dates, times of day and IANA time zones as people send them. Error messages are i18n keys (namespace "common"). */

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(y, m - 1, d));
  return y >= 1970 && back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A calendar date, `YYYY-MM-DD`. */
export const LocalDate = z
  .string({ error: 'errors.dateInvalid' })
  .max(10, { error: 'errors.dateInvalid' })
  .refine(isCalendarDate, { error: 'errors.dateInvalid' });

/** An IANA time zone such as `Europe/Berlin` (what `Intl.DateTimeFormat().resolvedOptions().timeZone` gives). */
export const TimeZone = z
  .string({ error: 'errors.timeZoneInvalid' })
  .max(64, { error: 'errors.timeZoneInvalid' })
  .refine(isTimeZone, { error: 'errors.timeZoneInvalid' });

/** A time of day, `HH:MM` (24 hours). */
export const LocalTime = z.string({ error: 'errors.timeInvalid' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'errors.timeInvalid' });

/**
 * Which day the person means: their local date, or their time zone (the server works out the
 * date). Only dates that are "today" somewhere on Earth are accepted. Without either: UTC.
 */
export const LocalDayQuery = z.object({ timeZone: TimeZone.optional(), date: LocalDate.optional() });

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);

export type Weekday = z.infer<typeof Weekday>;
export type LocalDayQuery = z.infer<typeof LocalDayQuery>;

import { Temporal } from 'temporal-polyfill';

/**
 * Local dates and wall-clock times in IANA time zones. Conversions between an instant and a wall
 * time go through Temporal (the polyfill; docs/decisions.md, "Time zones through Temporal"); the
 * arithmetic on calendar dates below needs no zone. Used by Today (the couple's date),
 * check-ins, rituals, reminders and progress.
 *
 * Dates are `YYYY-MM-DD` text; weekdays are 0 = Monday … 6 = Sunday (ISO order).
 */

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;

const zoned = (instant: Date, timeZone: string): Temporal.ZonedDateTime =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);

/** The canonical spelling of an IANA zone ("europe/berlin" → "Europe/Berlin"), or undefined. */
export function canonicalTimeZone(timeZone: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(timeZone) || timeZone.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function wallTime(instant: Date, timeZone: string): Wall {
  const z = zoned(instant, timeZone);
  return { year: z.year, month: z.month, day: z.day, hour: z.hour, minute: z.minute, second: z.second };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatDate = (w: Pick<Wall, 'year' | 'month' | 'day'>): string => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
export const formatTime = (w: Pick<Wall, 'hour' | 'minute'>): string => `${pad(w.hour)}:${pad(w.minute)}`;

export function localDate(instant: Date, timeZone: string): string {
  return formatDate(wallTime(instant, timeZone));
}

/** Minutes the zone's wall clock is ahead of UTC at that instant (old local mean times rounded). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(zoned(instant, timeZone).offsetNanoseconds / 60e9);
}

/**
 * The instant a wall-clock time happens in the zone. In a spring-forward gap (a time that does not
 * exist) the time is moved forward by the length of the gap; in a fall-back overlap, the first of
 * the two (Temporal's `compatible`, as RFC 5545 reads a DTSTART).
 */
export function zonedToUtc(w: Pick<Wall, 'year' | 'month' | 'day' | 'hour' | 'minute'>, timeZone: string): Date {
  const local = new Temporal.PlainDateTime(w.year, w.month, w.day, w.hour, w.minute);
  return new Date(local.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds);
}

/** Every change of the zone's UTC offset from `from` up to `to`, with the offsets before and after. */
export function offsetChanges(timeZone: string, from: Date, to: Date): { at: Date; from: number; to: number }[] {
  const changes: { at: Date; from: number; to: number }[] = [];
  let z = zoned(from, timeZone);
  for (;;) {
    const next: Temporal.ZonedDateTime | null = z.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds > to.getTime()) break;
    changes.push({ at: new Date(next.epochMilliseconds), from: Math.round(z.offsetNanoseconds / 60e9), to: Math.round(next.offsetNanoseconds / 60e9) });
    z = next;
  }
  return changes;
}

export function parseDate(date: string): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

const dayMs = (date: string) => {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day);
};

export function addDays(date: string, days: number): string {
  const d = new Date(dayMs(date) + days * DAY_MS);
  return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: string): number {
  return (new Date(dayMs(date)).getUTCDay() + 6) % 7;
}

export function mondayOf(date: string): string {
  return addDays(date, -weekdayOf(date));
}

/** Minutes since midnight of "HH:MM". */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * The local dates that are "today" somewhere on Earth right now (UTC−12 … UTC+14): the only dates
 * a client may ask for, so nobody can look ahead at days to come.
 */
export function plausibleToday(now: Date): { earliest: string; latest: string } {
  const at = (hours: number) => {
    const d = new Date(now.getTime() + hours * 3_600_000);
    return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  };
  return { earliest: at(-12), latest: at(14) };
}

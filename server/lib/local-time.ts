/**
 * Local dates and wall-clock times in IANA time zones, with nothing but Intl (no tz database of our
 * own). Used by Today (the couple's date), check-ins, rituals, reminders and progress.
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
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    // Only zones that passed validation get here, so the map stays as small as the tz database.
    formatters.set(timeZone, f);
  }
  return f;
}

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
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatDate = (w: Pick<Wall, 'year' | 'month' | 'day'>): string => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
export const formatTime = (w: Pick<Wall, 'hour' | 'minute'>): string => `${pad(w.hour)}:${pad(w.minute)}`;

export function localDate(instant: Date, timeZone: string): string {
  return formatDate(wallTime(instant, timeZone));
}

/** Minutes the zone's wall clock is ahead of UTC at that instant. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallTime(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time happens in the zone. In a spring-forward gap (a time that does not
 * exist) the instant after the gap is used; in a fall-back overlap, the first of the two.
 */
export function zonedToUtc(w: Pick<Wall, 'year' | 'month' | 'day' | 'hour' | 'minute'>, timeZone: string): Date {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const before = offsetMinutes(new Date(naive - DAY_MS / 2), timeZone);
  const after = offsetMinutes(new Date(naive + DAY_MS / 2), timeZone);
  // Try the earlier offset first (fall-back overlap: the first occurrence), then the later one.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = new Date(naive - offset * 60_000);
    if (offsetMinutes(candidate, timeZone) === offset) return candidate;
  }
  // A gap: the wall time does not exist; move forward by the jump.
  return new Date(naive - before * 60_000);
}

export function parseDate(date: string): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(y, m - 1, d));
  return y >= 1970 && back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
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

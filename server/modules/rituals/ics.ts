import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { offsetChanges, offsetMinutes, wallTime } from '../../lib/local-time.ts';

/**
 * The rituals feed (RFC 5545), written by ical-generator: one VEVENT per ritual with its RRULE
 * and a DTSTART in the ritual's time zone (TZID), and one VTIMEZONE per zone, made from the
 * offsets Intl knows (every change within a window of years, so no tz database is bundled).
 */

export interface IcsEvent {
  uid: string;
  /** Last change, UTC. */
  stamp: Date;
  title: string;
  timeZone: string;
  /** Local wall time of the first occurrence. */
  start: { year: number; month: number; day: number; hour: number; minute: number };
  durationMinutes: number;
  rrule: string;
}

// Control characters have no place in a calendar's text (the writer escapes the rest).
const printable = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
const offsetText = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
const localText = (w: { year: number; month: number; day: number; hour: number; minute: number }) =>
  `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}00`;

const zoneCache = new Map<string, string>();

/** A VTIMEZONE for the zone covering [fromYear, toYear]; later dates keep the last offset. */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const key = `${timeZone}|${fromYear}|${toYear}`;
  const cached = zoneCache.get(key);
  if (cached) return cached;
  const start = new Date(Date.UTC(fromYear, 0, 1));
  const changes = offsetChanges(timeZone, start, new Date(Date.UTC(toYear + 1, 0, 1)));
  const initial = offsetMinutes(start, timeZone);
  const standardOffset = Math.min(initial, ...changes.map((c) => c.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  lines.push('BEGIN:STANDARD', `DTSTART:${pad(fromYear, 4)}0101T000000`, `TZOFFSETFROM:${offsetText(initial)}`, `TZOFFSETTO:${offsetText(initial)}`, 'END:STANDARD');
  for (const c of changes) {
    const kind = c.to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the local time of the change, read with the offset in force before it.
    const local = new Date(c.at.getTime() + c.from * 60_000);
    const w = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
    lines.push(`BEGIN:${kind}`, `DTSTART:${localText(w)}`, `TZOFFSETFROM:${offsetText(c.from)}`, `TZOFFSETTO:${offsetText(c.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  const text = lines.join('\r\n');
  if (zoneCache.size > 500) zoneCache.clear();
  zoneCache.set(key, text);
  return text;
}

export function calendar(options: { name: string; events: readonly IcsEvent[]; now: Date }): string {
  const { events, now } = options;
  const thisYear = wallTime(now, 'UTC').year;
  const firstYear = new Map<string, number>();
  for (const e of events) firstYear.set(e.timeZone, Math.min(firstYear.get(e.timeZone) ?? e.start.year, e.start.year));
  const feed = new ICalCalendar({
    prodId: '//Hearth//Rituals//EN',
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: printable(options.name),
    // A generator without a calendar-wide zone: ical-generator asks it for each event's zone.
    timezone: { name: null, generator: (zone) => vtimezone(zone, Math.max(firstYear.get(zone) ?? thisYear, thisYear - 30), thisYear + 10) },
  });
  for (const e of events) {
    // Zoned, so that the end is the exact duration later, also across a change of offset.
    const start = new Temporal.PlainDateTime(e.start.year, e.start.month, e.start.day, e.start.hour, e.start.minute).toZonedDateTime(e.timeZone, {
      disambiguation: 'compatible',
    });
    feed.createEvent({
      id: e.uid,
      stamp: e.stamp,
      start,
      end: start.add({ minutes: e.durationMinutes }),
      timezone: e.timeZone,
      repeating: `RRULE:${e.rrule}`,
      summary: printable(e.title),
    });
  }
  return feed.toString();
}

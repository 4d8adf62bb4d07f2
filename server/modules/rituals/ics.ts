import { offsetMinutes, wallTime } from '../../lib/local-time.ts';
import { basicUtc } from './schedule.ts';

/**
 * A small iCalendar (RFC 5545) writer for the rituals feed: one VEVENT per ritual with its RRULE
 * and a DTSTART in the ritual's time zone (TZID), and one VTIMEZONE per zone, made from Intl's
 * offsets (every change of offset within a window of years, so no tz database is bundled).
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

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

export function escapeText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const offsetText = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
const localText = (w: { year: number; month: number; day: number; hour: number; minute: number }, second = 0) =>
  `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(second)}`;

interface Transition {
  at: number;
  from: number;
  to: number;
}

const zoneCache = new Map<string, string[]>();

/** Every change of the zone's UTC offset in [fromYear, toYear], to the minute. */
function transitions(timeZone: string, fromYear: number, toYear: number): { initial: number; list: Transition[] } {
  const DAY = 86_400_000;
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutes(new Date(start), timeZone);
  const list: Transition[] = [];
  let previous = initial;
  for (let t = start + DAY; t <= end; t += DAY) {
    const offset = offsetMinutes(new Date(t), timeZone);
    if (offset === previous) continue;
    // Bisect to the minute within the last day.
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(new Date(mid), timeZone) === previous) lo = mid;
      else hi = mid;
    }
    list.push({ at: hi, from: previous, to: offset });
    previous = offset;
  }
  return { initial, list };
}

/** A VTIMEZONE for the zone covering [fromYear, toYear]; later dates keep the last offset. */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const key = `${timeZone}|${fromYear}|${toYear}`;
  const cached = zoneCache.get(key);
  if (cached) return cached;
  const { initial, list } = transitions(timeZone, fromYear, toYear);
  const standardOffset = Math.min(initial, ...list.map((t) => t.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  lines.push('BEGIN:STANDARD', `DTSTART:${pad(fromYear, 4)}0101T000000`, `TZOFFSETFROM:${offsetText(initial)}`, `TZOFFSETTO:${offsetText(initial)}`, 'END:STANDARD');
  for (const t of list) {
    const kind = t.to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the local time of the change, read with the offset in force before it.
    const local = new Date(t.at + t.from * 60_000);
    const w = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
    lines.push(`BEGIN:${kind}`, `DTSTART:${localText(w)}`, `TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  if (zoneCache.size > 500) zoneCache.clear();
  zoneCache.set(key, lines);
  return lines;
}

export function calendar(options: { name: string; events: readonly IcsEvent[]; now: Date }): string {
  const { events, now } = options;
  const thisYear = wallTime(now, 'UTC').year;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hearth//Rituals//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.name)}`];
  const zones = new Map<string, number>();
  for (const e of events) zones.set(e.timeZone, Math.min(zones.get(e.timeZone) ?? e.start.year, e.start.year));
  for (const [zone, firstYear] of [...zones].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(...vtimezone(zone, Math.max(firstYear, thisYear - 30), thisYear + 10));
  }
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${basicUtc(e.stamp)}`,
      `DTSTART;TZID=${e.timeZone}:${localText(e.start)}`,
      `DURATION:PT${e.durationMinutes}M`,
      `RRULE:${e.rrule}`,
      `SUMMARY:${escapeText(e.title)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

import * as rruleModule from 'rrule';
import { formatDate, parseDate, wallTime, zonedToUtc, type Wall } from '../../lib/local-time.ts';

// rrule ships a UMD bundle as "main" (Node) and ESM as "module" (bundlers): take whichever we got.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;
type RRuleInstance = InstanceType<typeof RRule>;

/**
 * Ritual schedules: an iCalendar RRULE value (RFC 5545 §3.3.10) checked strictly here — rrule's
 * own parser accepts nearly anything — then evaluated with rrule in "floating" time: the rule runs
 * on wall-clock times written as if they were UTC, and each occurrence is then placed in the
 * ritual's time zone (so a 19:00 ritual stays at 19:00 across daylight-saving changes).
 *
 * Allowed: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY — rituals are not hourly), INTERVAL, COUNT or
 * UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYSETPOS, WKST. The time of day comes
 * from the ritual's own `time`, so BYHOUR, BYMINUTE and BYSECOND are refused.
 */

export type ScheduleProblem = 'errors.scheduleInvalid' | 'errors.scheduleTooFrequent' | 'errors.scheduleNoDates';

export class ScheduleError extends Error {
  constructor(readonly problem: ScheduleProblem) {
    super(problem);
  }
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ORDER = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYMONTH', 'BYWEEKNO', 'BYYEARDAY', 'BYMONTHDAY', 'BYDAY', 'BYSETPOS', 'WKST'];
const SUB_DAILY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);

function intList(value: string, min: number, max: number, signed: boolean): boolean {
  return value.split(',').every((part) => {
    if (!/^[+-]?\d{1,3}$/.test(part)) return false;
    const n = Number(part);
    if (!signed && n < 0) return false;
    return n !== 0 && Math.abs(n) >= min && Math.abs(n) <= max;
  });
}

export interface RitualTiming {
  schedule: string;
  timeZone: string;
  startDate: string;
  /** HH:MM */
  time: string;
}

/**
 * Checks an RRULE value and returns it normalized: upper case, parts in a fixed order, UNTIL as a
 * UTC date-time (a date means "through that day" in the ritual's zone). Throws ScheduleError.
 */
export function normalizeSchedule(input: string, timeZone: string): string {
  let text = input.trim().toUpperCase();
  if (text.startsWith('RRULE:')) text = text.slice(6);
  if (!text || /[\s]/.test(text) || text.length > 300) throw new ScheduleError('errors.scheduleInvalid');
  const parts = new Map<string, string>();
  for (const pair of text.split(';')) {
    const match = /^([A-Z]+)=([A-Z0-9,+\-]+)$/.exec(pair);
    if (!match || parts.has(match[1]!)) throw new ScheduleError('errors.scheduleInvalid');
    parts.set(match[1]!, match[2]!);
  }
  const freq = parts.get('FREQ');
  if (!freq) throw new ScheduleError('errors.scheduleInvalid');
  if (SUB_DAILY.has(freq)) throw new ScheduleError('errors.scheduleTooFrequent');
  if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) throw new ScheduleError('errors.scheduleInvalid');
  for (const key of parts.keys()) {
    if (key === 'BYHOUR' || key === 'BYMINUTE' || key === 'BYSECOND') throw new ScheduleError('errors.scheduleInvalid');
    if (!ORDER.includes(key)) throw new ScheduleError('errors.scheduleInvalid');
  }
  const ok = (key: string, check: (v: string) => boolean) => {
    const v = parts.get(key);
    if (v !== undefined && !check(v)) throw new ScheduleError('errors.scheduleInvalid');
  };
  ok('INTERVAL', (v) => /^\d{1,3}$/.test(v) && Number(v) >= 1);
  ok('COUNT', (v) => /^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 1000);
  ok('UNTIL', (v) => /^\d{8}(?:T\d{6}Z?)?$/.test(v));
  ok('BYMONTH', (v) => intList(v, 1, 12, false));
  ok('BYWEEKNO', (v) => freq === 'YEARLY' && intList(v, 1, 53, true));
  ok('BYYEARDAY', (v) => freq === 'YEARLY' && intList(v, 1, 366, true));
  ok('BYMONTHDAY', (v) => freq !== 'WEEKLY' && intList(v, 1, 31, true));
  ok('BYSETPOS', (v) => intList(v, 1, 366, true));
  ok('WKST', (v) => DAYS.includes(v));
  ok('BYDAY', (v) =>
    v.split(',').every((d) => {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
      if (!m) return false;
      if (m[1] === undefined) return true;
      const n = Math.abs(Number(m[1]));
      return n >= 1 && ((freq === 'MONTHLY' && n <= 5) || (freq === 'YEARLY' && n <= 53));
    }),
  );
  if (parts.has('COUNT') && parts.has('UNTIL')) throw new ScheduleError('errors.scheduleInvalid');
  if (parts.has('BYSETPOS') && ![...parts.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS')) throw new ScheduleError('errors.scheduleInvalid');

  const until = parts.get('UNTIL');
  if (until !== undefined) parts.set('UNTIL', untilToUtc(until, timeZone));
  return ORDER.filter((k) => parts.has(k))
    .map((k) => `${k}=${parts.get(k)}`)
    .join(';');
}

function untilToUtc(value: string, timeZone: string): string {
  const y = Number(value.slice(0, 4));
  const mo = Number(value.slice(4, 6));
  const d = Number(value.slice(6, 8));
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1970 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw new ScheduleError('errors.scheduleInvalid');
  if (value.endsWith('Z')) return value;
  let instant: Date;
  if (value.length === 8) {
    // Through the whole local day.
    instant = new Date(zonedToUtc({ year: y, month: mo, day: d, hour: 23, minute: 59 }, timeZone).getTime() + 59_000);
  } else {
    const h = Number(value.slice(9, 11));
    const mi = Number(value.slice(11, 13));
    if (h > 23 || mi > 59 || Number(value.slice(13, 15)) > 59) throw new ScheduleError('errors.scheduleInvalid');
    instant = zonedToUtc({ year: y, month: mo, day: d, hour: h, minute: mi }, timeZone);
  }
  return basicUtc(instant);
}

/** `YYYYMMDDTHHMMSSZ` */
export function basicUtc(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const floating = (w: Pick<Wall, 'year' | 'month' | 'day' | 'hour' | 'minute'>) => new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
const wallOfFloating = (d: Date): Wall => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
  hour: d.getUTCHours(),
  minute: d.getUTCMinutes(),
  second: 0,
});

const rules = new Map<string, RRuleInstance>();

/** The rrule of a ritual in floating time (cached: the worker evaluates rituals every tick). */
export function ruleOf(r: RitualTiming): RRuleInstance {
  const key = `${r.schedule}|${r.timeZone}|${r.startDate}|${r.time}`;
  let rule = rules.get(key);
  if (rule) return rule;
  const parts = r.schedule.split(';');
  const until = parts.find((p) => p.startsWith('UNTIL='))?.slice(6);
  const options = RRule.parseString(parts.filter((p) => !p.startsWith('UNTIL=')).join(';'));
  const [h, m] = r.time.split(':').map(Number);
  const dtstart = floating({ ...parseDate(r.startDate), hour: h!, minute: m! });
  let untilFloating: Date | undefined;
  if (until) {
    const instant = new Date(Date.UTC(+until.slice(0, 4), +until.slice(4, 6) - 1, +until.slice(6, 8), +until.slice(9, 11), +until.slice(11, 13), +until.slice(13, 15)));
    untilFloating = floating(wallTime(instant, r.timeZone));
  }
  rule = new RRule({ ...options, dtstart, until: untilFloating ?? null, tzid: null });
  if (rules.size > 2000) rules.clear();
  rules.set(key, rule);
  return rule;
}

export interface Occurrence {
  /** Local date in the ritual's zone. */
  date: string;
  /** The instant it starts. */
  at: Date;
}

const toOccurrence = (d: Date, timeZone: string): Occurrence => {
  const w = wallOfFloating(d);
  return { date: formatDate(w), at: zonedToUtc(w, timeZone) };
};

/** Occurrences starting in [from, to]. */
export function occurrencesBetween(r: RitualTiming, from: Date, to: Date, limit = 500): Occurrence[] {
  const a = floating(wallTime(new Date(from.getTime() - 86_400_000), r.timeZone));
  const b = floating(wallTime(new Date(to.getTime() + 86_400_000), r.timeZone));
  return ruleOf(r)
    .between(a, b, true, (_, i) => i < limit + 8)
    .map((d) => toOccurrence(d, r.timeZone))
    .filter((o) => o.at >= from && o.at <= to)
    .slice(0, limit);
}

/** The next `count` occurrences starting at or after `now`, looking at most `years` ahead. */
export function upcoming(r: RitualTiming, now: Date, count: number, years = 5): Occurrence[] {
  if (count <= 0) return [];
  const start = floating(wallTime(now, r.timeZone));
  const end = new Date(start.getTime() + years * 366 * 86_400_000);
  return ruleOf(r)
    .between(start, end, true, (_, i) => i < count)
    .map((d) => toOccurrence(d, r.timeZone));
}

/** The first occurrence of all (the DTSTART of the calendar event), if any. */
export function firstOccurrence(r: RitualTiming, years = 5): Occurrence | undefined {
  const rule = ruleOf(r);
  const start = rule.options.dtstart;
  // Bounded: rrule's after() would search up to the year 9999 for a rule that never matches.
  const [first] = rule.between(start, new Date(start.getTime() + years * 366 * 86_400_000), true, (_, i) => i < 1);
  return first ? toOccurrence(first, r.timeZone) : undefined;
}

export function isOccurrenceOn(r: RitualTiming, date: string): boolean {
  const day = parseDate(date);
  const a = floating({ ...day, hour: 0, minute: 0 });
  const b = floating({ ...day, hour: 23, minute: 59 });
  return ruleOf(r).between(a, b, true, (_, i) => i < 1).length > 0;
}

import { invalidField } from '../../http/errors.ts';
import { canonicalTimeZone, localDate, plausibleToday } from '../../lib/local-time.ts';

/**
 * The person's local date: the date they sent (when it is "today" somewhere on Earth right now),
 * else today in the time zone they sent, else today in UTC. A date outside that range answers 400:
 * nobody can look ahead at the days to come (or fill in days long gone).
 */
export function resolveDay(now: Date, day: { timeZone?: string; date?: string }): string {
  if (day.date !== undefined) {
    const { earliest, latest } = plausibleToday(now);
    if (day.date < earliest || day.date > latest) throw invalidField('date', 'errors.dateNotToday');
    return day.date;
  }
  if (day.timeZone !== undefined) {
    const zone = canonicalTimeZone(day.timeZone);
    if (!zone) throw invalidField('timeZone', 'errors.timeZoneInvalid');
    return localDate(now, zone);
  }
  return localDate(now, 'UTC');
}

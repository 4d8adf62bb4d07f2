import { describe, expect, it } from 'vitest';
import { offsetMinutes, wallTime } from '../../lib/local-time.ts';
import { isOccurrenceOn, normalizeSchedule, occurrencesBetween, ScheduleError, upcoming } from './schedule.ts';

const problem = (s: string) => {
  try {
    normalizeSchedule(s, 'Europe/Berlin');
    return 'ok';
  } catch (e) {
    return (e as ScheduleError).problem;
  }
};

describe('ritual schedules', () => {
  it('accepts daily-or-rarer RRULEs and normalizes them', () => {
    expect(normalizeSchedule('rrule:freq=weekly;byday=su', 'UTC')).toBe('FREQ=WEEKLY;BYDAY=SU');
    expect(normalizeSchedule('BYDAY=MO,WE;FREQ=WEEKLY;INTERVAL=2', 'UTC')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE');
    expect(normalizeSchedule('FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1', 'UTC')).toBe('FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1');
    expect(normalizeSchedule('FREQ=MONTHLY;BYDAY=1SA', 'UTC')).toBe('FREQ=MONTHLY;BYDAY=1SA');
    // UNTIL as a date means through that local day; stored in UTC.
    expect(normalizeSchedule('FREQ=DAILY;UNTIL=20270101', 'Europe/Berlin')).toBe('FREQ=DAILY;UNTIL=20270101T225959Z');
    expect(normalizeSchedule('FREQ=DAILY;UNTIL=20270101T120000Z', 'Europe/Berlin')).toBe('FREQ=DAILY;UNTIL=20270101T120000Z');
  });

  it('refuses anything more often than daily, time-of-day parts, and malformed rules', () => {
    for (const s of ['FREQ=HOURLY', 'FREQ=MINUTELY;INTERVAL=5', 'FREQ=SECONDLY']) expect(problem(s)).toBe('errors.scheduleTooFrequent');
    for (const s of [
      '',
      'garbage',
      'FREQ=DAILY;BYHOUR=1,2,3',
      'FREQ=DAILY;BYMINUTE=5',
      'FREQ=DAILY;FREQ=WEEKLY',
      'FREQ=FORTNIGHTLY',
      'FREQ=DAILY;COUNT=0',
      'FREQ=DAILY;COUNT=5;UNTIL=20300101',
      'FREQ=DAILY;INTERVAL=0',
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=WEEKLY;BYDAY=2MO',
      'FREQ=WEEKLY;BYMONTHDAY=3',
      'FREQ=MONTHLY;BYMONTHDAY=40',
      'FREQ=DAILY;UNTIL=20270230',
      'FREQ=DAILY;BYEASTER=1',
      'FREQ=DAILY\nDTSTART:20200101',
      'FREQ=DAILY;BYSETPOS=1',
      'FREQ=DAILY;X-NAME=1',
    ]) {
      expect([s, problem(s)]).toEqual([s, 'errors.scheduleInvalid']);
    }
  });

  it('keeps the local time across daylight-saving changes', () => {
    const ritual = { schedule: 'FREQ=WEEKLY;BYDAY=SU', timeZone: 'Europe/Berlin', startDate: '2027-03-01', time: '19:00' };
    const around = occurrencesBetween(ritual, new Date('2027-03-20T00:00:00Z'), new Date('2027-04-05T00:00:00Z'));
    expect(around.map((o) => o.date)).toEqual(['2027-03-21', '2027-03-28', '2027-04-04']);
    for (const o of around) expect(wallTime(o.at, 'Europe/Berlin')).toMatchObject({ hour: 19, minute: 0 });
    expect(offsetMinutes(around[0]!.at, 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(around[1]!.at, 'Europe/Berlin')).toBe(120);
    expect(isOccurrenceOn(ritual, '2027-03-28')).toBe(true);
    expect(isOccurrenceOn(ritual, '2027-03-29')).toBe(false);
    expect(upcoming(ritual, new Date('2027-03-28T17:30:00Z'), 2).map((o) => o.date)).toEqual(['2027-04-04', '2027-04-11']);
  });
});

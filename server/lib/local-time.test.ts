import { describe, expect, it } from 'vitest';
import { localDate, offsetChanges, offsetMinutes, wallTime, zonedToUtc } from './local-time.ts';

describe('local time in a zone', () => {
  it('reads the wall clock and the offset of an instant', () => {
    const instant = new Date('2026-07-01T22:30:00Z');
    expect(wallTime(instant, 'Europe/Berlin')).toEqual({ year: 2026, month: 7, day: 2, hour: 0, minute: 30, second: 0 });
    expect(localDate(instant, 'America/New_York')).toBe('2026-07-01');
    expect(offsetMinutes(instant, 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(instant, 'America/St_Johns')).toBe(-150);
  });

  it('moves a time in a spring-forward gap forward by the gap, and takes the first of a fall-back overlap', () => {
    // Berlin: 02:00 → 03:00 on 29 March 2026, 03:00 → 02:00 on 25 October 2026.
    expect(zonedToUtc({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedToUtc({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedToUtc({ year: 2026, month: 1, day: 4, hour: 19, minute: 0 }, 'Australia/Sydney').toISOString()).toBe('2026-01-04T08:00:00.000Z');
  });

  it('lists the changes of offset in a window', () => {
    const changes = offsetChanges('Europe/Berlin', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(changes.map((c) => [c.at.toISOString(), c.from, c.to])).toEqual([
      ['2026-03-29T01:00:00.000Z', 60, 120],
      ['2026-10-25T01:00:00.000Z', 120, 60],
    ]);
    expect(offsetChanges('UTC', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toEqual([]);
  });
});

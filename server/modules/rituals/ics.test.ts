import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar, vtimezone, type IcsEvent } from './ics.ts';

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'r1@hearth',
  stamp: new Date('2026-01-02T03:04:05Z'),
  title: 'Date night',
  timeZone: 'Europe/Berlin',
  start: { year: 2026, month: 1, day: 4, hour: 19, minute: 0 },
  durationMinutes: 45,
  rrule: 'FREQ=WEEKLY;BYDAY=SU',
  ...over,
});
const feed = (events: IcsEvent[]) => calendar({ name: 'Hearth rituals', events, now: new Date('2026-01-05T00:00:00Z') });
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('the rituals feed', () => {
  it('folds long lines at 75 octets without splitting a character', () => {
    const title = 'ü'.repeat(100);
    const ics = feed([event({ title })]);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(`SUMMARY:${title}\r\n`);
  });

  it('escapes what iCalendar text needs and drops control characters', () => {
    const ics = unfold(feed([event({ title: 'Tea; cake, and\na walk\u0007\u001b' })]));
    expect(ics).toContain('SUMMARY:Tea\\; cake\\, and\\na walk\r\n');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe('Tea; cake, and\na walk');
  });

  it('ends each occurrence its duration later, also across a change of the clocks', () => {
    // Europe/Berlin springs forward at 02:00 on 29 March 2026: 01:30 + 60 minutes is 03:30.
    const ics = unfold(feed([event({ start: { year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, durationMinutes: 60, rrule: 'FREQ=DAILY' })]));
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20260329T013000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20260329T033000\r\n');
  });

  it('describes each zone once, with its changes of offset', () => {
    const ics = feed([event(), event({ uid: 'r2@hearth' }), event({ uid: 'r3@hearth', timeZone: 'Asia/Kolkata' })]);
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    const berlin = vtimezone('Europe/Berlin', 2025, 2026).split('\r\n');
    expect(berlin.filter((l) => l === 'BEGIN:DAYLIGHT')).toHaveLength(2);
    expect(berlin).toContain('DTSTART:20250330T020000');
    expect(berlin).toContain('TZOFFSETTO:+0200');
    // No daylight saving time: one standing offset.
    expect(vtimezone('Asia/Kolkata', 2000, 2036).split('\r\n').filter((l) => l.startsWith('TZOFFSETTO'))).toEqual(['TZOFFSETTO:+0530']);
  });
});

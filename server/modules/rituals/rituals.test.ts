import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RitualView } from '../../../shared/contracts/rituals.ts';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { addDays, localDate, offsetMinutes } from '../../lib/local-time.ts';
import { couple, pairUp } from '../../test/couples.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const create = (p: Person, body: object) => p.client.post('/api/rituals', body);
const list = async (p: Person) => ((await p.client.get('/api/rituals').expect(200)).json() as { rituals: RitualView[] }).rituals;

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, events: root.getAllSubcomponents('vevent'), zones: root.getAllSubcomponents('vtimezone') };
}

describe('rituals', () => {
  it('are made by one partner and seen, changed and marked by both', async () => {
    const [a, b] = await couple(t);
    const made = (await create(a, { title: 'Stress-reducing talk', schedule: 'FREQ=DAILY', timeZone: 'America/New_York', time: '18:30', durationMinutes: 20 }).expect(201)).json() as RitualView;
    expect(made).toMatchObject({ scope: 'couple', schedule: 'FREQ=DAILY', timeZone: 'America/New_York', time: '18:30', durationMinutes: 20 });
    expect(made.upcoming).toHaveLength(3);
    expect((await list(b)).map((r) => r.id)).toEqual([made.id]);

    const changed = (await b.client.patch(`/api/rituals/${made.id}`, { title: 'Our evening talk', schedule: 'FREQ=WEEKLY;BYDAY=MO,TH' }).expect(200)).json();
    expect(changed).toMatchObject({ title: 'Our evening talk', schedule: 'FREQ=WEEKLY;BYDAY=MO,TH' });

    // Mark a past occurrence done (by either partner, once), and undo it.
    const today = localDate(new Date(t.clock.now()), 'America/New_York');
    const daily = (await create(a, { title: 'Six-second kiss', schedule: 'FREQ=DAILY', timeZone: 'America/New_York', startDate: addDays(today, -5) }).expect(201)).json();
    const yesterday = addDays(today, -1);
    const done = (await b.client.post(`/api/rituals/${daily.id}/completions`, { date: yesterday }).expect(200)).json();
    expect(done.completions.map((c: { date: string }) => c.date)).toEqual([yesterday]);
    await a.client.post(`/api/rituals/${daily.id}/completions`, { date: yesterday }).expect(200);
    expect((await list(a)).find((r) => r.id === daily.id)!.completions).toHaveLength(1);
    await a.client.post(`/api/rituals/${daily.id}/completions`, { date: yesterday, done: false }).expect(200);
    expect((await list(b)).find((r) => r.id === daily.id)!.completions).toEqual([]);
    // Not a day of the ritual, or not yet come.
    await a.client.post(`/api/rituals/${daily.id}/completions`, { date: addDays(today, -30) }).expect(400);
    await a.client.post(`/api/rituals/${daily.id}/completions`, { date: addDays(today, 3) }).expect(400);

    await b.client.delete(`/api/rituals/${made.id}`).expect(200);
    expect((await list(a)).map((r) => r.id)).toEqual([daily.id]);
  });

  it('validate the schedule, time zone, time and title', async () => {
    const p = await t.person();
    const ok = { title: 'Date night', schedule: 'FREQ=WEEKLY;BYDAY=FR', timeZone: 'Europe/Paris' };
    const field = async (body: object) => Object.keys((await create(p, { ...ok, ...body }).expect(400)).json().error.fields ?? {});
    expect(await field({ schedule: 'FREQ=HOURLY' })).toEqual(['schedule']);
    expect(await field({ schedule: 'FREQ=MINUTELY' })).toEqual(['schedule']);
    expect(await field({ schedule: 'FREQ=SECONDLY;INTERVAL=1' })).toEqual(['schedule']);
    expect(await field({ schedule: 'not a rule' })).toEqual(['schedule']);
    expect(await field({ schedule: 'FREQ=DAILY;COUNT=2', startDate: addDays(localDate(new Date(t.clock.now()), 'Europe/Paris'), -30) })).toEqual(['schedule']);
    expect(await field({ schedule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' })).toEqual(['schedule']);
    expect(await field({ timeZone: 'Atlantis/Capital' })).toEqual(['timeZone']);
    expect(await field({ time: '25:00' })).toEqual(['time']);
    expect(await field({ title: '  ' })).toEqual(['title']);
    expect(await field({ startDate: '2001-01-01' })).toEqual(['startDate']);
    expect((await create(p, ok).expect(201)).json().scope).toBe('private');
  });

  it("keep a person's own rituals private, and another couple's rituals answer 404", async () => {
    const a = await t.person();
    const b = await t.person();
    const own = (await create(a, { title: 'Morning pages', schedule: 'FREQ=DAILY', timeZone: 'UTC' }).expect(201)).json();
    await pairUp(a, b);
    expect((await list(b)).map((r) => r.id)).not.toContain(own.id);
    await b.client.patch(`/api/rituals/${own.id}`, { title: 'x' }).expect(404);
    await b.client.delete(`/api/rituals/${own.id}`).expect(404);
    const [c] = await couple(t);
    const theirs = (await create(c, { title: 'Walk', schedule: 'FREQ=DAILY', timeZone: 'UTC' }).expect(201)).json();
    await a.client.post(`/api/rituals/${theirs.id}/completions`, { date: localDate(new Date(t.clock.now()), 'UTC') }).expect(404);
  });

  it('export an iCalendar file that parses back with RRULE, TZID and time zones intact', async () => {
    const [a, b] = await couple(t);
    const title = 'Weekly check-in; tea, cake — and a long title with ünïcödé that needs folding in the calendar file';
    const r1 = (await create(a, { title, schedule: 'FREQ=WEEKLY;BYDAY=SU', timeZone: 'Europe/Berlin', time: '19:00', durationMinutes: 45 }).expect(201)).json();
    const r2 = (await create(b, { title: 'Monthly dream talk', schedule: 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20301231', timeZone: 'Australia/Sydney', time: '20:15' }).expect(201)).json();

    const res = await b.client.get('/api/rituals.ics').expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    for (const line of res.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const { events, zones } = parse(res.body);
    expect(events).toHaveLength(2);
    expect(zones.map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['Australia/Sydney', 'Europe/Berlin']);

    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    const e1 = byUid.get(`${r1.id}@hearth`)!;
    expect(String(e1.getFirstPropertyValue('summary'))).toBe(title);
    expect(e1.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=WEEKLY;BYDAY=SU');
    expect(e1.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Berlin');
    expect(new ICAL.Event(e1).duration.toString()).toBe('PT45M');
    const e2 = byUid.get(`${r2.id}@hearth`)!;
    const parts = (rule: string) => rule.split(';').sort();
    expect(parts(e2.getFirstPropertyValue('rrule')!.toString())).toEqual(parts(r2.schedule));
    expect(r2.schedule).toContain('UNTIL=20301231T125959Z'); // 23:59:59 in Sydney's summer
    expect(e2.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Australia/Sydney');

    // Expanded by ical.js with the VTIMEZONE we wrote, every occurrence is at 19:00 Berlin time,
    // whatever the season, at the same instants as our own schedule says.
    for (const zone of zones) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(e1);
    const it = event.iterator();
    let next;
    let count = 0;
    const ours = r1.upcoming as string[];
    while ((next = it.next()) && count < 60) {
      const utc = next.toJSDate();
      expect(next.hour).toBe(19);
      expect(next.minute).toBe(0);
      const offset = offsetMinutes(utc, 'Europe/Berlin');
      expect(utc.getUTCHours()).toBe(19 - offset / 60);
      if (count < ours.length) expect(next.toString().slice(0, 10)).toBe(ours[count]);
      count++;
    }
    expect(count).toBe(60);
  });

  it('reach a calendar app through a secret address that can be replaced or turned off', async () => {
    const [a] = await couple(t);
    await create(a, { title: 'Date night', schedule: 'FREQ=WEEKLY;BYDAY=SA', timeZone: 'UTC' }).expect(201);
    expect((await a.client.get('/api/calendar/feed').expect(200)).json().url).toBeNull();
    const { url } = (await a.client.post('/api/calendar/feed').expect(200)).json();
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[\w-]{40,}\.ics$/);
    const path = new URL(url).pathname;
    const viaToken = await t.client().get(path).expect(200);
    expect(viaToken.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(parse(viaToken.body).events).toHaveLength(1);
    expect((await a.client.get('/api/calendar/feed').expect(200)).json().url).toBe(url);

    const { url: next } = (await a.client.post('/api/calendar/feed').expect(200)).json();
    expect(next).not.toBe(url);
    await t.client().get(path).expect(404);
    await t.client().get(new URL(next).pathname).expect(200);
    await a.client.delete('/api/calendar/feed').expect(200);
    await t.client().get(new URL(next).pathname).expect(404);
    await t.client().get('/api/calendar/not-a-token.ics').expect(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../shared/contracts/dates.ts';
import { iso } from '../../lib/time.ts';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { formatTime, localDate, wallTime, weekdayOf } from '../../lib/local-time.ts';
import { couple } from '../../test/couples.ts';
import { advanceAll, startSecondServer } from '../../test/servers.ts';
import { inQuietHours, RITUAL_REMINDER, TODAY_REMINDER } from './service.ts';

let t1: TestApp;
let t2: TestApp;
beforeAll(async () => {
  t1 = await startTestApp();
  // A second app server with its own worker.
  t2 = await startSecondServer(t1);
});
afterAll(async () => {
  await t2.close();
  await t1.close();
});

const advance = (seconds: number) => advanceAll([t1, t2], seconds);
const now = () => t1.clock.now();
const NO_QUIET = { start: '00:00', end: '00:00' };

/** A UTC time of day a few minutes from now, and the seconds to wait until just after it. */
function dueSoon(minutes = 10): { time: string; wait: number } {
  const target = new Date(Math.floor((now().getTime() + minutes * 60_000) / 60_000) * 60_000);
  return { time: formatTime(wallTime(target, 'UTC')), wait: Math.ceil((target.getTime() + 30_000 - now().getTime()) / 1000) };
}

const race = async (rounds = 3) => {
  for (let i = 0; i < rounds; i++) await Promise.all([t1.ctx.worker.tick(), t2.ctx.worker.tick(), t2.ctx.worker.tick(), t1.ctx.worker.tick()]);
};
/** Reminder e-mails only (the outbox also holds the sign-up confirmation). */
const mails = async (p: Person) => (await t1.outbox(p.email)).filter((m) => m.text.includes('turned on reminders'));
const remindersOn = (p: Person, body: object) => p.client.put('/api/reminders', { enabled: true, timeZone: 'UTC', quietHours: NO_QUIET, ...body }).expect(200);

describe('reminder settings', () => {
  it('are off by default, change in part, and are validated', async () => {
    const p = await t1.person();
    const initial = (await p.client.get('/api/reminders').expect(200)).json();
    expect(initial).toEqual({ enabled: false, days: [...WEEKDAYS], time: '19:00', timeZone: 'UTC', quietHours: { start: '22:00', end: '08:00' }, rituals: false });
    const changed = (await p.client.put('/api/reminders', { enabled: true, days: ['sun', 'mon'], timeZone: 'america/chicago' }).expect(200)).json();
    expect(changed).toMatchObject({ enabled: true, days: ['mon', 'sun'], timeZone: 'America/Chicago', time: '19:00' });
    expect((await p.client.get('/api/reminders').expect(200)).json()).toEqual(changed);
    await p.client.put('/api/reminders', { time: '7pm' }).expect(400);
    await p.client.put('/api/reminders', { timeZone: 'Nowhere/Land' }).expect(400);
    await p.client.put('/api/reminders', { days: ['someday'] }).expect(400);
    await p.client.put('/api/reminders', { quietHours: { start: '22:00' } }).expect(400);
    await t1.client().get('/api/reminders').expect(401);
  });

  it('know quiet hours that cross midnight', () => {
    expect(inQuietHours(23 * 60, '22:00', '07:00')).toBe(true);
    expect(inQuietHours(6 * 60 + 59, '22:00', '07:00')).toBe(true);
    expect(inQuietHours(7 * 60, '22:00', '07:00')).toBe(false);
    expect(inQuietHours(13 * 60, '12:00', '14:00')).toBe(true);
    expect(inQuietHours(13 * 60, '10:00', '10:00')).toBe(false);
  });
});

describe('reminders for Today', () => {
  it('send nothing while off', async () => {
    const p = await t1.person();
    const { time, wait } = dueSoon();
    await p.client.put('/api/reminders', { time, timeZone: 'UTC', quietHours: NO_QUIET }).expect(200);
    advance(wait);
    await race();
    expect(await mails(p)).toEqual([]);
  });

  it('are sent exactly once per occurrence while two app servers race for them', async () => {
    const people = await Promise.all(Array.from({ length: 5 }, () => t1.person()));
    const { time, wait } = dueSoon();
    for (const p of people) await remindersOn(p, { time });
    const days = 3;
    for (let day = 0; day < days; day++) {
      advance(day === 0 ? wait : 86400);
      await race();
      // A later tick within the catch-up window finds nothing new.
      advance(120);
      await race(1);
      advance(-120);
    }
    for (const p of people) {
      const got = await mails(p);
      expect(got).toHaveLength(days);
      expect(new Set(got.map((m) => m.subject))).toEqual(new Set(['A few quiet minutes for you today']));
    }
    const jobs = (await t1.ctx.worker.jobs(TODAY_REMINDER)).filter((j) => people.some((p) => j.dedupeKey.startsWith(p.id)));
    expect(jobs).toHaveLength(people.length * days);
    expect(jobs.every((j) => j.outcome === 'sent' && j.attempts === 1)).toBe(true);
  });

  it('respect the chosen days and quiet hours', async () => {
    const quiet = await t1.person();
    const otherDay = await t1.person();
    const { time, wait } = dueSoon();
    const [h, m] = time.split(':').map(Number);
    const start = formatTime({ hour: h!, minute: m! });
    const end = formatTime({ hour: (h! + 1) % 24, minute: m! });
    await remindersOn(quiet, { time, quietHours: { start, end } });
    const today = localDate(new Date(now().getTime() + wait * 1000), 'UTC');
    await remindersOn(otherDay, { time, days: WEEKDAYS.filter((_, i) => i !== weekdayOf(today)) });
    advance(wait);
    await race();
    expect(await mails(quiet)).toEqual([]);
    expect(await mails(otherDay)).toEqual([]);
  });

  it('say the same generic words whatever the partner did, and nothing private', async () => {
    const [a, b] = await couple(t1);
    const [c] = await couple(t1);
    // a's partner is busy with private things; c's partner does nothing at all.
    const v = (await b.client.get('/api/today?timeZone=UTC').expect(200)).json();
    await b.client.post('/api/today/love-map', { questionId: v.loveMap.question.id, answer: 'SECRET-ANSWER' }).expect(200);
    await b.client.put('/api/today/check-in', { connection: 1, toward: 0, away: 3, against: 2, note: 'SECRET-NOTE' }).expect(200);
    await b.client.post('/api/appreciations/drafts', { text: 'SECRET-DRAFT' }).expect(201);
    await b.client.post('/api/appreciations', { text: 'a visible thank-you' }).expect(201);
    const { time, wait } = dueSoon();
    await remindersOn(a, { time });
    await remindersOn(c, { time });
    advance(wait);
    await race();
    const [forA] = await mails(a);
    const [forC] = await mails(c);
    expect(forA).toBeDefined();
    expect({ subject: forA!.subject, text: forA!.text }).toEqual({ subject: forC!.subject, text: forC!.text });
    expect(forA!.subject).toBe('A moment for the two of you today');
    expect(forA!.text).toContain('http://localhost:3000/today');
    for (const word of ['SECRET', 'partner', b.name, 'answered', 'thank-you']) expect(forA!.text).not.toContain(word);
  });

  it('are dropped when turned off in the meantime, or when they come hours late', async () => {
    const p = await t1.person();
    // No regular days: only the two jobs queued by hand below may run, whatever the time of day.
    await remindersOn(p, { days: [] });
    const past = (s: number) => iso(new Date(now().getTime() - s * 1000));
    await t1.ctx.worker.enqueue({ kind: TODAY_REMINDER, dedupeKey: `${p.id}:late`, payload: { accountId: p.id, date: 'x' }, runAt: past(3 * 3600) });
    await race(1);
    await p.client.put('/api/reminders', { enabled: false }).expect(200);
    await t1.ctx.worker.enqueue({ kind: TODAY_REMINDER, dedupeKey: `${p.id}:off`, payload: { accountId: p.id, date: 'y' }, runAt: past(60) });
    await race(1);
    const outcomes = Object.fromEntries((await t1.ctx.worker.jobs(TODAY_REMINDER)).filter((j) => j.dedupeKey.startsWith(p.id)).map((j) => [j.dedupeKey.split(':')[1], j.outcome]));
    expect(outcomes).toEqual({ late: 'expired', off: 'skipped' });
    expect(await mails(p)).toEqual([]);
  });
});

describe('reminders for rituals', () => {
  it('come an hour before, once, to each partner who asked for them, without the title', async () => {
    const [a, b] = await couple(t1);
    const { time, wait } = dueSoon(70);
    const ritual = (await a.client.post('/api/rituals', { title: 'Our private date night', schedule: 'FREQ=DAILY', timeZone: 'UTC', time }).expect(201)).json();
    await remindersOn(a, { time: '03:33', rituals: false, days: [] });
    await remindersOn(b, { time: '03:33', rituals: true, days: [] });
    advance(wait - 3600);
    await race();
    advance(60);
    await race(1);
    expect(await mails(a)).toEqual([]);
    const got = await mails(b);
    expect(got).toHaveLength(1);
    expect(got[0]!.subject).toBe('A ritual is coming up');
    expect(got[0]!.text).not.toContain('Our private date night');
    expect(got[0]!.text).toContain('http://localhost:3000/rituals');
    const jobs = (await t1.ctx.worker.jobs(RITUAL_REMINDER)).filter((j) => j.dedupeKey.includes(ritual.id));
    expect(jobs).toHaveLength(1);
  });
});

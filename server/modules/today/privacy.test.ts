import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { pairUp } from '../../test/couples.ts';
import { baseUrlOf, closeListening, EventStream } from '../../test/live.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => closeListening(t));

/** Everything the partner can fetch, as text (JSON bodies and calendar files). */
async function everythingSeenBy(p: Person, feedPath: string, date: string): Promise<string> {
  const urls = [
    '/api/me',
    '/api/today?timeZone=UTC',
    `/api/today?date=${date}`,
    '/api/love-maps?limit=50',
    '/api/appreciations?box=all&limit=50',
    '/api/appreciations?box=received&limit=50',
    '/api/appreciations?box=sent&limit=50',
    '/api/appreciations?box=drafts&limit=50',
    '/api/progress?weeks=52',
    `/api/progress?date=${date}&weeks=2`,
    '/api/rituals',
    '/api/rituals.ics',
    '/api/reminders',
    '/api/calendar/feed',
  ];
  const bodies = await Promise.all(urls.map(async (url) => (await p.client.get(url).expect(200)).body));
  bodies.push((await t.client().get(feedPath).expect(200)).body);
  return bodies.join('\n');
}

const canaryArb = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')), minLength: 12, maxLength: 30 })
  .map((s) => `canary-${s}`);

describe('privacy between partners', () => {
  it('never lets a canary one partner writes privately reach anything the other can fetch (property)', async () => {
    const a = await t.person();
    const b = await t.person();
    // Before pairing: a private reflection and a draft.
    const solo = (await a.client.get('/api/today?timeZone=UTC').expect(200)).json();
    await a.client.post('/api/today/love-map', { questionId: solo.loveMap.question.id, answer: 'canary-before-pairing-reflection' }).expect(200);
    await a.client.post('/api/appreciations/drafts', { text: 'canary-before-pairing-draft' }).expect(201);
    await a.client.put('/api/today/check-in', { connection: 2, toward: 0, away: 1, against: 0, note: 'canary-before-pairing-note', shared: true }).expect(200);
    await pairUp(a, b);
    await a.client.post('/api/rituals', { title: 'Shared walk', schedule: 'FREQ=DAILY', timeZone: 'UTC' }).expect(201);
    const feedPath = new URL((await b.client.post('/api/calendar/feed').expect(200)).json().url).pathname;
    const stream = await EventStream.open(await baseUrlOf(t), b);
    const written: string[] = ['canary-before-pairing-reflection', 'canary-before-pairing-draft', 'canary-before-pairing-note'];

    await fc.assert(
      fc.asyncProperty(
        canaryArb,
        fc.record({ answer: fc.boolean(), guess: fc.boolean(), note: fc.boolean(), draft: fc.boolean(), nextDay: fc.boolean() }),
        async (canary, where) => {
          if (where.nextDay) t.clock.advance(86400);
          const v = (await a.client.get('/api/today?timeZone=UTC').expect(200)).json();
          if (where.answer || where.guess) {
            await a.client
              .post('/api/today/love-map', { questionId: v.loveMap.question.id, answer: where.answer ? `my answer ${canary}` : 'plain', ...(where.guess ? { guess: `${canary} guess` } : {}) })
              .expect(200);
          }
          if (where.note) await a.client.put('/api/today/check-in', { connection: 3, toward: 1, away: 0, against: 2, note: `note ${canary}` }).expect(200);
          if (where.draft) await a.client.post('/api/appreciations/drafts', { text: `for later ${canary}` }).expect(201);
          written.push(canary);
          const seen = await everythingSeenBy(b, feedPath, v.date);
          for (const secret of written) expect(seen).not.toContain(secret);
          expect(seen).not.toContain('canary-');
        },
      ),
      { numRuns: 15 },
    );
    // No live event told the partner anything either (there was nothing to reveal).
    expect(stream.events()).toEqual([]);
    stream.close();
  }, 120_000);
});

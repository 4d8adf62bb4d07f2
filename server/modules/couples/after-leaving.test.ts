import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple, pairUp } from '../../test/couples.ts';

/**
 * After leaving, each keeps, read-only, what they wrote and what was addressed to them; never
 * the other's private items; never visible to a later partner (docs/privacy.md, section 4).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const json = async (p: Person, url: string) => (await p.client.get(url).expect(200)).json();
const texts = (list: { items: { text: string; direction: string }[] }) => list.items.map((i) => [i.direction, i.text]);
const stepsOf = (list: { items: { steps: { step: string; text: string }[] }[] }) => list.items.map((a) => a.steps.map((s) => [s.step, s.text]));

/** What a person can read from before: appreciations, talk requests and their own Aftermath steps. */
async function fromBefore(p: Person) {
  return {
    appreciations: texts(await json(p, '/api/appreciations?box=before')),
    talk: texts(await json(p, '/api/talk/requests?box=before')),
    aftermath: stepsOf(await json(p, '/api/aftermaths/before')),
  };
}

/** A and B write to each other, with private things on both sides; returns the Aftermath's id and B's talk request. */
async function historyOf(a: Person, b: Person) {
  await a.client.post('/api/appreciations', { text: 'A thanks B for the soup.' }).expect(201);
  t.clock.advance(1);
  await b.client.post('/api/appreciations', { text: 'B thanks A for listening.' }).expect(201);
  await b.client.post('/api/appreciations/drafts', { text: 'B-private-appreciation-draft' }).expect(201);
  const aRequest = (await a.client.post('/api/talk/requests', { text: 'A asks to talk about money.' }).expect(201)).json().request;
  t.clock.advance(1);
  const bRequest = (await b.client.post('/api/talk/requests', { text: 'B asks to talk about the holidays.' }).expect(201)).json().request;
  await b.client.post(`/api/talk/requests/${aRequest.id}/response`, { response: 'accept', note: 'B says yes, Sunday.' }).expect(200);
  await b.client.post('/api/talk/drafts', { text: 'B-private-talk-draft' }).expect(201);

  const am = (await a.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;
  const step = (p: Person, s: string, text: string, done: boolean) => p.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: s, text, done }).expect(200);
  await step(a, 'feelings', 'A felt alone.', true);
  await step(b, 'feelings', 'B felt blamed.', true);
  await step(a, 'account', 'A-unrevealed-account.', false);
  await step(b, 'triggers', 'B-unrevealed-trigger.', true);
  return { aftermathId: am.id as string, bRequestId: bRequest.id as string };
}

const PRIVATE_OF_B = ['B-private-appreciation-draft', 'B-private-talk-draft', 'B felt blamed.', 'B-unrevealed-trigger.'];
const A_B_TEXTS = ['A thanks B', 'B thanks A', 'talk about money', 'the holidays', 'B says yes', 'A felt alone', 'A-unrevealed-account', ...PRIVATE_OF_B];

describe('after leaving', () => {
  it("each keeps, read-only, what they wrote and what was addressed to them; a later partner sees nothing of it", async () => {
    const [a, b] = await couple(t);
    const { aftermathId, bRequestId } = await historyOf(a, b);
    // While paired nothing is "from before".
    expect(await fromBefore(a)).toEqual({ appreciations: [], talk: [], aftermath: [] });

    await a.client.post('/api/couple/leave').expect(200);
    const c = await t.person();
    await pairUp(a, c);

    expect(await fromBefore(a)).toEqual({
      appreciations: [
        ['received', 'B thanks A for listening.'],
        ['sent', 'A thanks B for the soup.'],
      ],
      talk: [
        ['received', 'B asks to talk about the holidays.'],
        ['sent', 'A asks to talk about money.'],
      ],
      aftermath: [[['feelings', 'A felt alone.'], ['account', 'A-unrevealed-account.']]],
    });
    const sentByA = (await json(a, '/api/talk/requests?box=before')).items.find((i: { direction: string }) => i.direction === 'sent');
    expect(sentByA).toMatchObject({ response: 'accept', responseNote: 'B says yes, Sunday.' });
    const aBefore = JSON.stringify([await json(a, '/api/appreciations?box=before'), await json(a, '/api/talk/requests?box=before'), await json(a, '/api/aftermaths/before')]);
    for (const text of PRIVATE_OF_B) expect(aBefore).not.toContain(text);

    // B, alone now, keeps their side of it the same way.
    expect(await fromBefore(b)).toEqual({
      appreciations: [
        ['sent', 'B thanks A for listening.'],
        ['received', 'A thanks B for the soup.'],
      ],
      talk: [
        ['sent', 'B asks to talk about the holidays.'],
        ['received', 'A asks to talk about money.'],
      ],
      aftermath: [[['feelings', 'B felt blamed.'], ['triggers', 'B-unrevealed-trigger.']]],
    });

    // The new couple's walls are A and C's alone; C sees nothing of A and B.
    const forC = JSON.stringify([
      await fromBefore(c),
      await json(c, '/api/appreciations'),
      await json(c, '/api/talk/requests'),
      await json(c, '/api/aftermaths'),
      await json(a, '/api/appreciations'),
      await json(a, '/api/talk/requests'),
      await json(a, '/api/aftermaths'),
    ]);
    for (const text of A_B_TEXTS) expect(forC).not.toContain(text);
    await c.client.get(`/api/aftermaths/${aftermathId}`).expect(404);

    // Read-only: nothing from before can be answered, written or paused.
    await b.client.post(`/api/talk/requests/${bRequestId}/response`, { response: 'later' }).expect(404);
    await a.client.post(`/api/talk/requests/${bRequestId}/response`, { response: 'later' }).expect(404);
    await a.client.get(`/api/aftermaths/${aftermathId}`).expect(404);
    await a.client.post('/api/aftermaths/steps', { aftermathId, step: 'account', text: 'more', done: true }).expect(404);
    await b.client.post(`/api/aftermaths/${aftermathId}/pause`).expect(404);
  });

  it('pages appreciations from before with a cursor, and refuses a bad one', async () => {
    const [a, b] = await couple(t);
    for (let i = 0; i < 3; i++) {
      await a.client.post('/api/appreciations', { text: `before ${i}` }).expect(201);
      t.clock.advance(1);
    }
    await b.client.post('/api/couple/leave').expect(200);
    const page1 = await json(b, '/api/appreciations?box=before&limit=2');
    expect(page1.items.map((i: { text: string }) => i.text)).toEqual(['before 2', 'before 1']);
    const page2 = await json(b, `/api/appreciations?box=before&limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((i: { text: string }) => i.text)).toEqual(['before 0']);
    expect(page2.nextCursor).toBeNull();
    await b.client.get('/api/appreciations?box=before&cursor=bm9wZQ').expect(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { answersFor, builtin, takeCheckup } from '../checkup/fixtures.ts';
import { pairUp } from '../../test/couples.ts';

/**
 * What a person made alone carries into the couple as theirs, and stays theirs after leaving
 * (docs/privacy.md, section 4). The cycle map has its own tests (cycle.test.ts).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const json = async (p: Person, url: string) => (await p.client.get(url).expect(200)).json();

/** Everything of A's own made alone, as A reads it back. */
async function ownThings(a: Person) {
  const results = (await json(a, '/api/checkup/results')).results.map((r: { id: string }) => r.id);
  const appreciationDrafts = (await json(a, '/api/appreciations?box=drafts')).items.map((i: { text: string }) => i.text);
  const talkDrafts = (await json(a, '/api/talk/drafts')).items.map((i: { text: string }) => i.text);
  const rituals = (await json(a, '/api/rituals')).rituals.map((r: { title: string }) => r.title);
  return { results, appreciationDrafts, talkDrafts, rituals };
}

describe('made alone, then paired, then left', () => {
  it('check-up results, kept drafts and rituals stay mine throughout', async () => {
    const a = await t.person();
    const result = await takeCheckup(a.client, answersFor(builtin(t), () => 3));
    await a.client.post('/api/appreciations/drafts', { text: 'For when you join: I miss our walks.' }).expect(201);
    await a.client.post('/api/talk/drafts', { text: 'I would like us to talk about weekends.' }).expect(201);
    await a.client.post('/api/rituals', { title: 'Morning walk on my own', schedule: 'FREQ=DAILY', timeZone: 'UTC' }).expect(201);
    const alone = await ownThings(a);
    expect(alone).toEqual({
      results: [result.id],
      appreciationDrafts: ['For when you join: I miss our walks.'],
      talkDrafts: ['I would like us to talk about weekends.'],
      rituals: ['Morning walk on my own'],
    });

    const b = await t.person();
    await pairUp(a, b);
    expect(await ownThings(a)).toEqual(alone);
    // Still mine alone: the partner sees none of it.
    const forB = JSON.stringify([await ownThings(b), await json(b, '/api/appreciations'), await json(b, '/api/talk/requests')]);
    for (const text of ['I miss our walks', 'about weekends', 'Morning walk on my own', result.id]) expect(forB).not.toContain(text);

    await b.client.post('/api/couple/leave').expect(200);
    expect(await ownThings(a)).toEqual(alone);
  });
});

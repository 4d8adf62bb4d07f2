import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';

/**
 * Deleting an account erases everything its person wrote; what the partner wrote stays the
 * partner's, read-only as after leaving (docs/privacy.md, section 4).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const json = async (p: Person, url: string) => (await p.client.get(url).expect(200)).json();

describe('deleting an account', () => {
  it("erases the person's words and keeps the partner's", async () => {
    const [a, b] = await couple(t);
    await b.client.post('/api/appreciations', { text: 'B thanks A for the garden.' }).expect(201);
    await a.client.post('/api/appreciations', { text: 'A-words-go-with-A: thanks.' }).expect(201);
    const bRequest = (await b.client.post('/api/talk/requests', { text: 'B asks A to talk about Sunday.' }).expect(201)).json().request;
    await a.client.post(`/api/talk/requests/${bRequest.id}/response`, { response: 'later', note: 'A-words-go-with-A: next week.' }).expect(200);
    await a.client.post('/api/talk/requests', { text: 'A-words-go-with-A: can we talk?' }).expect(201);
    // An Aftermath A started: B's steps are B's, revealed or not.
    const am = (await a.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;
    const step = (p: Person, s: string, text: string, done: boolean) => p.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: s, text, done }).expect(200);
    await step(a, 'feelings', 'A-words-go-with-A: hurt.', true);
    await step(b, 'feelings', 'B felt unheard.', true);
    await step(b, 'account', 'B remembers it this way.', false);

    await a.client.post('/api/me/delete', { password: a.password }).expect(200);

    const appreciations = (await json(b, '/api/appreciations?box=before')).items;
    expect(appreciations.map((i: { direction: string; text: string }) => [i.direction, i.text])).toEqual([['sent', 'B thanks A for the garden.']]);
    const talk = (await json(b, '/api/talk/requests?box=before')).items;
    expect(talk).toHaveLength(1);
    // A's answer was A's words: it went with A.
    expect(talk[0]).toMatchObject({ direction: 'sent', text: 'B asks A to talk about Sunday.', response: null, responseNote: null, respondedAt: null });
    const aftermaths = (await json(b, '/api/aftermaths/before')).items;
    expect(aftermaths.map((x: { steps: { text: string }[] }) => x.steps.map((s) => s.text))).toEqual([['B felt unheard.', 'B remembers it this way.']]);

    const everythingOfB = JSON.stringify([appreciations, talk, aftermaths, await json(b, '/api/appreciations'), await json(b, '/api/talk/requests')]);
    expect(everythingOfB).not.toContain('A-words-go-with-A');

    // Nothing A wrote is left in the database.
    const { db } = t.ctx.database;
    const left = await Promise.all([
      db.selectFrom('appreciation').select('id').where('author_id', '=', a.id).execute(),
      db.selectFrom('talk_request').select('id').where('author_id', '=', a.id).execute(),
      db.selectFrom('aftermath_step').select('step').where('account_id', '=', a.id).execute(),
      db.selectFrom('talk_request').select('id').where('id', '=', bRequest.id).where('response_note', 'is not', null).execute(),
    ]);
    expect(left.map((rows) => rows.length)).toEqual([0, 0, 0, 0]);
  });

  it("keeps the partner's words when the deleted person was the one they were written to", async () => {
    const [a, b] = await couple(t);
    await a.client.post('/api/appreciations', { text: 'A thanks B for the tea.' }).expect(201);
    const am = (await b.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;
    await a.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: 'feelings', text: 'A felt tired.', done: true }).expect(200);
    await b.client.post('/api/me/delete', { password: b.password }).expect(200);
    expect((await json(a, '/api/appreciations?box=before')).items.map((i: { text: string }) => i.text)).toEqual(['A thanks B for the tea.']);
    expect((await json(a, '/api/aftermaths/before')).items.map((x: { steps: { text: string }[] }) => x.steps.map((s) => s.text))).toEqual([['A felt tired.']]);
  });
});

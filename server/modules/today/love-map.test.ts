import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TodayView } from '../../../shared/contracts/today.ts';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const today = async (p: Person, query = 'timeZone=UTC') => (await p.client.get(`/api/today?${query}`).expect(200)).json() as TodayView;
const history = async (p: Person) => (await p.client.get('/api/love-maps').expect(200)).json();
const answer = (p: Person, questionId: string, text: string, guess?: string) =>
  p.client.post('/api/today/love-map', { questionId, answer: text, ...(guess === undefined ? {} : { guess }) });

describe('love maps', () => {
  it('shows answers to both only once both have answered', async () => {
    const [a, b] = await couple(t);
    const q = (await today(a)).loveMap.question.id;

    const mine = (await answer(a, q, 'Rain on the roof', 'Their cat').expect(200)).json();
    expect(mine.mine).toMatchObject({ answer: 'Rain on the roof', guess: 'Their cat' });
    expect(mine).not.toHaveProperty('partner');
    expect((await today(a)).loveMap).not.toHaveProperty('partner');
    expect((await today(b)).loveMap).not.toHaveProperty('partner');
    expect((await today(b)).loveMap).not.toHaveProperty('mine');

    const theirs = (await answer(b, q, 'A quiet morning', 'Rain, I think').expect(200)).json();
    expect(theirs.partner).toEqual({ answer: 'Rain on the roof', guess: 'Their cat' });
    expect(theirs.mine).toMatchObject({ answer: 'A quiet morning', guess: 'Rain, I think' });
    const seenByA = (await today(a)).loveMap;
    expect(seenByA.partner).toEqual({ answer: 'A quiet morning', guess: 'Rain, I think' });
    expect(seenByA.mine?.answer).toBe('Rain on the roof');
    expect((await history(a)).items[0]).toMatchObject({ question: { id: q }, partner: { answer: 'A quiet morning' } });

    // Once shown, answers stay as they are.
    expect((await answer(a, q, 'changed my mind').expect(409)).json().error.code).toBe('already_revealed');
  });

  it("gives the partner the very same response before the reveal, whether or not the other answered", async () => {
    const [a, b] = await couple(t);
    const v = await today(a);
    const q = v.loveMap.question.id;
    const beforeToday = await today(b, `date=${v.date}`);
    const beforeHistory = await history(b);
    const beforeProgress = (await b.client.get(`/api/progress?date=${v.date}`).expect(200)).body;

    await answer(a, q, 'something only I know yet', 'a guess').expect(200);
    // Editing before the reveal is fine, and still tells the partner nothing.
    await answer(a, q, 'something only I know, edited').expect(200);

    expect(await today(b, `date=${v.date}`)).toEqual(beforeToday);
    expect(await history(b)).toEqual(beforeHistory);
    expect((await b.client.get(`/api/progress?date=${v.date}`).expect(200)).body).toBe(beforeProgress);
  });

  it('answers 404 for a question that was not served to the couple, and validates the answer', async () => {
    const [a] = await couple(t);
    const q = (await today(a)).loveMap.question.id;
    const other = q === 'lm-001' ? 'lm-002' : 'lm-001';
    await answer(a, other, 'hi').expect(404);
    await answer(a, 'lm-999999', 'hi').expect(404);
    await answer(a, 'solo-001', 'hi').expect(404);
    await answer(a, q, '   ').expect(400);
    await answer(a, q, 'x'.repeat(2001)).expect(400);
    // Another couple's question is not ours to answer either.
    const [c] = await couple(t);
    t.clock.advance(86400);
    const theirs = (await today(c)).loveMap.question.id;
    if (theirs !== q) await answer(a, theirs, 'hi').expect(404);
  });

  it("keeps a person alone's reflections private, and a partner of a later couple never sees an earlier couple's answers", async () => {
    const p = await t.person();
    const reflection = (await today(p)).loveMap.question;
    expect(reflection.kind).toBe('reflection');
    const saved = (await answer(p, reflection.id, 'just for me', 'ignored').expect(200)).json();
    expect(saved.mine).toMatchObject({ answer: 'just for me', guess: null });

    const [a, b] = await couple(t);
    const q = (await today(a)).loveMap.question.id;
    await answer(a, q, 'from the first couple').expect(200);
    await answer(b, q, 'both answered').expect(200);
    await a.client.post('/api/couple/leave').expect(200);
    const c = await t.person();
    const { code } = (await a.client.post('/api/invites').expect(201)).json();
    await c.client.post('/api/invites/accept', { code }).expect(200);
    expect(JSON.stringify(await history(c))).not.toContain('from the first couple');
    expect(JSON.stringify(await history(a))).not.toContain('both answered');
    expect(JSON.stringify(await today(c))).not.toContain('from the first couple');
  });

  it('pages through the questions served, newest first', async () => {
    const [a] = await couple(t);
    const dates: string[] = [];
    for (let i = 0; i < 5; i++) {
      dates.push((await today(a)).date);
      t.clock.advance(86400);
    }
    const first = (await a.client.get('/api/love-maps?limit=2').expect(200)).json();
    expect(first.items.map((i: { date: string }) => i.date)).toEqual([dates[4], dates[3]]);
    const second = (await a.client.get(`/api/love-maps?limit=2&cursor=${first.nextCursor}`).expect(200)).json();
    expect(second.items.map((i: { date: string }) => i.date)).toEqual([dates[2], dates[1]]);
    await a.client.get('/api/love-maps?cursor=nonsense').expect(400);
  });
});

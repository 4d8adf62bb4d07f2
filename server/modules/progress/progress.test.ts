import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extremeAnswers } from '../../../shared/checkup/testing.ts';
import type { ProgressView } from '../../../shared/contracts/progress.ts';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { addDays, localDate, mondayOf } from '../../lib/local-time.ts';
import { chooseToCompare } from '../checkup/fixtures.ts';
import { couple } from '../../test/couples.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const progress = async (p: Person, query = 'timeZone=UTC&weeks=2') => (await p.client.get(`/api/progress?${query}`).expect(200)).json() as ProgressView;
const checkIn = (p: Person, body: object) => p.client.put('/api/today/check-in', { toward: 0, away: 0, against: 0, timeZone: 'UTC', ...body }).expect(200);
const today = () => localDate(t.clock.now(), 'UTC');

describe('progress', () => {
  it('charts my own check-ins with a 7-day average and the share of bids turned toward', async () => {
    const p = await t.person();
    const values = [2, 4, 3, 5];
    for (const connection of values) {
      await checkIn(p, { connection, toward: 3, away: 1, against: 0 });
      t.clock.advance(86400);
    }
    t.clock.advance(-86400);
    const view = await progress(p);
    expect(view.paired).toBe(false);
    expect(view.to).toBe(today());
    expect(view.from).toBe(addDays(mondayOf(today()), -7));
    const last = view.connection.mine.at(-1)!;
    expect(last).toEqual({ date: today(), value: 5, average7: 3.5 });
    expect(view.connection.mine.filter((d) => d.value !== null).map((d) => d.value)).toEqual(values);
    expect(view.connection.couple).toBeNull();
    const bids = view.bids.mine.reduce((a, w) => ({ toward: a.toward + w.toward, away: a.away + w.away }), { toward: 0, away: 0 });
    expect(bids).toEqual({ toward: 12, away: 4 });
    expect(view.bids.mine.find((w) => w.toward > 0)!.shareToward).toBe(0.75);
    expect(view.checkup).toBeNull();
    await p.client.get('/api/progress?weeks=0').expect(400);
    await p.client.get('/api/progress?weeks=53').expect(400);
  });

  it('shows the couple only check-ins both shared; an unshared one counts in my own view only', async () => {
    const [a, b] = await couple(t);
    const beforeForB = (await b.client.get('/api/progress?timeZone=UTC&weeks=2').expect(200)).body;
    await checkIn(a, { connection: 1, toward: 0, away: 2, against: 1, note: 'private' });
    // Nothing the partner can see changed at all.
    expect((await b.client.get('/api/progress?timeZone=UTC&weeks=2').expect(200)).body).toBe(beforeForB);
    const mineOnly = await progress(a);
    expect(mineOnly.connection.mine.at(-1)!.value).toBe(1);
    expect(mineOnly.connection.couple!.at(-1)).toEqual({ date: today(), mine: null, partner: null, average7: null });

    await checkIn(a, { connection: 4, toward: 2, away: 0, against: 0, shared: true });
    await checkIn(b, { connection: 2, toward: 1, away: 1, against: 0, shared: true });
    const forA = await progress(a);
    const forB = await progress(b);
    expect(forA.connection.couple!.at(-1)).toEqual({ date: today(), mine: 4, partner: 2, average7: 3 });
    expect(forB.connection.couple!.at(-1)).toEqual({ date: today(), mine: 2, partner: 4, average7: 3 });
    const week = forB.bids.couple!.at(-1)!;
    expect(week).toMatchObject({ toward: 3, away: 1, against: 0, shareToward: 0.75 });
    // Unsharing takes it out of the couple's view again.
    await checkIn(a, { connection: 4, toward: 2, away: 0, against: 0, shared: false });
    expect((await progress(b)).connection.couple!.at(-1)).toEqual({ date: today(), mine: 2, partner: null, average7: 2 });
  });

  it('counts appreciations given and received per week, and love-map questions answered together', async () => {
    const [a, b] = await couple(t);
    await a.client.post('/api/appreciations', { text: 'one' }).expect(201);
    await a.client.post('/api/appreciations', { text: 'two' }).expect(201);
    await b.client.post('/api/appreciations', { text: 'three' }).expect(201);
    const q = (await a.client.get('/api/today?timeZone=UTC').expect(200)).json().loveMap.question.id;
    await a.client.post('/api/today/love-map', { questionId: q, answer: 'x' }).expect(200);
    expect((await progress(a)).loveMaps.at(-1)).toMatchObject({ answeredTogether: 0, total: 0 });
    await b.client.post('/api/today/love-map', { questionId: q, answer: 'y' }).expect(200);
    const forA = await progress(a);
    const forB = await progress(b);
    expect(forA.appreciations.at(-1)).toMatchObject({ week: mondayOf(today()), given: 2, received: 1 });
    expect(forB.appreciations.at(-1)).toMatchObject({ given: 1, received: 2 });
    expect(forA.loveMaps.at(-1)).toMatchObject({ answeredTogether: 1, total: 1 });
    expect(forB.loveMaps).toEqual(forA.loveMaps);
  });

  it('follows check-up dimensions over retakes', async () => {
    const [a, b] = await couple(t);
    const answers = extremeAnswers(t.ctx.checkup.defaultInstrument, true);
    const take = async (p: Person) => {
      await p.client.put('/api/checkup/answers', { answers }).expect(200);
      await p.client.post('/api/checkup/submit').expect(201);
    };
    await take(a);
    const one = await progress(a);
    expect(one.checkup!.mine).toHaveLength(1);
    expect(one.checkup!.couple).toEqual([]);
    expect(Object.keys(one.checkup!.mine[0]!.scores)).toEqual(one.checkup!.dimensions.map((d) => d.key));
    expect((await progress(b)).checkup).toBeNull();
    await take(b);
    t.clock.advance(60);
    await take(a);
    expect((await progress(b)).checkup!.couple).toEqual([]);
    await chooseToCompare(a, b);
    const later = await progress(b);
    expect(later.checkup!.mine).toHaveLength(1);
    expect(later.checkup!.couple).toHaveLength(2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple, pairUp } from '../today/testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const get = async (p: Person) => (await p.client.get('/api/cycle-map').expect(200)).json();
const versions = async (p: Person) => (await p.client.get('/api/cycle-map/versions').expect(200)).json();
const side = (moves: string[], extra: object = {}) => ({ myMoves: moves, feelingsUnderneath: 'scared', fears: 'being alone', longings: 'to be close', ...extra });

describe('the cycle map', () => {
  it("shows my side, and my partner's only once both have mapped; keeps every version", async () => {
    const [a, b] = await couple(t);
    expect(await get(a)).toEqual({ mine: null, complete: false });
    const first = (await a.client.put('/api/cycle-map', side(['push for an answer', 'criticise'], { stance: 'pursue' })).expect(200)).json();
    expect(first).toMatchObject({ mine: { version: 1, stance: 'pursue', myMoves: ['push for an answer', 'criticise'] }, complete: false });
    expect(first.partner).toBeUndefined();
    expect(await get(b)).toEqual({ mine: null, complete: false });
    expect(JSON.stringify(await versions(b))).not.toContain('push for an answer');

    const both = (await b.client.put('/api/cycle-map', side(['go quiet', 'leave the room'], { stance: 'withdraw' })).expect(200)).json();
    expect(both).toMatchObject({ complete: true, mine: { myMoves: ['go quiet', 'leave the room'] }, partner: { myMoves: ['push for an answer', 'criticise'] } });
    expect((await get(a)).partner.myMoves).toEqual(['go quiet', 'leave the room']);

    await a.client.put('/api/cycle-map', side(['ask again and again'])).expect(200);
    const v = await versions(a);
    expect(v.mine.map((s: { version: number }) => s.version)).toEqual([2, 1]);
    expect(v.partner.map((s: { version: number }) => s.version)).toEqual([1]);
    expect((await get(b)).partner).toMatchObject({ version: 2, myMoves: ['ask again and again'], stance: null });
  });

  it("my partner's side is absent the same way whether or not they started", async () => {
    const [a] = await couple(t);
    await a.client.put('/api/cycle-map', side(['push'])).expect(200);
    const [c] = await couple(t);
    await c.client.put('/api/cycle-map', side(['push'])).expect(200);
    const strip = (v: { mine: object }) => JSON.stringify({ ...v, mine: { ...v.mine, savedAt: 'x' } });
    expect(strip(await get(a))).toBe(strip(await get(c)));
  });

  it('does not keep a side that speaks of crisis (it would be shown to the partner)', async () => {
    const [a] = await couple(t);
    const res = (await a.client.put('/api/cycle-map', side(['go quiet'], { fears: "I'm scared of you when you drink." })).expect(422)).json();
    expect(res.error).toMatchObject({ code: 'crisis_language', fields: { fears: expect.any(String) } });
    expect(await get(a)).toEqual({ mine: null, complete: false });
  });

  it('a person alone maps their own side; bad input is refused', async () => {
    const alone = await t.person();
    expect((await alone.client.put('/api/cycle-map', side(['go quiet'])).expect(200)).json()).toMatchObject({ complete: false, mine: { version: 1 } });
    await alone.client.put('/api/cycle-map', side([])).expect(400);
    await alone.client.put('/api/cycle-map', side(Array.from({ length: 13 }, (_, i) => `m${i}`))).expect(400);
    await alone.client.put('/api/cycle-map', side(['x'], { stance: 'sideways' })).expect(400);
    await alone.client.put('/api/cycle-map', side(['x'], { fears: 'y'.repeat(1001) })).expect(400);
    const partner = await t.person();
    await pairUp(alone, partner);
    // A new couple starts a fresh map together: the solo side stays the person's own.
    expect(await get(alone)).toEqual({ mine: null, complete: false });
    expect(await get(partner)).toEqual({ mine: null, complete: false });
  });
});

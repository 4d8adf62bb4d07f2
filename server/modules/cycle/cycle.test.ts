import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple, pairUp } from '../../test/couples.ts';

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
    expect(await get(a)).toEqual({ mine: null, mineMappedAlone: false, complete: false });
    const first = (await a.client.put('/api/cycle-map', side(['push for an answer', 'criticise'], { stance: 'pursue' })).expect(200)).json();
    expect(first).toMatchObject({ mine: { version: 1, stance: 'pursue', myMoves: ['push for an answer', 'criticise'] }, complete: false });
    expect(first.partner).toBeUndefined();
    expect(await get(b)).toEqual({ mine: null, mineMappedAlone: false, complete: false });
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
    expect(await get(a)).toEqual({ mine: null, mineMappedAlone: false, complete: false });
  });

  it('a person alone maps their own side; bad input is refused', async () => {
    const alone = await t.person();
    expect((await alone.client.put('/api/cycle-map', side(['go quiet'])).expect(200)).json()).toMatchObject({ complete: false, mine: { version: 1 } });
    await alone.client.put('/api/cycle-map', side([])).expect(400);
    await alone.client.put('/api/cycle-map', side(Array.from({ length: 13 }, (_, i) => `m${i}`))).expect(400);
    await alone.client.put('/api/cycle-map', side(['x'], { stance: 'sideways' })).expect(400);
    await alone.client.put('/api/cycle-map', side(['x'], { fears: 'y'.repeat(1001) })).expect(400);
  });
});

describe('a side mapped alone', () => {
  it('stays mine after pairing, private until I include it, and stays mine after leaving', async () => {
    const a = await t.person();
    const b = await t.person();
    await a.client.put('/api/cycle-map', side(['go quiet'], { fears: 'mapped-alone-canary' })).expect(200);
    await pairUp(a, b);
    expect(await get(a)).toMatchObject({ mine: { version: 1, myMoves: ['go quiet'], fears: 'mapped-alone-canary' }, mineMappedAlone: true, complete: false });
    expect((await versions(a)).mine.map((s: { version: number }) => s.version)).toEqual([1]);

    // B maps in the couple: neither sees the other's side, since A has not put one in the map.
    await b.client.put('/api/cycle-map', side(['push'])).expect(200);
    expect(JSON.stringify(await get(b))).not.toContain('mapped-alone-canary');
    expect(JSON.stringify(await versions(b))).not.toContain('mapped-alone-canary');
    expect((await get(a)).partner).toBeUndefined();

    const included = (await a.client.post('/api/cycle-map/include').expect(200)).json();
    expect(included).toMatchObject({ mine: { version: 1, fears: 'mapped-alone-canary' }, mineMappedAlone: false, complete: true, partner: { myMoves: ['push'] } });
    expect((await get(b)).partner).toMatchObject({ fears: 'mapped-alone-canary' });

    await a.client.post('/api/couple/leave').expect(200);
    expect(await get(a)).toMatchObject({ mine: { version: 1, fears: 'mapped-alone-canary' }, mineMappedAlone: true, complete: false });
    expect(JSON.stringify(await get(b))).not.toContain('mapped-alone-canary');
  });

  it('waits for both once included, and saving in the couple maps there', async () => {
    const a = await t.person();
    const b = await t.person();
    await a.client.put('/api/cycle-map', side(['criticise'])).expect(200);
    await pairUp(a, b);
    expect((await a.client.post('/api/cycle-map/include').expect(200)).json()).toMatchObject({ mineMappedAlone: false, complete: false });
    expect(await get(b)).toEqual({ mine: null, mineMappedAlone: false, complete: false });
    // Saving while paired is mapping in the couple: the next version of my side there.
    expect((await a.client.put('/api/cycle-map', side(['ask again'])).expect(200)).json()).toMatchObject({ mine: { version: 2 }, mineMappedAlone: false });
  });

  it('include needs a partner and a side mapped alone', async () => {
    const alone = await t.person();
    await alone.client.put('/api/cycle-map', side(['go quiet'])).expect(200);
    expect((await alone.client.post('/api/cycle-map/include').expect(409)).json().error.code).toBe('not_paired');
    const [a] = await couple(t);
    await a.client.post('/api/cycle-map/include').expect(404);
  });

  it("my partner's view is byte-identical whether or not I have a side mapped alone that I did not include", async () => {
    const transcripts: string[] = [];
    for (const world of ['nothing', 'mappedAlone'] as const) {
      const a = await t.person();
      const b = await t.person();
      if (world === 'mappedAlone') await a.client.put('/api/cycle-map', side(['leave the room'], { longings: 'kept-to-myself' })).expect(200);
      await pairUp(a, b);
      const forB: unknown[] = [await get(b), await versions(b)];
      forB.push((await b.client.put('/api/cycle-map', side(['push'], { stance: 'pursue' })).expect(200)).json());
      forB.push(await get(b), await versions(b));
      transcripts.push(JSON.stringify(forB).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T'));
    }
    expect(transcripts[1]).toBe(transcripts[0]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const active = async (p: Person) => (await p.client.get('/api/breaks/active').expect(200)).json();

describe('breaks when flooded', () => {
  it('takes 20 minutes to 24 hours, whole minutes only', async () => {
    for (const minutes of [19, 1441, 0, -5, 20.5, '30', null]) {
      const [a] = await couple(t);
      expect((await a.client.post('/api/breaks', { minutes }).expect(400)).json().error.code).toBe('invalid_input');
    }
    const [a] = await couple(t);
    await a.client.post('/api/breaks', { minutes: 20 }).expect(201);
    const [c] = await couple(t);
    await c.client.post('/api/breaks', { minutes: 1440 }).expect(201);
    const alone = await t.person();
    expect((await alone.client.post('/api/breaks', { minutes: 30 }).expect(409)).json().error.code).toBe('not_paired');
  });

  it('gives the person on the break a timer and guidance, the partner a neutral notice, and invites both back at the return time', async () => {
    const [a, b] = await couple(t);
    const started = (await a.client.post('/api/breaks', { minutes: 30 }).expect(201)).json();
    expect(started.active).toMatchObject({ mine: true });
    expect(started.active.secondsLeft).toBeGreaterThan(1790);
    expect(started.active.secondsLeft).toBeLessThanOrEqual(1800);
    expect(started.active.guidanceKeys.length).toBeGreaterThan(0);
    const forB = await active(b);
    expect(Object.keys(forB.active).sort()).toEqual(['id', 'mine', 'returnAt']);
    expect(forB.active).toEqual({ id: started.active.id, mine: false, returnAt: started.active.returnAt });
    expect(forB.invitation).toBeNull();
    // One break at a time per couple.
    expect((await b.client.post('/api/breaks', { minutes: 20 }).expect(409)).json().error.code).toBe('break_running');
    // Only the person on the break ends it early.
    await b.client.post('/api/breaks/end').expect(404);

    t.clock.advance(30 * 60);
    for (const p of [a, b]) {
      expect(await active(p)).toEqual({ active: null, invitation: { breakId: started.active.id, at: started.active.returnAt, messageKey: 'breaks.invitation' } });
    }
    await a.client.post('/api/breaks/end').expect(404);
    t.clock.advance(61 * 60);
    expect(await active(a)).toEqual({ active: null, invitation: null });
  });

  it('can be ended early by the person on it; both are invited back', async () => {
    const [a, b] = await couple(t);
    await a.client.post('/api/breaks', { minutes: 60 }).expect(201);
    t.clock.advance(25 * 60);
    const ended = (await a.client.post('/api/breaks/end').expect(200)).json();
    expect(ended.active).toBeNull();
    expect(ended.invitation).not.toBeNull();
    expect((await active(b)).invitation.at).toBe(ended.invitation.at);
    // Now the partner may take one.
    await b.client.post('/api/breaks', { minutes: 20 }).expect(201);
    expect((await active(a)).active).toMatchObject({ mine: false });
    const stranger = await t.person();
    expect(await active(stranger)).toEqual({ active: null, invitation: null });
  });

  it('starts exactly one break when both partners ask at the same moment (the other is told one is running)', async () => {
    const [a, b] = await couple(t);
    for (let round = 0; round < 8; round++) {
      const answers = await Promise.all([a.client.post('/api/breaks', { minutes: 20 }), b.client.post('/api/breaks', { minutes: 20 })]);
      const statuses = answers.map((r) => r.statusCode).sort();
      expect(statuses, `round ${round}`).toEqual([201, 409]);
      expect(answers.find((r) => r.statusCode === 409)!.json().error.code).toBe('break_running');
      const started = answers.find((r) => r.statusCode === 201)!.json().active.id;
      for (const p of [a, b]) expect((await active(p)).active.id).toBe(started);
      // Past the break and its invitation back, the next round starts clean.
      t.clock.advance(20 * 60 + 1);
    }
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';
import { settle } from '../../test/live.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const STEPS = ['feelings', 'account', 'triggers', 'responsibility', 'nextTime'] as const;

/** Everything B can read in this area, as one string. */
async function everythingFor(b: Person, aftermathId: string): Promise<string> {
  const paths = ['/api/talk/requests', '/api/talk/drafts', '/api/aftermaths', `/api/aftermaths/${aftermathId}`, '/api/cycle-map', '/api/cycle-map/versions', '/api/breaks/active'];
  const bodies = await Promise.all(paths.map(async (p) => (await b.client.get(p).expect(200)).body));
  return bodies.join('\n');
}

describe('what one partner keeps private never reaches the other', () => {
  it('a canary in an unfinished Aftermath step, a kept draft or an unrevealed cycle-map side', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.constantFrom(...STEPS),
        fc.boolean(),
        fc.boolean(),
        async (noise, step, bFinishesOtherStep, bMapsFirst) => {
          const canary = `canary-${Math.random().toString(36).slice(2, 10)} ${noise}`.trim();
          const tag = canary.slice(0, 15);
          const [a, b] = await couple(t);
          const heard: string[] = [];
          const unsubscribe = await t.ctx.events.subscribe(b.id, (e) => heard.push(JSON.stringify(e)), () => undefined);
          try {
            const am = (await b.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;
            if (bMapsFirst) await b.client.put('/api/cycle-map', { myMoves: ['go quiet'], feelingsUnderneath: '', fears: '', longings: '' }).expect(200);
            // A writes privately: a step not finished by both, a kept draft, a first cycle side.
            await a.client.post('/api/aftermaths/steps', { aftermathId: am.id, step, text: canary, done: true }).expect(200);
            await a.client.post('/api/talk/drafts', { text: canary }).expect(201);
            if (!bMapsFirst) await a.client.put('/api/cycle-map', { myMoves: [canary.slice(0, 200)], feelingsUnderneath: canary, fears: canary, longings: canary }).expect(200);
            // B works on another step (finished or not): the canary's step stays unrevealed.
            const other = STEPS.find((s) => s !== step)!;
            const own = (await b.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: other, text: 'mine', done: bFinishesOtherStep }).expect(200)).body;
            await settle(20);
            const seen = [own, await everythingFor(b, am.id), ...heard].join('\n');
            expect(seen).not.toContain(tag);
            expect(seen).not.toContain(JSON.stringify(canary).slice(1, -1).slice(0, 15));
            // The check can see a leak: once B finishes the same step, it is revealed to B.
            await b.client.post('/api/aftermaths/steps', { aftermathId: am.id, step, text: 'mine too', done: true }).expect(200);
            expect((await b.client.get(`/api/aftermaths/${am.id}`).expect(200)).body).toContain(tag);
          } finally {
            unsubscribe();
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('sends the partner no live event for a private save, only for what is shared', async () => {
    const [a, b] = await couple(t);
    const heard: { kind: string }[] = [];
    const unsubscribe = await t.ctx.events.subscribe(b.id, (e) => heard.push(e as { kind: string }), () => undefined);
    try {
      const am = (await a.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;
      await settle(300);
      expect(heard.map((e) => e.kind)).toEqual(['aftermathChanged']);
      await a.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: 'feelings', text: 'x', done: true }).expect(200);
      await a.client.post('/api/talk/drafts', { text: 'x' }).expect(201);
      await a.client.put('/api/cycle-map', { myMoves: ['x'], feelingsUnderneath: '', fears: '', longings: '' }).expect(200);
      await a.client.post('/api/talk/requests', { text: "I'm scared of you when you drink." }).expect(200);
      await settle(300);
      expect(heard.map((e) => e.kind)).toEqual(['aftermathChanged']);
      const sent = (await a.client.post('/api/talk/requests', { text: 'Could we talk tonight?' }).expect(201)).json();
      await a.client.post('/api/breaks', { minutes: 20 }).expect(201);
      await settle(300);
      expect(heard.slice(1)).toEqual([
        { kind: 'talkRequestReceived', talkRequestId: sent.request.id },
        { kind: 'breakStarted', breakId: expect.any(String) },
      ]);
      // Events carry a kind and ids only.
      for (const e of heard) expect(Object.keys(e).every((k) => k === 'kind' || k.endsWith('Id'))).toBe(true);
    } finally {
      unsubscribe();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { AT_RISK_ANSWERS, SAFE_ANSWERS } from '../checkup/fixtures.ts';
import { couple } from '../../test/couples.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const start = async (p: Person) => (await p.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;
const get = async (p: Person, id: string) => (await p.client.get(`/api/aftermaths/${id}`).expect(200)).json();
const save = (p: Person, body: object) => p.client.post('/api/aftermaths/steps', body);
const stepOf = (view: { steps: { step: string }[] }, step: string) => view.steps.find((s) => s.step === step) as Record<string, unknown>;

describe('the Aftermath', () => {
  it('keeps each step private until both finished it, then shows it to both and keeps it as it is', async () => {
    const [a, b] = await couple(t);
    const am = await start(a);
    expect(am.steps.map((s: { step: string }) => s.step)).toEqual(['feelings', 'account', 'triggers', 'responsibility', 'nextTime']);
    expect(am).toMatchObject({ startedByMe: true, paused: false });
    expect((await get(b, am.id)).startedByMe).toBe(false);
    expect((await b.client.get('/api/aftermaths').expect(200)).json().items.map((i: { id: string }) => i.id)).toEqual([am.id]);

    const bBefore = JSON.stringify(await get(b, am.id));
    await save(a, { aftermathId: am.id, step: 'feelings', text: 'I felt hurt and alone.', done: false }).expect(200);
    expect(JSON.stringify(await get(b, am.id))).toBe(bBefore);
    const aDone = (await save(a, { aftermathId: am.id, step: 'feelings', text: 'I felt hurt and alone.', done: true }).expect(200)).json();
    expect(stepOf(aDone, 'feelings')).toMatchObject({ mine: { text: 'I felt hurt and alone.', done: true }, revealed: false });
    expect(stepOf(aDone, 'feelings').partner).toBeUndefined();
    expect(JSON.stringify(await get(b, am.id))).toBe(bBefore);

    // B writes without finishing: still private both ways.
    await save(b, { aftermathId: am.id, step: 'feelings', text: 'I felt shut out.', done: false }).expect(200);
    expect(JSON.stringify(await get(a, am.id))).not.toContain('shut out');
    expect(JSON.stringify(await get(b, am.id))).not.toContain('hurt and alone');

    const bDone = (await save(b, { aftermathId: am.id, step: 'feelings', text: 'I felt shut out.', done: true }).expect(200)).json();
    expect(stepOf(bDone, 'feelings')).toMatchObject({ revealed: true, partner: { text: 'I felt hurt and alone.' } });
    expect(stepOf(await get(a, am.id), 'feelings')).toMatchObject({ revealed: true, partner: { text: 'I felt shut out.' } });
    expect(stepOf(await get(a, am.id), 'account')).toMatchObject({ mine: null, revealed: false });
    await save(a, { aftermathId: am.id, step: 'feelings', text: 'changed', done: true }).expect(409);
  });

  it("a partner's view before the reveal is identical whether the other wrote, finished or never started", async () => {
    const views: string[] = [];
    for (const other of ['nothing', 'wrote', 'finished'] as const) {
      const [a, b] = await couple(t);
      const am = await start(b);
      await save(b, { aftermathId: am.id, step: 'account', text: 'My side of it.', done: true }).expect(200);
      if (other === 'wrote') await save(a, { aftermathId: am.id, step: 'account', text: 'secret-wrote', done: false }).expect(200);
      if (other === 'finished') await save(a, { aftermathId: am.id, step: 'triggers', text: 'secret-finished', done: true }).expect(200);
      const view = await get(b, am.id);
      // Everything but the ids and times, which differ between couples by construction.
      views.push(JSON.stringify({ ...view, id: 'x', startedAt: 'x', steps: view.steps.map((s: { mine: { updatedAt?: string } | null }) => ({ ...s, mine: s.mine && { ...s.mine, updatedAt: 'x' } })) }));
    }
    expect(views[1]).toBe(views[0]);
    expect(views[2]).toBe(views[0]);
  });

  it('either partner can pause and resume; writing waits while paused', async () => {
    const [a, b] = await couple(t);
    const am = await start(a);
    expect((await b.client.post(`/api/aftermaths/${am.id}/pause`).expect(200)).json().paused).toBe(true);
    expect((await get(a, am.id)).paused).toBe(true);
    expect((await save(a, { aftermathId: am.id, step: 'feelings', text: 'x', done: false }).expect(409)).json().error.code).toBe('aftermath_paused');
    expect((await a.client.post(`/api/aftermaths/${am.id}/resume`).expect(200)).json().paused).toBe(false);
    await save(a, { aftermathId: am.id, step: 'feelings', text: 'x', done: false }).expect(200);
  });

  it("is another couple's business: strangers get 404; a person alone cannot start one", async () => {
    const [a] = await couple(t);
    const am = await start(a);
    const stranger = await t.person();
    await stranger.client.get(`/api/aftermaths/${am.id}`).expect(404);
    await save(stranger, { aftermathId: am.id, step: 'feelings', text: 'x', done: true }).expect(404);
    await stranger.client.post(`/api/aftermaths/${am.id}/pause`).expect(404);
    expect((await stranger.client.post('/api/aftermaths', {}).expect(409)).json().error.code).toBe('not_paired');
    await save(a, { aftermathId: am.id, step: 'nope', text: 'x', done: true }).expect(400);
    await save(a, { aftermathId: am.id, step: 'feelings', text: '  ', done: true }).expect(400);
  });
});

describe('the Aftermath and safety', () => {
  it('does not store a step that speaks of crisis (it would be shown to the partner): 422 with a caring message', async () => {
    const [a, b] = await couple(t);
    const am = await start(b);
    const res = (await save(a, { aftermathId: am.id, step: 'feelings', text: "I'm scared of you when you drink.", done: true }).expect(422)).json();
    expect(res.error).toMatchObject({ code: 'crisis_language', fields: { text: expect.any(String) } });
    expect(stepOf(await get(a, am.id), 'feelings')).toMatchObject({ mine: null });
    await save(b, { aftermathId: am.id, step: 'feelings', text: 'Mine.', done: true }).expect(200);
    expect(JSON.stringify(await get(b, am.id))).not.toContain('scared');
  });

  it('is not offered to a person whose screen showed a concern: solo resources instead', async () => {
    const [a] = await couple(t);
    await a.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
    const res = (await a.client.post('/api/aftermaths', {}).expect(200)).json();
    expect(res.status).toBe('notOffered');
    expect(JSON.stringify(res.resources)).toContain('1-800-799-7233');
    expect((await a.client.get('/api/aftermaths').expect(200)).json().items).toEqual([]);
  });

  it("the partner's view is the same as if the at-risk person had simply not joined yet", async () => {
    const transcripts: Record<string, string> = {};
    for (const safety of ['skipped', 'safe', 'atRisk'] as const) {
      const [a, b] = await couple(t);
      if (safety === 'safe') await a.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200);
      if (safety === 'atRisk') await a.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
      const am = await start(b);
      const forB: unknown[] = [am, await get(b, am.id)];
      // A has not joined (skipped, safe) — or is not offered it (at risk): A adds nothing.
      if (safety === 'atRisk') {
        await a.client.get(`/api/aftermaths/${am.id}`).expect(404);
        await save(a, { aftermathId: am.id, step: 'feelings', text: 'never stored', done: true }).expect(404);
        await a.client.post(`/api/aftermaths/${am.id}/pause`).expect(404);
      }
      forB.push(await get(b, am.id));
      forB.push((await save(b, { aftermathId: am.id, step: 'feelings', text: 'Mine.', done: true }).expect(200)).json());
      forB.push((await b.client.post(`/api/aftermaths/${am.id}/pause`).expect(200)).json());
      forB.push((await b.client.get('/api/aftermaths').expect(200)).json());
      transcripts[safety] = JSON.stringify(forB)
        .replaceAll(am.id, 'ID')
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
    }
    expect(transcripts.safe).toBe(transcripts.skipped);
    expect(transcripts.atRisk).toBe(transcripts.skipped);
  });
});

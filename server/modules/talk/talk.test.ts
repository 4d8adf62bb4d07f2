import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';
import { rowCounts } from '../../test/row-counts.ts';
import { logCapture } from '../../test/servers.ts';

const { lines, logStream: sink } = logCapture();

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ logLevel: 'trace' }, { logger: true, logStream: sink });
});
afterAll(() => t.close());

const CRITICAL = 'You never listen to me. You are so lazy.';
const GENTLE = 'I feel lonely when we eat in silence, and I need us to talk for ten minutes tonight.';
const CRISIS = "I'm scared of you when you drink.";

const send = (p: Person, body: object) => p.client.post('/api/talk/requests', body);
const list = async (p: Person, query = '') => (await p.client.get(`/api/talk/requests${query}`).expect(200)).json();

describe('analyzeDraft', () => {
  it('returns the Coach result and leaves every table unchanged, and nothing of the text in the logs', async () => {
    const [a] = await couple(t);
    const before = await rowCounts(t);
    expect(Object.keys(before)).toContain('talk_request');
    const canary = 'You never ever help, canary-7Q2Z-plover.';
    const res = (await a.client.post('/api/talk/analyze', { text: canary }).expect(200)).json();
    expect(res.mode).toBe('coach');
    expect(res.labels).toContain('criticism');
    expect(res.horsemen.criticism.spans.length).toBeGreaterThan(0);
    const crisis = (await a.client.post('/api/talk/analyze', { text: CRISIS }).expect(200)).json();
    expect(crisis).toMatchObject({ mode: 'crisis', crisis: { present: true, messageKey: 'coach.crisis.message' } });
    expect(await rowCounts(t)).toEqual(before);
    expect(lines.join('')).toContain('/api/talk/analyze');
    expect(lines.join('')).not.toContain('canary-7Q2Z');
    await t.client().post('/api/talk/analyze', { text: 'hi' }).expect(401);
    await a.client.post('/api/talk/analyze', { text: 'x'.repeat(10_001) }).expect(400);
  });
});

describe('talk requests', () => {
  it('sends a gentle start-up to the partner, lists it for both, and lets the recipient answer', async () => {
    const [a, b] = await couple(t);
    const sent = (await send(a, { text: `  ${GENTLE}  ` }).expect(201)).json();
    expect(sent).toMatchObject({ status: 'sent', request: { direction: 'sent', text: GENTLE, response: null } });
    expect((await list(b)).items.map((i: { direction: string; id: string }) => [i.direction, i.id])).toEqual([['received', sent.request.id]]);
    expect((await list(a, '?box=received')).items).toEqual([]);

    // Only the recipient answers; to the sender and strangers the request is not theirs to answer.
    await a.client.post(`/api/talk/requests/${sent.request.id}/response`, { response: 'accept' }).expect(404);
    const stranger = await t.person();
    await stranger.client.post(`/api/talk/requests/${sent.request.id}/response`, { response: 'accept' }).expect(404);
    const answered = (
      await b.client.post(`/api/talk/requests/${sent.request.id}/response`, { response: 'later', note: 'After dinner?', proposedTime: '2026-11-26T19:30:00+01:00' }).expect(200)
    ).json();
    expect(answered).toMatchObject({ direction: 'received', response: 'later', responseNote: 'After dinner?', proposedTime: '2026-11-26T18:30:00.000Z' });
    expect((await list(a)).items[0]).toMatchObject({ response: 'later', proposedTime: '2026-11-26T18:30:00.000Z' });
    await b.client.post(`/api/talk/requests/${sent.request.id}/response`, { response: 'maybe' }).expect(400);
    // An answer that speaks of crisis is not delivered; the earlier answer stands.
    const held = (await b.client.post(`/api/talk/requests/${sent.request.id}/response`, { response: 'decline', note: "I'm scared of you when you drink." }).expect(422)).json();
    expect(held.error).toMatchObject({ code: 'crisis_language', fields: { note: expect.any(String) } });
    expect((await list(a)).items[0]).toMatchObject({ response: 'later', responseNote: 'After dinner?' });
  });

  it('a critical draft may still be sent (the Coach suggests, never blocks); empty text and a person alone are refused', async () => {
    const [a] = await couple(t);
    await send(a, { text: CRITICAL }).expect(201);
    await send(a, { text: '   ' }).expect(400);
    const alone = await t.person();
    expect((await send(alone, { text: GENTLE }).expect(409)).json().error.code).toBe('not_paired');
  });

  it('crisis language is not sent: it answers 200 with resources and stores or delivers nothing', async () => {
    const [a, b] = await couple(t);
    const before = await rowCounts(t);
    const res = (await send(a, { text: CRISIS }).expect(200)).json();
    expect(res).toMatchObject({ status: 'notSent', reason: 'crisis', messageKey: 'coach.crisis.message' });
    expect(JSON.stringify(res.resources)).toContain('1-800-799-7233');
    expect(JSON.stringify(res.resources)).toContain('988');
    expect(await rowCounts(t)).toEqual(before);
    expect((await list(b)).items).toEqual([]);
    expect((await list(a)).items).toEqual([]);
    // A person alone writing it gets the resources too.
    const alone = await t.person();
    expect((await send(alone, { text: 'Sometimes I think everyone would be better off without me.' }).expect(200)).json().status).toBe('notSent');
    // A kept draft with crisis language stays a draft.
    const draft = (await a.client.post('/api/talk/drafts', { text: CRISIS }).expect(201)).json();
    await send(a, { text: CRISIS, draftId: draft.id }).expect(200);
    expect((await a.client.get('/api/talk/drafts').expect(200)).json().items.map((d: { id: string }) => d.id)).toEqual([draft.id]);
  });

  it('keeps drafts privately, sends a draft once, and discards drafts', async () => {
    const [a, b] = await couple(t);
    const draft = (await a.client.post('/api/talk/drafts', { text: 'A kept thought about the holidays.' }).expect(201)).json();
    expect(draft).toMatchObject({ direction: 'draft', sentAt: null });
    expect((await a.client.get('/api/talk/drafts').expect(200)).json().items).toHaveLength(1);
    expect(JSON.stringify((await b.client.get('/api/talk/drafts').expect(200)).json())).not.toContain('holidays');
    expect(JSON.stringify(await list(b))).not.toContain('holidays');
    await b.client.delete(`/api/talk/drafts/${draft.id}`).expect(404);
    await send(b, { text: 'x y z', draftId: draft.id }).expect(404);
    await b.client.post(`/api/talk/requests/${draft.id}/response`, { response: 'accept' }).expect(404);

    const sent = (await send(a, { text: draft.text, draftId: draft.id }).expect(201)).json();
    expect((await list(b)).items[0].id).toBe(sent.request.id);
    expect((await a.client.get('/api/talk/drafts').expect(200)).json().items).toEqual([]);
    await send(a, { text: draft.text, draftId: draft.id }).expect(404);
    await a.client.delete(`/api/talk/drafts/${sent.request.id}`).expect(404);

    const other = (await a.client.post('/api/talk/drafts', { text: 'later' }).expect(201)).json();
    await a.client.delete(`/api/talk/drafts/${other.id}`).expect(200);
    await a.client.delete(`/api/talk/drafts/${other.id}`).expect(404);
  });

  it("logs hold none of the text of requests, drafts or answers", async () => {
    const [a, b] = await couple(t);
    const sent = (await send(a, { text: 'Sent canary-K3W9-heron, gently.' }).expect(201)).json();
    await a.client.post('/api/talk/drafts', { text: 'Kept canary-K3W9-egret.' }).expect(201);
    await b.client.post(`/api/talk/requests/${sent.request.id}/response`, { response: 'accept', note: 'canary-K3W9-ibis' }).expect(200);
    expect(lines.join('')).not.toContain('canary-K3W9');
  });
});

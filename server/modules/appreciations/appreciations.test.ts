import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const list = async (p: Person, query = '') => (await p.client.get(`/api/appreciations${query}`).expect(200)).json();
const send = (p: Person, body: object) => p.client.post('/api/appreciations', body);

describe('appreciations', () => {
  it("delivers to the partner's wall: received for one, sent for the other, newest first", async () => {
    const [a, b] = await couple(t);
    const first = (await send(a, { text: '  Thank you for trying, even when it was hard.  ', promptId: 'ap-001' }).expect(201)).json();
    expect(first).toMatchObject({ direction: 'sent', text: 'Thank you for trying, even when it was hard.', promptId: 'ap-001' });
    t.clock.advance(60);
    await send(b, { text: 'I loved our walk.' }).expect(201);

    const forB = await list(b);
    expect(forB.items.map((i: { direction: string; text: string }) => [i.direction, i.text])).toEqual([
      ['sent', 'I loved our walk.'],
      ['received', 'Thank you for trying, even when it was hard.'],
    ]);
    expect((await list(b, '?box=received')).items).toHaveLength(1);
    expect((await list(a, '?box=sent')).items[0].id).toBe(first.id);
    expect((await list(a, '?box=received')).items[0].text).toBe('I loved our walk.');
  });

  it('pages with a cursor', async () => {
    const [a, b] = await couple(t);
    for (let i = 0; i < 5; i++) {
      await send(a, { text: `note ${i}` }).expect(201);
      t.clock.advance(1);
    }
    const page1 = await list(b, '?limit=2');
    expect(page1.items.map((i: { text: string }) => i.text)).toEqual(['note 4', 'note 3']);
    const page2 = await list(b, `?limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((i: { text: string }) => i.text)).toEqual(['note 2', 'note 1']);
    const page3 = await list(b, `?limit=2&cursor=${page2.nextCursor}`);
    expect(page3.items.map((i: { text: string }) => i.text)).toEqual(['note 0']);
    expect(page3.nextCursor).toBeNull();
    await b.client.get('/api/appreciations?cursor=bm9wZQ').expect(400);
  });

  it('refuses empty or overlong text, an unknown prompt, and sending without a partner', async () => {
    const [a] = await couple(t);
    await send(a, { text: '   ' }).expect(400);
    await send(a, { text: 'x'.repeat(1001) }).expect(400);
    await send(a, { text: 'x'.repeat(1000) }).expect(201);
    await send(a, { text: 'hi', promptId: 'ap-999' }).expect(400);
    const alone = await t.person();
    expect((await send(alone, { text: 'hello' }).expect(409)).json().error.code).toBe('not_paired');
  });

  it('keeps drafts for later private, and sends one once paired', async () => {
    const a = await t.person();
    const b = await t.person();
    const draft = (await a.client.post('/api/appreciations/drafts', { text: 'For when you join: I miss our talks.' }).expect(201)).json();
    expect(draft).toMatchObject({ direction: 'draft', sentAt: null });
    expect((await list(a, '?box=drafts')).items.map((i: { id: string }) => i.id)).toEqual([draft.id]);
    expect((await list(a)).items).toEqual([]);

    const { code } = (await a.client.post('/api/invites').expect(201)).json();
    await b.client.post('/api/invites/accept', { code }).expect(200);
    for (const box of ['all', 'received', 'sent', 'drafts']) {
      expect(JSON.stringify(await list(b, `?box=${box}`))).not.toContain('I miss our talks');
    }
    // The partner cannot send or delete someone else's draft.
    await send(b, { text: 'x', draftId: draft.id }).expect(404);
    await b.client.delete(`/api/appreciations/drafts/${draft.id}`).expect(404);

    const sent = (await send(a, { text: draft.text, draftId: draft.id }).expect(201)).json();
    expect((await list(b, '?box=received')).items[0].id).toBe(sent.id);
    expect((await list(a, '?box=drafts')).items).toEqual([]);
    // A draft is sent once.
    await send(a, { text: draft.text, draftId: draft.id }).expect(404);

    const another = (await a.client.post('/api/appreciations/drafts', { text: 'later' }).expect(201)).json();
    await a.client.delete(`/api/appreciations/drafts/${another.id}`).expect(200);
    await a.client.delete(`/api/appreciations/drafts/${another.id}`).expect(404);
    // A sent appreciation is not a draft.
    await a.client.delete(`/api/appreciations/drafts/${sent.id}`).expect(404);
  });

  it("leaves the couple's wall behind when the couple ends", async () => {
    const [a, b] = await couple(t);
    await send(a, { text: 'from before' }).expect(201);
    await b.client.post('/api/couple/leave').expect(200);
    expect((await list(a)).items).toEqual([]);
    expect((await list(b)).items).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function invite(p: Person) {
  return (await p.client.post('/api/invites').expect(201)).json() as { id: string; code: string; url: string; expiresAt: string };
}

async function pair(a: Person, b: Person) {
  const { code } = await invite(a);
  await b.client.post('/api/invites/accept', { code }).expect(200);
}

describe('inviting a partner', () => {
  it('pairs two people who then see each other by name', async () => {
    const a = await t.person('Alex');
    const b = await t.person('Blair');
    const inv = await invite(a);
    expect(inv.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(inv.url).toBe(`http://localhost:3000/join#code=${inv.code}`);
    const days = (Date.parse(inv.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect((await a.client.get('/api/me').expect(200)).json().invite).toEqual(inv);

    // Codes survive lower case and missing dashes.
    const couple = (await b.client.post('/api/invites/accept', { code: inv.code.toLowerCase().replace(/-/g, ' ') }).expect(200)).json();
    expect(couple.partner).toEqual({ id: a.id, name: 'Alex' });

    const meA = (await a.client.get('/api/me').expect(200)).json();
    const meB = (await b.client.get('/api/me').expect(200)).json();
    expect(meA.couple.partner).toEqual({ id: b.id, name: 'Blair' });
    expect(meB.couple.partner).toEqual({ id: a.id, name: 'Alex' });
    expect(meA.couple.id).toBe(meB.couple.id);
    expect(meA.invite).toBeNull();
  });

  it('lets nobody else use an invitation once accepted, nor see the couple', async () => {
    const a = await t.person();
    const b = await t.person();
    const c = await t.person('Casey');
    const { code } = await invite(a);
    await b.client.post('/api/invites/accept', { code }).expect(200);
    const res = await c.client.post('/api/invites/accept', { code }).expect(404);
    expect(res.json().error.code).toBe('invite_not_found');
    const meC = (await c.client.get('/api/me').expect(200)).json();
    expect(meC.couple).toBeNull();
    expect(JSON.stringify(meC)).not.toContain(a.id);
  });

  it('refuses an expired, withdrawn or own invitation, and an unknown code', async () => {
    const a = await t.person();
    const b = await t.person();
    const own = await invite(a);
    expect((await a.client.post('/api/invites/accept', { code: own.code }).expect(400)).json().error.code).toBe('own_invite');

    await a.client.delete(`/api/invites/${own.id}`).expect(200);
    await b.client.post('/api/invites/accept', { code: own.code }).expect(404);
    expect((await a.client.get('/api/me').expect(200)).json().invite).toBeNull();

    const later = await invite(a);
    t.clock.advance(7 * 86400 + 1);
    await b.client.post('/api/invites/accept', { code: later.code }).expect(404);
    await b.client.post('/api/invites/accept', { code: 'ZZZZ-ZZZZ-ZZZZ' }).expect(404);
  });

  it('keeps one open invitation at a time', async () => {
    const a = await t.person();
    const b = await t.person();
    const first = await invite(a);
    const second = await invite(a);
    await b.client.post('/api/invites/accept', { code: first.code }).expect(404);
    await b.client.post('/api/invites/accept', { code: second.code }).expect(200);
  });

  it("answers 404 for another person's invitation", async () => {
    const a = await t.person();
    const b = await t.person();
    const inv = await invite(a);
    await b.client.delete(`/api/invites/${inv.id}`).expect(404);
    await t.client().delete(`/api/invites/${inv.id}`).expect(401);
    expect((await a.client.get('/api/me').expect(200)).json().invite.id).toBe(inv.id);
  });

  it('refuses a second couple for someone already paired', async () => {
    const a = await t.person();
    const b = await t.person();
    const c = await t.person();
    await pair(a, b);
    await a.client.post('/api/invites').expect(409);
    const { code } = await invite(c);
    expect((await b.client.post('/api/invites/accept', { code }).expect(409)).json().error.code).toBe('already_paired');
  });
});

describe('leaving', () => {
  it('lets either partner leave alone; the other sees a neutral notice and can dismiss it', async () => {
    const a = await t.person('Ira');
    const b = await t.person('Jules');
    await pair(a, b);
    await a.client.post('/api/couple/leave').expect(200);

    const meA = (await a.client.get('/api/me').expect(200)).json();
    const meB = (await b.client.get('/api/me').expect(200)).json();
    expect(meA.couple).toBeNull();
    expect(meA.notices).toEqual([]);
    expect(meB.couple).toBeNull();
    expect(meB.notices).toHaveLength(1);
    expect(meB.notices[0].kind).toBe('partnerLeft');
    expect(JSON.stringify(meB)).not.toContain('Ira');

    await a.client.post(`/api/notices/${meB.notices[0].id}/dismiss`).expect(404);
    await b.client.post(`/api/notices/${meB.notices[0].id}/dismiss`).expect(200);
    expect((await b.client.get('/api/me').expect(200)).json().notices).toEqual([]);
    // Without a partner there is nothing to leave: the same 409 as every other action that needs one.
    expect((await a.client.post('/api/couple/leave').expect(409)).json().error.code).toBe('not_paired');
  });

  it('lets both start over with someone new', async () => {
    const a = await t.person();
    const b = await t.person();
    const c = await t.person();
    await pair(a, b);
    await b.client.post('/api/couple/leave').expect(200);
    await pair(a, c);
    const meA = (await a.client.get('/api/me').expect(200)).json();
    expect(meA.couple.partner.id).toBe(c.id);
  });

  it('deleting an account leaves the couple the same way', async () => {
    const a = await t.person();
    const b = await t.person();
    await pair(a, b);
    await a.client.post('/api/me/delete', { password: a.password }).expect(200);
    const meB = (await b.client.get('/api/me').expect(200)).json();
    expect(meB.couple).toBeNull();
    expect(meB.notices.map((n: { kind: string }) => n.kind)).toEqual(['partnerLeft']);
  });
});

describe('at the same instant', () => {
  it('never makes a couple of three when two people accept one invitation', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await t.person();
      const b = await t.person();
      const c = await t.person();
      const { code } = await invite(a);
      const results = await Promise.all([b, c].map((p) => p.client.post('/api/invites/accept', { code })));
      const [won, lost] = [...results].sort((x, y) => x.statusCode - y.statusCode);
      expect(won!.statusCode).toBe(200);
      expect(['invite_not_found', 'inviter_paired']).toContain(lost!.json().error.code);
      const couples = await Promise.all([a, b, c].map(async (p) => (await p.client.get('/api/me').expect(200)).json().couple));
      expect(couples.filter(Boolean)).toHaveLength(2);
    }
  });

  it('never puts one person in two couples when invitations cross', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await t.person();
      const b = await t.person();
      const c = await t.person();
      const fromA = await invite(a);
      const fromC = await invite(c);
      const results = await Promise.all([
        b.client.post('/api/invites/accept', { code: fromA.code }),
        a.client.post('/api/invites/accept', { code: fromC.code }),
      ]);
      expect(results.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
      expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
      const meA = (await a.client.get('/api/me').expect(200)).json();
      expect(meA.couple).not.toBeNull();
      const partnerOfA = meA.couple.partner.id;
      const others = [b, c].filter((p) => p.id !== partnerOfA);
      expect((await others[0]!.client.get('/api/me').expect(200)).json().couple).toBeNull();
    }
  });
});

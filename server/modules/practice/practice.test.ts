import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, startTestApp, type TestApp } from '../../test/harness.ts';
import { counselorOf, practiceWithAdmin } from '../../test/practices.ts';

/**
 * A counseling practice on Hearth (docs/privacy.md, "A counselor or practice"): made by the operator, run by
 * its admins, joined by staff through single-use invitations, and invisible to every other
 * practice and to people who are not its staff.
 */
describe('practices and their staff', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('starts with the most protective confidentiality policy and its admin as the only staff', async () => {
    const { admin } = await practiceWithAdmin(t);
    const practice = (await admin.client.get('/api/practice').expect(200)).json();
    expect(practice).toMatchObject({ name: 'Riverside Counseling', policy: 'individual', listed: false, modalities: [], contactUrl: null, myRoles: ['admin'] });
    expect(practice.policyText).toMatch(/stays between you and your counselor/);
    const staff = (await admin.client.get('/api/practice/staff').expect(200)).json();
    expect(staff.items).toEqual([expect.objectContaining({ id: admin.staffId, name: 'Avery Admin', roles: ['admin'], deactivatedAt: null })]);
  });

  it('e-mails the invitation to the invited address, and it works once', async () => {
    const p = await practiceWithAdmin(t);
    const lee = await t.person('Dr. Lee');
    const created = (await p.admin.client.post('/api/practice/staff-invites', { email: lee.email.toUpperCase(), role: 'counselor' }).expect(201)).json();
    expect(created.inviteUrl).toMatch(/\/staff\/join#token=[\w-]{20,}$/);
    const [mail] = (await t.outbox(lee.email)).filter((m) => m.subject.includes('invited to join'));
    expect(mail!.subject).toBe("You're invited to join Riverside Counseling on Hearth");
    expect(linkToken(mail!.text)).toBe(linkToken(created.inviteUrl));

    const joined = (await lee.client.post('/api/staff-invites/accept', { token: linkToken(created.inviteUrl) }).expect(200)).json();
    expect(joined).toMatchObject({ practice: { id: p.practiceId, name: 'Riverside Counseling' }, roles: ['counselor'] });
    const other = await t.person();
    expect((await other.client.post('/api/staff-invites/accept', { token: linkToken(created.inviteUrl) }).expect(404)).json().error.code).toBe('invite_not_found');
    expect((await lee.client.get('/api/practice').expect(200)).json().myRoles).toEqual(['counselor']);
  });

  it('lets any signed-in account holding the token accept it, within 72 hours only', async () => {
    const p = await practiceWithAdmin(t);
    const late = (await p.admin.client.post('/api/practice/staff-invites', { email: 'someone@example.org', role: 'counselor' }).expect(201)).json();
    t.clock.advance(72 * 3600 + 1);
    const holder = await t.person();
    await holder.client.post('/api/staff-invites/accept', { token: linkToken(late.inviteUrl) }).expect(404);
    await t.client().post('/api/staff-invites/accept', { token: linkToken(late.inviteUrl) }).expect(401);
  });

  it('adds a second role to the same person: one may be admin and counselor', async () => {
    const p = await practiceWithAdmin(t);
    const { inviteUrl } = (await p.admin.client.post('/api/practice/staff-invites', { email: p.admin.email, role: 'counselor' }).expect(201)).json();
    const joined = (await p.admin.client.post('/api/staff-invites/accept', { token: linkToken(inviteUrl) }).expect(200)).json();
    expect(joined).toMatchObject({ staffId: p.admin.staffId, roles: ['admin', 'counselor'] });
  });

  it('keeps a person on one practice’s staff, and each practice out of the other’s sight', async () => {
    const one = await practiceWithAdmin(t, 'One');
    const two = await practiceWithAdmin(t, 'Two');
    const lee = await counselorOf(t, one);
    const { inviteUrl } = (await two.admin.client.post('/api/practice/staff-invites', { email: lee.email, role: 'counselor' }).expect(201)).json();
    expect((await lee.client.post('/api/staff-invites/accept', { token: linkToken(inviteUrl) }).expect(409)).json().error.code).toBe('staff_elsewhere');
    expect((await two.admin.client.get('/api/practice/staff').expect(200)).json().items.map((s: { name: string }) => s.name)).toEqual(['Avery Admin']);
    expect((await two.admin.client.post(`/api/practice/staff/${lee.staffId}/deactivate`).expect(404)).json().error.code).toBe('not_found');
  });

  it('lets admins alone change the practice, invite and deactivate; counselors 403, others 403, signed out 401', async () => {
    const p = await practiceWithAdmin(t);
    const lee = await counselorOf(t, p);
    const outsider = await t.person();
    const change = { about: 'Couples and families in the valley.', modalities: ['gottmanMethod', 'emotionallyFocused'], listed: true, contactUrl: 'https://example.org/book' };
    const updated = (await p.admin.client.patch('/api/practice', change).expect(200)).json();
    expect(updated).toMatchObject(change);
    expect((await lee.client.get('/api/practice').expect(200)).json()).toMatchObject(change);

    for (const who of [lee, outsider]) {
      expect((await who.client.patch('/api/practice', { name: 'Mine now' }).expect(403)).json().error.code).toBe('forbidden');
      await who.client.post('/api/practice/staff-invites', { email: 'x@example.org', role: 'admin' }).expect(403);
      await who.client.get('/api/practice/staff').expect(403);
      await who.client.post(`/api/practice/staff/${p.admin.staffId}/deactivate`).expect(403);
    }
    await outsider.client.get('/api/practice').expect(403);
    const anonymous = t.client();
    await anonymous.get('/api/practice').expect(401);
    await anonymous.patch('/api/practice', { name: 'x' }).expect(401);
    await anonymous.get('/api/practice/staff').expect(401);
  });

  it('refuses bad input with a clear 400 and changes nothing', async () => {
    const p = await practiceWithAdmin(t);
    for (const body of [
      {},
      { name: '' },
      { policy: 'tellEverything' },
      { modalities: ['gottmanMethod', 'gottmanMethod'] },
      { contactUrl: 'javascript:alert(1)' },
      { contactUrl: 'http://example.org/book' },
      { listed: 'yes' },
      { about: 'x'.repeat(2001) },
    ]) {
      const error = (await p.admin.client.patch('/api/practice', body).expect(400)).json().error;
      expect(error.message).not.toMatch(/^(errors|validation)\./);
    }
    await p.admin.client.post('/api/practice/staff-invites', { email: 'not an address', role: 'counselor' }).expect(400);
    await p.admin.client.post('/api/practice/staff-invites', { email: 'a@example.org', role: 'owner' }).expect(400);
    await p.admin.client.post('/api/staff-invites/accept', { token: 'short' }).expect(400);
    expect((await p.admin.client.get('/api/practice').expect(200)).json()).toMatchObject({ name: 'Riverside Counseling', policy: 'individual' });
  });

  it('ends a deactivated member’s access on their next request, and always keeps one admin', async () => {
    const p = await practiceWithAdmin(t);
    const lee = await counselorOf(t, p);
    await lee.client.get('/api/practice').expect(200);
    const done = (await p.admin.client.post(`/api/practice/staff/${lee.staffId}/deactivate`).expect(200)).json();
    expect(done.deactivatedAt).not.toBeNull();
    await lee.client.get('/api/practice').expect(403);
    await p.admin.client.post(`/api/practice/staff/${lee.staffId}/deactivate`).expect(200);
    expect((await p.admin.client.post(`/api/practice/staff/${p.admin.staffId}/deactivate`).expect(409)).json().error.code).toBe('last_admin');
    await p.admin.client.post('/api/practice/staff/no-such-person/deactivate').expect(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripUnwantedCharactersFromNames } from '../../db/migrations/0010_strip_unwanted_characters_from_names.ts';
import { sql } from 'kysely';
import { linkToken, startTestApp, testDb, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const password = 'a quiet walk by the river';

/**
 * Holds the account table (PostgreSQL) or the one SQLite connection until `release` is called:
 * a request that answers meanwhile did not wait for the database.
 */
async function holdTheDatabase(app: TestApp): Promise<{ release: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  const done = app.ctx.database.db.transaction().execute(async (trx) => {
    if (testDb === 'postgres') await sql`lock table account in access exclusive mode`.execute(trx);
    holding();
    await released;
  });
  await held;
  return {
    release: async () => {
      release();
      await done;
    },
  };
}

const within = <T>(ms: number, promise: PromiseLike<T>) =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

describe('signing up', () => {
  it('e-mails a link that creates the account and signs the person in', async () => {
    const client = t.client();
    const res = await client.post('/api/auth/sign-up', { email: '  Robin@Example.org ', password, name: 'Robin' }).expect(202);
    expect(res.json()).toEqual({ status: 'accepted' });
    await client.get('/api/me').expect(401);

    const [mail] = await t.outbox('robin@example.org');
    expect(mail!.subject).toMatch(/finish creating/i);
    await client.post('/api/auth/confirm', { token: linkToken(mail!.text) }).expect(200);
    const me = (await client.get('/api/me').expect(200)).json();
    expect(me.account).toMatchObject({ name: 'Robin', email: 'robin@example.org' });
    expect(me.couple).toBeNull();
    expect(me.invite).toBeNull();

    // The link works once.
    await t.client().post('/api/auth/confirm', { token: linkToken(mail!.text) }).expect(400);
  });

  it('answers the same for an address that already has an account, and tells its owner by e-mail', async () => {
    const robin = await t.person('Known');
    const before = (await t.outbox(robin.email)).length;
    const known = await t.client().post('/api/auth/sign-up', { email: robin.email.toUpperCase(), password, name: 'Someone' }).expect(202);
    const fresh = await t.client().post('/api/auth/sign-up', { email: 'fresh.person@example.org', password, name: 'Fresh' }).expect(202);
    expect(known.body).toBe(fresh.body);
    const mails = await t.outbox(robin.email);
    expect(mails.length).toBe(before + 1);
    expect(mails[0]!.subject).toMatch(/signing in/i);
    expect(mails[0]!.text).not.toContain('#token=');
    // The existing password still works.
    await t.client().post('/api/auth/sign-in', { email: robin.email, password: robin.password }).expect(200);
  });

  it('refuses the most common passwords and short ones, accepts long ones', async () => {
    const common = await t.client().post('/api/auth/sign-up', { email: 'c@example.org', password: 'iloveyou', name: 'C' }).expect(400);
    expect(common.json().error.fields.password).toMatch(/common/i);
    const short = await t.client().post('/api/auth/sign-up', { email: 'c@example.org', password: 'abc', name: 'C' }).expect(400);
    expect(short.json().error.fields.password).toMatch(/at least 8/);
    await t.client().post('/api/auth/sign-up', { email: 'c@example.org', password: 'x'.repeat(128) + ' y', name: 'C' }).expect(202);
  });

  it('refuses names with line breaks, invisible or direction-changing characters, in words a person understands', async () => {
    const p = await t.person('Plain');
    const names = ['Robin\nClick http://evil.example', 'Robin\r\nHi', 'Ro\u202Ebin', 'Ro\u200Bbin', 'Ro\u2066bin\u2069', 'Robin\u0007', 'Robin\u2028Hi', 'Ro\uFEFFbin', 'Ro\u00ADbin'];
    for (const name of names) {
      const signUp = await t.client().post('/api/auth/sign-up', { email: 'names@example.org', password, name }).expect(400);
      expect(signUp.json().error.fields.name, JSON.stringify(name)).toMatch(/letters/i);
      const rename = await p.client.patch('/api/me', { name }).expect(400);
      expect(rename.json().error.fields.name).toBe(signUp.json().error.fields.name);
    }
    expect(await t.outbox('names@example.org')).toHaveLength(0);
    // Letters of every script, spaces, apostrophes, hyphens and emoji stay welcome.
    for (const name of ['Zoë O’Brien-Núñez', '李小龍', 'محمد', 'Sam 🌻']) {
      expect((await p.client.patch('/api/me', { name }).expect(200)).json().name).toBe(name);
    }
  });

  it('cleans names stored before the rule (migration 0010): a line break becomes a space, hidden characters go', async () => {
    const p = await t.person('Before');
    const db = t.ctx.database.db;
    await db.updateTable('account').set({ name: 'Ro\u200Bbin\nClick  here\u202E' }).where('id', '=', p.id).execute();
    await stripUnwantedCharactersFromNames.up(db);
    expect((await p.client.get('/api/me').expect(200)).json().account.name).toBe('Robin Click here');
  });

  it('sends no text a person chose to an address that is not confirmed yet', async () => {
    const canary = 'Canary Prize www.claim-now.example';
    await t.client().post('/api/auth/sign-up', { email: 'unconfirmed@example.org', password, name: canary }).expect(202);
    const known = await t.person('Owner');
    await t.client().post('/api/auth/sign-up', { email: known.email, password, name: canary }).expect(202);
    // The newest first: the confirmation, and the note that the account exists.
    const mails = [(await t.outbox('unconfirmed@example.org'))[0]!, (await t.outbox(known.email))[0]!];
    expect(mails[1]!.subject).toMatch(/signing in/i);
    for (const mail of mails) {
      for (const part of ['Canary', 'claim-now']) {
        expect(mail.text).not.toContain(part);
        expect(mail.subject).not.toContain(part);
      }
    }
  });

  it('explains every invalid field in words', async () => {
    const res = await t.client().post('/api/auth/sign-up', { email: 'nope', name: '' }).expect(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.fields).sort()).toEqual(['email', 'name', 'password']);
  });
});

describe('signing in and out', () => {
  it('gives the same answer for an unknown address and a wrong password', async () => {
    const p = await t.person('Sam');
    const wrong = await t.client().post('/api/auth/sign-in', { email: p.email, password: 'not the password' }).expect(401);
    const unknown = await t.client().post('/api/auth/sign-in', { email: 'nobody@example.org', password: 'not the password' }).expect(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie of at least 128 random bits, new at each sign-in', async () => {
    const p = await t.person('Kai');
    const first = await t.client().post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    const second = await t.client().post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    const header = String([first.headers['set-cookie']].flat().find((c) => String(c).startsWith('hearth_session=')));
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).not.toMatch(/Secure/);
    const token = (r: typeof first) => r.cookies.find((c) => c.name === 'hearth_session')!.value;
    expect(Buffer.from(token(first), 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(token(first)).not.toBe(token(second));
  });

  it('marks the cookie Secure when BASE_URL is https', async () => {
    const secure = await startTestApp({ baseUrl: 'https://hearth.example', secureCookies: true });
    try {
      const p = await secure.person('Lee');
      const res = await secure.client().post('/api/auth/sign-in', { email: p.email, password: p.password }, { origin: 'https://hearth.example' });
      expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('makes the old cookie useless after sign-out', async () => {
    const p = await t.person('Ash');
    const cookie = p.client.cookies.get('hearth_session')!;
    await p.client.post('/api/auth/sign-out').expect(200);
    await p.client.get('/api/me').expect(401);
    const replay = t.client();
    replay.cookies.set('hearth_session', cookie);
    await replay.get('/api/me').expect(401);
  });
});

describe('sessions', () => {
  it('lists my sessions and lets me end one or all others', async () => {
    const p = await t.person('Noor');
    const phone = t.client();
    const laptop = t.client();
    await phone.post('/api/auth/sign-in', { email: p.email, password: p.password }, { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile' }).expect(200);
    await laptop.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);

    const list = (await p.client.get('/api/sessions').expect(200)).json().sessions;
    expect(list).toHaveLength(3);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.map((s: { device: string }) => s.device)).toContain('Chrome · Android');

    const phoneId = (await phone.get('/api/sessions').expect(200)).json().sessions.find((s: { current: boolean }) => s.current).id;
    await p.client.delete(`/api/sessions/${phoneId}`).expect(200);
    await phone.get('/api/me').expect(401);
    await laptop.get('/api/me').expect(200);

    await p.client.post('/api/sessions/revoke-others').expect(200);
    await laptop.get('/api/me').expect(401);
    await p.client.get('/api/me').expect(200);
  });

  it("answers 404 for another person's session", async () => {
    const a = await t.person('Ari');
    const b = await t.person('Bo');
    const bSession = (await b.client.get('/api/sessions').expect(200)).json().sessions[0].id;
    const res = await a.client.delete(`/api/sessions/${bSession}`).expect(404);
    expect(res.json().error.code).toBe('not_found');
    await b.client.get('/api/me').expect(200);
  });
});

describe('passwords', () => {
  it('changing the password ends my other sessions and needs the current one', async () => {
    const p = await t.person('Jo');
    const other = t.client();
    await other.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    await p.client.put('/api/me/password', { currentPassword: 'wrong one!', newPassword: 'a brand new sentence' }).expect(400);
    await p.client.put('/api/me/password', { currentPassword: p.password, newPassword: 'a brand new sentence' }).expect(200);
    await other.get('/api/me').expect(401);
    await p.client.get('/api/me').expect(200);
    await t.client().post('/api/auth/sign-in', { email: p.email, password: 'a brand new sentence' }).expect(200);
    await t.client().post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(401);
  });

  it('resets a forgotten password through a single-use link, ending every session', async () => {
    const p = await t.person('Mika');
    await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
    const unknown = await t.client().post('/api/auth/password-reset', { email: 'ghost@example.org' }).expect(202);
    expect(unknown.json()).toEqual({ status: 'accepted' });
    expect(await t.outbox('ghost@example.org')).toHaveLength(0);

    const [mail] = await t.outbox(p.email);
    const token = linkToken(mail!.text);
    const fresh = t.client();
    await fresh.post('/api/auth/password-reset/complete', { token, password: 'the sea at dawn again' }).expect(200);
    await fresh.get('/api/me').expect(200);
    await p.client.get('/api/me').expect(401);
    await t.client().post('/api/auth/password-reset/complete', { token, password: 'yet another sentence' }).expect(400);
    await t.client().post('/api/auth/sign-in', { email: p.email, password: 'the sea at dawn again' }).expect(200);
  });

  it('answers a reset request before looking the address up, so known and unknown addresses take the same time; the link still comes', async () => {
    const p = await t.person('Lane');
    const db = await holdTheDatabase(t);
    const known = t.client().post('/api/auth/password-reset', { email: p.email });
    const unknown = t.client().post('/api/auth/password-reset', { email: 'nobody.here@example.org' });
    const answers = await within(3000, Promise.all([known, unknown]));
    await db.release();
    expect(answers).not.toBe('still waiting');
    const [k, u] = answers as Awaited<typeof known>[];
    expect(k!.statusCode).toBe(202);
    expect(k!.body).toBe(u!.body);
    const [mail] = await t.outbox(p.email);
    expect(mail!.subject).toMatch(/new hearth password/i);
    await t.client().post('/api/auth/password-reset/complete', { token: linkToken(mail!.text), password: 'written after the answer' }).expect(200);
    expect(await t.outbox('nobody.here@example.org')).toHaveLength(0);
  });

  it('spaces out reset e-mails to one inbox (never more than a minute apart), and every link sent still works', async () => {
    const p = await t.person('Flo');
    for (let i = 0; i < 6; i++) await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
    const resets = async () => (await t.outbox(p.email)).filter((m) => /new hearth password/i.test(m.subject));
    expect(await resets()).toHaveLength(4);
    t.clock.advance(61);
    await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
    const sent = await resets();
    expect(sent).toHaveLength(5);
    // Someone asking every 5 seconds for 5 minutes never holds the owner's e-mail back a minute.
    for (let i = 0; i < 60; i++) {
      t.clock.advance(5);
      await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
      // Each one handled before the next 5 seconds pass (the work runs after the answer).
      await t.ctx.later.flush();
    }
    expect((await resets()).length).toBeGreaterThanOrEqual(5 + 5);
    await t.client().post('/api/auth/password-reset/complete', { token: linkToken(sent.at(-1)!.text), password: 'the oldest link of all' }).expect(200);
  });

  it('lets a reset link expire after an hour', async () => {
    const p = await t.person('Rue');
    await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
    const [mail] = await t.outbox(p.email);
    t.clock.advance(3601);
    const res = await t.client().post('/api/auth/password-reset/complete', { token: linkToken(mail!.text), password: 'too late for this one' }).expect(400);
    expect(res.json().error.code).toBe('link_invalid');
  });
});

describe('the account', () => {
  it('renames and deletes an account', async () => {
    const p = await t.person('Dee');
    const renamed = (await p.client.patch('/api/me', { name: '  Dee Dee ' }).expect(200)).json();
    expect(renamed.name).toBe('Dee Dee');
    await p.client.post('/api/me/delete', { password: 'wrong password' }).expect(400);
    await p.client.post('/api/me/delete', { password: p.password }).expect(200);
    await p.client.get('/api/me').expect(401);
    await t.client().post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(401);
  });
});

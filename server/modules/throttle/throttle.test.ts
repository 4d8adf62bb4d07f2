import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, startTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const signIn = (client: ReturnType<TestApp['client']>, email: string, password: string, ip = '127.0.0.1') =>
  client.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress: ip });

describe('sign-in throttling', () => {
  it('answers 429 with a growing Retry-After after repeated failures on a known browser, then lets the owner in', async () => {
    const p = await t.person('Tali');
    // Someone at the owner's own browser (it signed in to the account before), the owner away.
    const guesser = p.client;
    await guesser.post('/api/auth/sign-out').expect(200);
    for (let i = 0; i < 5; i++) await signIn(guesser, p.email, `guess number ${i}`).expect(401);
    await signIn(guesser, p.email, 'guess number 6').expect(401);
    const first = await signIn(guesser, p.email, 'guess number 7').expect(429);
    expect(Number(first.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(first.json().error.code).toBe('throttled');

    t.clock.advance(2);
    await signIn(guesser, p.email, 'guess number 8').expect(401);
    const second = await signIn(guesser, p.email, 'guess number 9').expect(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(Number(first.headers['retry-after']));

    // Delays end: no one is locked out for good.
    t.clock.advance(3600);
    await signIn(guesser, p.email, p.password).expect(200);
  });

  it('from browsers the account does not know, throttling never answers 429 but "if that was your password, a code is on its way"', async () => {
    const p = await t.person('Tal');
    const guesser = t.client();
    for (let i = 0; i < 6; i++) await signIn(guesser, p.email, `guess number ${i}`, '10.8.8.8').expect(401);
    for (const password of ['guess number 7', p.password]) {
      const answer = await signIn(t.client(), p.email, password, '10.8.8.9').expect(202);
      expect(answer.headers['retry-after']).toBeUndefined();
    }
    // Delays end: then the right password signs in directly again.
    t.clock.advance(3600);
    await signIn(t.client(), p.email, p.password, '10.8.8.9').expect(200);
  });

  it("never slows the owner down on a browser they signed in from before", async () => {
    const p = await t.person('Uma');
    const partnerGuessing = t.client();
    for (let i = 0; i < 12; i++) await signIn(partnerGuessing, p.email, `guess ${i}`, '10.0.0.7');
    await signIn(partnerGuessing, p.email, p.password, '10.0.0.7').expect(202);
    // p.client signed in before (at confirmation), so it carries this account's device cookie.
    await signIn(p.client, p.email, p.password).expect(200);
  });

  it('throttles one address guessing at many accounts', async () => {
    const guesser = t.client();
    let last = 0;
    for (let i = 0; i < 25; i++) last = (await signIn(guesser, `someone${i}@example.org`, 'guess', '10.9.9.9')).statusCode;
    // Throttled: whatever the password, no one is let in from there without an e-mailed code.
    expect(last).toBe(202);
    // Another address is not affected.
    await signIn(t.client(), 'someone0@example.org', 'guess', '10.9.9.10').expect(401);
  });

  it('never locks the owner out of their own device when their address is throttled', async () => {
    const p = await t.person('Wren');
    const household = t.client();
    for (let i = 0; i < 25; i++) await signIn(household, `made-up-${i}@example.org`, 'guess', '10.4.4.4');
    await signIn(t.client(), p.email, p.password, '10.4.4.4').expect(202);
    await signIn(p.client, p.email, p.password, '10.4.4.4').expect(200);
  });

  it('a password reset clears the delay on the account', async () => {
    const p = await t.person('Vic');
    for (let i = 0; i < 8; i++) await signIn(t.client(), p.email, `nope ${i}`, '10.1.1.1');
    await signIn(t.client(), p.email, p.password).expect(202);
    await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
    // The newest mail may be the sign-in code that the right password above brought.
    const mail = (await t.outbox(p.email)).find((m) => m.text.includes('/reset-password#token='));
    const token = /#token=([\w-]+)/.exec(mail!.text)![1];
    await t.client().post('/api/auth/password-reset/complete', { token, password: 'a fresh start today' }).expect(200);
    await signIn(t.client(), p.email, 'a fresh start today').expect(200);
  });
});

describe('password checks behind a session', () => {
  const change = (client: ReturnType<TestApp['client']>, currentPassword: string) =>
    client.put('/api/me/password', { currentPassword, newPassword: 'a brand new sentence here' });
  const remove = (client: ReturnType<TestApp['client']>, password: string) => client.post('/api/me/delete', { password });

  it('are throttled per account like sign-in: a shared, signed-in session is no guessing machine', async () => {
    const p = await t.person('Ines');
    for (let i = 0; i < 6; i++) await change(p.client, `guess ${i}`).expect(400);
    const first = await change(p.client, 'guess 6').expect(429);
    expect(first.json().error.code).toBe('throttled');
    expect(Number(first.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // The right password waits too, and deleting the account shares the count.
    await change(p.client, p.password).expect(429);
    await remove(p.client, p.password).expect(429);
    // Per account: another session of the same person is slowed as well.
    const other = t.client();
    await signIn(other, p.email, p.password).expect(200);
    await remove(other, 'guess 7').expect(429);

    t.clock.advance(2);
    await remove(p.client, 'guess 8').expect(400);
    const second = await remove(p.client, 'guess 9').expect(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(Number(first.headers['retry-after']));

    // Delays end; the right password then works and clears the count.
    t.clock.advance(3600);
    await change(p.client, p.password).expect(200);
    await change(p.client, 'a wrong one again').expect(400);
  });

  it("never slow another person's account", async () => {
    const p = await t.person('Jai');
    const q = await t.person('Kim');
    for (let i = 0; i < 8; i++) await remove(p.client, `guess ${i}`);
    await change(q.client, q.password).expect(200);
  });
});

/** The sign-in code in the newest e-mail to `email` that has one. */
async function codeMail(email: string) {
  const mail = (await t.outbox(email)).find((m) => /sign-in code/i.test(m.subject));
  if (!mail) throw new Error('no sign-in code e-mail');
  return { ...mail, code: /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(mail.text)![1]!, link: linkToken(mail.text) };
}
const codeMails = async (email: string) => (await t.outbox(email)).filter((m) => /sign-in code/i.test(m.subject));
const useCode = (client: Client, code: string, ip = '127.0.0.1') =>
  client.request({ method: 'POST', url: '/api/auth/sign-in/code', payload: { code }, remoteAddress: ip });

describe('a person always gets in', () => {
  it('while the account is throttled, the right password from an unknown device brings an e-mailed code that signs in at once', async () => {
    const p = await t.person('Lior');
    const partner = t.client();
    for (let i = 0; i < 8; i++) await signIn(partner, p.email, `guess ${i}`, '10.0.0.7');

    // A new browser on a new address: the right and a wrong password get the very same answer.
    const owner = t.client();
    const right = await signIn(owner, p.email, p.password, '10.0.0.8').expect(202);
    const wrong = await signIn(t.client(), p.email, 'one more guess', '10.0.0.8').expect(202);
    const unknown = await signIn(t.client(), 'nobody.at.all@example.org', 'one more guess', '10.0.0.7');
    expect(right.body).toBe(wrong.body);
    expect(right.json()).toEqual({ status: 'code_sent' });
    expect(right.headers['retry-after']).toBeUndefined();
    expect(unknown.statusCode === 202 ? unknown.body : right.body).toBe(right.body);
    await owner.get('/api/me').expect(401);

    // Only the right password sent a code; the e-mail is generic.
    expect(await codeMails(p.email)).toHaveLength(1);
    const mail = await codeMail(p.email);
    for (const tell of ['10.0.0', 'partner', 'guess']) expect(mail.text).not.toContain(tell);
    expect(mail.text).toContain(`/sign-in-code#code=${mail.code}`);

    // Typed as a person might: lower case, with spaces. It works once.
    await useCode(owner, ` ${mail.code.toLowerCase().replace(/-/g, ' ')} `, '10.0.0.8').expect(200);
    await owner.get('/api/me').expect(200);
    expect((await useCode(t.client(), mail.code).expect(400)).json().error.code).toBe('code_invalid');

    // That browser is now one the account knows: the right password lets it in directly.
    await signIn(owner, p.email, p.password, '10.0.0.8').expect(200);
  });

  it('the e-mailed link signs in directly; a code lasts 15 minutes and is stored only as a keyed hash', async () => {
    const p = await t.person('Mira');
    for (let i = 0; i < 8; i++) await signIn(t.client(), p.email, `guess ${i}`, '10.0.0.9');
    await signIn(t.client(), p.email, p.password, '10.0.1.1').expect(202);
    const first = await codeMail(p.email);
    const rows = await t.ctx.database.db.selectFrom('signin_code').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(first.code.replace(/-/g, ''));
    expect(JSON.stringify(rows)).not.toContain(first.code);
    const phone = t.client();
    await useCode(phone, first.link).expect(200);
    await phone.get('/api/me').expect(200);

    await signIn(t.client(), p.email, p.password, '10.0.1.2').expect(202);
    const second = (await codeMail(p.email)).code;
    expect(second).not.toBe(first.code);
    t.clock.advance(15 * 60 + 1);
    await useCode(t.client(), second).expect(400);
  });

  it('refuses guessed codes, and slows down an address that keeps guessing', async () => {
    const guesser = t.client();
    for (let i = 0; i < 6; i++) expect((await useCode(guesser, `AAAA-BBBB-CC${String(i).padStart(2, '0')}`, '10.3.3.3')).statusCode).toBe(400);
    const slowed = await useCode(guesser, 'AAAA-BBBB-CCDD', '10.3.3.3').expect(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await useCode(t.client(), '', '10.3.3.4').expect(400)).json().error.fields.code).toMatch(/code/i);
  });

  it("a browser remembers the devices of several accounts: a partner signing in on the owner's browser does not make it unknown", async () => {
    const owner = await t.person('Noa');
    const partner = await t.person('Oren');
    const shared = t.client();
    await signIn(shared, owner.email, owner.password).expect(200);
    await shared.post('/api/auth/sign-out').expect(200);
    await signIn(shared, partner.email, partner.password).expect(200);
    await shared.post('/api/auth/sign-out').expect(200);
    // The partner guesses the owner's password elsewhere; the owner is back on the shared browser.
    for (let i = 0; i < 8; i++) await signIn(t.client(), owner.email, `guess ${i}`, '10.0.2.2');
    await signIn(t.client(), owner.email, owner.password, '10.0.2.3').expect(202);
    await signIn(shared, owner.email, owner.password).expect(200);
  });

  it('a device entry whose signature was changed, cut or lengthened counts for nothing', async () => {
    const owner = await t.person('Pim');
    const known = t.client();
    await signIn(known, owner.email, owner.password).expect(200);
    const entry = known.cookies.get('hearth_device')!;
    const [accountId, deviceId, mac] = entry.split('.');
    for (let i = 0; i < 8; i++) await signIn(t.client(), owner.email, `guess ${i}`, '10.0.5.5');
    const flip = (c: string) => (c === 'A' ? 'B' : 'A');
    for (const forged of [mac!.slice(0, -1), `${mac}A`, `${mac!.slice(0, -1)}${flip(mac!.at(-1)!)}`, `${mac}%`]) {
      const other = t.client();
      other.cookies.set('hearth_device', `${accountId}.${deviceId}.${forged}`);
      await signIn(other, owner.email, owner.password, '10.0.5.6').expect(202);
    }
    // The browser with the true entry is still known.
    await signIn(known, owner.email, owner.password).expect(200);
  });

  it('a browser remembers a bounded number of accounts, the most recent ones', async () => {
    const shared = t.client();
    const people = [];
    for (let i = 0; i < 10; i++) {
      const p = await t.person(`Many ${i}`);
      people.push(p);
      await signIn(shared, p.email, p.password).expect(200);
    }
    const entries = shared.cookies.get('hearth_device')!.split('~');
    expect(entries).toHaveLength(8);
    expect(shared.cookies.get('hearth_device')!.length).toBeLessThan(1500);
    // The newest is remembered; the oldest are not.
    for (let i = 0; i < 8; i++) await signIn(t.client(), people[9]!.email, `guess ${i}`, '10.0.4.4');
    await signIn(shared, people[9]!.email, people[9]!.password).expect(200);
    for (let i = 0; i < 8; i++) await signIn(t.client(), people[0]!.email, `guess ${i}`, '10.0.4.4');
    await signIn(shared, people[0]!.email, people[0]!.password).expect(202);
  });

  it('guessing stays capped: after 100 password checks in an hour, none is checked, from any device, and "Forgot password" still works', async () => {
    const p = await t.person('Pia');
    for (let i = 0; i < 5; i++) await p.client.put('/api/me/password', { currentPassword: `guess ${i}`, newPassword: 'a brand new sentence here' }).expect(400);
    for (let i = 0; i < 95; i++) {
      const status = (await signIn(t.client(), p.email, `guess ${i}`, `10.5.${i % 7}.1`)).statusCode;
      expect([401, 202]).toContain(status);
    }
    // The right password, even on the owner's own browser, is no longer checked.
    const capped = await signIn(p.client, p.email, p.password).expect(429);
    expect(capped.json().error.code).toBe('too_many_tries');
    expect(capped.json().error.message).toMatch(/new password/i);
    expect(Number(capped.headers['retry-after'])).toBeGreaterThan(60);
    const before = (await codeMails(p.email)).length;
    await signIn(t.client(), p.email, p.password, '10.6.0.1').expect(429);
    expect((await p.client.put('/api/me/password', { currentPassword: p.password, newPassword: 'a brand new sentence here' }).expect(429)).json().error.code).toBe('too_many_tries');
    expect(await codeMails(p.email)).toHaveLength(before);

    // A reset link proves the inbox and gets the person in.
    await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
    const reset = (await t.outbox(p.email)).find((m) => /new hearth password/i.test(m.subject))!;
    await t.client().post('/api/auth/password-reset/complete', { token: linkToken(reset.text), password: 'the way back in' }).expect(200);
    await signIn(p.client, p.email, 'the way back in').expect(200);
  });

  it('the cap ends after an hour', async () => {
    const p = await t.person('Quinn');
    for (let i = 0; i < 100; i++) await signIn(t.client(), p.email, `guess ${i}`, `10.7.${i % 7}.1`);
    await signIn(p.client, p.email, p.password).expect(429);
    t.clock.advance(3601);
    await signIn(p.client, p.email, p.password).expect(200);
  });
});


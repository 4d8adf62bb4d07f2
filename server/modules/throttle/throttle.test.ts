import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const signIn = (client: ReturnType<TestApp['client']>, email: string, password: string, ip = '127.0.0.1') =>
  client.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress: ip });

describe('sign-in throttling', () => {
  it('answers 429 with a growing Retry-After after repeated failures, then lets the owner in', async () => {
    const p = await t.person('Tali');
    const guesser = t.client();
    for (let i = 0; i < 5; i++) await signIn(guesser, p.email, `guess number ${i}`).expect(401);
    await signIn(guesser, p.email, 'guess number 6').expect(401);
    const first = await signIn(guesser, p.email, 'guess number 7').expect(429);
    expect(Number(first.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(first.json().error.code).toBe('throttled');

    // Even the right password waits while the delay runs, on a browser that never signed in.
    await signIn(t.client(), p.email, p.password).expect(429);

    t.clock.advance(2);
    await signIn(guesser, p.email, 'guess number 8').expect(401);
    const second = await signIn(guesser, p.email, 'guess number 9').expect(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(Number(first.headers['retry-after']));

    // Delays end: no one is locked out for good.
    t.clock.advance(3600);
    await signIn(t.client(), p.email, p.password).expect(200);
  });

  it("never slows the owner down on a browser they signed in from before", async () => {
    const p = await t.person('Uma');
    const partnerGuessing = t.client();
    for (let i = 0; i < 12; i++) await signIn(partnerGuessing, p.email, `guess ${i}`, '10.0.0.7');
    await signIn(partnerGuessing, p.email, p.password, '10.0.0.7').expect(429);
    // p.client signed in before (at confirmation), so it carries this account's device cookie.
    await signIn(p.client, p.email, p.password).expect(200);
  });

  it('throttles one address guessing at many accounts', async () => {
    const guesser = t.client();
    let last = 0;
    for (let i = 0; i < 25; i++) last = (await signIn(guesser, `someone${i}@example.org`, 'guess', '10.9.9.9')).statusCode;
    expect(last).toBe(429);
    // Another address is not affected.
    await signIn(t.client(), 'someone0@example.org', 'guess', '10.9.9.10').expect(401);
  });

  it('never locks the owner out of their own device when their address is throttled', async () => {
    const p = await t.person('Wren');
    const household = t.client();
    for (let i = 0; i < 25; i++) await signIn(household, `made-up-${i}@example.org`, 'guess', '10.4.4.4');
    await signIn(t.client(), p.email, p.password, '10.4.4.4').expect(429);
    await signIn(p.client, p.email, p.password, '10.4.4.4').expect(200);
  });

  it('a password reset clears the delay on the account', async () => {
    const p = await t.person('Vic');
    for (let i = 0; i < 8; i++) await signIn(t.client(), p.email, `nope ${i}`, '10.1.1.1');
    await signIn(t.client(), p.email, p.password).expect(429);
    await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
    const [mail] = await t.outbox(p.email);
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


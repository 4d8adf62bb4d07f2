import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { baseUrlOf, closeListening, EventStream } from '../../test/live.ts';

/**
 * After a quick exit the browser's session is locked (docs/privacy.md, "The partner"): the page
 * the person left, or Back, must show nothing until their password is entered again.
 */
let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  base = await baseUrlOf(t);
});
afterAll(() => closeListening(t));

const lock = (client: Client) => client.post('/api/sessions/current/lock');
const unlock = (client: Client, password: string) => client.post('/api/sessions/current/unlock', { password });

/** What the lock page itself needs, and the ways out of it. */
const OPEN_WHILE_LOCKED = new Set(['lockSession', 'unlockSession', 'signOut', 'getResources', 'getConfig']);

async function operations() {
  const doc = (await t.client().get('/api/openapi.json').expect(200)).json() as { paths: Record<string, Record<string, { operationId: string }>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), id: op.operationId })));
}

describe('a quick exit locks this browser', () => {
  it('answers every operation but the lock page’s own with 423 until the password is entered again, whatever the input', async () => {
    const p = await t.person('Noor');
    expect((await lock(p.client).expect(200)).json()).toEqual({ locked: true });
    const me = (await p.client.get('/api/me').expect(423)).json();
    expect(me.error.code).toBe('locked');
    expect(JSON.stringify(me)).not.toContain('Noor');

    const ops = await operations();
    expect(ops.length).toBeGreaterThan(40);
    const answers: string[] = [];
    for (const { path, method, id } of ops.filter((o) => !OPEN_WHILE_LOCKED.has(o.id))) {
      const url = path.replace(/\{[^}]+\}/g, '0b8f3c2e-2f64-4c1a-9b8e-3a0d8f6f1c11');
      const res = await p.client.request({ method: method as 'GET', url, ...(method === 'GET' ? {} : { payload: {} }), headers: { accept: 'text/event-stream, application/json' } });
      if (res.statusCode !== 423) answers.push(`${id}: ${res.statusCode}`);
    }
    expect(answers).toEqual([]);
    // Nothing the lock page needs is locked.
    await p.client.get('/api/resources').expect(200);
    await p.client.get('/api/config').expect(200);

    expect((await unlock(p.client, p.password).expect(200)).json()).toEqual({ locked: false });
    expect((await p.client.get('/api/me').expect(200)).json().account.name).toBe('Noor');
  });

  it('answers a wrong password with 400, and throttles guessing like sign-in', async () => {
    const p = await t.person();
    await lock(p.client).expect(200);
    const wrong = (await unlock(p.client, 'not it').expect(400)).json();
    expect(wrong.error).toMatchObject({ code: 'wrong_password', fields: { password: expect.any(String) } });
    await p.client.post('/api/sessions/current/unlock', {}).expect(400);
    for (let i = 0; i < 5; i++) await unlock(p.client, `guess ${i}`).expect(400);
    const waiting = await unlock(p.client, 'guess 6').expect(429);
    expect(waiting.json().error.code).toBe('throttled');
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await unlock(p.client, p.password).expect(429);
    await p.client.get('/api/me').expect(423);
    t.clock.advance(5);
    await unlock(p.client, p.password).expect(200);
    await p.client.get('/api/me').expect(200);
  });

  it('locks only the browser that left: the same account elsewhere reads on', async () => {
    const p = await t.person();
    const phone = t.client();
    await phone.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    await lock(p.client).expect(200);
    await p.client.get('/api/me').expect(423);
    await phone.get('/api/me').expect(200);
    // Locking twice changes nothing; an unlocked browser can be unlocked again harmlessly.
    await lock(p.client).expect(200);
    expect((await unlock(phone, p.password).expect(200)).json()).toEqual({ locked: false });
    await p.client.get('/api/me').expect(423);
  });

  it('lets the person sign out instead, which ends the locked session', async () => {
    const p = await t.person();
    await lock(p.client).expect(200);
    await p.client.post('/api/auth/sign-out').expect(200);
    await p.client.get('/api/me').expect(401);
    await unlock(p.client, p.password).expect(401);
    await lock(t.client()).expect(401);
  });

  it('ends an open event stream', async () => {
    const p = await t.person();
    t.ctx.events.heartbeatMs = 50;
    try {
      const stream = await EventStream.open(base, p);
      await stream.waitFor((m) => m.comment === 'heartbeat', 2000);
      await lock(p.client).expect(200);
      await stream.waitForEnd(3000);
    } finally {
      t.ctx.events.heartbeatMs = 25_000;
    }
  });
});

describe('the lock-on-quick-exit setting', () => {
  it('is on by default, belongs to the account, and when off a quick exit locks nothing', async () => {
    const p = await t.person();
    expect((await p.client.get('/api/me').expect(200)).json().settings).toEqual({ lockOnQuickExit: true });
    expect((await p.client.patch('/api/me/settings', { lockOnQuickExit: false }).expect(200)).json()).toEqual({ lockOnQuickExit: false });
    const laptop = t.client();
    await laptop.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    expect((await laptop.get('/api/me').expect(200)).json().settings).toEqual({ lockOnQuickExit: false });

    expect((await lock(p.client).expect(200)).json()).toEqual({ locked: false });
    await p.client.get('/api/me').expect(200);

    await p.client.patch('/api/me/settings', { lockOnQuickExit: true }).expect(200);
    expect((await lock(laptop).expect(200)).json()).toEqual({ locked: true });
    // A locked browser cannot turn the lock off.
    await laptop.patch('/api/me/settings', { lockOnQuickExit: false }).expect(423);
    await p.client.patch('/api/me/settings', { lockOnQuickExit: 'no' }).expect(400);
    await t.client().patch('/api/me/settings', { lockOnQuickExit: false }).expect(401);
  });
});

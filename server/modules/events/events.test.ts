import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, startTestApp, testDb, type Client, type Person, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';
import { baseUrlOf, closeListening, EventStream, settle } from '../../test/live.ts';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  base = await baseUrlOf(t);
});
afterAll(() => closeListening(t));

const waitUntil = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
};

describe('live updates (server-sent events)', () => {
  it('need a signed-in person and an event-stream request', async () => {
    await t.client().get('/api/events', { accept: 'text/event-stream' }).expect(401);
    const p = await t.person();
    expect((await p.client.get('/api/events').expect(406)).json().error.code).toBe('not_acceptable');
  });

  it("bring an appreciation to the partner's open page at once: a kind and an id only", async () => {
    const [a, b] = await couple(t);
    const stream = await EventStream.open(base, b);
    expect(stream.status).toBe(200);
    const sent = (await a.client.post('/api/appreciations', { text: 'You made my morning.' }).expect(201)).json();
    const message = await stream.waitFor((m) => m.event === 'appreciationReceived');
    expect(JSON.parse(message.data!)).toEqual({ kind: 'appreciationReceived', appreciationId: sent.id });
    expect(message.data).not.toContain('morning');
    stream.close();
  });

  it('say nothing when the partner answers a love-map question, and tell both once both have', async () => {
    const [a, b] = await couple(t);
    const streamA = await EventStream.open(base, a);
    const streamB = await EventStream.open(base, b);
    const q = (await a.client.get('/api/today').expect(200)).json().loveMap.question.id;
    await a.client.post('/api/today/love-map', { questionId: q, answer: 'mine' }).expect(200);
    await a.client.post('/api/today/love-map', { questionId: q, answer: 'mine, edited' }).expect(200);
    await settle();
    expect(streamB.events()).toEqual([]);
    expect(streamA.events()).toEqual([]);
    await b.client.post('/api/today/love-map', { questionId: q, answer: 'theirs' }).expect(200);
    for (const s of [streamA, streamB]) {
      const m = await s.waitFor((x) => x.event === 'loveMapRevealed');
      expect(JSON.parse(m.data!)).toEqual({ kind: 'loveMapRevealed', questionId: q });
    }
    streamA.close();
    streamB.close();
  });

  it("reach every open page of the partner, and no one else's", async () => {
    const [a, b] = await couple(t);
    const [c] = await couple(t);
    const tab1 = await EventStream.open(base, b);
    const tab2 = await EventStream.open(base, b);
    const other = await EventStream.open(base, c);
    const ritual = (await a.client.post('/api/rituals', { title: 'Walk', schedule: 'FREQ=DAILY', timeZone: 'UTC' }).expect(201)).json();
    for (const tab of [tab1, tab2]) {
      expect(JSON.parse((await tab.waitFor((m) => m.event === 'ritualsChanged')).data!)).toEqual({ kind: 'ritualsChanged', ritualId: ritual.id });
    }
    await a.client.post('/api/appreciations', { text: 'hi' }).expect(201);
    await tab1.waitFor((m) => m.event === 'appreciationReceived');
    await settle();
    expect(other.events()).toEqual([]);
    for (const s of [tab1, tab2, other]) s.close();
  });

  it('send a heartbeat, end when the session ends, and clean up after a page closes', async () => {
    const [a] = await couple(t);
    const before = t.ctx.events.size;
    t.ctx.events.heartbeatMs = 50;
    try {
      const stream = await EventStream.open(base, a);
      await stream.waitFor((m) => m.comment === 'heartbeat', 2000);
      expect(t.ctx.events.size).toBe(before + 1);
      await a.client.post('/api/auth/sign-out').expect(200);
      await stream.waitForEnd(3000);
      await waitUntil(() => t.ctx.events.size === before);

      const p = await t.person();
      const closing = await EventStream.open(base, p);
      expect(t.ctx.events.size).toBe(before + 1);
      closing.close();
      await waitUntil(() => t.ctx.events.size === before);
    } finally {
      t.ctx.events.heartbeatMs = 25_000;
    }
  });
});

/** A person signed in twice: `p.client` and `other`, each a session of its own. */
async function twoSessions(app: TestApp): Promise<{ p: Person; other: Client; otherId: string }> {
  const p = await app.person();
  const other = app.client();
  await other.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
  const otherId = (await other.get('/api/sessions').expect(200)).json().sessions.find((s: { current: boolean }) => s.current).id;
  return { p, other, otherId };
}

/** A stream of a session that did not end: still open, and it heard nothing of the others ending. */
async function stillOpenAndQuiet(stream: EventStream): Promise<void> {
  await settle();
  expect(stream.ended).toBe(false);
  expect(stream.events()).toEqual([]);
  stream.close();
}

// The heartbeat (25 s) would end these streams too, but far later than the 3 s they are given.
describe('a stream whose session ends', () => {
  it('ends at once on sign-out', async () => {
    const { other } = await twoSessions(t);
    const stream = await EventStream.open(base, other);
    await other.post('/api/auth/sign-out').expect(200);
    await stream.waitForEnd(3000);
  });

  it('ends at once when the session is ended from another device; the other streams stay open and hear nothing of it', async () => {
    const { p, other, otherId } = await twoSessions(t);
    const own = await EventStream.open(base, p);
    const stream = await EventStream.open(base, other);
    await p.client.delete(`/api/sessions/${otherId}`).expect(200);
    await stream.waitForEnd(3000);
    await stillOpenAndQuiet(own);
  });

  it('ends at once when "sign out everywhere else" is used, or the password is changed', async () => {
    const { p, other } = await twoSessions(t);
    const own = await EventStream.open(base, p);
    let stream = await EventStream.open(base, other);
    await p.client.post('/api/sessions/revoke-others').expect(200);
    await stream.waitForEnd(3000);

    await other.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    stream = await EventStream.open(base, other);
    await p.client.put('/api/me/password', { currentPassword: p.password, newPassword: 'a new and quiet sentence' }).expect(200);
    await stream.waitForEnd(3000);
    await stillOpenAndQuiet(own);
  });

  it('ends at once, for every session, when the password is reset or the account deleted', async () => {
    const { p, other } = await twoSessions(t);
    const streams = [await EventStream.open(base, p), await EventStream.open(base, other)];
    await t.client().post('/api/auth/password-reset', { email: p.email }).expect(202);
    const [mail] = await t.outbox(p.email);
    const fresh = t.client();
    await fresh.post('/api/auth/password-reset/complete', { token: linkToken(mail!.text), password: 'the sea at dawn again' }).expect(200);
    for (const s of streams) await s.waitForEnd(3000);

    const last = await EventStream.open(base, fresh);
    await fresh.post('/api/me/delete', { password: 'the sea at dawn again' }).expect(200);
    await last.waitForEnd(3000);
  });
});

describe.runIf(testDb === 'postgres')('live updates across two app servers on PostgreSQL', () => {
  let t2: TestApp;
  let base2: string;
  beforeAll(async () => {
    t2 = await startTestApp({ database: t.config.database, secretKey: t.config.secretKey, outboxDir: t.config.outboxDir });
    base2 = await baseUrlOf(t2);
  });
  afterAll(() => closeListening(t2));

  it('bring an appreciation sent through one server to a page open on the other (LISTEN/NOTIFY)', async () => {
    const [a, b] = await couple(t);
    const onServer2 = await EventStream.open(base2, b);
    const sent = (await a.client.post('/api/appreciations', { text: 'Across servers, with love.' }).expect(201)).json();
    const message = await onServer2.waitFor((m) => m.event === 'appreciationReceived');
    expect(JSON.parse(message.data!)).toEqual({ kind: 'appreciationReceived', appreciationId: sent.id });
    // The page on server 2 then refetches there and finds it.
    const onTwo = t2.client();
    for (const [k, v] of b.client.cookies) onTwo.cookies.set(k, v);
    expect((await onTwo.get('/api/appreciations?box=received').expect(200)).json().items[0].id).toBe(sent.id);
    onServer2.close();
  });

  it('end a stream open on one server at once when its session is ended through the other', async () => {
    const { p, other, otherId } = await twoSessions(t);
    const onTwo = t2.client();
    for (const [k, v] of other.cookies) onTwo.cookies.set(k, v);
    const stream = await EventStream.open(base2, onTwo);
    const own = await EventStream.open(base2, p);
    await p.client.delete(`/api/sessions/${otherId}`).expect(200);
    await stream.waitForEnd(3000);
    await stillOpenAndQuiet(own);
  });

  it('reveal love-map answers to both partners, each on a different server', async () => {
    const [a, b] = await couple(t);
    const onOne = await EventStream.open(base, a);
    const onTwo = await EventStream.open(base2, b);
    const q = (await a.client.get('/api/today').expect(200)).json().loveMap.question.id;
    await a.client.post('/api/today/love-map', { questionId: q, answer: 'one' }).expect(200);
    await settle();
    expect(onTwo.events()).toEqual([]);
    await b.client.post('/api/today/love-map', { questionId: q, answer: 'two' }).expect(200);
    await onOne.waitFor((m) => m.event === 'loveMapRevealed');
    await onTwo.waitFor((m) => m.event === 'loveMapRevealed');
    onOne.close();
    onTwo.close();
  });
});

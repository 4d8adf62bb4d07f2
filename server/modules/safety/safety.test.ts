import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { AT_RISK_ANSWERS, SAFE_ANSWERS, builtin, conflictWornAnswers, chooseToCompare, pair, takeCheckup } from '../checkup/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type ExerciseJson = { id: string; joint: boolean; kind: string };

const isJoint = (id: string) => t.ctx.content.exercises.exercises.find((e) => e.id === id)!.joint;

describe('the safety screen', () => {
  it('opens with "is it safe to answer now?" and lists the items on a scale where higher means more danger', async () => {
    const p = await t.person();
    await t.client().get('/api/safety/screen').expect(401);
    const screen = (await p.client.get('/api/safety/screen').expect(200)).json();
    expect(screen.texts.safeNow.title).toMatch(/safe to answer/i);
    expect(screen.texts.safeNow.quickExitNote).toMatch(/quick exit/i);
    expect(screen.texts.screen.privacy).toMatch(/partner never sees/i);
    expect(screen.scale).toMatchObject({ min: 0, max: 3 });
    expect(screen.scale.labels.map((l: { text: string }) => l.text)).toEqual(['Not at all', 'Once or rarely', 'Sometimes', 'Often']);
    expect(screen.items.map((i: { id: string }) => i.id)).toEqual(SAFE_ANSWERS.map((a) => a.itemId));
    expect(screen.items[0].scale).toEqual(screen.scale);
  });

  it('starts unanswered; safe answers give the thank-you and no resources', async () => {
    const p = await t.person();
    const before = (await p.client.get('/api/safety').expect(200)).json();
    expect(before).toMatchObject({ answered: false, atRisk: false, answeredAt: null, message: null, counselor: null, resources: null });
    expect(before.emergency).toMatch(/emergency number/);

    const safe = (await p.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200)).json();
    expect(safe).toMatchObject({ answered: true, atRisk: false, complete: true, counselor: null, resources: null });
    expect(safe.message).toMatch(/thank you for answering/i);
    expect((await p.client.get('/api/safety').expect(200)).json()).toEqual(safe);
  });

  it('shows resources for the locale (US by default) and the counselor note to a person at risk', async () => {
    const p = await t.person();
    const res = (await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200)).json();
    expect(res).toMatchObject({ answered: true, atRisk: true, complete: true });
    expect(res.message).toMatch(/deserve to be safe/);
    expect(res.counselor).toMatch(/counselor privately/);
    expect(res.resources.locale).toBe('en-US');
    const text = JSON.stringify(res.resources);
    for (const needle of ['911', '1-800-799-7233', '88788', 'START', '988']) expect(text).toContain(needle);
    expect(res.resources.resources[0].contacts[0].href).toBe('tel:911');

    const mine = (await p.client.get('/api/safety').expect(200)).json();
    expect(mine).toEqual(res);
    const elsewhere = (await p.client.get('/api/safety?locale=en-GB').expect(200)).json();
    expect(elsewhere.resources.locale).toBe('en');
    expect(JSON.stringify(elsewhere.resources)).not.toContain('1-800-799-7233');
  });

  it('lets any item be skipped: skipped items count as nothing, and the rule still applies', async () => {
    const p = await t.person();
    const none = (await p.client.post('/api/safety/answers', { answers: [] }).expect(200)).json();
    expect(none).toMatchObject({ answered: true, atRisk: false, complete: false });
    const one = (await p.client.post('/api/safety/answers', { answers: [{ itemId: 'threats', value: 1 }] }).expect(200)).json();
    expect(one).toMatchObject({ atRisk: true, complete: false });
    // Several smaller signs together.
    const several = (
      await p.client
        .post('/api/safety/answers', {
          answers: [
            { itemId: 'money-control', value: 1 },
            { itemId: 'phone-control', value: 1 },
            { itemId: 'kept-from-others', value: 1 },
          ],
        })
        .expect(200)
    ).json();
    expect(several.atRisk).toBe(true);
    // New answers replace the old ones; the concern the old ones showed stays on (see below).
    expect((await p.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200)).json()).toMatchObject({ complete: true, atRisk: true });
    expect((await p.client.get('/api/safety').expect(200)).json().atRisk).toBe(true);
  });

  it('refuses unknown items, repeats and values off the scale, and keeps the earlier answers', async () => {
    const p = await t.person();
    await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
    const res = await p.client
      .post('/api/safety/answers', {
        answers: [
          { itemId: 'nope', value: 0 },
          { itemId: 'afraid', value: 4 },
          { itemId: 'threats', value: 0 },
          { itemId: 'threats', value: 0 },
        ],
      })
      .expect(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['answers.0.itemId', 'answers.1.value', 'answers.3.itemId']);
    await p.client.post('/api/safety/answers', { answers: [{ itemId: 'afraid', value: -1 }] }).expect(400);
    await p.client.post('/api/safety/answers', {}).expect(400);
    expect((await p.client.get('/api/safety').expect(200)).json().atRisk).toBe(true);
  });

  it('offers the resource list to anyone, signed in or not', async () => {
    const list = (await t.client().get('/api/resources').expect(200)).json();
    expect(list.locale).toBe('en-US');
    expect(list.deviceNote).toBeTruthy();
    expect(list.emergencyLine).toContain('911');
    // Someone in Austria is never told to dial a US number at the foot of every page.
    const elsewhere = (await t.client().get('/api/resources?locale=de-AT').expect(200)).json();
    expect(elsewhere.locale).toBe('en');
    expect(elsewhere.emergencyLine).not.toMatch(/911|988/);
    await t.client().get('/api/resources?locale=%3Cscript%3E').expect(400);
  });
});

const DAY = 86_400;
const lift = (client: Person['client'], password: string) => client.post('/api/safety/concern/lift', { password });

/** Moves the clock on, with the person's session kept alive (it ends after 30 quiet days). */
async function pass(seconds: number, p: Person): Promise<void> {
  for (let left = seconds; left > 0; left -= 10 * DAY) {
    t.clock.advance(Math.min(left, 10 * DAY));
    await p.client.get('/api/me').expect(200);
  }
}

describe('a concern is not lifted by a later answer', () => {
  it('keeps the extra care on for 30 days after the concern was last reported, though later answers look safe', async () => {
    const p = await t.person();
    const reported = (await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200)).json();
    expect(reported.concern).toEqual({ lastReportedAt: reported.answeredAt, until: null });
    t.clock.advance(10 * DAY);

    // What a partner standing behind the person would demand: it is stored, and changes nothing yet.
    const safe = (await p.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200)).json();
    const until = new Date(Date.parse(reported.answeredAt) + 30 * DAY * 1000).toISOString();
    expect(safe).toMatchObject({ answered: true, atRisk: true, complete: true, concern: { lastReportedAt: reported.answeredAt, until } });
    expect(safe.answeredAt).not.toBe(reported.answeredAt);
    expect(safe.message).toMatch(/extra care/i);
    expect(safe.message).toMatch(/password/i);
    expect(safe.counselor).toMatch(/counselor privately/);
    expect(JSON.stringify(safe.resources)).toContain('1-800-799-7233');
    expect((await p.client.get('/api/safety').expect(200)).json()).toEqual(safe);
    // Everything that follows a concern still follows it: the Aftermath is not offered.
    expect((await p.client.post('/api/aftermaths', {}).expect(200)).json().status).toBe('notOffered');

    // The boundary: in force until 30 days after the report, not a second longer.
    t.clock.advance(20 * DAY - 1);
    expect((await p.client.get('/api/safety').expect(200)).json()).toMatchObject({ atRisk: true, concern: { until } });
    t.clock.advance(1);
    const ended = (await p.client.get('/api/safety').expect(200)).json();
    expect(ended).toMatchObject({ answered: true, atRisk: false, concern: null, counselor: null, resources: null });
    expect(ended.message).toMatch(/thank you for answering/i);
  });

  it('keeps it on while the latest answers show a concern, and starts the 30 days again with every new report', async () => {
    const p = await t.person();
    await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
    await pass(45 * DAY, p);
    expect((await p.client.get('/api/safety').expect(200)).json()).toMatchObject({ atRisk: true, concern: { until: null } });

    const again = (await p.client.post('/api/safety/answers', { answers: [{ itemId: 'threats', value: 1 }] }).expect(200)).json();
    t.clock.advance(DAY);
    await p.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200);
    await pass(28 * DAY, p);
    expect((await p.client.get('/api/safety').expect(200)).json()).toMatchObject({ atRisk: true, concern: { lastReportedAt: again.answeredAt } });
    t.clock.advance(2 * DAY);
    expect((await p.client.get('/api/safety').expect(200)).json().atRisk).toBe(false);
  });

  it('is lifted by the person themselves with their password, and a new report turns it on again', async () => {
    const p = await t.person();
    await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
    await p.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200);

    const wrong = (await lift(p.client, 'not my password').expect(400)).json();
    expect(wrong.error).toMatchObject({ code: 'wrong_password', fields: { password: expect.any(String) } });
    expect((await p.client.get('/api/safety').expect(200)).json().atRisk).toBe(true);
    await p.client.post('/api/safety/concern/lift', {}).expect(400);
    await t.client().post('/api/safety/concern/lift', { password: p.password }).expect(401);

    const lifted = (await lift(p.client, p.password).expect(200)).json();
    expect(lifted).toMatchObject({ answered: true, atRisk: false, concern: null, counselor: null, resources: null });
    expect(lifted.message).toMatch(/thank you for answering/i);
    expect((await p.client.get('/api/safety').expect(200)).json()).toEqual(lifted);
    expect((await p.client.post('/api/aftermaths', {}).expect(409)).json().error.code).toBe('not_paired');
    // Asking again changes nothing.
    expect((await lift(p.client, p.password).expect(200)).json()).toEqual(lifted);

    const reported = (await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200)).json();
    expect(reported).toMatchObject({ atRisk: true, concern: { lastReportedAt: reported.answeredAt } });
  });

  it('can be lifted while the latest answers still show a concern: it is the person’s own choice', async () => {
    const p = await t.person();
    await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
    expect((await lift(p.client, p.password).expect(200)).json()).toMatchObject({ atRisk: false, concern: null });
    t.clock.advance(DAY);
    await p.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200);
    expect((await p.client.get('/api/safety').expect(200)).json().atRisk).toBe(false);
  });

  it('throttles wrong passwords like sign-in: a few free tries, then growing delays; the right one works after', async () => {
    const p = await t.person();
    await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
    for (let i = 0; i < 5; i++) await lift(p.client, `guess ${i}`).expect(400);
    await lift(p.client, 'guess 5').expect(400);
    const waiting = await lift(p.client, 'guess 6').expect(429);
    expect(waiting.json().error.code).toBe('throttled');
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Even the right password waits while the delay runs…
    await lift(p.client, p.password).expect(429);
    expect((await p.client.get('/api/safety').expect(200)).json().atRisk).toBe(true);
    // …and no longer.
    t.clock.advance(3);
    expect((await lift(p.client, p.password).expect(200)).json().atRisk).toBe(false);
  });

  it('never tells anything about an account that never answered', async () => {
    const p = await t.person();
    expect((await lift(p.client, p.password).expect(200)).json()).toMatchObject({ answered: false, atRisk: false, concern: null });
    await lift(p.client, 'wrong').expect(400);
  });
});

describe('suggestions follow the person’s own safety', () => {
  it('gives someone at risk no joint exercise in their result or the couple report; their partner and safe people get the usual ones', async () => {
    const a = await t.person();
    const b = await t.person();
    const safe = await t.person();
    const unanswered = await t.person();
    await pair(a, b);
    await chooseToCompare(a, b);
    await a.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
    await safe.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200);
    const answers = conflictWornAnswers(builtin(t));
    const resultA = await takeCheckup(a.client, answers);
    await takeCheckup(b.client, answers);
    const resultSafe = await takeCheckup(safe.client, answers);
    const resultUnanswered = await takeCheckup(unanswered.client, answers);

    const exercisesOf = async (client: typeof a.client, id: string) =>
      ((await client.get(`/api/checkup/results/${id}`).expect(200)).json().dimensions as { exercises: ExerciseJson[] }[]).flatMap((d) => d.exercises);

    const atRisk = await exercisesOf(a.client, resultA.id);
    expect(atRisk.length).toBeGreaterThan(0);
    expect(atRisk.filter((e) => e.joint || e.kind === 'conflict')).toEqual([]);

    for (const [person, id] of [
      [safe, resultSafe.id],
      [unanswered, resultUnanswered.id],
    ] as const) {
      const usual = await exercisesOf(person.client, id);
      expect(usual.filter((e) => e.joint && e.kind === 'conflict').map((e) => e.id)).toEqual(['break-plan', 'aftermath']);
    }

    const reportA = (await a.client.get('/api/couple/report').expect(200)).json();
    const reportB = (await b.client.get('/api/couple/report').expect(200)).json();
    expect(reportB.growthAreas).toEqual(['conflictFatigue']);
    expect(reportB.firstSteps.map((e: ExerciseJson) => e.id)).toEqual(['calming-when-flooded', 'break-plan', 'aftermath']);
    expect(reportA.firstSteps.length).toBeGreaterThan(0);
    expect(reportA.firstSteps.filter((e: ExerciseJson) => e.joint || isJoint(e.id) || e.kind === 'conflict')).toEqual([]);
    expect(reportA.firstSteps.map((e: ExerciseJson) => e.id)).toContain('calming-when-flooded');
    expect(JSON.stringify(reportB)).not.toContain('1-800-799-7233');
    expect(JSON.stringify(reportA)).not.toContain('1-800-799-7233');
  });
});

describe('logs', () => {
  it('hold nothing of the safety answers or check-up answers, only methods and paths', async () => {
    const { Writable } = await import('node:stream');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await startTestApp({ logLevel: 'trace' }, { logger: true, logStream: sink });
    try {
      const p = await logged.person();
      await p.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
      await p.client.post('/api/safety/answers', { answers: [{ itemId: 'sexual-pressure', value: 9 }] }).expect(400);
      await p.client.get('/api/safety').expect(200);
      await p.client.put('/api/checkup/answers', { answers: [{ itemId: builtin(logged).items[0]!.id, value: 4 }] }).expect(200);
      const log = lines.join('');
      expect(log).toContain('/api/safety/answers');
      for (const secret of [...SAFE_ANSWERS.map((a) => a.itemId), 'atRisk', '"value"', builtin(logged).items[0]!.id, '1-800-799-7233']) {
        expect(log).not.toContain(secret);
      }
    } finally {
      await logged.close();
    }
  });
});

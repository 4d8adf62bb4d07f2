import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Instrument } from '../../../shared/checkup/index.ts';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import {
  AT_RISK_ANSWERS,
  SAFE_ANSWERS,
  answersFor,
  builtin,
  chooseToCompare,
  conflictWornAnswers,
  exchange,
  normalise,
  pair,
  takeCheckup,
  type Exchange,
} from './fixtures.ts';

/**
 * Privacy of the check-up and the safety screen (product.md, "Privacy model" and "Safety"):
 * partner B's every API response must be the same whether A skipped the safety screen, answered
 * safe or answered at risk, and must never carry A's item answers unless A shared them.
 *
 * The clock is held still (only Date is faked), so that every run makes the same timestamps and
 * the PDFs — dated by their results — are byte for byte comparable. Ids and e-mail addresses,
 * which are random on every run, are replaced by numbered placeholders.
 */
const START = new Date('2026-03-02T09:00:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * What A does with the safety screen, on one schedule for every case: at the start, 21 days on,
 * 26 days on, then 5 more days before the check-up. A concern stays on for 30 days after it was
 * last reported unless A lifts it (docs/privacy.md, "The partner"); the schedule puts each case
 * on its side of that line, and keeps every case's clock, and so B's PDFs, the same.
 */
const SAFETY_CASES = {
  skipped: [[], [], []],
  safe: [['safe'], [], []],
  atRisk: [['atRisk'], [], []],
  'at risk then safe within 30 days': [[], ['atRisk'], ['safe']],
  'lifted with password': [[], ['atRisk'], ['safe', 'wrongPassword', 'lift']],
  'expired after 30 days': [['atRisk'], ['safe'], []],
} as const satisfies Record<string, readonly (readonly SafetyAct[])[]>;
type SafetyAct = 'safe' | 'atRisk' | 'wrongPassword' | 'lift';
type SafetyCase = keyof typeof SAFETY_CASES;
const PHASE_DAYS = [21, 5, 5];

async function actOnSafety(a: Person, act: SafetyAct): Promise<void> {
  if (act === 'safe' || act === 'atRisk') {
    await a.client.post('/api/safety/answers', { answers: act === 'safe' ? SAFE_ANSWERS : AT_RISK_ANSWERS }).expect(200);
  } else {
    await a.client.post('/api/safety/concern/lift', { password: act === 'lift' ? a.password : 'not the password' }).expect(act === 'lift' ? 200 : 400);
  }
}

/** Puts the app's clock (the system time plus what the test advanced) back to START. */
function rewind(t: TestApp): void {
  const advanced = t.clock.now().getTime() - Date.now();
  vi.setSystemTime(START.getTime() - advanced);
}

/** Everything B does and sees, in order. */
async function scriptOfB(t: TestApp, b: Person, answersB: readonly Answer[], resultOfA: string): Promise<Exchange[]> {
  const c = b.client;
  const half = Math.ceil(answersB.length / 2);
  const log: Exchange[] = [];
  const step = async (name: string, response: Parameters<typeof exchange>[1]) => {
    const e = await exchange(name, response);
    log.push(e);
    return e;
  };
  await step('getMe', c.get('/api/me'));
  await step('listConsents', c.get('/api/consents'));
  await step('getSafetyScreen', c.get('/api/safety/screen'));
  await step('getMySafety', c.get('/api/safety'));
  await step('getCheckup', c.get('/api/checkup'));
  await step('saveCheckupAnswers 1', c.put('/api/checkup/answers', { answers: answersB.slice(0, half) }));
  await step('saveCheckupAnswers 2', c.put('/api/checkup/answers', { answers: answersB.slice(half) }));
  await step('getCheckup (resumed)', c.get('/api/checkup'));
  const submitted = await step('submitCheckup', c.post('/api/checkup/submit'));
  const id = (submitted.body as { id: string }).id;
  t.clock.advance(60);
  await step('getCheckupResult', c.get(`/api/checkup/results/${id}`));
  await step('listCheckupResults', c.get('/api/checkup/results'));
  await step('setConsent checkupCompare', c.post('/api/consents', { scope: 'checkupCompare', audience: 'partner', granted: true }));
  await step('getCoupleReport', c.get('/api/couple/report'));
  await step('getCoupleReportPdf', c.get('/api/couple/report/pdf'));
  await step('getMyResultPdf', c.get(`/api/checkup/results/${id}/pdf`));
  await step('setResultSharing on', c.put(`/api/checkup/results/${id}/sharing`, { shared: true }));
  await step('setResultSharing off', c.put(`/api/checkup/results/${id}/sharing`, { shared: false }));
  await step("getCheckupResult of A's result", c.get(`/api/checkup/results/${resultOfA}`));
  await step("setResultSharing of A's result", c.put(`/api/checkup/results/${resultOfA}/sharing`, { shared: true }));
  await step("getMyResultPdf of A's result", c.get(`/api/checkup/results/${resultOfA}/pdf`));
  await step('getCheckup (after submit)', c.get('/api/checkup'));
  await step('getMySafety (again)', c.get('/api/safety'));
  await step('listSessions', c.get('/api/sessions'));
  await step('listConsentHistory', c.get('/api/consents/history'));
  await step('getMe (again)', c.get('/api/me'));
  return log;
}

interface Run {
  transcriptOfB: string;
  reportOfA: { firstSteps: { id: string; joint: boolean }[] };
  safetyOfA: { atRisk: boolean; resources: unknown };
}

/** A fresh couple: A answers the safety screen (or not) and the check-up, then B runs the script. */
async function coupleRun(t: TestApp, safety: SafetyCase, answersA: readonly Answer[], answersB: readonly Answer[], shareA = false): Promise<Run> {
  const a = await t.person('Alex');
  const b = await t.person('Blair');
  await pair(a, b);
  await chooseToCompare(a);
  for (const [phase, acts] of SAFETY_CASES[safety].entries()) {
    for (const act of acts) await actOnSafety(a, act);
    t.clock.advance(PHASE_DAYS[phase]! * 86_400);
    // Both stay signed in (a session ends after 30 quiet days); these reads are not B's transcript.
    for (const p of [a, b]) await p.client.get('/api/me').expect(200);
  }
  const resultA = await takeCheckup(a.client, answersA);
  if (shareA) await a.client.put(`/api/checkup/results/${resultA.id}/sharing`, { shared: true }).expect(200);
  t.clock.advance(3600);
  const log = await scriptOfB(t, b, answersB, resultA.id);
  // B's requests leave nothing behind that A's screen could be told from.
  return {
    transcriptOfB: normalise(log, { [b.email]: 'email of B' }),
    reportOfA: (await a.client.get('/api/couple/report').expect(200)).json(),
    safetyOfA: (await a.client.get('/api/safety').expect(200)).json(),
  };
}

describe("partner B's view of A's safety screen", () => {
  it('is identical, response for response, whether A skipped it, answered safe or at risk, kept, lifted or outlived a concern', async () => {
    const runs = {} as Record<SafetyCase, Run>;
    for (const safety of Object.keys(SAFETY_CASES) as SafetyCase[]) {
      vi.setSystemTime(START);
      const t = await startTestApp();
      try {
        const answers = conflictWornAnswers(builtin(t));
        runs[safety] = await coupleRun(t, safety, answers, answers);
      } finally {
        await t.close();
      }
    }
    const transcript = runs.skipped.transcriptOfB;
    // The script did what it should (and B's PDFs are in it).
    expect(transcript).toContain('"step": "getCoupleReportPdf"');
    expect(transcript).toMatch(/"sha256": "[0-9a-f]{64}"/);
    expect(transcript).toContain('"contentType": "application/pdf"');
    expect(transcript).not.toContain('1-800-799-7233');
    for (const safety of Object.keys(SAFETY_CASES) as SafetyCase[]) expect(runs[safety].transcriptOfB, safety).toBe(transcript);

    // The cases really differ for A: resources and safe first steps for A alone.
    expect(runs.atRisk.safetyOfA.atRisk).toBe(true);
    expect(JSON.stringify(runs.atRisk.safetyOfA.resources)).toContain('1-800-799-7233');
    expect(runs.safe.safetyOfA.resources).toBeNull();
    expect(runs.skipped.safetyOfA.resources).toBeNull();
    expect(runs.atRisk.reportOfA.firstSteps.filter((e) => e.joint)).toEqual([]);
    expect(runs.safe.reportOfA.firstSteps.filter((e) => e.joint).length).toBeGreaterThan(0);
    expect(runs.skipped.reportOfA.firstSteps).toEqual(runs.safe.reportOfA.firstSteps);
    // A later "safe" did not lift the concern; A's password did; 30 days did.
    const kept = runs['at risk then safe within 30 days'];
    expect(kept.safetyOfA.atRisk).toBe(true);
    expect(JSON.stringify(kept.safetyOfA.resources)).toContain('1-800-799-7233');
    expect(kept.reportOfA.firstSteps.filter((e) => e.joint)).toEqual([]);
    for (const ended of [runs['lifted with password'], runs['expired after 30 days']]) {
      expect(ended.safetyOfA).toMatchObject({ atRisk: false, resources: null });
      expect(ended.reportOfA.firstSteps).toEqual(runs.safe.reportOfA.firstSteps);
    }
  }, 240_000);
});

describe("A's item answers", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * The same multiset of values within each group of items that are scored alike (one dimension,
   * forward or reversed) gives the same scores: only the item-level answers differ.
   */
  function shuffledWithinGroups(instrument: Instrument, answers: readonly Answer[], keys: readonly number[]): Answer[] {
    const item = new Map(instrument.items.map((i) => [i.id, i]));
    const groups = new Map<string, number[]>();
    answers.forEach((a, i) => {
      const it = item.get(a.itemId)!;
      const g = `${it.dimension}/${it.reverse}`;
      groups.set(g, [...(groups.get(g) ?? []), i]);
    });
    const out = [...answers];
    for (const positions of groups.values()) {
      const values = positions.map((p) => answers[p]!.value);
      const order = positions.map((_, i) => i).sort((x, y) => keys[positions[x]!]! - keys[positions[y]!]! || x - y);
      positions.forEach((p, i) => (out[p] = { itemId: answers[p]!.itemId, value: values[order[i]!]! }));
    }
    return out;
  }

  it('never reach B unless A shares: B sees the same whatever A answered item by item', async () => {
    const instrument = builtin(t);
    const n = instrument.items.length;
    const answersB = answersFor(instrument, (_, i) => ((i * 7) % 5) + 1);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer(), { minLength: n, maxLength: n }),
        async (values, keys) => {
          const answersA = answersFor(instrument, (_, i) => values[i]!);
          const otherA = shuffledWithinGroups(instrument, answersA, keys);
          rewind(t);
          const first = await coupleRun(t, 'skipped', answersA, answersB);
          rewind(t);
          const second = await coupleRun(t, 'skipped', otherA, answersB);
          expect(second.transcriptOfB).toBe(first.transcriptOfB);
          // And nowhere in B's responses is A's list of answers.
          const transcript = JSON.parse(first.transcriptOfB) as Exchange[];
          const report = transcript.find((e) => e.step === 'getCoupleReport')!.body as { partnerAnswers: unknown };
          expect(report.partnerAnswers).toBeNull();
          const sorted = (list: readonly Answer[]) => JSON.stringify([...list].sort((x, y) => x.itemId.localeCompare(y.itemId)).map((a) => a.value));
          expect(first.transcriptOfB).not.toContain(sorted(answersA).slice(1, -1));
        },
      ),
      { numRuns: 10 },
    );
  }, 180_000);

  it('do reach B once A shares them (the test above would notice a leak)', async () => {
    const instrument = builtin(t);
    const answersB = answersFor(instrument, () => 3);
    const answersA = answersFor(instrument, (_, i) => (i % 5) + 1);
    // Swap two forward items of one dimension whose values differ: same scores, other answers.
    const [x, y] = instrument.items.filter((i) => i.dimension === 'roots' && !i.reverse);
    const ix = instrument.items.indexOf(x!);
    const iy = instrument.items.indexOf(y!);
    expect(answersA[ix]!.value).not.toBe(answersA[iy]!.value);
    const otherA = answersA.map((a, i) => (i === ix ? { ...a, value: answersA[iy]!.value } : i === iy ? { ...a, value: answersA[ix]!.value } : a));
    rewind(t);
    const hidden1 = await coupleRun(t, 'skipped', answersA, answersB);
    rewind(t);
    const hidden2 = await coupleRun(t, 'skipped', otherA, answersB);
    expect(hidden2.transcriptOfB).toBe(hidden1.transcriptOfB);
    rewind(t);
    const shared1 = await coupleRun(t, 'skipped', answersA, answersB, true);
    rewind(t);
    const shared2 = await coupleRun(t, 'skipped', otherA, answersB, true);
    expect(shared2.transcriptOfB).not.toBe(shared1.transcriptOfB);
  }, 120_000);
});

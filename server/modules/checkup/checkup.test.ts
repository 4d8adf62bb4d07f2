import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreCheckup } from '../../../shared/checkup/index.ts';
import { extremeAnswers } from '../../../shared/checkup/testing.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { answersFor, builtin, pair, takeCheckup, type ResultSummaryJson } from './fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const DIMENSIONS = ['blueprints', 'roots', 'failureLoop', 'sideBySide', 'conflictFatigue', 'friendship', 'fondness', 'playfulness', 'sharedMeaning'];

describe('the check-up', () => {
  it('describes the instrument: nine dimensions, items on a labelled scale, nothing answered yet', async () => {
    const p = await t.person();
    await t.client().get('/api/checkup').expect(401);
    const view = (await p.client.get('/api/checkup').expect(200)).json();
    expect(view.instrument).toMatchObject({ id: 'connection-checkup', version: 1 });
    expect(view.instrument.dimensions.map((d: { key: string }) => d.key)).toEqual(DIMENSIONS);
    expect(view.instrument.items.length).toBeGreaterThanOrEqual(36);
    const item = view.instrument.items[0];
    expect(Object.keys(item).sort()).toEqual(['dimension', 'id', 'scale', 'text']);
    expect(item.scale).toMatchObject({ min: 1, max: 5 });
    expect(item.scale.labels).toHaveLength(5);
    expect(item.scale.labels[0].text).toBeTruthy();
    expect(view.instrument.disclaimer).toMatch(/not a diagnosis/i);
    expect(view.progress).toEqual({ answered: 0, total: view.instrument.items.length, answers: [], startedAt: null, updatedAt: null });
    expect(view.latestResult).toBeNull();
    expect(view.instruments[0]).toEqual({ id: 'connection-checkup', title: view.instrument.title });
  });

  it('autosaves partial answers that resume on another device, the latest answer winning', async () => {
    const p = await t.person();
    const [first, second, third] = builtin(t).items;
    await p.client.put('/api/checkup/answers', { answers: [{ itemId: first!.id, value: 2 }, { itemId: second!.id, value: 4 }] }).expect(200);
    const saved = (await p.client.put('/api/checkup/answers', { answers: [{ itemId: first!.id, value: 5 }, { itemId: third!.id, value: 1 }] }).expect(200)).json();
    expect(saved.progress.answered).toBe(3);

    const phone = t.client();
    await phone.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    const resumed = (await phone.get('/api/checkup').expect(200)).json();
    expect(resumed.progress.answers).toEqual([
      { itemId: first!.id, value: 5 },
      { itemId: second!.id, value: 4 },
      { itemId: third!.id, value: 1 },
    ]);
    expect(resumed.progress.startedAt).toBeTruthy();
  });

  it('refuses unknown items and values off the scale, field by field, and saves nothing of that request', async () => {
    const p = await t.person();
    const [a, b] = builtin(t).items;
    const res = await p.client
      .put('/api/checkup/answers', {
        answers: [
          { itemId: a!.id, value: 3 },
          { itemId: 'not-an-item', value: 3 },
          { itemId: b!.id, value: 6 },
          { itemId: a!.id, value: 2 },
        ],
      })
      .expect(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.fields).sort()).toEqual(['answers.1.itemId', 'answers.2.value', 'answers.3.itemId']);
    expect(error.fields['answers.2.value']).toMatch(/scale/);
    await p.client.put('/api/checkup/answers', { answers: [{ itemId: a!.id, value: 0 }] }).expect(400);
    await p.client.put('/api/checkup/answers', { answers: [{ itemId: a!.id, value: 2.5 }] }).expect(400);
    await p.client.put('/api/checkup/answers', { answers: [] }).expect(400);
    expect((await p.client.get('/api/checkup').expect(200)).json().progress.answered).toBe(0);
  });

  it('refuses to submit while items are unanswered, naming every one of them', async () => {
    const p = await t.person();
    const items = builtin(t).items;
    const none = (await p.client.post('/api/checkup/submit').expect(400)).json();
    expect(none.error.code).toBe('checkup_incomplete');
    expect(Object.keys(none.error.fields)).toEqual(items.map((i) => i.id));

    const answers = answersFor(builtin(t), () => 3);
    await p.client.put('/api/checkup/answers', { answers: answers.slice(0, -2) }).expect(200);
    const some = (await p.client.post('/api/checkup/submit').expect(400)).json();
    expect(Object.keys(some.error.fields)).toEqual(items.slice(-2).map((i) => i.id));
    expect(some.error.fields[items.at(-1)!.id]).toMatch(/needs an answer/);
    expect((await p.client.get('/api/checkup/results').expect(200)).json().results).toEqual([]);
  });
});

describe('scoring through the API', () => {
  it('flips reverse-scored items and rescales the item mean to 0–100', async () => {
    const p = await t.person();
    const result = await takeCheckup(p.client, answersFor(builtin(t), () => 5));
    const score = (key: string) => result.dimensions.find((d) => d.key === key)!.score;
    // Agreeing with everything: forward items count 5, reverse items 1.
    expect(score('blueprints')).toBe(60); // 3 forward + 2 reverse → 12/20
    expect(score('roots')).toBe(80); // 4 forward + 1 reverse → 16/20
    expect(score('friendship')).toBe(75); // 3 forward + 1 reverse → 12/16
  });

  it('reaches the ends of the scale and never leaves it', async () => {
    const close = await t.person();
    const far = await t.person();
    const connected = await takeCheckup(close.client, extremeAnswers(builtin(t), true));
    const distant = await takeCheckup(far.client, extremeAnswers(builtin(t), false));
    expect(connected.overall).toMatchObject({ score: 100, outlook: 'strength' });
    expect(distant.overall).toMatchObject({ score: 0, outlook: 'growth' });
    for (const d of connected.dimensions) expect(d.score).toBe(builtin(t).dimensions.find((x) => x.key === d.key)!.kind === 'strength' ? 100 : 0);
    for (const d of distant.dimensions) expect(d.outlook).toBe('growth');
  });

  it('gives the same scores as the scoring module for any answers', async () => {
    const instrument = builtin(t);
    const values = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: instrument.items.length, maxLength: instrument.items.length });
    await fc.assert(
      fc.asyncProperty(values, async (vs) => {
        const p = await t.person();
        const answers = answersFor(instrument, (_, i) => vs[i]!);
        const result = await takeCheckup(p.client, answers);
        const expected = scoreCheckup(instrument, answers);
        expect(result.dimensions).toEqual(expected.dimensions.map(({ key, score, band, outlook }) => ({ key, score, band, outlook })));
        expect(result.overall).toEqual(expected.overall);
        for (const d of result.dimensions) expect(d.score >= 0 && d.score <= 100).toBe(true);
      }),
      { numRuns: 6 },
    );
  });
});

describe('results over time', () => {
  it('keeps a submitted result unchanged; the next answers start a new draft; a retake is a new dated result', async () => {
    const p = await t.person();
    const instrument = builtin(t);
    const first = await takeCheckup(p.client, answersFor(instrument, () => 2));
    expect(first.number).toBe(1);
    const afterSubmit = (await p.client.get('/api/checkup').expect(200)).json();
    expect(afterSubmit.progress).toMatchObject({ answered: 0, answers: [] });
    expect(afterSubmit.latestResult).toEqual({ id: first.id, number: 1, submittedAt: first.submittedAt });

    // New answers go to a new draft; the result stays as it was.
    await p.client.put('/api/checkup/answers', { answers: [{ itemId: instrument.items[0]!.id, value: 5 }] }).expect(200);
    const firstAgain = (await p.client.get(`/api/checkup/results/${first.id}`).expect(200)).json();
    expect(firstAgain.answers.find((a: { itemId: string }) => a.itemId === instrument.items[0]!.id).value).toBe(2);
    expect(firstAgain.dimensions.map((d: { score: number }) => d.score)).toEqual(first.dimensions.map((d) => d.score));

    t.clock.advance(28 * 86400); // about a month (sessions last 30 days)
    const second = await takeCheckup(p.client, answersFor(instrument, () => 4));
    expect(second.number).toBe(2);
    expect(Date.parse(second.submittedAt) - Date.parse(first.submittedAt)).toBeGreaterThanOrEqual(28 * 86400 * 1000);

    const { results } = (await p.client.get('/api/checkup/results').expect(200)).json() as { results: ResultSummaryJson[] };
    expect(results.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(results[0]!.dimensions.map((d) => d.key)).toEqual(DIMENSIONS);
    expect(results[1]).toEqual(first);
  });

  it('explains each dimension of my result: band, two or three sentences, exercises, and the overall score', async () => {
    const p = await t.person();
    const result = await takeCheckup(p.client, answersFor(builtin(t), (_, i) => (i % 5) + 1));
    const view = (await p.client.get(`/api/checkup/results/${result.id}`).expect(200)).json();
    expect(view.dimensions).toHaveLength(9);
    for (const d of view.dimensions) {
      expect(d.name).toBeTruthy();
      expect(d.label).toBeTruthy();
      const sentences = d.interpretation.split(/(?<=[.!?])\s+/).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(3);
      expect(d.exercises.length).toBeGreaterThan(0);
      expect(d.exercises[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), summary: expect.any(String) });
    }
    expect(view.overall).toMatchObject({ score: result.overall.score, name: expect.any(String), interpretation: expect.any(String) });
    expect(view.answers).toHaveLength(builtin(t).items.length);
    expect(view.disclaimer).toMatch(/not a diagnosis/i);
  });

  it("answers 404 for another person's result, its sharing and its PDF, and 400 for a malformed id", async () => {
    const owner = await t.person();
    const other = await t.person();
    const result = await takeCheckup(owner.client, answersFor(builtin(t), () => 3));
    await other.client.get(`/api/checkup/results/${result.id}`).expect(404);
    await other.client.put(`/api/checkup/results/${result.id}/sharing`, { shared: true }).expect(404);
    await other.client.get(`/api/checkup/results/${result.id}/pdf`).expect(404);
    await other.client.get('/api/checkup/results/00000000-0000-4000-8000-000000000000').expect(404);
    await other.client.get('/api/checkup/results/..%00').expect(400);
    await t.client().get(`/api/checkup/results/${result.id}`).expect(401);
    expect((await other.client.get('/api/checkup/results').expect(200)).json().results).toEqual([]);
    expect((await owner.client.get(`/api/checkup/results/${result.id}`).expect(200)).json().shared).toBe(false);
  });

  it('lets the owner turn sharing on and off (off by default), once there is a partner to share with', async () => {
    const p = await t.person();
    const result = await takeCheckup(p.client, answersFor(builtin(t), () => 3));
    expect(result.shared).toBe(false);
    expect((await p.client.put(`/api/checkup/results/${result.id}/sharing`, { shared: true }).expect(409)).json().error.code).toBe('not_paired');
    await pair(p, await t.person());
    expect((await p.client.put(`/api/checkup/results/${result.id}/sharing`, { shared: true }).expect(200)).json()).toEqual({ id: result.id, shared: true });
    expect((await p.client.get(`/api/checkup/results/${result.id}`).expect(200)).json().shared).toBe(true);
    await p.client.put(`/api/checkup/results/${result.id}/sharing`, { shared: false }).expect(200);
    expect((await p.client.get('/api/checkup/results').expect(200)).json().results[0].shared).toBe(false);
    await p.client.put(`/api/checkup/results/${result.id}/sharing`, { shared: 'yes' }).expect(400);
  });

  it('answers 404 for an instrument that is not loaded', async () => {
    const p = await t.person();
    await p.client.get('/api/checkup?instrument=no-such-thing').expect(404);
    await p.client.get('/api/checkup?instrument=Not%20A%20Slug').expect(400);
    await p.client.post('/api/checkup/submit?instrument=no-such-thing').expect(404);
  });
});

describe("a practice's own instrument (HEARTH_INSTRUMENTS_DIR)", () => {
  const example = () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/instruments.md'), 'utf8');
    return JSON.parse(/<!-- example:start -->\s*```json\n([\s\S]*?)```/.exec(doc)![1]!) as Record<string, unknown>;
  };

  it('is loaded next to the built-in one and works through the same API', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hearth-instruments-'));
    writeFileSync(path.join(dir, 'warmth-mini.json'), JSON.stringify(example()));
    const practice = await startTestApp({ instrumentsDir: dir });
    try {
      const p = await practice.person();
      const view = (await p.client.get('/api/checkup?instrument=warmth-mini').expect(200)).json();
      expect(view.instrument.items.map((i: { id: string }) => i.id)).toEqual(['p1', 'p2', 'c1', 'c2']);
      expect(view.instruments.map((i: { id: string }) => i.id)).toEqual(['connection-checkup', 'warmth-mini']);
      const result = await takeCheckup(
        p.client,
        [
          { itemId: 'p1', value: 4 },
          { itemId: 'p2', value: 2 },
          { itemId: 'c1', value: 2 },
          { itemId: 'c2', value: 4 },
        ],
        '?instrument=warmth-mini',
      );
      // The worked example of docs/instruments.md.
      expect(result.dimensions.map((d) => [d.key, d.score])).toEqual([
        ['playfulness', 75],
        ['conflictFatigue', 25],
      ]);
      expect(result.overall.score).toBe(75);
      expect((await p.client.get('/api/checkup/results').expect(200)).json().results).toEqual([]);
      expect((await p.client.get('/api/checkup/results?instrument=warmth-mini').expect(200)).json().results).toHaveLength(1);
    } finally {
      await practice.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the start when broken, naming the file and the field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hearth-instruments-'));
    const broken = example();
    (broken.items as { dimension: string }[])[0]!.dimension = 'rots';
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify(broken));
    try {
      await expect(startTestApp({ instrumentsDir: dir })).rejects.toThrow(/broken\.json: items\[0\]\.dimension: unknown dimension "rots"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('two devices at once', () => {
  it('autosaves from both into one draft, and submits it once', async () => {
    const p = await t.person();
    const phone = t.client();
    await phone.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    const answers = answersFor(builtin(t), (_, i) => (i % 5) + 1);
    const chunks = [0, 1, 2, 3].map((k) => answers.filter((_, i) => i % 4 === k));
    const saves = await Promise.all(chunks.map((chunk, k) => (k % 2 ? phone : p.client).put('/api/checkup/answers', { answers: chunk })));
    expect(saves.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect((await phone.get('/api/checkup').expect(200)).json().progress.answered).toBe(answers.length);

    const submits = await Promise.all([p.client.post('/api/checkup/submit'), phone.post('/api/checkup/submit')]);
    const [won, lost] = [...submits].sort((x, y) => x.statusCode - y.statusCode);
    expect(won!.statusCode).toBe(201);
    // The other finds the draft already submitted (409), or no draft left at all (400).
    expect(['checkup_busy', 'checkup_incomplete']).toContain(lost!.json().error.code);
    expect((await p.client.get('/api/checkup/results').expect(200)).json().results).toHaveLength(1);
  });

  it('never changes a result by a save that races its submit: the save starts a new draft', async () => {
    const p = await t.person();
    const phone = t.client();
    await phone.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
    const answers = answersFor(builtin(t), () => 2);
    await p.client.put('/api/checkup/answers', { answers }).expect(200);
    const late = { itemId: answers[0]!.itemId, value: 5 };
    const [submitted, saved] = await Promise.all([p.client.post('/api/checkup/submit'), phone.put('/api/checkup/answers', { answers: [late] })]);
    expect(submitted.statusCode).toBe(201);
    expect(saved.statusCode).toBe(200);
    const result = (await p.client.get(`/api/checkup/results/${submitted.json().id}`).expect(200)).json();
    const draft = (await p.client.get('/api/checkup').expect(200)).json().progress;
    const stored = result.answers.find((a: { itemId: string }) => a.itemId === late.itemId).value;
    // Either the save came first (and the result holds it) or it opened the next draft.
    if (stored === 5) expect(draft.answered).toBe(0);
    else expect(draft.answers).toEqual([late]);
  });
});

describe('deleting an account', () => {
  it('erases the check-up and the safety answers with it', async () => {
    const p = await t.person();
    await takeCheckup(p.client, answersFor(builtin(t), () => 3));
    await p.client.put('/api/checkup/answers', { answers: [{ itemId: builtin(t).items[0]!.id, value: 1 }] }).expect(200);
    await p.client.post('/api/safety/answers', { answers: [{ itemId: 'afraid', value: 0 }] }).expect(200);
    await p.client.post('/api/me/delete', { password: p.password }).expect(200);
    const db = t.ctx.database.db;
    const left = await Promise.all([
      db.selectFrom('checkup_response').select('id').where('account_id', '=', p.id).execute(),
      db.selectFrom('safety_response').select('id').where('account_id', '=', p.id).execute(),
    ]);
    expect(left).toEqual([[], []]);
  });
});

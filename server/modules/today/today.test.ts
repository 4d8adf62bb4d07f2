import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLoveMapBank } from '../../../shared/content/lovemap/bank.ts';
import { loadPromptBanks } from '../../../shared/content/prompts/bank.ts';
import { extremeAnswers } from '../../../shared/checkup/testing.ts';
import type { TodayView } from '../../../shared/contracts/today.ts';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { CheckupGrowthAreas } from './growth.ts';
import { localDate } from '../../lib/local-time.ts';
import { DEEP_AFTER, DEEPER_AFTER } from './service.ts';
import { chooseToCompare } from '../checkup/fixtures.ts';
import { couple, pairUp } from '../../test/couples.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ZONES = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Honolulu'];

async function today(p: Person, query = 'timeZone=UTC'): Promise<TodayView> {
  return (await p.client.get(`/api/today?${query}`).expect(200)).json() as TodayView;
}

const ids = (v: TodayView) => ({ question: v.loveMap.question.id, prompt: v.prompt.id, appreciation: v.appreciation.prompt.id });

describe('Today', () => {
  it('needs a signed-in person and a valid zone or a date that is today somewhere', async () => {
    await t.client().get('/api/today').expect(401);
    const p = await t.person();
    await p.client.get('/api/today?timeZone=Mars/Olympus').expect(400);
    await p.client.get('/api/today?date=2024-02-30').expect(400);
    const now = new Date(t.clock.now());
    const future = localDate(new Date(now.getTime() + 3 * 86_400_000), 'UTC');
    const res = await p.client.get(`/api/today?date=${future}`).expect(400);
    expect(res.json().error.fields.date).toBeTruthy();
    // Dates that are today somewhere on Earth right now are accepted.
    await p.client.get(`/api/today?date=${localDate(now, 'Pacific/Kiritimati')}`).expect(200);
    await p.client.get(`/api/today?date=${localDate(now, 'Etc/GMT+12')}`).expect(200);
    expect((await today(p, 'timeZone=europe/berlin')).date).toBe(localDate(now, 'Europe/Berlin'));
  });

  it('is the same for both partners on the same date, and keeps a date as it was first served', async () => {
    const [a, b] = await couple(t);
    const first = await today(a, 'timeZone=Europe/Berlin');
    expect(first.mode).toBe('couple');
    expect(first.loveMap.question.kind).toBe('question');
    expect(first.appreciation.action).toBe('send');
    expect(first.loveMap.question.text.length).toBeGreaterThan(5);
    expect(first.prompt.text.length).toBeGreaterThan(5);
    expect(await today(b, `date=${first.date}`)).toEqual(first);
    expect(await today(a, `date=${first.date}`)).toEqual(first);
  });

  it('gives both partners the same items per date, in any time zones and order, and repeats nothing (property)', async () => {
    const step = fc.record({ hours: fc.integer({ min: 0, max: 60 }), partner: fc.boolean(), zone: fc.constantFrom(...ZONES) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 10 }), async (steps) => {
        const [a, b] = await couple(t);
        const byDate = new Map<string, TodayView>();
        for (const s of steps) {
          t.clock.advance(s.hours * 3600);
          const [asker, other] = s.partner ? [a, b] : [b, a];
          const view = await today(asker, `timeZone=${encodeURIComponent(s.zone)}`);
          const known = byDate.get(view.date);
          if (known) expect(ids(view)).toEqual(ids(known));
          else byDate.set(view.date, view);
          // The partner, wherever they are, sees the same items for that date.
          expect(ids(await today(other, `date=${view.date}`))).toEqual(ids(view));
        }
        const views = [...byDate.values()];
        for (const key of ['question', 'prompt', 'appreciation'] as const) {
          const served = views.map((v) => ids(v)[key]);
          expect(new Set(served).size).toBe(served.length);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('stays consistent when both partners ask for several dates at the same moment', async () => {
    const [a, b] = await couple(t);
    // Three zones that are on three different dates at most instants.
    const zones = ['Etc/GMT+12', 'UTC', 'Pacific/Kiritimati'];
    const views = await Promise.all(
      Array.from({ length: 12 }, (_, i) => today(i % 2 ? a : b, `timeZone=${encodeURIComponent(zones[i % 3]!)}`)),
    );
    const byDate = new Map<string, ReturnType<typeof ids>>();
    for (const v of views) {
      const known = byDate.get(v.date);
      if (known) expect(ids(v)).toEqual(known);
      else byDate.set(v.date, ids(v));
    }
    for (const key of ['question', 'prompt', 'appreciation'] as const) {
      const served = [...byDate.values()].map((x) => x[key]);
      expect(new Set(served).size).toBe(served.length);
    }
  });

  it('goes through a whole bank before anything comes again (a person alone: 40 reflections, 66 appreciation prompts)', async () => {
    const p = await t.person();
    const reflections: string[] = [];
    const appreciations: string[] = [];
    const prompts: string[] = [];
    for (let day = 0; day < 70; day++) {
      const v = await today(p);
      expect(v.mode).toBe('solo');
      expect(v.loveMap.question.kind).toBe('reflection');
      expect(v.loveMap.question.depth).toBeNull();
      expect(v.appreciation.action).toBe('draft');
      reflections.push(v.loveMap.question.id);
      appreciations.push(v.appreciation.prompt.id);
      prompts.push(v.prompt.id);
      t.clock.advance(86400);
    }
    const solo = loadLoveMapBank().solo.map((s) => s.id);
    expect(new Set(reflections.slice(0, solo.length))).toEqual(new Set(solo));
    expect(new Set(reflections.slice(solo.length)).size).toBe(70 - solo.length);
    const bank = loadPromptBanks().appreciation.map((a) => a.id);
    expect(new Set(appreciations.slice(0, bank.length))).toEqual(new Set(bank));
    expect(new Set(prompts).size).toBe(70);
  });

  it('uses the solo text of a connection prompt for a person alone, and the shared text for a couple', async () => {
    const p = await t.person();
    const v = await today(p);
    const [a] = await couple(t);
    const c = await today(a);
    expect(v.prompt.text).not.toBe('');
    expect(c.prompt.text).not.toBe('');
    const catalog = (await import('../../../shared/locales/en/prompts.json', { with: { type: 'json' } })).default as {
      connection: Record<string, { text: string; solo: string }>;
    };
    expect(v.prompt.text).toBe(catalog.connection[v.prompt.id]!.solo);
    expect(c.prompt.text).toBe(catalog.connection[c.prompt.id]!.text);
  });

  it('starts with light questions and brings deeper ones as the couple answers together, deep ones later', async () => {
    const [a, b] = await couple(t);
    const depths: { together: number; depth: string }[] = [];
    let together = 0;
    for (let day = 0; day < DEEP_AFTER + 60; day++) {
      const v = await today(a);
      depths.push({ together, depth: v.loveMap.question.depth! });
      await a.client.post('/api/today/love-map', { questionId: v.loveMap.question.id, answer: `a ${day}` }).expect(200);
      await b.client.post('/api/today/love-map', { questionId: v.loveMap.question.id, answer: `b ${day}` }).expect(200);
      together++;
      t.clock.advance(86400);
    }
    expect(depths.filter((d) => d.together < DEEPER_AFTER).every((d) => d.depth === 'light')).toBe(true);
    expect(depths.filter((d) => d.together < DEEP_AFTER).some((d) => d.depth === 'deep')).toBe(false);
    expect(depths.filter((d) => d.together >= DEEPER_AFTER && d.together < DEEP_AFTER).some((d) => d.depth === 'deeper')).toBe(true);
    expect(depths.filter((d) => d.together >= DEEP_AFTER).some((d) => d.depth === 'deep')).toBe(true);
  }, 60_000);

  it("reads the couple's growth areas from the couple report only (never one partner's own result)", async () => {
    const [a, b] = await couple(t);
    const instrument = t.ctx.checkup.defaultInstrument;
    const dimension = new Map(instrument.items.map((i) => [i.id, i.dimension]));
    const distant = new Map(extremeAnswers(instrument, false).map((x) => [x.itemId, x.value]));
    // Connected everywhere except friendship.
    const answers = extremeAnswers(instrument, true).map((x) => (dimension.get(x.itemId) === 'friendship' ? { ...x, value: distant.get(x.itemId)! } : x));
    const take = async (p: Person) => {
      await p.client.put('/api/checkup/answers', { answers }).expect(200);
      await p.client.post('/api/checkup/submit').expect(201);
    };
    const growth = new CheckupGrowthAreas(t.ctx.checkup);
    const coupleId = (await a.client.get('/api/me').expect(200)).json().couple.id as string;
    await take(a);
    // One partner's result alone leans nothing for the couple…
    expect(await growth.ofCouple({ accountId: a.id, coupleId })).toEqual([]);
    expect(await growth.ofCouple({ accountId: b.id, coupleId })).toEqual([]);
    // …but does for that person's own solo Today, were they alone.
    expect(await growth.ofPerson({ accountId: a.id, coupleId: null })).toContain('friendship');
    await take(b);
    // Both results are in, but the couple leans on them only once both chose to compare.
    expect(await growth.ofCouple({ accountId: a.id, coupleId })).toEqual([]);
    await chooseToCompare(a);
    expect(await growth.ofCouple({ accountId: b.id, coupleId })).toEqual([]);
    await chooseToCompare(b);
    expect(await growth.ofCouple({ accountId: a.id, coupleId })).toEqual(['friendship']);
    expect(await growth.ofCouple({ accountId: b.id, coupleId })).toEqual(['friendship']);
    expect((await today(a)).mode).toBe('couple');
  });

  it("shows nothing different to either partner when one partner's safety screen shows a concern", async () => {
    const [a, b] = await couple(t);
    const before = await today(a);
    const atRisk = [
      { itemId: 'afraid', value: 2 },
      { itemId: 'physical-harm', value: 2 },
    ];
    await b.client.post('/api/safety/answers', { answers: atRisk }).expect(200);
    expect((await b.client.get('/api/safety').expect(200)).json().atRisk).toBe(true);
    expect(await today(a, `date=${before.date}`)).toEqual(before);
    expect(await today(b, `date=${before.date}`)).toEqual(before);
    // The next day is chosen the same way for both as well.
    t.clock.advance(86400);
    const next = await today(b);
    expect(await today(a, `date=${next.date}`)).toEqual(next);
  });

  it('gives a person who pairs a fresh couple Today, and keeps solo reflections out of it', async () => {
    const a = await t.person();
    const b = await t.person();
    const solo = await today(a);
    await a.client.post('/api/today/love-map', { questionId: solo.loveMap.question.id, answer: 'a private reflection' }).expect(200);
    await pairUp(a, b);
    const joint = await today(a, `date=${solo.date}`);
    expect(joint.mode).toBe('couple');
    expect(joint.loveMap.question.kind).toBe('question');
    expect(JSON.stringify(await today(b, `date=${solo.date}`))).not.toContain('a private reflection');
    // The reflection cannot be answered in the couple's name either.
    await a.client.post('/api/today/love-map', { questionId: solo.loveMap.question.id, answer: 'again' }).expect(404);
  });
});

describe('check-ins', () => {
  it('keeps one check-in per local day, replaced when logged again, and validates the counts', async () => {
    const p = await t.person();
    const body = { connection: 3, toward: 2, away: 1, against: 0, timeZone: 'Asia/Tokyo' };
    const first = (await p.client.put('/api/today/check-in', body).expect(200)).json();
    expect(first).toMatchObject({ connection: 3, toward: 2, away: 1, against: 0, note: null, shared: false });
    const second = (await p.client.put('/api/today/check-in', { ...body, connection: 5, note: '  a good talk  ' }).expect(200)).json();
    expect(second).toMatchObject({ date: first.date, connection: 5, note: 'a good talk' });
    expect((await today(p, 'timeZone=Asia/Tokyo')).checkIn).toEqual(second);
    for (const bad of [{ connection: 0 }, { connection: 6 }, { toward: -1 }, { away: 51 }, { against: 1.5 }, { note: 'x'.repeat(2001) }]) {
      await p.client.put('/api/today/check-in', { ...body, ...bad }).expect(400);
    }
  });
});

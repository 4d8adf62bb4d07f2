import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareResults, scoreCheckup } from '../../../shared/checkup/index.ts';
import { extremeAnswers } from '../../../shared/checkup/testing.ts';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { answersFor, builtin, chooseToCompare, pair, takeCheckup } from './fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const threes = () => answersFor(builtin(t), () => 3);
const mixed = (shift: number) => answersFor(builtin(t), (_, i) => ((i + shift) % 5) + 1);

describe('the couple report', () => {
  it('answers 404 for a person alone and until both partners have submitted', async () => {
    const a = await t.person();
    const b = await t.person();
    await a.client.get('/api/couple/report').expect(404);
    await takeCheckup(a.client, threes());
    const alone = (await a.client.get('/api/couple/report').expect(404)).json();
    expect(alone.error.code).toBe('report_not_ready');
    expect(alone.error.message).toMatch(/both have taken the check-up/);
    await pair(a, b);
    await chooseToCompare(a, b);
    await a.client.get('/api/couple/report').expect(404);
    await b.client.get('/api/couple/report').expect(404);
    await a.client.get('/api/couple/report/pdf').expect(404);
    await takeCheckup(b.client, threes());
    await a.client.get('/api/couple/report').expect(200);
    await b.client.get('/api/couple/report').expect(200);
    await t.client().get('/api/couple/report').expect(401);
  });

  it("puts both latest results side by side, the same for both partners with the sides swapped", async () => {
    const a = await t.person('Ash');
    const b = await t.person('Bo');
    await pair(a, b);
    await chooseToCompare(a, b);
    const instrument = builtin(t);
    const answersA = mixed(0);
    const answersB = mixed(2);
    await takeCheckup(a.client, answersA);
    await takeCheckup(b.client, answersB);
    const forA = (await a.client.get('/api/couple/report').expect(200)).json();
    const forB = (await b.client.get('/api/couple/report').expect(200)).json();

    const expected = compareResults(instrument, scoreCheckup(instrument, answersA), scoreCheckup(instrument, answersB));
    expect(forA.partner).toEqual({ id: b.id, name: 'Bo' });
    expect(forB.partner).toEqual({ id: a.id, name: 'Ash' });
    expect(forA.dimensions.map((d: { key: string; mine: number; partner: number; agreement: string }) => [d.key, d.mine, d.partner, d.agreement])).toEqual(
      expected.dimensions.map((d) => [d.key, d.mine, d.partner, d.agreement]),
    );
    for (const [i, d] of forB.dimensions.entries()) {
      expect([d.mine, d.partner, d.agreement]).toEqual([forA.dimensions[i].partner, forA.dimensions[i].mine, forA.dimensions[i].agreement]);
      expect(d.name).toBeTruthy();
      expect(d.mineLabel).toBeTruthy();
    }
    for (const key of ['strengths', 'growthAreas', 'worthTalkingAbout', 'firstStepsFrom'] as const) {
      expect(forA[key]).toEqual(expected[key]);
      expect(forB[key]).toEqual(expected[key]);
    }
    expect(forA.firstSteps.map((e: { id: string }) => e.id)).toEqual(expected.firstSteps);
    expect(forA.overall).toMatchObject({ mine: expected.overall.mine, partner: expected.overall.partner });
    expect(forA.disclaimer).toMatch(/not a diagnosis/i);
  });

  it("includes the partner's item answers only while the partner shares that result", async () => {
    const a = await t.person();
    const b = await t.person();
    await pair(a, b);
    await chooseToCompare(a, b);
    const answersA = mixed(1);
    const resultA = await takeCheckup(a.client, answersA);
    const resultB = await takeCheckup(b.client, mixed(3));

    const hidden = (await b.client.get('/api/couple/report').expect(200)).json();
    expect(hidden.partnerAnswers).toBeNull();
    expect(hidden.partnerResult.shared).toBe(false);

    await a.client.put(`/api/checkup/results/${resultA.id}/sharing`, { shared: true }).expect(200);
    const shown = (await b.client.get('/api/couple/report').expect(200)).json();
    expect(shown.partnerResult.shared).toBe(true);
    expect([...shown.partnerAnswers].sort((x: { itemId: string }, y: { itemId: string }) => x.itemId.localeCompare(y.itemId))).toEqual(
      [...answersA].sort((x, y) => x.itemId.localeCompare(y.itemId)),
    );
    // A's own report does not show B's answers: B did not share.
    expect((await a.client.get('/api/couple/report').expect(200)).json().partnerAnswers).toBeNull();
    // B still cannot open A's result itself.
    await b.client.get(`/api/checkup/results/${resultA.id}`).expect(404);

    await a.client.put(`/api/checkup/results/${resultA.id}/sharing`, { shared: false }).expect(200);
    expect((await b.client.get('/api/couple/report').expect(200)).json().partnerAnswers).toBeNull();

    // Sharing an older result shares nothing once a newer one is in the report.
    await b.client.put(`/api/checkup/results/${resultB.id}/sharing`, { shared: true }).expect(200);
    await takeCheckup(b.client, mixed(4));
    expect((await a.client.get('/api/couple/report').expect(200)).json().partnerAnswers).toBeNull();
  });

  it('charts the couple over time: a point each time either partner submits, mirrored for the partner', async () => {
    const a = await t.person();
    const b = await t.person();
    const instrument = builtin(t);
    const a1 = await takeCheckup(a.client, mixed(0)); // alone, before pairing: part of the couple's story
    await pair(a, b);
    await chooseToCompare(a, b);
    t.clock.advance(86400);
    const b1 = await takeCheckup(b.client, mixed(1));
    t.clock.advance(14 * 86400);
    const a2 = await takeCheckup(a.client, extremeAnswers(instrument, true));
    t.clock.advance(14 * 86400);
    const b2 = await takeCheckup(b.client, extremeAnswers(instrument, false));

    const forA = (await a.client.get('/api/couple/report').expect(200)).json();
    const points = forA.history.map((p: { at: string; mine: { number: number }; partner: { number: number } }) => [p.at, p.mine.number, p.partner.number]);
    expect(points).toEqual([
      [b1.submittedAt, 1, 1],
      [a2.submittedAt, 2, 1],
      [b2.submittedAt, 2, 2],
    ]);
    expect(forA.history[0].dimensions.find((d: { key: string }) => d.key === 'roots')).toEqual({
      key: 'roots',
      mine: a1.dimensions.find((d) => d.key === 'roots')!.score,
      partner: b1.dimensions.find((d) => d.key === 'roots')!.score,
    });
    expect(forA.history[2].overall).toEqual({ mine: 100, partner: 0 });
    expect(forA.mine).toMatchObject({ resultId: a2.id, number: 2 });
    expect(forA.overall).toMatchObject({ mine: 100, partner: 0 });

    type Point = { at: string; mine: unknown; partner: unknown; overall: { mine: number; partner: number } };
    const forB = (await b.client.get('/api/couple/report').expect(200)).json();
    const seenByB = forB.history.map((p: Point) => [p.at, p.partner, p.mine, p.overall.partner, p.overall.mine]);
    expect(seenByB).toEqual(forA.history.map((p: Point) => [p.at, p.mine, p.partner, p.overall.mine, p.overall.partner]));
  });

  it("never brings a result made with an earlier partner into a new couple's report", async () => {
    const a = await t.person();
    const b = await t.person();
    const c = await t.person();
    await pair(a, b);
    await chooseToCompare(a, b);
    await takeCheckup(a.client, threes());
    await takeCheckup(b.client, threes());
    await a.client.get('/api/couple/report').expect(200);
    await a.client.post('/api/couple/leave').expect(200);
    await a.client.get('/api/couple/report').expect(404);
    await pair(a, c);
    await chooseToCompare(a, c);
    await takeCheckup(c.client, threes());
    // A's only result belongs to the couple with B.
    await c.client.get('/api/couple/report').expect(404);
    await takeCheckup(a.client, mixed(2));
    const report = (await c.client.get('/api/couple/report').expect(200)).json();
    expect(report.history).toHaveLength(1);
    expect(report.partner.id).toBe(a.id);
  });
});

describe('PDFs', () => {
  it('prints my result and the couple report as tagged PDFs with the dimension names', async () => {
    const a = await t.person('Robin');
    const b = await t.person('Sam');
    await pair(a, b);
    await chooseToCompare(a, b);
    const result = await takeCheckup(a.client, mixed(0));
    await takeCheckup(b.client, mixed(3));
    const names = builtin(t).dimensions.map((d) => d.name.en!);

    for (const [url, title] of [
      [`/api/checkup/results/${result.id}/pdf`, 'My check-up result'],
      ['/api/couple/report/pdf', 'Our couple report'],
    ] as const) {
      const res = await a.client.get(url).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="hearth-[a-z-]+\.pdf"$/);
      expect(res.headers['cache-control']).toBe('no-store');
      const bytes = res.rawPayload;
      const parsed = await pdfParse(bytes);
      expect(parsed.numpages).toBeGreaterThanOrEqual(1);
      expect(parsed.info.Title).toBe(title);
      const text = parsed.text.replace(/\s+/g, ' ');
      for (const name of names) expect(text).toContain(name);
      expect(text).toMatch(/not a diagnosis/);
      expect(text).toMatch(/no substitute for therapy/);
      // Every text came from the catalog (a missing key would print as itself).
      expect(text).not.toMatch(/pdf:|\{\{|undefined/);
      const raw = bytes.toString('latin1');
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toContain('/Marked true');
      expect(raw).toContain('/Lang (en)');
      expect(raw).toContain('/Figure');
      expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
      expect(raw).toContain('/FontFile2');
      // Same data, same bytes: the dates come from the results, not the clock.
      t.clock.advance(3600);
      expect((await a.client.get(url).expect(200)).rawPayload.equals(bytes)).toBe(true);
    }
    const couple = await pdfParse((await b.client.get('/api/couple/report/pdf').expect(200)).rawPayload);
    expect(couple.text).toContain('Robin');
    await b.client.get(`/api/checkup/results/${result.id}/pdf`).expect(404);
  });
});

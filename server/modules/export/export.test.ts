import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.ts';
import { answersFor, builtin, SAFE_ANSWERS, takeCheckup } from '../checkup/fixtures.ts';
import { couple, pairUp } from '../../test/couples.ts';
import { exportOf } from './testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const JSON_FILES = ['account.json', 'checkups.json', 'safety.json', 'check-ins.json', 'love-map.json', 'appreciations.json', 'talk.json', 'aftermath.json', 'cycle-map.json', 'rituals.json'];

describe('exportMyData', () => {
  it('is a zip to download, kept by no cache, with JSON per area, a README and a readable page', async () => {
    const p = await t.person('Robin');
    const response = await p.client.get('/api/me/export').expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="hearth-export-\d{4}-\d\d-\d\d\.zip"$/);
    expect(response.headers['cache-control']).toBe('no-store');

    const zip = await exportOf(p);
    expect(Object.keys(zip.files).sort()).toEqual([...JSON_FILES, 'README.txt', 'hearth-export.html'].sort());
    for (const file of JSON_FILES) expect(zip.json(file)).toMatchObject({ format: 'hearth-export', version: 1, exportedAt: expect.any(String) });
    expect(zip.json('account.json')).toMatchObject({ account: { id: p.id, name: 'Robin', email: p.email }, couple: null });
    for (const file of JSON_FILES) expect(zip.files['README.txt']).toContain(file);
    expect(zip.files['README.txt']).toContain('hearth-export.html');

    const html = zip.files['hearth-export.html']!;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|https?:\/\//i);
    expect(html).toContain("default-src 'none'");
    for (const heading of ['Your account', 'Your check-up results', 'Your safety answers', 'Check-ins', 'Love maps', 'Appreciations', 'Talk requests', 'Aftermath', 'Cycle map', 'Rituals']) {
      expect(html).toContain(`>${heading}</h2>`);
    }
  });

  it('holds what a person made alone, in plain words, with times in their zone', async () => {
    const p = await t.person();
    const result = await takeCheckup(p.client, answersFor(builtin(t), () => 3));
    await p.client.post('/api/safety/answers', { answers: SAFE_ANSWERS }).expect(200);
    await p.client.put('/api/today/check-in', { connection: 4, toward: 2, away: 1, against: 0, note: 'A calm <b>evening</b> & tea' }).expect(200);
    await p.client.put('/api/cycle-map', { myMoves: ['go quiet'], feelingsUnderneath: 'tired', fears: 'being too much', longings: 'rest' }).expect(200);
    await p.client.post('/api/rituals', { title: 'Evening walk', schedule: 'FREQ=DAILY', timeZone: 'UTC' }).expect(201);
    await p.client.post('/api/appreciations/drafts', { text: 'For later: thank you for waiting.' }).expect(201);
    await p.client.post('/api/talk/drafts', { text: 'Could we plan a slow Sunday?' }).expect(201);

    const zip = await exportOf(p, '?timeZone=Asia/Tokyo');
    const checkups = zip.json('checkups.json').results;
    expect(checkups).toHaveLength(1);
    expect(checkups[0]).toMatchObject({ id: result.id, number: 1 });
    expect(checkups[0].answers).toHaveLength(builtin(t).items.length);
    expect(checkups[0].answers[0]).toMatchObject({ question: expect.any(String), value: 3, label: expect.any(String) });
    expect(zip.json('safety.json').answers.find((a: { itemId: string }) => a.itemId === 'afraid')).toMatchObject({ value: 0, question: expect.any(String) });
    expect(zip.json('check-ins.json').mine[0]).toMatchObject({ connection: 4, note: 'A calm <b>evening</b> & tea' });
    expect(zip.json('cycle-map.json').mine[0]).toMatchObject({ version: 1, myMoves: ['go quiet'], mappedAlone: true });
    expect(zip.json('rituals.json').rituals[0]).toMatchObject({ title: 'Evening walk', scope: 'private' });
    expect(zip.json('appreciations.json').drafts[0]).toMatchObject({ direction: 'draft', text: 'For later: thank you for waiting.' });
    expect(zip.json('talk.json').drafts[0]).toMatchObject({ direction: 'draft', text: 'Could we plan a slow Sunday?' });

    const html = zip.files['hearth-export.html']!;
    expect(html).toContain('A calm &lt;b&gt;evening&lt;/b&gt; &amp; tea');
    expect(html).toContain('Times are shown in Asia/Tokyo.');
    const year = new Date().getUTCFullYear();
    expect(html).toMatch(new RegExp(`(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, ${year}`));
  });

  it('works paired and after leaving, keeping what was shared and what is from before', async () => {
    const [a, b] = await couple(t);
    await b.client.post('/api/appreciations', { text: 'B is glad of A.' }).expect(201);
    await a.client.post('/api/talk/requests', { text: 'A would like a walk and a talk.' }).expect(201);
    const paired = await exportOf(a);
    expect(paired.json('account.json').couple).toMatchObject({ partnerName: b.name });
    expect(paired.json('appreciations.json').current).toMatchObject([{ direction: 'received', text: 'B is glad of A.' }]);
    expect(paired.json('talk.json').current).toMatchObject([{ direction: 'sent', text: 'A would like a walk and a talk.' }]);

    await a.client.post('/api/couple/leave').expect(200);
    const after = await exportOf(a);
    expect(after.json('account.json').couple).toBeNull();
    expect(after.json('appreciations.json')).toMatchObject({ current: [], fromBefore: [{ direction: 'received', text: 'B is glad of A.' }] });
    expect(after.json('talk.json')).toMatchObject({ current: [], fromBefore: [{ direction: 'sent', text: 'A would like a walk and a talk.' }] });
    expect(after.files['hearth-export.html']).toContain('From before');

    // A later partner's export holds nothing of A and B.
    const c = await t.person();
    await pairUp(a, c);
    const forC = await exportOf(c);
    expect(forC.all).not.toContain('B is glad of A');
    expect(forC.all).not.toContain('a walk and a talk');
  });

  it('answers 401 without a session and 400 for an unknown time zone', async () => {
    await t.client().get('/api/me/export').expect(401);
    const p = await t.person();
    await p.client.get('/api/me/export?timeZone=Mars/Olympus').expect(400);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDb, type Person, type TestApp } from '../test/harness.ts';

/**
 * Deleted means deleted (docs/privacy.md, section 5): once a person's words are deleted through
 * the API, no byte of them is left in the SQLite file, its WAL or its shared-memory index.
 *
 * Names, e-mail addresses, ids and ritual titles are stored as plain text, so the test first sees
 * them in the files: the reading below finds what is there. Private free text (drafts, check-in
 * notes) may be stored encrypted; for it the test asserts only that it is gone afterwards.
 */
describe.skipIf(testDb !== 'sqlite')('deleted means deleted (SQLite files)', () => {
  let t: TestApp;
  let file: string;

  beforeAll(async () => {
    t = await startTestApp();
    file = (t.config.database as { file: string }).file;
  });
  afterAll(() => t.close());

  /** The raw bytes of the database, its WAL and its SHM, as they are on disk right now. */
  const filesContain = (canary: string): Record<'db' | 'wal' | 'shm', boolean> => {
    const read = (f: string) => (existsSync(f) ? readFileSync(f) : Buffer.alloc(0));
    const needle = Buffer.from(canary, 'utf8');
    return {
      db: read(file).includes(needle),
      wal: read(`${file}-wal`).includes(needle),
      shm: read(`${file}-shm`).includes(needle),
    };
  };
  const nowhere = { db: false, wal: false, shm: false };
  const somewhere = (canary: string) => Object.values(filesContain(canary)).some(Boolean);
  const canary = (what: string) => `canary${what}${Math.random().toString(36).slice(2, 10)}`;

  const keepTalkDraft = async (p: Person, text: string) => (await p.client.post('/api/talk/drafts', { text }).expect(201)).json().id as string;
  const keepAppreciationDraft = async (p: Person, text: string) =>
    (await p.client.post('/api/appreciations/drafts', { text }).expect(201)).json().id as string;

  it('leaves no trace of a deleted account: name, e-mail, and the words it kept', async () => {
    const name = `Quill ${canary('Name')}`;
    const p = await t.person(name);
    const draft = canary('TalkDraft');
    const appreciation = canary('AppreciationDraft');
    const note = canary('CheckInNote');
    await keepTalkDraft(p, `I would like us to talk about ${draft}`);
    await keepAppreciationDraft(p, `Thank you for ${appreciation}`);
    await p.client.put('/api/today/check-in', { connection: 3, toward: 1, away: 0, against: 0, note: `Felt ${note}` }).expect(200);

    expect(somewhere(name)).toBe(true);
    expect(somewhere(p.email)).toBe(true);
    expect(somewhere(p.id)).toBe(true);

    await p.client.post('/api/me/delete', { password: p.password }).expect(200);

    for (const text of [name, p.email, p.id, draft, appreciation, note]) expect({ text, ...filesContain(text) }).toEqual({ text, ...nowhere });
  });

  it('leaves no trace of a discarded draft, for talk requests and appreciations alike', async () => {
    const p = await t.person();
    const talkText = canary('Talk');
    const appreciationText = canary('Thanks');
    const talkId = await keepTalkDraft(p, `Could we talk about ${talkText}?`);
    const appreciationId = await keepAppreciationDraft(p, `I noticed ${appreciationText}`);
    expect(somewhere(talkId)).toBe(true);
    expect(somewhere(appreciationId)).toBe(true);

    await p.client.delete(`/api/talk/drafts/${talkId}`).expect(200);
    await p.client.delete(`/api/appreciations/drafts/${appreciationId}`).expect(200);

    for (const text of [talkId, talkText, appreciationId, appreciationText]) expect({ text, ...filesContain(text) }).toEqual({ text, ...nowhere });
    // The person's account is still there: only what they discarded is gone.
    expect(somewhere(p.email)).toBe(true);
  });

  it('leaves no trace of a removed ritual', async () => {
    const p = await t.person();
    const title = canary('Ritual');
    const created = await p.client.post('/api/rituals', { title: `Walk to ${title}`, schedule: 'FREQ=WEEKLY;BYDAY=SU', timeZone: 'UTC' }).expect(201);
    expect(somewhere(title)).toBe(true);

    await p.client.delete(`/api/rituals/${created.json().id}`).expect(200);

    expect(filesContain(title)).toEqual(nowhere);
  });

  it('leaves no trace of a check-in note that was taken back or replaced', async () => {
    const p = await t.person();
    const first = canary('FirstNote');
    const second = canary('SecondNote');
    const checkIn = { connection: 2, toward: 0, away: 1, against: 0 };
    await p.client.put('/api/today/check-in', { ...checkIn, note: `Quiet evening, ${first}` }).expect(200);
    await p.client.put('/api/today/check-in', { ...checkIn, note: `Better after all, ${second}` }).expect(200);
    expect(filesContain(first)).toEqual(nowhere);

    await p.client.put('/api/today/check-in', { ...checkIn, note: '' }).expect(200);
    expect(filesContain(second)).toEqual(nowhere);
  });
});

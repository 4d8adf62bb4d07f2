import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';
import { AppreciationRepository } from '../appreciations/repository.ts';
import { sealedAppreciation } from '../appreciations/tables.ts';
import { CheckupRepository } from '../checkup/repository.ts';
import { sealedCheckupAnswer } from '../checkup/tables.ts';
import { sealedTalkRequest } from '../talk/tables.ts';
import { Keyring, UnreadableError } from './keyring.ts';
import { KeyringRepository } from './repository.ts';
import { rotateKek } from './rotation.ts';
import { sealAtRest } from './sealing.ts';
import { PRIVATE_COLUMNS, storedValues, writeEverything } from './testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const db = () => t.ctx.database.db;
/** A keyring with nothing cached, as a freshly started server has. */
const freshKeyring = () => new Keyring(t.ctx.keys.wrapping, t.clock.now);

async function draftTexts(p: Person): Promise<string[]> {
  return (await p.client.get('/api/appreciations?box=drafts&limit=50').expect(200)).json().items.map((i: { text: string }) => i.text);
}

async function setColumn(table: string, column: string, where: Record<string, string>, value: string | null): Promise<void> {
  const match = Object.entries(where).map(([k, v]) => sql`${sql.ref(k)} = ${v}`);
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${value} where ${sql.join(match, sql` and `)}`.execute(db());
}

async function stored(table: string, column: string, where: Record<string, string>): Promise<string> {
  const match = Object.entries(where).map(([k, v]) => sql`${sql.ref(k)} = ${v}`);
  const { rows } = await sql<{ v: string }>`select ${sql.ref(column)} as v from ${sql.table(table)} where ${sql.join(match, sql` and `)}`.execute(db());
  return rows[0]!.v;
}

describe('sealed values stay in their place', () => {
  it('a ciphertext swapped between two rows, or moved to another person’s row, answers a clean error and never the other text', async () => {
    const [a, b] = await couple(t);
    const first = (await a.client.post('/api/appreciations/drafts', { text: 'first private draft' }).expect(201)).json().id;
    const second = (await a.client.post('/api/appreciations/drafts', { text: 'second private draft' }).expect(201)).json().id;
    const theirs = (await b.client.post('/api/appreciations/drafts', { text: 'the partner’s draft' }).expect(201)).json().id;
    const [x, y, z] = await Promise.all([first, second, theirs].map((id) => stored('appreciation', 'text', { id })));

    await setColumn('appreciation', 'text', { id: first }, y!);
    await setColumn('appreciation', 'text', { id: second }, x!);
    const swapped = await a.client.get('/api/appreciations?box=drafts&limit=50').expect(500);
    expect(swapped.json().error.code).toBe('unreadable');
    expect(swapped.body).not.toMatch(/private draft/);

    // Put back, they read again; the partner's ciphertext in one of them does not open either.
    await setColumn('appreciation', 'text', { id: first }, x!);
    await setColumn('appreciation', 'text', { id: second }, y!);
    expect(await draftTexts(a)).toEqual(expect.arrayContaining(['first private draft', 'second private draft']));
    await setColumn('appreciation', 'text', { id: second }, z!);
    const moved = await a.client.get('/api/appreciations?box=drafts&limit=50').expect(500);
    expect(moved.body).not.toMatch(/partner’s draft/);
    await setColumn('appreciation', 'text', { id: second }, y!);
  });

  it('a ciphertext swapped between two columns of one row does not open', async () => {
    const [a] = await couple(t);
    await a.client.put('/api/cycle-map', { myMoves: ['go quiet'], feelingsUnderneath: 'small', fears: 'being left', longings: 'being held' }).expect(200);
    const id = (await db().selectFrom('cycle_map_version').select('id').where('account_id', '=', a.id).executeTakeFirstOrThrow()).id;
    const [fears, longings] = await Promise.all([stored('cycle_map_version', 'fears', { id }), stored('cycle_map_version', 'longings', { id })]);
    await setColumn('cycle_map_version', 'fears', { id }, longings!);
    await setColumn('cycle_map_version', 'longings', { id }, fears!);
    const res = await a.client.get('/api/cycle-map').expect(500);
    expect(res.json().error.code).toBe('unreadable');
    expect(res.body).not.toMatch(/being/);
    await setColumn('cycle_map_version', 'fears', { id }, fears!);
    await setColumn('cycle_map_version', 'longings', { id }, longings!);
  });

  it('a stored value changed by one character does not open', async () => {
    const [a] = await couple(t);
    const id = (await a.client.post('/api/appreciations/drafts', { text: 'kept for later' }).expect(201)).json().id;
    const value = await stored('appreciation', 'text', { id });
    const last = value.at(-1) === 'A' ? 'B' : 'A';
    await setColumn('appreciation', 'text', { id }, value.slice(0, -1) + last);
    await expect(new AppreciationRepository(db(), freshKeyring()).find(id)).rejects.toMatchObject({ reason: 'tampered' });
    await setColumn('appreciation', 'text', { id }, value);
    expect((await new AppreciationRepository(db(), freshKeyring()).find(id))?.text).toBe('kept for later');
  });
});

describe('values written before encryption at rest', () => {
  it('are sealed at start in batches; an interrupted run leaves every value readable and a rerun finishes', async () => {
    const [a, b] = await couple(t);
    await writeEverything(t, a, b, 'legacy-a');
    // Make the database look like one from before: every text field back in plain text.
    const ids = (await db().selectFrom('appreciation').select(['id']).where('author_id', '=', a.id).execute()).map((r) => r.id);
    const repo = new AppreciationRepository(db(), t.ctx.keyring);
    const texts = await Promise.all(ids.map(async (id) => (await repo.find(id))!.text));
    for (const [i, id] of ids.entries()) await setColumn('appreciation', 'text', { id }, texts[i]!);
    await setColumn('check_in', 'note', { account_id: a.id }, 'a note from before');
    const answers = await db().selectFrom('checkup_answer').select(['response_id', 'item_id', 'value']).execute();
    const cipher = t.ctx.keyring.cipher(db());
    const plainAnswers = await Promise.all(answers.map((r) => cipher.open(sealedCheckupAnswer, 'value', r, r.value)));
    for (const [i, r] of answers.entries()) await setColumn('checkup_answer', 'value', { response_id: r.response_id, item_id: r.item_id }, plainAnswers[i]!);
    expect(await storedValues(t, 'check_in', 'note')).toContain('a note from before');

    const plainCount = texts.length + 1 + answers.length;
    const firstRun = await sealAtRest(t.ctx.database, freshKeyring(), { batchSize: 2, stopAfterBatches: 2 });
    expect(firstRun).toBe(3); // the check-in note, then a batch of two appreciations
    // Half sealed, half not: everything still reads as written.
    expect(await draftTexts(a)).toEqual(expect.arrayContaining(['legacy-a-appreciation-draft']));
    expect((await a.client.get('/api/today?timeZone=UTC').expect(200)).json().checkIn.note).toBe('a note from before');

    expect(await sealAtRest(t.ctx.database, freshKeyring(), { batchSize: 2 })).toBe(plainCount - firstRun);
    for (const { table, column } of PRIVATE_COLUMNS) {
      for (const value of await storedValues(t, table, column)) expect(value, `${table}.${column}`).toMatch(/^v1\./);
    }
    expect(await sealAtRest(t.ctx.database, freshKeyring())).toBe(0);
    expect((await a.client.get('/api/today?timeZone=UTC').expect(200)).json().checkIn.note).toBe('a note from before');
    expect(await draftTexts(a)).toEqual(expect.arrayContaining(['legacy-a-appreciation-draft']));
    const checkup = new CheckupRepository(db(), freshKeyring());
    const responseId = answers[0]!.response_id;
    const reread = await checkup.answersOf(responseId);
    const expected = answers.flatMap((r, i) => (r.response_id === responseId ? [{ itemId: r.item_id, value: Number(plainAnswers[i]) }] : []));
    expect(reread).toEqual(expect.arrayContaining(expected));
    expect(reread).toHaveLength(expected.length);
  });
});

describe('deleting an account', () => {
  it('destroys its data key with the account row, and the partner’s words still open', async () => {
    const [a, b] = await couple(t);
    await a.client.post('/api/appreciations/drafts', { text: 'mine alone' }).expect(201);
    await b.client.post('/api/appreciations/drafts', { text: 'the partner keeps this' }).expect(201);
    const aSealed = await stored('appreciation', 'text', { author_id: a.id });
    expect(await new KeyringRepository(db()).find(a.id)).toBeDefined();
    await a.client.post('/api/me/delete', { password: a.password }).expect(200);
    expect(await new KeyringRepository(db()).find(a.id)).toBeUndefined();
    // The ciphertext, put back as a stolen copy would hold it, opens for nobody any more.
    const keyring = freshKeyring();
    const cipher = keyring.cipher(db());
    await expect(cipher.open(sealedAppreciation, 'text', { id: 'any' }, aSealed)).rejects.toBeInstanceOf(UnreadableError);
    await expect(cipher.open(sealedAppreciation, 'text', { id: 'any' }, aSealed)).rejects.toMatchObject({ reason: 'keyGone' });
    expect(await draftTexts(b)).toEqual(['the partner keeps this']);
  });


  it('an answer’s note in the partner’s request, whose writer was deleted, reads as erased; the request itself opens', async () => {
    const [a, b] = await couple(t);
    const sent = (await a.client.post('/api/talk/requests', { text: 'Could we talk on Sunday?' }).expect(201)).json().request;
    await b.client.post(`/api/talk/requests/${sent.id}/response`, { response: 'later', note: 'After my shift' }).expect(200);
    const row = await db().selectFrom('talk_request').selectAll().where('id', '=', sent.id).executeTakeFirstOrThrow();
    await b.client.post('/api/me/delete', { password: b.password }).expect(200);
    // However the row is kept, the note's key is gone with b's account.
    const opened = await freshKeyring().cipher(db()).openRow(sealedTalkRequest, row);
    expect(opened).toMatchObject({ text: 'Could we talk on Sunday?', response_note: null });
    await expect(freshKeyring().cipher(db()).openRow(sealedTalkRequest, { ...row, text: row.response_note })).rejects.toBeInstanceOf(UnreadableError);
  });
});

describe('rotating the key-encryption key', () => {
  it('killed midway, reads keep working; a rerun finishes, and no data key stays under the old KEK, which is gone', async () => {
    const people = await Promise.all(Array.from({ length: 3 }, () => couple(t)));
    for (const [a, b] of people) await writeEverything(t, a, b, `rotate-${a.id.slice(0, 6)}`);
    const repo = new KeyringRepository(db());
    const before = (await repo.currentKek())!;
    const total = (await repo.exportAll()).dataKeys.length;
    expect(total).toBeGreaterThan(6);

    await expect(rotateKek(t.ctx.database, t.ctx.keyring, t.clock.now, { batchSize: 2, stopAfterKeys: 3 })).rejects.toThrow(/test hook/);
    const midway = await repo.exportAll();
    expect(midway.keks.map((k) => k.version)).toEqual([before.version, before.version + 1]);
    // The first batch (two keys) was committed; the second was rolled back with the kill.
    expect(midway.dataKeys.filter((k) => k.kekVersion === before.version + 1)).toHaveLength(2);
    await expectEverythingOpens(freshKeyring());

    const rerun = await rotateKek(t.ctx.database, t.ctx.keyring, t.clock.now, { batchSize: 2 });
    expect(rerun).toMatchObject({ kekVersion: before.version + 1, resumed: true, rewrapped: total - 2, retired: 1 });
    const after = await repo.exportAll();
    expect(after.keks.map((k) => k.version)).toEqual([before.version + 1]);
    expect(after.dataKeys.every((k) => k.kekVersion === before.version + 1)).toBe(true);
    await expectEverythingOpens(freshKeyring());
    // The app, with its cached keys, reads on, and a new account's key is wrapped by the new KEK.
    const [a] = people[0]!;
    expect((await a.client.get('/api/appreciations?box=drafts&limit=50').expect(200)).body).toContain('appreciation-draft');
    const newcomer = await t.person();
    expect((await repo.find(newcomer.id))?.kekVersion).toBe(before.version + 1);

    // The next rotation starts a new one.
    expect(await rotateKek(t.ctx.database, t.ctx.keyring, t.clock.now)).toMatchObject({ kekVersion: before.version + 2, resumed: false, retired: 1 });
  });
});

/** Every sealed value of the database opens with this keyring. */
async function expectEverythingOpens(keyring: Keyring): Promise<void> {
  const cipher = keyring.cipher(db());
  const { SEALED_TABLES } = await import('./sealed-tables.ts');
  let opened = 0;
  for (const table of SEALED_TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.table)}`.execute(db());
    for (const row of rows.rows) {
      await cipher.openRow(table, row).catch((error: unknown) => {
        throw new Error(`${table.table} ${JSON.stringify(row)}: ${String(error)}`);
      });
      opened++;
    }
  }
  expect(opened).toBeGreaterThan(0);
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config/index.ts';
import { backup, restore } from '../maintenance.ts';
import { sealedAppreciation } from '../modules/appreciations/tables.ts';
import { readKeyringFile } from '../modules/keyring/keyring-file.ts';
import { writeEverything } from '../modules/keyring/testing.ts';
import { rowCounts } from '../test/row-counts.ts';
import { couple } from '../test/couples.ts';
import { startTestApp, testDb, type Person, type TestApp } from '../test/harness.ts';

const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const cleanups: (() => Promise<void>)[] = [];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearth-backup-test-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function onPg(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(query);
  await client.end();
}

/** Somewhere else to restore to: an empty data folder, or a new, empty PostgreSQL database. */
async function elsewhere(): Promise<Config> {
  const dataDir = tempDir();
  if (t.config.database.kind === 'sqlite') return { ...t.config, dataDir, database: { kind: 'sqlite', file: path.join(dataDir, 'hearth.sqlite') } };
  const name = `hearth_restore_${randomBytes(5).toString('hex')}`;
  await onPg(`create database ${name}`);
  cleanups.push(() => onPg(`drop database if exists ${name} with (force)`));
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return { ...t.config, dataDir, database: { kind: 'postgres', url: url.toString(), schema: t.config.database.schema } };
}

/** What a backup file reveals to someone who has it: its bytes, or the SQL that pg_restore makes of it. */
function readable(file: string): string {
  if (testDb === 'sqlite') return readFileSync(file).toString('latin1');
  return execFileSync('pg_restore', ['--file=-', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

async function restoredApp(config: Config): Promise<TestApp> {
  const app = await startTestApp({ database: config.database, secretKey: t.config.secretKey });
  cleanups.push(() => app.close());
  return app;
}

async function signIn(app: TestApp, p: Person) {
  const client = app.client();
  await client.post('/api/auth/sign-in', { email: p.email, password: p.password }).expect(200);
  return client;
}

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe('npm run backup and npm run restore', () => {
  it('restore elsewhere gives equal row counts and canaries read back; the backup holds no canary and no data key', async () => {
    const [a, b] = await couple(t);
    const canaries = [...(await writeEverything(t, a, b, 'backup-a')), ...(await writeEverything(t, b, a, 'backup-b'))];
    const dir = tempDir();
    const done = await backup(t.config, { dir });
    const counts = await rowCounts(t);
    expect(path.basename(done.file)).toMatch(/^hearth-\d{8}T\d{6}Z\.(sqlite|pgdump)$/);
    expect(statSync(done.file).mode & 0o777).toBe(0o600);
    expect(statSync(done.keyringFile).mode & 0o777).toBe(0o600);

    const text = readable(done.file);
    expect(text).toContain(a.email);
    for (const canary of canaries) expect(text).not.toContain(canary);
    const keyring = readKeyringFile(done.keyringFile);
    expect(keyring.dataKeys.map((k) => k.accountId)).toEqual(expect.arrayContaining([a.id, b.id]));
    for (const key of keyring.dataKeys) expect(text).not.toContain(key.wrapped);
    for (const kek of keyring.keks) expect(text).not.toContain(kek.salt);
    const keyringText = readFileSync(done.keyringFile, 'utf8');
    for (const canary of canaries) expect(keyringText).not.toContain(canary);

    const target = await elsewhere();
    expect(await restore(target, done.file)).toEqual({ accounts: expect.any(Number), erased: 0 });
    const there = await restoredApp(target);
    expect(await rowCounts(there)).toEqual(counts);
    const client = await signIn(there, a);
    expect((await client.get('/api/appreciations?box=drafts&limit=50').expect(200)).body).toContain('backup-a-appreciation-draft');
    expect((await client.get('/api/talk/requests').expect(200)).body).toContain('backup-a-response-note'); // b's words, to a
    expect((await client.get('/api/cycle-map').expect(200)).body).toContain('backup-a-longings');
  });

  it('a backup taken before a deletion, restored with the newest keyring, reveals nothing of the deleted person; the partner’s words read', async () => {
    const [c, d] = await couple(t);
    await writeEverything(t, c, d, 'gone-c');
    await writeEverything(t, d, c, 'kept-d');
    const dir = tempDir();
    const before = await backup(t.config, { dir, now: later(1) });
    await c.client.post('/api/me/delete', { password: c.password }).expect(200);
    const after = await backup(t.config, { dir, now: later(2) });
    expect(after.keyringFile).toBe(before.keyringFile);
    expect(readKeyringFile(after.keyringFile).dataKeys.map((k) => k.accountId)).not.toContain(c.id);

    // The older backup still holds c's sealed words...
    const sealedOfC = readable(before.file).match(new RegExp(`v1\\.[\\w-]{16}\\.${c.id}\\.[\\w-]{22,}`, 'g')) ?? [];
    expect(sealedOfC.length).toBeGreaterThanOrEqual(13);
    const target = await elsewhere();
    expect(await restore(target, before.file)).toMatchObject({ erased: 1 });
    const there = await restoredApp(target);
    // ...which no key opens any more; c's account is not brought back.
    const cipher = there.ctx.keyring.cipher(there.ctx.database.db);
    for (const value of sealedOfC) await expect(cipher.open(sealedAppreciation, 'text', { id: 'any' }, value)).rejects.toMatchObject({ reason: 'keyGone' });
    expect(await there.ctx.database.db.selectFrom('account').select('id').where('id', '=', c.id).executeTakeFirst()).toBeUndefined();
    await there.client().post('/api/auth/sign-in', { email: c.email, password: c.password }).expect(401);
    const client = await signIn(there, d);
    expect((await client.get('/api/appreciations?box=drafts&limit=50').expect(200)).body).toContain('kept-d-appreciation-draft');
    expect((await client.get('/api/talk/drafts').expect(200)).body).toContain('kept-d-talk-draft');
  });

  it('refuses a target that is not empty, a keyring of another secret, and a keyring older than the backup', async () => {
    const dir = tempDir();
    const first = await backup(t.config, { dir, now: later(3) });
    const target = await elsewhere();
    await restore(target, first.file);
    await expect(restore(target, first.file)).rejects.toThrow(/already holds a database|is not empty/);

    await expect(restore({ ...(await elsewhere()), secretKey: randomBytes(32) }, first.file)).rejects.toThrow(/does not open with this instance secret/);

    t.clock.advance(60);
    await t.person('Newcomer');
    const second = await backup(t.config, { dir: tempDir(), now: later(90) });
    await expect(restore(await elsewhere(), second.file, { keyringFile: first.keyringFile })).rejects.toThrow(/keyring file was written at .* before 1 of the accounts/);
    expect(await restore(await elsewhere(), second.file)).toMatchObject({ erased: 0 });
  });
});

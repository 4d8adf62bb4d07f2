import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.ts';
import { createContext } from '../context.ts';
import { startTestApp, testDb } from '../test/harness.ts';
import { migrateToLatest, openDatabase, sqliteSettingProblems, type SqliteSettings } from './database.ts';
import { migrations } from './migrations/index.ts';

const safe: SqliteSettings = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000, secureDelete: 1 };
const modeOf = (file: string) => statSync(file).mode & 0o777;

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearth-durability-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('SQLite settings are read back at start', () => {
  it('finds nothing wrong with WAL, synchronous=FULL, foreign keys, a 5 s busy timeout and secure delete', () => {
    expect(sqliteSettingProblems(safe)).toEqual([]);
    expect(sqliteSettingProblems({ ...safe, busyTimeout: 60_000 })).toEqual([]);
  });

  it('names every setting that is not as durability needs it', () => {
    expect(sqliteSettingProblems({ ...safe, journalMode: 'delete' })).toEqual([expect.stringMatching(/journal_mode is "delete".*"wal"/)]);
    expect(sqliteSettingProblems({ ...safe, synchronous: 1 })).toEqual([expect.stringMatching(/synchronous is NORMAL.*FULL/)]);
    expect(sqliteSettingProblems({ ...safe, foreignKeys: 0 })).toEqual([expect.stringMatching(/foreign_keys is off/)]);
    expect(sqliteSettingProblems({ ...safe, busyTimeout: 100 })).toEqual([expect.stringMatching(/busy_timeout is 100 ms.*5000/)]);
    expect(sqliteSettingProblems({ ...safe, secureDelete: 0 })).toEqual([expect.stringMatching(/secure_delete is off/)]);
  });

  it('reports one problem per wrong setting, whatever the mix', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('wal', 'delete', 'memory', 'truncate', 'off'),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 2 }),
        (journalMode, synchronous, foreignKeys, busyTimeout, secureDelete) => {
          const wrong = [journalMode !== 'wal', synchronous < 2, foreignKeys !== 1, busyTimeout < 5000, secureDelete !== 1].filter(Boolean).length;
          expect(sqliteSettingProblems({ journalMode, synchronous, foreignKeys, busyTimeout, secureDelete })).toHaveLength(wrong);
        },
      ),
    );
  });

  it.skipIf(testDb !== 'sqlite')('refuses a database where WAL cannot work, naming what is wrong', () => {
    expect(() => openDatabase({ kind: 'sqlite', file: ':memory:' })).toThrow(/Hearth cannot start.*journal_mode is "memory"/s);
  });
});

describe.skipIf(testDb !== 'sqlite')('only Hearth may read its files', () => {
  it('keeps the database, its WAL and SHM 0600, the outbox folder 0700 and its mail 0600', async () => {
    const t = await startTestApp();
    try {
      await t.person();
      const file = (t.config.database as { file: string }).file;
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect({ f, mode: modeOf(f).toString(8) }).toEqual({ f, mode: '600' });
      expect(modeOf(t.config.outboxDir).toString(8)).toBe('700');
      const mails = readdirSync(t.config.outboxDir);
      expect(mails.length).toBeGreaterThan(0);
      for (const m of mails) expect({ m, mode: modeOf(path.join(t.config.outboxDir, m)).toString(8) }).toEqual({ m, mode: '600' });
    } finally {
      await t.close();
    }
  });

  it('makes the files of an older install private when it starts', async () => {
    const dataDir = tempDir();
    chmodSync(dataDir, 0o755);
    const outbox = path.join(dataDir, 'outbox');
    mkdirSync(outbox, { mode: 0o755 });
    chmodSync(outbox, 0o755);
    writeFileSync(path.join(outbox, 'old.eml'), 'To: someone@example.org\n', { mode: 0o644 });
    chmodSync(path.join(outbox, 'old.eml'), 0o644);
    // An older Hearth left its database readable by all, with a WAL and SHM beside it.
    const file = path.join(dataDir, 'hearth.sqlite');
    const older = new BetterSqlite3(file);
    older.pragma('journal_mode = WAL');
    older.exec('create table left_behind (x text)');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) chmodSync(f, 0o644);

    const config = loadConfig({ HEARTH_DATA_DIR: dataDir, HEARTH_SECRET_KEY: 'x'.repeat(43) });
    const ctx = await createContext(config, { error: () => {} });
    try {
      expect(modeOf(dataDir).toString(8)).toBe('700');
      expect(modeOf(outbox).toString(8)).toBe('700');
      expect(modeOf(path.join(outbox, 'old.eml')).toString(8)).toBe('600');
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect({ f, mode: modeOf(f).toString(8) }).toEqual({ f, mode: '600' });
    } finally {
      await ctx.close();
      older.close();
    }
  });

  it('makes a new data folder 0700', () => {
    const dataDir = path.join(tempDir(), 'fresh', 'data');
    loadConfig({ HEARTH_DATA_DIR: dataDir, HEARTH_SECRET_KEY: 'x'.repeat(43) });
    expect(modeOf(dataDir).toString(8)).toBe('700');
  });
});

describe.skipIf(testDb !== 'sqlite')('a crash in the middle of the migrations', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((d) => d.close()));
  });

  it('leaves a database that the next start brings up to date', async () => {
    const file = path.join(tempDir(), 'hearth.sqlite');
    const fixture = path.join(import.meta.dirname, 'testing/crash-mid-migration.ts');
    // Killed right after the second migration's changes, before the migrations were done.
    const crashed = spawnSync(process.execPath, ['--import', 'tsx', fixture, file, '1'], { encoding: 'utf8' });
    expect({ signal: crashed.signal, stderr: crashed.stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
    expect(existsSync(file)).toBe(true);

    const database = openDatabase({ kind: 'sqlite', file });
    opened.push(database);
    await migrateToLatest(database);
    const sqlite = new BetterSqlite3(file, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const done = sqlite.prepare('select name from kysely_migration order by name').pluck().all();
      expect(done).toEqual(Object.keys(migrations('sqlite')).sort());
    } finally {
      sqlite.close();
    }
  });
});

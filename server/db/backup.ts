import { execFile } from 'node:child_process';
import { chmodSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import type { Database, DatabaseConfig } from './database.ts';

/**
 * Backups of the data, without the keyring (docs/decisions.md, "Backups and the keyring"): a data
 * backup holds sealed values and no data key, so once an account's key is destroyed no backup,
 * older or newer, can reveal what that person wrote.
 */
const KEYRING_TABLES = ['data_key', 'kek'];

const run = promisify(execFile);

/** "hearth-20260102T030405Z.sqlite": sortable by name, one per second. */
export function backupName(dialect: Database['dialect'], now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `hearth-${stamp}.${dialect === 'sqlite' ? 'sqlite' : 'pgdump'}`;
}

/** Writes a consistent backup of the data into `dir` and returns its path. */
export async function backupData(database: Database, config: DatabaseConfig, dir: string, now: Date): Promise<string> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, backupName(database.dialect, now));
  if (existsSync(file)) throw new Error(`A backup named ${file} exists already; wait a second and run it again.`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    if (config.kind === 'sqlite') {
      // VACUUM INTO reads one snapshot (writers carry on meanwhile) and writes a compact copy.
      await sql`vacuum into ${partial}`.execute(database.db);
      scrubKeyring(partial);
    } else {
      const schema = await schemaOf(database);
      const args = ['--format=custom', `--file=${partial}`, ...KEYRING_TABLES.map((t) => `--exclude-table-data=${schema}.${t}`)];
      if (config.schema) args.push(`--schema=${config.schema}`);
      await run('pg_dump', args, { env: { ...process.env, ...pgEnvironment(config.url) } });
    }
    chmodSync(partial, 0o600);
    syncFile(partial);
    renameSync(partial, file);
    return file;
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Removes the keyring from the copy, leaving no trace of it in the file: secure_delete zeroes, VACUUM rebuilds. */
function scrubKeyring(file: string): void {
  const copy = new BetterSqlite3(file);
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma('secure_delete = ON');
    for (const table of KEYRING_TABLES) copy.prepare(`delete from ${table}`).run();
    copy.exec('vacuum');
  } finally {
    copy.close();
  }
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The accounts in a data backup (id and creation time), read before anything is restored. */
export async function accountsInBackup(file: string, config: DatabaseConfig): Promise<{ id: string; createdAt: string }[]> {
  if (config.kind === 'sqlite') {
    const backup = openBackupFile(file);
    try {
      return backup.prepare('select id, created_at as createdAt from account').all() as { id: string; createdAt: string }[];
    } finally {
      backup.close();
    }
  }
  // The account table's rows as COPY text: a header naming the columns, then tab-separated rows.
  const { stdout } = await run('pg_restore', ['--data-only', '--table=account', '--file=-', file], { maxBuffer: 1 << 30 }).catch(() => {
    throw new Error(`${file} is not a Hearth PostgreSQL backup (pg_restore could not read it).`);
  });
  const lines = stdout.split('\n');
  const header = lines.findIndex((l) => /^COPY \S*account \(/.test(l));
  if (header < 0) throw new Error(`${file} holds no account table: it is not a Hearth backup.`);
  const columns = /\((.*)\)/.exec(lines[header]!)![1]!.split(', ');
  const [id, created] = [columns.indexOf('id'), columns.indexOf('created_at')];
  const rows: { id: string; createdAt: string }[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line === '\\.') break;
    const fields = line.split('\t');
    rows.push({ id: fields[id]!, createdAt: fields[created]! });
  }
  return rows;
}

function openBackupFile(file: string): BetterSqlite3.Database {
  try {
    const backup = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    backup.prepare('select 1 from account limit 1').get();
    return backup;
  } catch {
    throw new Error(`${file} is not a Hearth SQLite backup.`);
  }
}

/** Refuses (with what to do instead) unless the target holds no database yet. */
export async function assertEmptyTarget(config: DatabaseConfig): Promise<void> {
  if (config.kind === 'sqlite') {
    const found = [config.file, `${config.file}-wal`, `${config.file}-shm`].filter(existsSync);
    if (found.length > 0) {
      throw new Error(
        `The data folder already holds a database (${found.join(', ')}). Restore into an empty data folder: set HEARTH_DATA_DIR to a new folder, or move the old database away first.`,
      );
    }
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select table_schema || '.' || table_name as name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema') limit 5`,
    );
    if (rows.length > 0) {
      throw new Error(
        `The database at DATABASE_URL is not empty (it has ${rows.map((r) => r.name).join(', ')}). Restore into an empty database: create a new one (createdb) and point DATABASE_URL at it.`,
      );
    }
  } finally {
    await client.end();
  }
}

/** Puts the data backup in place: into the empty target file, or the empty PostgreSQL database. */
export async function restoreData(file: string, config: DatabaseConfig): Promise<void> {
  if (config.kind === 'sqlite') {
    mkdirSync(path.dirname(config.file), { recursive: true, mode: 0o700 });
    const backup = openBackupFile(file);
    try {
      await backup.backup(config.file);
    } finally {
      backup.close();
    }
    chmodSync(config.file, 0o600);
    const restored = new BetterSqlite3(config.file);
    try {
      const check = restored.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`The restored database failed its integrity check: ${String(check)}`);
    } finally {
      restored.close();
    }
    return;
  }
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${pgEnvironment(config.url).PGDATABASE}`, file], {
    env: { ...process.env, ...pgEnvironment(config.url) },
  });
}

async function schemaOf(database: Database): Promise<string> {
  if (database.schema) return database.schema;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  return rows[0]!.schema;
}

/** Connection settings for pg_dump and pg_restore as libpq variables: the password stays out of the process list. */
function pgEnvironment(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {};
  if (u.hostname) env.PGHOST = decodeURIComponent(u.hostname);
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (database) env.PGDATABASE = database;
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

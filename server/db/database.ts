import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, sql, type DialectAdapter } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { Schema } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

export interface Database {
  db: Kysely<Schema>;
  dialect: Dialect;
  /** The Postgres schema when not the default one (tests give each file its own). */
  schema?: string;
  /**
   * Call after deleting a person's words, outside any transaction: on SQLite the WAL still holds
   * the pages that carried them until it is checkpointed and truncated (docs/privacy.md,
   * section 5). Nothing to do on PostgreSQL.
   */
  afterDeletion(): Promise<void>;
  close(): Promise<void>;
}

// pg returns int8 (count, bigint) as strings; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

export function openDatabase(config: DatabaseConfig): Database {
  if (config.kind === 'sqlite') {
    const onDisk = config.file !== '' && config.file !== ':memory:';
    if (onDisk) createPrivately(config.file);
    const sqlite = new BetterSqlite3(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Freed pages and cells are overwritten with zeros, so deleted words leave the file.
    sqlite.pragma('secure_delete = ON');
    const problems = sqliteSettingProblems(readSettings(sqlite));
    if (problems.length) {
      sqlite.close();
      throw new Error(`Hearth cannot start: the SQLite database ${config.file} cannot be kept safely: ${problems.join('; ')}.`);
    }
    // SQLite gives its WAL and SHM the database file's mode; files an older start left keep theirs.
    if (onDisk) for (const f of [`${config.file}-wal`, `${config.file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    const db = new Kysely<Schema>({ dialect: new TransactionalSqliteDialect({ database: withStatementCache(sqlite) }) });
    return {
      db,
      dialect: 'sqlite',
      async afterDeletion() {
        // Through Kysely, so that it waits its turn on the one connection.
        await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
      },
      close: () => db.destroy(),
    };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', schema: config.schema, afterDeletion: async () => {}, close: () => db.destroy() };
}

/** The database file is made readable by its owner only before SQLite first opens it. */
function createPrivately(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/** What SQLite reports after Hearth set it up: the settings that durability rests on. */
export interface SqliteSettings {
  journalMode: string;
  /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
  synchronous: number;
  foreignKeys: number;
  busyTimeout: number;
  /** 0 off, 1 on, 2 fast. */
  secureDelete: number;
}

function readSettings(sqlite: BetterSqlite3.Database): SqliteSettings {
  const read = (name: string) => sqlite.pragma(name, { simple: true });
  return {
    journalMode: String(read('journal_mode')),
    synchronous: Number(read('synchronous')),
    foreignKeys: Number(read('foreign_keys')),
    busyTimeout: Number(read('busy_timeout')),
    secureDelete: Number(read('secure_delete')),
  };
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

/**
 * Each setting that is not as Hearth needs it, in words for the person starting it. A file system
 * without shared memory or locks (a network share) cannot run WAL, and SQLite quietly keeps
 * another journal mode: that must stop the start, not lose writes later (docs/decisions.md).
 */
export function sqliteSettingProblems(s: SqliteSettings): string[] {
  const problems: string[] = [];
  if (s.journalMode.toLowerCase() !== 'wal') {
    problems.push(`journal_mode is "${s.journalMode}", not "wal" (WAL needs a local file system with shared memory and file locks; network shares and in-memory databases cannot run it)`);
  }
  if (s.synchronous < 2) problems.push(`synchronous is ${SYNCHRONOUS[s.synchronous] ?? s.synchronous}, not FULL`);
  if (s.foreignKeys !== 1) problems.push('foreign_keys is off');
  if (s.busyTimeout < 5000) problems.push(`busy_timeout is ${s.busyTimeout} ms, less than 5000`);
  if (s.secureDelete !== 1) problems.push(`secure_delete is ${s.secureDelete === 2 ? 'fast' : 'off'}, not on`);
  return problems;
}

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it cannot, so its migrator ran
 * each statement on its own: a crash in the middle of a migration left half a schema that no later
 * start could finish ("table already exists"). With this adapter the pending migrations run in one
 * transaction, as on PostgreSQL. (Inside a transaction `PRAGMA foreign_keys` changes nothing, so
 * `migrateToLatest` switches foreign keys off around it.)
 */
class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * Kysely prepares every query anew; preparing cost more than running our small indexed queries.
 * Kysely runs one SQLite query at a time, so reusing a prepared statement is safe.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return Object.assign(Object.create(sqlite) as BetterSqlite3.Database, {
    prepare(source: string) {
      let statement = cache.get(source);
      if (!statement) {
        statement = prepare(source);
        // Queries built from varying "in (…)" lists would grow the cache without end.
        if (cache.size < 500) cache.set(source, statement);
      }
      return statement;
    },
    close: () => sqlite.close(),
  });
}

async function currentSchema(database: Database): Promise<string> {
  if (database.schema) return database.schema;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  return rows[0]!.schema;
}

export async function migratorOf(database: Database): Promise<Migrator> {
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations(database.dialect) },
    // Kysely looks for its own tables in every schema unless told which one is ours.
    ...(database.dialect === 'postgres' ? { migrationTableSchema: await currentSchema(database) } : {}),
  });
}

/**
 * On SQLite the pending migrations run in one transaction with foreign keys off, as SQLite's own
 * guide to schema changes asks: a table rebuilt by a migration is dropped and made anew, and with
 * foreign keys on, dropping it would delete the rows that reference it. The pragma can change only
 * outside a transaction, so it is switched here, around the migrator; every key is checked before
 * the start goes on, and foreign keys are on again whatever happened.
 */
export async function migrateToLatest(database: Database): Promise<void> {
  const sqlite = database.dialect === 'sqlite';
  if (sqlite) await sql`pragma foreign_keys = off`.execute(database.db);
  try {
    const { error, results } = await (await migratorOf(database)).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
    }
    if (sqlite) {
      const { rows } = await sql`pragma foreign_key_check`.execute(database.db);
      if (rows.length > 0) throw new Error(`After the migrations, ${rows.length} rows point at rows that do not exist`);
    }
  } finally {
    if (sqlite) await sql`pragma foreign_keys = on`.execute(database.db);
  }
}

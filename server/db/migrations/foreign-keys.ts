import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import { atomically } from './atomically.ts';

/**
 * A column that references `account.id` and what becomes of its rows when that account is
 * deleted. Used by released migrations: change it only in ways that leave what they did the same.
 */
export interface AccountReference {
  table: string;
  column: string;
  /** The column as it was: NOT NULL, and `on delete cascade`. */
  wasNotNull: boolean;
  /** What deleting the account does from now on. */
  onDelete: 'set null';
}

/**
 * Changes the `on delete` rule of a column referencing `account.id` (and lets it be null).
 *
 * PostgreSQL alters the constraint in place. SQLite cannot alter a constraint, so the table is
 * rebuilt the way SQLite's own ALTER TABLE documentation describes for other kinds of schema
 * changes, inside the migrations' transaction, with foreign keys off (`migrateToLatest` switches
 * them, since the pragma cannot change inside a transaction): create the new table from the stored
 * definition with only this column changed, copy every row, drop the old table, rename the new
 * one, create its indexes again, check every foreign key. Foreign keys must be off, or dropping
 * the old table would delete the rows that reference it (an Aftermath's steps). The definition is
 * read from the database, not restated here, so columns other migrations added are kept.
 */
export async function changeAccountReference(db: Kysely<any>, dialect: Dialect, ref: AccountReference): Promise<void> {
  if (dialect === 'postgres') return alterOnPostgres(db, ref);
  const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  if (Number(rows[0]?.foreign_keys) !== 0) throw new Error('foreign keys must be off while a table is rebuilt (migrateToLatest switches them)');
  await atomically(db, (trx) => rebuildOnSqlite(trx, ref));
}

async function rebuildOnSqlite(trx: Kysely<any>, ref: AccountReference): Promise<void> {
  const { table, column } = ref;
  const { rows: tables } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(trx);
  const definition = tables[0]?.sql;
  const before = `"${column}" text${ref.wasNotNull ? ' not null' : ''} references "account" ("id") on delete cascade`;
  const after = `"${column}" text references "account" ("id") on delete ${ref.onDelete}`;
  const head = `CREATE TABLE "${table}" (`;
  if (!definition?.startsWith(head) || definition.split(before).length !== 2) {
    throw new Error(`${table}.${column} is not defined as expected; not rebuilding it`);
  }
  const { rows: extras } = await sql<{ sql: string }>`
    select sql from sqlite_master where tbl_name = ${table} and type in ('index', 'trigger') and sql is not null`.execute(trx);
  const rebuilt = `${table}_rebuilt`;
  await sql.raw(definition.replace(head, `CREATE TABLE "${rebuilt}" (`).replace(before, after)).execute(trx);
  await sql`insert into ${sql.table(rebuilt)} select * from ${sql.table(table)}`.execute(trx);
  await sql`drop table ${sql.table(table)}`.execute(trx);
  await sql`alter table ${sql.table(rebuilt)} rename to ${sql.table(table)}`.execute(trx);
  for (const extra of extras) await sql.raw(extra.sql).execute(trx);
  const { rows: problems } = await sql`pragma foreign_key_check`.execute(trx);
  if (problems.length > 0) throw new Error(`foreign key check failed after rebuilding ${table}`);
}

async function alterOnPostgres(db: Kysely<any>, ref: AccountReference): Promise<void> {
  const { table, column } = ref;
  const { rows } = await sql<{ name: string }>`
    select con.conname as name
    from pg_constraint con
    join pg_attribute att on att.attrelid = con.conrelid and att.attnum = any (con.conkey)
    where con.contype = 'f' and con.conrelid = to_regclass(${table}) and att.attname = ${column}`.execute(db);
  if (rows.length !== 1) throw new Error(`${table}.${column}: expected one foreign key, found ${rows.length}`);
  await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(rows[0]!.name)}`.execute(db);
  await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_${column}_fkey`)}
    foreign key (${sql.ref(column)}) references account (id) on delete ${sql.raw(ref.onDelete)}`.execute(db);
  if (ref.wasNotNull) await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} drop not null`.execute(db);
}

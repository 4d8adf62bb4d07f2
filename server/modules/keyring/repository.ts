import { sql, type Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { SEALED_LIKE } from './envelope.ts';
import type {} from './tables.ts';

/** A data key as stored, with the salt of the KEK that wraps it (read in one statement). */
export interface StoredDataKey {
  accountId: string;
  kekVersion: number;
  wrapped: string;
  salt: string;
}

export interface Kek {
  version: number;
  salt: string;
  createdAt: string;
}

/** The keyring as a backup writes it apart from the data (docs/decisions.md, "Backups"). */
export interface KeyringExport {
  keks: Kek[];
  dataKeys: { accountId: string; kekVersion: number; wrapped: string; createdAt: string }[];
}

/**
 * Which table a sealed column belongs to, how its rows are named, and whose key seals each column.
 * The sealing step and the module's repository read the same description, so both bind the
 * same associated data.
 */
export interface SealedTable {
  table: string;
  /**
   * Columns that together name a row: the id, or for rows written by an upsert the unique key the
   * upsert targets (the id of such a row is the one first inserted, which the writer may not know).
   */
  key: readonly string[];
  /** Each sealed column, and the column naming the account whose data key seals it. */
  columns: Readonly<Record<string, string>>;
  /** When the owner column is in another table: this table's column that references that table's `id`. */
  ownerVia?: { table: string; reference: string };
  /**
   * Columns one person writes into another's row (an answer's note in the asker's request): the
   * row may outlive the writer's account, and once the writer's key is destroyed with it the value
   * reads as null — erased — instead of failing the whole row.
   */
  erasedWithWriter?: readonly string[];
}

/** A row still holding a value in plain text (written before encryption at rest). */
export interface PlainValue {
  key: string[];
  owner: string;
  value: string;
}

export class KeyringRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /** Data keys with their KEK's salt, in one statement: a rotation deleting the old KEK between two reads cannot strand a reader. */
  private storedKeys() {
    return this.db
      .selectFrom('data_key')
      .innerJoin('kek', 'kek.version', 'data_key.kek_version')
      .select(['data_key.account_id as accountId', 'data_key.kek_version as kekVersion', 'data_key.wrapped as wrapped', 'kek.salt as salt']);
  }

  async find(accountId: string): Promise<StoredDataKey | undefined> {
    const row = await this.storedKeys().where('data_key.account_id', '=', accountId).executeTakeFirst();
    return row && { ...row, kekVersion: Number(row.kekVersion) };
  }

  /** Stores the account's first data key; false when it already had one (made meanwhile elsewhere). */
  async insertDataKey(accountId: string, kekVersion: number, wrapped: string, now: string): Promise<boolean> {
    const result = await this.db
      .insertInto('data_key')
      .values({ account_id: accountId, kek_version: kekVersion, wrapped, created_at: now })
      .onConflict((oc) => oc.column('account_id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async accountsWithoutKey(limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('account')
      .select('id')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('data_key').select('account_id').whereRef('data_key.account_id', '=', 'account.id'))))
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  // KEKs

  /** The newest KEK: new data keys are wrapped by it, and rotation moves every key under it. */
  async currentKek(): Promise<Kek | undefined> {
    const row = await this.db.selectFrom('kek').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row && { version: Number(row.version), salt: row.salt, createdAt: row.created_at };
  }

  async kekCount(): Promise<number> {
    const row = await this.db.selectFrom('kek').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Adds a KEK; false when that version exists already (another process made it at the same moment). */
  async insertKek(kek: Kek): Promise<boolean> {
    const result = await this.db
      .insertInto('kek')
      .values({ version: kek.version, salt: kek.salt, created_at: kek.createdAt })
      .onConflict((oc) => oc.column('version').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Data keys wrapped by an older KEK than `version`, a batch at a time. */
  async keysUnderOlderKeks(version: number, limit: number): Promise<StoredDataKey[]> {
    const rows = await this.storedKeys().where('data_key.kek_version', '<', version).orderBy('data_key.account_id').limit(limit).execute();
    return rows.map((r) => ({ ...r, kekVersion: Number(r.kekVersion) }));
  }

  /** Replaces a wrapping, only if the key is still under the KEK it was read under. */
  async rewrap(accountId: string, fromVersion: number, toVersion: number, wrapped: string): Promise<void> {
    await this.db
      .updateTable('data_key')
      .set({ kek_version: toVersion, wrapped })
      .where('account_id', '=', accountId)
      .where('kek_version', '=', fromVersion)
      .execute();
  }

  /** Deletes the KEKs older than `version` that wrap no data key any more; returns how many. */
  async retireKeksBefore(version: number): Promise<number> {
    const result = await this.db
      .deleteFrom('kek')
      .where('version', '<', version)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('data_key').select('account_id').whereRef('data_key.kek_version', '=', 'kek.version'))))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  // Backups

  async exportAll(): Promise<KeyringExport> {
    const keks = await this.db.selectFrom('kek').selectAll().orderBy('version').execute();
    const dataKeys = await this.db.selectFrom('data_key').selectAll().orderBy('account_id').execute();
    return {
      keks: keks.map((k) => ({ version: Number(k.version), salt: k.salt, createdAt: k.created_at })),
      dataKeys: dataKeys.map((d) => ({ accountId: d.account_id, kekVersion: Number(d.kek_version), wrapped: d.wrapped, createdAt: d.created_at })),
    };
  }

  async isEmpty(): Promise<boolean> {
    return (await this.kekCount()) === 0 && (await this.db.selectFrom('data_key').select('account_id').limit(1).executeTakeFirst()) === undefined;
  }

  /** Loads the data keys of accounts that exist here (others were made after this backup, or never here). */
  async importAll(keyring: KeyringExport): Promise<void> {
    for (const kek of keyring.keks) await this.insertKek(kek);
    const existing = new Set((await this.db.selectFrom('account').select('id').execute()).map((r) => r.id));
    for (const key of keyring.dataKeys.filter((d) => existing.has(d.accountId))) {
      await this.db
        .insertInto('data_key')
        .values({ account_id: key.accountId, kek_version: key.kekVersion, wrapped: key.wrapped, created_at: key.createdAt })
        .execute();
    }
  }

  // The sealing step (values written before encryption at rest)

  async plainValues(table: SealedTable, column: string, limit: number): Promise<PlainValue[]> {
    const ref = (name: string) => sql.ref(`t.${name}`);
    const owner = table.ownerVia ? sql.ref(`o.${table.columns[column]!}`) : ref(table.columns[column]!);
    const join = table.ownerVia ? sql`join ${sql.table(table.ownerVia.table)} as o on o.id = ${ref(table.ownerVia.reference)}` : sql``;
    const keys = sql.join(table.key.map((k, i) => sql`${ref(k)} as ${sql.ref(`k${i}`)}`));
    const { rows } = await sql<Record<string, unknown>>`
      select ${keys}, ${owner} as owner, ${ref(column)} as value
      from ${sql.table(table.table)} as t ${join}
      where ${ref(column)} is not null and ${ref(column)} not like ${SEALED_LIKE} and ${owner} is not null
      limit ${limit}`.execute(this.db);
    return rows.map((r) => ({ key: table.key.map((_, i) => String(r[`k${i}`])), owner: String(r.owner), value: String(r.value) }));
  }

  /** Writes a sealed value in place of the plain one, unless the row changed meanwhile; true when it did. */
  async replacePlain(table: SealedTable, column: string, plain: PlainValue, sealed: string): Promise<boolean> {
    const matches = table.key.map((k, i) => sql`${sql.ref(k)} = ${plain.key[i]!}`);
    const result = await sql`update ${sql.table(table.table)} set ${sql.ref(column)} = ${sealed}
              where ${sql.join(matches, sql` and `)} and ${sql.ref(column)} = ${plain.value}`.execute(this.db);
    return Number(result.numAffectedRows ?? 0) > 0;
  }
}

import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { iso, type Clock } from '../../lib/time.ts';
import { deriveKek, newDataKey, newSalt, openWith, parseEnvelope, placeOf, sealWith, unwrapKey, wrapKey } from './envelope.ts';
import { KeyringRepository, type SealedTable, type StoredDataKey } from './repository.ts';

/**
 * A stored value that does not open: moved from another row or column, changed, or sealed by a
 * data key that was destroyed with its account. The read fails cleanly rather than show anything.
 */
export class UnreadableError extends AppError {
  constructor(readonly reason: 'tampered' | 'keyGone') {
    super(500, 'unreadable', 'errors.unreadable');
  }
}

/** Least recently used first; a hit moves the entry to the end. */
class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
  delete(key: K): void {
    this.map.delete(key);
  }
}

/**
 * Each account's data key, and sealing and opening with it (docs/privacy.md, "Data at rest").
 * One per process. Unwrapped data keys are kept in a bounded cache, but only keys read outside a
 * transaction (so known to be committed): a key made or read inside a transaction that then rolls
 * back must never outlive it here.
 */
export class Keyring {
  private readonly dataKeys = new LruCache<string, Buffer>(10_000);
  private readonly keks = new Map<string, Buffer>();

  constructor(
    private readonly wrappingRoot: Buffer,
    private readonly clock: Clock,
  ) {}

  /** Seals and opens through `db` (the database or a transaction). */
  cipher(db: Kysely<Schema>): Cipher {
    return new Cipher(this, new KeyringRepository(db), db.isTransaction);
  }

  /** Drops a destroyed account's key from this process (deleting the account destroyed the stored one). */
  forget(accountId: string): void {
    this.dataKeys.delete(accountId);
  }

  /** Makes the first KEK of a new keyring (at start; several servers may race, one wins). */
  async ensureKek(db: Kysely<Schema>): Promise<void> {
    const repo = new KeyringRepository(db);
    if ((await repo.kekCount()) === 0) await repo.insertKek({ version: 1, salt: newSalt(), createdAt: iso(this.clock()) });
  }

  /** Gives the account its data key (at account creation, and for accounts made before encryption). */
  async ensureDataKey(db: Kysely<Schema>, accountId: string): Promise<void> {
    await this.dataKeyFor(new KeyringRepository(db), accountId, db.isTransaction, true);
  }

  kek(version: number, salt: string): Buffer {
    const id = `${version}.${salt}`;
    let kek = this.keks.get(id);
    if (!kek) this.keks.set(id, (kek = deriveKek(this.wrappingRoot, Buffer.from(salt, 'base64url'))));
    return kek;
  }

  /** Unwraps a stored data key; throws when the KEK or the instance secret is not the one it was wrapped with. */
  unwrap(stored: StoredDataKey): Buffer {
    return unwrapKey(this.kek(stored.kekVersion, stored.salt), stored.kekVersion, stored.accountId, stored.wrapped);
  }

  /** The account's data key; made and wrapped by the newest KEK when `create` and there is none yet. */
  async dataKeyFor(repo: KeyringRepository, accountId: string, inTransaction: boolean, create: boolean): Promise<Buffer | undefined> {
    const cached = this.dataKeys.get(accountId);
    if (cached) return cached;
    let stored = await repo.find(accountId);
    if (!stored && create) {
      const kek = await repo.currentKek();
      if (!kek) throw new Error('the keyring has no key-encryption key');
      await repo.insertDataKey(accountId, kek.version, wrapKey(this.kek(kek.version, kek.salt), kek.version, accountId, newDataKey()), iso(this.clock()));
      // Read back: another request may have made the key first.
      stored = await repo.find(accountId);
    }
    if (!stored) return undefined;
    const key = this.unwrap(stored);
    if (!inTransaction) this.dataKeys.set(accountId, key);
    return key;
  }
}

type Row = Record<string, unknown>;

/** Seals and opens the sealed columns of one table's rows, bound to one database or transaction. */
export class Cipher {
  constructor(
    private readonly keyring: Keyring,
    private readonly repo: KeyringRepository,
    private readonly inTransaction: boolean,
  ) {}

  /** Seals one column's value for the row named by `row`'s key columns; the owner is the row's owner column unless given. */
  async seal(table: SealedTable, column: string, row: Row, plain: string, owner = ownerOf(table, column, row)): Promise<string> {
    const key = await this.keyring.dataKeyFor(this.repo, owner, this.inTransaction, true);
    return sealWith(key!, owner, placeOf(table.table, column, keyOf(table, row), owner), plain);
  }

  /**
   * Opens one column's value. A value without the sealed format was written before encryption at
   * rest and is not sealed yet (the sealing step at start seals it); it reads as it is.
   */
  async open(table: SealedTable, column: string, row: Row, stored: string): Promise<string> {
    const envelope = parseEnvelope(stored);
    if (!envelope) return stored;
    const key = await this.keyring.dataKeyFor(this.repo, envelope.owner, this.inTransaction, false);
    if (!key) throw new UnreadableError('keyGone');
    const plain = openWith(key, envelope, placeOf(table.table, column, keyOf(table, row), envelope.owner));
    if (plain === undefined) throw new UnreadableError('tampered');
    return plain;
  }

  /** The row with each of the table's sealed columns that it holds (and that is not null) sealed. */
  async sealRow<T extends Row>(table: SealedTable, row: T, owner?: string): Promise<T> {
    const sealed: Row = { ...row };
    for (const column of Object.keys(table.columns)) {
      const value = row[column];
      if (value !== null && value !== undefined) sealed[column] = await this.seal(table, column, row, String(value), owner);
    }
    return sealed as T;
  }

  /** The row with each of the table's sealed columns opened. */
  async openRow<T extends Row>(table: SealedTable, row: T): Promise<T> {
    const opened: Row = { ...row };
    for (const column of Object.keys(table.columns)) {
      const value = row[column];
      if (typeof value !== 'string') continue;
      try {
        opened[column] = await this.open(table, column, row, value);
      } catch (error) {
        if (!(error instanceof UnreadableError && error.reason === 'keyGone' && table.erasedWithWriter?.includes(column))) throw error;
        opened[column] = null;
      }
    }
    return opened as T;
  }

  openRows<T extends Row>(table: SealedTable, rows: readonly T[]): Promise<T[]> {
    return Promise.all(rows.map((row) => this.openRow(table, row)));
  }
}

function keyOf(table: SealedTable, row: Row): string[] {
  return table.key.map((column) => {
    const value = row[column];
    if (value === undefined || value === null) throw new Error(`${table.table}.${column} is needed to name the row of a sealed value`);
    return String(value);
  });
}

function ownerOf(table: SealedTable, column: string, row: Row): string {
  const owner = row[table.columns[column]!];
  if (typeof owner !== 'string') throw new Error(`${table.table}.${column}: the owner must be given`);
  return owner;
}

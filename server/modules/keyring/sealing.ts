import type { Database } from '../../db/database.ts';
import type { Keyring } from './keyring.ts';
import { KeyringRepository } from './repository.ts';
import { SEALED_TABLES } from './sealed-tables.ts';

export interface SealingOptions {
  batchSize?: number;
  /** Tests: stop (as if killed) after this many batches. */
  stopAfterBatches?: number;
}

/**
 * Runs after the migrations at every start: the keyring gets its first KEK, every account its data
 * key, and every value written before encryption at rest is sealed in place. Each batch is one
 * transaction that replaces a value only if it is still the plain one it read, so the step may be
 * interrupted at any moment, run on several servers at once, and run again: sealed rows no longer
 * match and are left alone. Returns how many values it sealed.
 */
export async function sealAtRest(database: Database, keyring: Keyring, options: SealingOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let batches = 0;
  const stop = () => options.stopAfterBatches !== undefined && ++batches >= options.stopAfterBatches;
  const { db } = database;
  await keyring.ensureKek(db);
  for (;;) {
    const accounts = await new KeyringRepository(db).accountsWithoutKey(batchSize);
    if (accounts.length === 0) break;
    for (const id of accounts) await keyring.ensureDataKey(db, id);
  }
  let sealed = 0;
  for (const table of SEALED_TABLES) {
    for (const column of Object.keys(table.columns)) {
      for (;;) {
        const plain = await new KeyringRepository(db).plainValues(table, column, batchSize);
        if (plain.length === 0) break;
        // Sealing may make a data key, so it happens before the transaction that writes (one
        // SQLite connection: no other query may wait inside it).
        const replacements = await Promise.all(
          plain.map(async (p) => ({ p, sealed: await keyring.cipher(db).seal(table, column, rowOf(table.key, p.key), p.value, p.owner) })),
        );
        const replaced = await db.transaction().execute(async (trx) => {
          const repo = new KeyringRepository(trx);
          let n = 0;
          for (const { p, sealed } of replacements) if (await repo.replacePlain(table, column, p, sealed)) n++;
          return n;
        });
        sealed += replaced;
        if (stop()) return sealed;
        // Every row of the batch changed meanwhile: the writer that changed them sealed them, or
        // keeps writing plain text (an older server during an upgrade), which the next start seals.
        if (replaced === 0) break;
      }
    }
  }
  return sealed;
}

const rowOf = (columns: readonly string[], values: readonly string[]) => Object.fromEntries(columns.map((c, i) => [c, values[i]]));

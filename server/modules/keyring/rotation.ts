import type { Database } from '../../db/database.ts';
import { iso, type Clock } from '../../lib/time.ts';
import { newSalt, wrapKey } from './envelope.ts';
import type { Keyring } from './keyring.ts';
import { KeyringRepository } from './repository.ts';

export interface RotationOptions {
  batchSize?: number;
  /** Tests: fail (as if killed) once this many data keys were re-wrapped, in the middle of a batch. */
  stopAfterKeys?: number;
}

export interface Rotation {
  kekVersion: number;
  /** True when this run finished a rotation that an earlier run had started. */
  resumed: boolean;
  rewrapped: number;
  retired: number;
}

/**
 * `npm run rotate-key`: makes a new KEK and re-wraps every data key under it, a batch per
 * transaction, then deletes the older KEKs for good. Each data key names the KEK that wraps it, so
 * reads keep working throughout. Killed midway, the older KEK is still there, and the next run
 * finishes the same rotation instead of starting another.
 */
export async function rotateKek(database: Database, keyring: Keyring, clock: Clock, options: RotationOptions = {}): Promise<Rotation> {
  const { db } = database;
  const batchSize = options.batchSize ?? 200;
  const repo = new KeyringRepository(db);
  await keyring.ensureKek(db);
  const resumed = (await repo.kekCount()) > 1;
  if (!resumed) {
    const newest = (await repo.currentKek())!;
    await repo.insertKek({ version: newest.version + 1, salt: newSalt(), createdAt: iso(clock()) });
  }
  const target = (await repo.currentKek())!;
  const kek = keyring.kek(target.version, target.salt);
  let rewrapped = 0;
  for (;;) {
    const batch = await repo.keysUnderOlderKeks(target.version, batchSize);
    if (batch.length === 0) break;
    await db.transaction().execute(async (trx) => {
      const inBatch = new KeyringRepository(trx);
      for (const stored of batch) {
        await inBatch.rewrap(stored.accountId, stored.kekVersion, target.version, wrapKey(kek, target.version, stored.accountId, keyring.unwrap(stored)));
        if (options.stopAfterKeys !== undefined && rewrapped + 1 >= options.stopAfterKeys) throw new Error('rotation stopped by the test hook');
        rewrapped++;
      }
    });
  }
  return { kekVersion: target.version, resumed, rewrapped, retired: await repo.retireKeksBefore(target.version) };
}

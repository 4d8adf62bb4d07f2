/**
 * What the operator's commands do (`npm run backup`, `npm run restore`, `npm run rotate-key`),
 * apart from reading their arguments, so that tests run the same code.
 */
import path from 'node:path';
import type { Config } from './config/index.ts';
import { createContext } from './context.ts';
import { accountsInBackup, assertEmptyTarget, backupData, restoreData } from './db/backup.ts';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { deriveKeys } from './lib/keys.ts';
import { systemClock, type Clock } from './lib/time.ts';
import { Keyring } from './modules/keyring/keyring.ts';
import { assertKeyringOpens, importKeyringFile, readKeyringFile, writeKeyringFile } from './modules/keyring/keyring-file.ts';
import { rotateKek, type Rotation, type RotationOptions } from './modules/keyring/rotation.ts';

export const KEYRING_FILE = 'hearth-keyring.json';

export interface BackupDone {
  file: string;
  keyringFile: string;
  dataKeys: number;
}

/**
 * A consistent backup of the data, then the keyring written apart, replacing the previous keyring
 * file. The keyring comes second: every account in the data backup has its key in it.
 */
export async function backup(config: Config, options: { dir?: string; keyringFile?: string; now?: Date } = {}): Promise<BackupDone> {
  const dir = path.resolve(options.dir ?? path.join(config.dataDir, 'backups'));
  const keyringFile = path.resolve(options.keyringFile ?? path.join(dir, KEYRING_FILE));
  const now = options.now ?? new Date();
  const database = openDatabase(config.database);
  try {
    const tables = await database.db.introspection.getTables();
    if (!tables.some((t) => t.name === 'kek' && (!database.schema || t.schema === database.schema))) {
      throw new Error('This database has no keyring yet: start Hearth once (or run npm run migrate), so that everything is sealed before it is backed up.');
    }
    const file = await backupData(database, config.database, dir, now);
    const keyring = await writeKeyringFile(database, keyringFile, now);
    return { file, keyringFile, dataKeys: keyring.dataKeys.length };
  } finally {
    await database.close();
  }
}

export interface RestoreDone {
  accounts: number;
  /** Accounts deleted after the backup was taken (their data key is gone): erased again. */
  erased: number;
}

/**
 * Restores a data backup into an empty target, with the keys of the keyring file. An account in
 * the backup whose key is no longer in the keyring was deleted after the backup: it is erased
 * again, so that a restore never brings a deleted person back (docs/decisions.md, "Backups and the keyring").
 */
export async function restore(config: Config, file: string, options: { keyringFile?: string } = {}): Promise<RestoreDone> {
  const contents = readKeyringFile(path.resolve(options.keyringFile ?? path.join(path.dirname(file), KEYRING_FILE)));
  assertKeyringOpens(new Keyring(deriveKeys(config.secretKey).wrapping, systemClock), contents);
  await assertEmptyTarget(config.database);
  const accounts = await accountsInBackup(file, config.database);
  const keyed = new Set(contents.dataKeys.map((k) => k.accountId));
  const keyless = accounts.filter((a) => !keyed.has(a.id));
  // Every account that existed when the keyring was written had a key in it; an account made later
  // means the keyring file is older than the backup.
  const newer = keyless.filter((a) => a.createdAt >= contents.takenAt);
  if (newer.length > 0) {
    throw new Error(
      `The keyring file was written at ${contents.takenAt}, before ${newer.length} of the accounts in this backup were made. Use the keyring file written with this backup or later (the newest one).`,
    );
  }
  await restoreData(file, config.database);
  const ctx = await createContext(config, { error: (obj: unknown, msg?: string) => console.error(msg ?? '', obj) }, { migrate: false });
  try {
    await migrateToLatest(ctx.database);
    await importKeyringFile(ctx.database, contents);
    for (const account of keyless) await ctx.accounts.erase(account.id);
  } finally {
    await ctx.close();
  }
  return { accounts: accounts.length - keyless.length, erased: keyless.length };
}

export async function rotateKey(config: Config, options: RotationOptions & { clock?: Clock } = {}): Promise<Rotation> {
  const clock = options.clock ?? systemClock;
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database);
    return await rotateKek(database, new Keyring(deriveKeys(config.secretKey).wrapping, clock), clock, options);
  } finally {
    await database.close();
  }
}

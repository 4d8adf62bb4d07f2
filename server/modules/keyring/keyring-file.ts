import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Keyring } from './keyring.ts';
import { KeyringRepository, type KeyringExport } from './repository.ts';

/**
 * The keyring as a backup writes it: apart from the data backup, and replaced by every backup,
 * so that a data key destroyed with its account leaves the backups too (docs/decisions.md,
 * "Backups and the keyring"). The data keys in it are still wrapped: it opens nothing without
 * the instance secret.
 */
const KeyringFile = z.object({
  format: z.literal('hearth-keyring'),
  version: z.literal(1),
  takenAt: z.iso.datetime(),
  keks: z.array(z.object({ version: z.int().positive(), salt: z.string().min(1), createdAt: z.string() })),
  dataKeys: z.array(z.object({ accountId: z.string().min(1), kekVersion: z.int().positive(), wrapped: z.string().min(1), createdAt: z.string() })),
});

export type KeyringFileContents = z.infer<typeof KeyringFile>;

/** Reads the whole keyring in one snapshot (so every data key's KEK is in it) and writes the file atomically, readable by its owner only. */
export async function writeKeyringFile(database: Database, file: string, now: Date): Promise<KeyringFileContents> {
  const read = (trx: typeof database.db) => new KeyringRepository(trx).exportAll();
  const begin = database.db.transaction();
  const keyring: KeyringExport = await (database.dialect === 'postgres' ? begin.setIsolationLevel('repeatable read') : begin).execute(read);
  const contents: KeyringFileContents = { format: 'hearth-keyring', version: 1, takenAt: now.toISOString(), ...keyring };
  writeFileDurably(file, JSON.stringify(contents, null, 1) + '\n');
  return contents;
}

export function readKeyringFile(file: string): KeyringFileContents {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`There is no keyring file at ${file}. Name it with --keyring (npm run backup writes hearth-keyring.json next to the backups).`);
  }
  const parsed = KeyringFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a Hearth keyring file: ${parsed.error.issues[0]?.message ?? 'unexpected content'}`);
  return parsed.data;
}

/** Throws unless every data key of the file unwraps with this instance secret. */
export function assertKeyringOpens(keyring: Keyring, contents: KeyringFileContents): void {
  const salts = new Map(contents.keks.map((k) => [k.version, k.salt]));
  for (const key of contents.dataKeys) {
    const salt = salts.get(key.kekVersion);
    try {
      if (!salt) throw new Error('no KEK');
      keyring.unwrap({ accountId: key.accountId, kekVersion: key.kekVersion, wrapped: key.wrapped, salt });
    } catch {
      throw new Error(
        'The keyring file does not open with this instance secret. Set HEARTH_SECRET_KEY (or put the secret.key file) of the Hearth the backup came from, then try again.',
      );
    }
  }
}

export async function importKeyringFile(database: Database, contents: KeyringFileContents): Promise<void> {
  await database.db.transaction().execute((trx) => new KeyringRepository(trx).importAll(contents));
}

/** Writes next to the file, flushes to disk, then renames over it: a reader sees the old file or the new one, never half of one. */
export function writeFileDurably(file: string, text: string): void {
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}

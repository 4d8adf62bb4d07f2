/**
 * `npm run rotate-key`: a new key-encryption key; every data key is re-wrapped under it in
 * batches, then the old KEK is deleted for good. Safe to run while Hearth serves, and to run
 * again after an interruption (it finishes the same rotation).
 */
import { loadConfig } from '../server/config/index.ts';
import { rotateKey } from '../server/maintenance.ts';

try {
  const done = await rotateKey(loadConfig(process.env, { makeSecret: false }));
  console.log(
    `${done.resumed ? 'Finished the rotation begun before' : 'Rotated the key-encryption key'}: ${done.rewrapped} data keys re-wrapped under KEK ${done.kekVersion}, ${done.retired} older KEK${done.retired === 1 ? '' : 's'} deleted.`,
  );
  console.log('Run npm run backup next: the keyring file of the last backup still holds the old KEK until it is replaced.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

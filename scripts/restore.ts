/**
 * `npm run restore -- FILE [--keyring KEYRING]`: restores a data backup into an empty data folder
 * (SQLite) or an empty database (DATABASE_URL), with the data keys of the keyring file (default:
 * `hearth-keyring.json` next to FILE). Needs the secret key of the Hearth the backup came from.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config/index.ts';
import { restore } from '../server/maintenance.ts';

const { values, positionals } = parseArgs({ options: { keyring: { type: 'string' } }, allowPositionals: true });
try {
  if (positionals.length !== 1) throw new Error('Usage: npm run restore -- FILE [--keyring KEYRING_FILE]');
  const config = loadConfig(process.env, { makeSecret: false });
  const done = await restore(config, positionals[0]!, { keyringFile: values.keyring });
  console.log(`Restored ${done.accounts} accounts into the ${config.database.kind === 'sqlite' ? `data folder ${config.dataDir}` : 'database at DATABASE_URL'}.`);
  if (done.erased > 0) console.log(`${done.erased} accounts in the backup were deleted after it was taken; they were erased again.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

/**
 * `npm run backup [-- --dir DIR] [--keyring FILE]`: a consistent, timestamped backup of the data
 * (SQLite VACUUM INTO, or pg_dump -Fc) in DIR (default `$HEARTH_DATA_DIR/backups`), then the
 * keyring written apart to FILE (default `DIR/hearth-keyring.json`), replacing the previous one.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config/index.ts';
import { backup } from '../server/maintenance.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, keyring: { type: 'string' } } });
try {
  const done = await backup(loadConfig(), { dir: values.dir, keyringFile: values.keyring });
  console.log(`Backed up the data to ${done.file}`);
  console.log(`Wrote the keyring (${done.dataKeys} data keys) to ${done.keyringFile}, replacing the one before.`);
  console.log('Keep only the newest keyring file, apart from the data backups: see "Backups" in the README.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

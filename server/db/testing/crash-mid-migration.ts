/**
 * Test fixture (not used by the app): brings an SQLite file up to date as a start does, but the
 * process is killed (SIGKILL) right after the changes of migration number AFTER (from 0), as a power cut
 * or `kill -9` could do. Usage: tsx crash-mid-migration.ts FILE AFTER
 */
import { Migrator, type Migration } from 'kysely';
import { openDatabase } from '../database.ts';
import { migrations } from '../migrations/index.ts';

const [file, after] = process.argv.slice(2);
const database = openDatabase({ kind: 'sqlite', file: file! });
const all = migrations('sqlite');
const dying = Object.fromEntries(
  Object.keys(all)
    .sort()
    .map((name, index): [string, Migration] => [
      name,
      {
        async up(db) {
          await all[name]!.up(db);
          if (index === Number(after)) process.kill(process.pid, 'SIGKILL');
        },
      },
    ]),
);
await new Migrator({ db: database.db, provider: { getMigrations: async () => dying } }).migrateToLatest();

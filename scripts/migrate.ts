/** `npm run migrate`: brings the database at DATABASE_URL (or the SQLite file) to the latest schema. */
import { loadConfig } from '../server/config/index.ts';
import { migrateToLatest, openDatabase } from '../server/db/database.ts';

const database = openDatabase(loadConfig().database);
await migrateToLatest(database);
await database.close();
console.log(`Migrated the ${database.dialect} database to the latest schema.`);

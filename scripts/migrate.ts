/**
 * `npm run migrate`: brings the database at DATABASE_URL (or the SQLite file) to the latest schema,
 * then seals what was written before encryption at rest (as every app server does at start).
 */
import { loadConfig } from '../server/config/index.ts';
import { migrateToLatest, openDatabase } from '../server/db/database.ts';
import { deriveKeys } from '../server/lib/keys.ts';
import { systemClock } from '../server/lib/time.ts';
import { Keyring } from '../server/modules/keyring/keyring.ts';
import { sealAtRest } from '../server/modules/keyring/sealing.ts';

const config = loadConfig();
const database = openDatabase(config.database);
await migrateToLatest(database);
const sealed = await sealAtRest(database, new Keyring(deriveKeys(config.secretKey).wrapping, systemClock));
await database.close();
console.log(`Migrated the ${database.dialect} database to the latest schema${sealed > 0 ? `, and sealed ${sealed} values written before encryption at rest` : ''}.`);

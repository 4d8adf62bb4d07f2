import type { Kysely } from 'kysely';

/**
 * Runs a migration's steps in one transaction. Kysely runs SQLite migrations outside one; when
 * the migrator already gave a transaction, the steps simply join it.
 */
export function atomically<T>(db: Kysely<any>, steps: (trx: Kysely<any>) => Promise<T>): Promise<T> {
  return db.isTransaction ? steps(db) : db.transaction().execute(steps);
}

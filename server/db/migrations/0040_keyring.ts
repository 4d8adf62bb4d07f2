import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * The keyring (docs/privacy.md, "Data at rest"): key-encryption keys, each derived from the
 * instance's wrapping subkey with a random salt of its own, and one data key per account, stored
 * only wrapped by a KEK. Backups leave these two tables out and write them apart.
 */
export function keyring(_: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      // A KEK is its version and its salt: deleting the row retires the KEK for good.
      await db.schema
        .createTable('kek')
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('salt', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // Deleting an account deletes its data key in the same statement: crypto-shredding. A KEK
      // still wrapping a data key cannot be deleted (no cascade from kek).
      await db.schema
        .createTable('data_key')
        .addColumn('account_id', 'text', (c) => c.primaryKey().references('account.id').onDelete('cascade'))
        .addColumn('kek_version', 'integer', (c) => c.notNull().references('kek.version'))
        .addColumn('wrapped', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // Key rotation finds the data keys still under an older KEK.
      await db.schema.createIndex('data_key_kek').on('data_key').column('kek_version').execute();
    },
  };
}

import type { Kysely, Migration } from 'kysely';

/**
 * One-time sign-in codes, e-mailed when the right password comes from an unknown device while the
 * account is throttled (docs/decisions.md). Stored as keyed hashes, like every other token.
 */
export const signInCodes: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('signin_code')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('signin_code_account').on('signin_code').column('account_id').execute();
  },
};

import { sql, type Kysely, type Migration } from 'kysely';

/** Consent records: a history of each person's choices to share (docs/privacy.md, section 2). */
export const recordConsents: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('consent')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('grantor_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('grantee_id', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('policy_text', 'text')
      .addCheckConstraint('consent_audience', sql`audience in ('partner', 'counselor')`)
      .addCheckConstraint('consent_decision', sql`decision in ('permit', 'deny')`)
      .execute();
    // Two devices choosing at once cannot both write the same version: one retries.
    await db.schema
      .createIndex('consent_version')
      .on('consent')
      .columns(['grantee_id', 'scope', 'audience', 'resource_id', 'grantor_id', 'version'])
      .unique()
      .execute();
    await db.schema.createIndex('consent_history').on('consent').columns(['grantor_id', 'recorded_at']).execute();
  },
};

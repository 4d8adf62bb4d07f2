import type { Kysely, Migration } from 'kysely';

/** A counseling practice hosted on this Hearth (docs/privacy.md, "A counselor or practice"). */
export const practices: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('practice')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('about', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('modalities', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('contact_url', 'text')
      .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('policy', 'text', (c) => c.notNull())
      .addColumn('policy_text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};

import type { Kysely, Migration } from 'kysely';

/**
 * A person's place on a practice's staff: one row per person, who belongs to one practice at
 * most (the unique account), with each role a flag, since one person may hold both.
 */
export const staffMembers: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('staff_member')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('practice_id', 'text', (c) => c.notNull().references('practice.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull().unique().references('account.id').onDelete('cascade'))
      .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_counselor', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('joined_at', 'text', (c) => c.notNull())
      .addColumn('deactivated_at', 'text')
      .execute();
    await db.schema.createIndex('staff_member_practice').on('staff_member').column('practice_id').execute();
  },
};

import type { Kysely, Migration } from 'kysely';

/** Invitations to a practice's staff: a keyed hash of the e-mailed token, single use, 72 hours. */
export const staffInvitations: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('staff_invite')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('practice_id', 'text', (c) => c.notNull().references('practice.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('invited_by', 'text', (c) => c.references('staff_member.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text')
      .addColumn('accepted_by', 'text', (c) => c.references('account.id').onDelete('set null'))
      .execute();
    await db.schema.createIndex('staff_invite_practice').on('staff_invite').column('practice_id').execute();
  },
};

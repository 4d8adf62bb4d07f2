import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database.ts';

export function foundation(_: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('account')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('account_email_unique').on('account').expression(sql`lower(email)`).unique().execute();

      await db.schema
        .createTable('signup_request')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('session')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('user_agent', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('session_account').on('session').column('account_id').execute();

      await db.schema
        .createTable('password_reset')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();

      await db.schema
        .createTable('couple')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .execute();

      await db.schema
        .createTable('couple_member')
        .addColumn('couple_id', 'text', (c) => c.notNull().references('couple.id').onDelete('cascade'))
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('slot', 'integer', (c) => c.notNull())
        .addColumn('joined_at', 'text', (c) => c.notNull())
        .addColumn('left_at', 'text')
        .addPrimaryKeyConstraint('couple_member_pk', ['couple_id', 'account_id'])
        .addCheckConstraint('couple_member_two_slots', sql`slot in (1, 2)`)
        .execute();
      // The invariants "one couple per person" and "two people per couple" live in the database,
      // so that they hold when several app servers accept invitations at the same instant.
      await db.schema
        .createIndex('couple_member_one_couple_per_person')
        .on('couple_member')
        .column('account_id')
        .unique()
        .where(sql.ref('left_at'), 'is', null)
        .execute();
      await db.schema
        .createIndex('couple_member_two_per_couple')
        .on('couple_member')
        .columns(['couple_id', 'slot'])
        .unique()
        .where(sql.ref('left_at'), 'is', null)
        .execute();

      await db.schema
        .createTable('invite')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('inviter_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('code_hash', 'text', (c) => c.notNull().unique())
        .addColumn('code_sealed', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('accepted_at', 'text')
        .addColumn('accepted_by', 'text', (c) => c.references('account.id').onDelete('set null'))
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('invite_inviter').on('invite').column('inviter_id').execute();

      await db.schema
        .createTable('notice')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('dismissed_at', 'text')
        .execute();
      await db.schema.createIndex('notice_account').on('notice').column('account_id').execute();

      await db.schema
        .createTable('throttle')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

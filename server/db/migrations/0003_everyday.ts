import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Today, love maps and the rest of daily connection: what Today served, love-map answers, appreciations, check-ins,
 * rituals and their calendar feeds, reminder settings, and the job table of the worker.
 *
 * A "scope" is a couple id, or the account id of a person alone: Today's picks and love-map
 * answers belong to one or the other.
 */
export function everyday(_: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      // What Today served to a scope on a local date, one row per bank. The primary key makes a
      // date's picks stable (two partners asking at once get the same ones); the unique index
      // makes "nothing repeats within a cycle through a bank" hold on several servers.
      await db.schema
        .createTable('today_item')
        .addColumn('scope_id', 'text', (c) => c.notNull())
        .addColumn('couple_id', 'text', (c) => c.references('couple.id').onDelete('cascade'))
        .addColumn('account_id', 'text', (c) => c.references('account.id').onDelete('cascade'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('bank', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('cycle', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('today_item_pk', ['scope_id', 'date', 'bank'])
        .execute();
      await db.schema
        .createIndex('today_item_once_per_cycle')
        .on('today_item')
        .columns(['scope_id', 'bank', 'cycle', 'item_id'])
        .unique()
        .execute();

      // Love-map answers and a person's private reflections. Private to the author until both
      // partners of the couple have answered the same question.
      await db.schema
        .createTable('love_map_answer')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('scope_id', 'text', (c) => c.notNull())
        .addColumn('couple_id', 'text', (c) => c.references('couple.id').onDelete('cascade'))
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('guess', 'text')
        .addColumn('answered_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('love_map_answer_one_per_person')
        .on('love_map_answer')
        .columns(['scope_id', 'question_id', 'account_id'])
        .unique()
        .execute();

      // Appreciations: sent ones belong to the couple (author and recipient); drafts to the author.
      await db.schema
        .createTable('appreciation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('author_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('couple_id', 'text', (c) => c.references('couple.id').onDelete('cascade'))
        .addColumn('recipient_id', 'text', (c) => c.references('account.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('prompt_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addCheckConstraint('appreciation_status', sql`status in ('draft', 'sent')`)
        .execute();
      await db.schema.createIndex('appreciation_couple_wall').on('appreciation').columns(['couple_id', 'sent_at', 'id']).execute();
      await db.schema.createIndex('appreciation_author').on('appreciation').columns(['author_id', 'status', 'created_at']).execute();

      // One check-in per person and local day; private unless `shared`.
      await db.schema
        .createTable('check_in')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('couple_id', 'text', (c) => c.references('couple.id').onDelete('set null'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('connection', 'integer', (c) => c.notNull())
        .addColumn('toward', 'integer', (c) => c.notNull())
        .addColumn('away', 'integer', (c) => c.notNull())
        .addColumn('against', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('shared', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addCheckConstraint('check_in_shared_bool', sql`shared in (0, 1)`)
        .execute();
      await db.schema.createIndex('check_in_one_per_day').on('check_in').columns(['account_id', 'date']).unique().execute();
      await db.schema.createIndex('check_in_couple').on('check_in').columns(['couple_id', 'date']).execute();

      // Rituals: the couple's when `couple_id` is set, else the owner's own.
      await db.schema
        .createTable('ritual')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('couple_id', 'text', (c) => c.references('couple.id').onDelete('cascade'))
        .addColumn('owner_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('schedule', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('start_time', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ritual_couple').on('ritual').column('couple_id').execute();
      await db.schema.createIndex('ritual_owner').on('ritual').column('owner_id').execute();

      await db.schema
        .createTable('ritual_completion')
        .addColumn('ritual_id', 'text', (c) => c.notNull().references('ritual.id').onDelete('cascade'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('completed_by', 'text', (c) => c.references('account.id').onDelete('set null'))
        .addColumn('completed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ritual_completion_pk', ['ritual_id', 'date'])
        .execute();

      // A secret calendar address per person (stored as a keyed hash, and sealed to show again).
      await db.schema
        .createTable('calendar_feed')
        .addColumn('account_id', 'text', (c) => c.primaryKey().references('account.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('token_sealed', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('reminder_settings')
        .addColumn('account_id', 'text', (c) => c.primaryKey().references('account.id').onDelete('cascade'))
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('days', 'text', (c) => c.notNull())
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('quiet_start', 'text', (c) => c.notNull())
        .addColumn('quiet_end', 'text', (c) => c.notNull())
        .addColumn('rituals', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addCheckConstraint('reminder_settings_bools', sql`enabled in (0, 1) and rituals in (0, 1)`)
        .execute();
      await db.schema
        .createIndex('reminder_settings_enabled')
        .on('reminder_settings')
        .column('account_id')
        .where(sql.ref('enabled'), '=', 1)
        .execute();

      // The job worker's queue. (kind, dedupe_key) is unique: an occurrence is queued once, however
      // many app servers plan it, and claimed by one of them.
      await db.schema
        .createTable('job')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('run_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_at', 'text')
        .addColumn('done_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('outcome', 'text')
        .execute();
      await db.schema.createIndex('job_once').on('job').columns(['kind', 'dedupe_key']).unique().execute();
      await db.schema.createIndex('job_due').on('job').column('run_at').where(sql.ref('done_at'), 'is', null).execute();
      await db.schema.createIndex('job_done').on('job').column('done_at').execute();
    },
  };
}

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * The Connection Check-up: each person's answers and results, and the private safety
 * screen. Everything here is private to its author unless the service says otherwise (results'
 * scores go into the couple report; item answers only when the author shares them).
 */
export function checkup(_: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      // One row per taking of an instrument: a draft while `submitted_at` is null, then a result
      // that never changes (only its `shared` flag does).
      await db.schema
        .createTable('checkup_response')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('instrument_id', 'text', (c) => c.notNull())
        .addColumn('instrument_version', 'integer', (c) => c.notNull())
        // The couple the person was in when submitting (null when on their own). A result made in
        // another couple never reaches a later partner's couple report.
        .addColumn('couple_id', 'text', (c) => c.references('couple.id').onDelete('set null'))
        // 1, 2, 3 … : the person's n-th result of this instrument; null while a draft.
        .addColumn('number', 'integer')
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
        // The scored result as JSON text (null while a draft).
        .addColumn('scores', 'text')
        .addCheckConstraint('checkup_response_shared_bool', sql`shared in (0, 1)`)
        .execute();
      // One open draft per person and instrument, even when two devices autosave at once.
      await db.schema
        .createIndex('checkup_response_one_draft')
        .on('checkup_response')
        .columns(['account_id', 'instrument_id'])
        .unique()
        .where(sql.ref('submitted_at'), 'is', null)
        .execute();
      // Numbers are unique per person and instrument (drafts have none: nulls never collide).
      // Also the index behind "my results, newest first".
      await db.schema
        .createIndex('checkup_response_number')
        .on('checkup_response')
        .columns(['account_id', 'instrument_id', 'number'])
        .unique()
        .execute();

      await db.schema
        .createTable('checkup_answer')
        .addColumn('response_id', 'text', (c) => c.notNull().references('checkup_response.id').onDelete('cascade'))
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('value', 'integer', (c) => c.notNull())
        .addColumn('answered_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('checkup_answer_pk', ['response_id', 'item_id'])
        .execute();

      // The private safety screen: only the person's latest answers are kept, in a table of their
      // own that no couple or partner query ever joins.
      await db.schema
        .createTable('safety_response')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().unique().references('account.id').onDelete('cascade'))
        .addColumn('screen_id', 'text', (c) => c.notNull())
        .addColumn('screen_version', 'integer', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('at_risk', 'integer', (c) => c.notNull())
        .addColumn('complete', 'integer', (c) => c.notNull())
        .addColumn('answered_at', 'text', (c) => c.notNull())
        .addCheckConstraint('safety_response_bools', sql`at_risk in (0, 1) and complete in (0, 1)`)
        .execute();
    },
  };
}

import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database.ts';

/**
 * Talking about hard things: talk requests and privately kept drafts, the Aftermath of a
 * regrettable incident (one private row per partner and step, revealed when both are done), the
 * pursue–withdraw CycleMap (every save is a new version) and Breaks when flooded.
 */
export function hardThings(_: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      // A talk request: `draft` is private to its author (no couple); `sent` belongs to the couple.
      await db.schema
        .createTable('talk_request')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('author_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('couple_id', 'text', (c) => c.references('couple.id').onDelete('cascade'))
        .addColumn('recipient_id', 'text', (c) => c.references('account.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('response', 'text')
        .addColumn('response_note', 'text')
        .addColumn('proposed_time', 'text')
        .addColumn('responded_at', 'text')
        .addCheckConstraint('talk_request_status', sql`status in ('draft', 'sent')`)
        .addCheckConstraint('talk_request_response', sql`response is null or response in ('accept', 'later', 'decline')`)
        .execute();
      await db.schema.createIndex('talk_request_couple').on('talk_request').columns(['couple_id', 'sent_at', 'id']).execute();
      await db.schema.createIndex('talk_request_author').on('talk_request').columns(['author_id', 'status', 'created_at']).execute();

      // An Aftermath belongs to a couple; `paused` is shared by both (either may pause or resume).
      await db.schema
        .createTable('aftermath')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('couple_id', 'text', (c) => c.notNull().references('couple.id').onDelete('cascade'))
        .addColumn('started_by', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aftermath_couple').on('aftermath').columns(['couple_id', 'created_at']).execute();

      // One row per partner and step, private to its author until both have marked the step done.
      await db.schema
        .createTable('aftermath_step')
        .addColumn('aftermath_id', 'text', (c) => c.notNull().references('aftermath.id').onDelete('cascade'))
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('done', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('aftermath_step_pk', ['aftermath_id', 'account_id', 'step'])
        .execute();

      // Each save of a person's side of the cycle map is a new version; none is ever changed.
      await db.schema
        .createTable('cycle_map_version')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('scope_id', 'text', (c) => c.notNull())
        .addColumn('couple_id', 'text', (c) => c.references('couple.id').onDelete('cascade'))
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('stance', 'text')
        .addColumn('my_moves', 'text', (c) => c.notNull())
        .addColumn('feelings_underneath', 'text', (c) => c.notNull())
        .addColumn('fears', 'text', (c) => c.notNull())
        .addColumn('longings', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('cycle_map_version_unique')
        .on('cycle_map_version')
        .columns(['scope_id', 'account_id', 'version'])
        .unique()
        .execute();

      // A Break: over at `return_at`, or earlier when `ended_at` is set.
      await db.schema
        .createTable('flood_break')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('couple_id', 'text', (c) => c.notNull().references('couple.id').onDelete('cascade'))
        .addColumn('account_id', 'text', (c) => c.notNull().references('account.id').onDelete('cascade'))
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('return_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .execute();
      await db.schema.createIndex('flood_break_couple').on('flood_break').columns(['couple_id', 'started_at']).execute();
    },
    async down(db: Kysely<any>) {
      for (const table of ['flood_break', 'cycle_map_version', 'aftermath_step', 'aftermath', 'talk_request']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}

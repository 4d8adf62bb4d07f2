import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database.ts';
import { atomically } from './atomically.ts';

/**
 * How connected a person felt and their bids of the day are private answers like the note, and
 * only text can be sealed (docs/privacy.md, "Data at rest"). The four numbers move into one text
 * column as JSON (sealed by the step after the migrations) and their integer columns go. On
 * SQLite a rerun after an interruption finds the new column and does nothing.
 */
export function checkInNumbersSealed({ dialect }: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect === 'sqlite') {
        const { rows } = await sql<{ name: string }>`select name from pragma_table_info('check_in') where name = 'answers'`.execute(db);
        if (rows.length > 0) return;
      }
      await atomically(db, async (trx) => {
        await trx.schema.alterTable('check_in').addColumn('answers', 'text').execute();
        await sql`update check_in set answers = '{"connection":' || cast(connection as text) || ',"toward":' || cast(toward as text)
                  || ',"away":' || cast(away as text) || ',"against":' || cast(against as text) || '}'`.execute(trx);
        for (const column of ['connection', 'toward', 'away', 'against']) await trx.schema.alterTable('check_in').dropColumn(column).execute();
      });
    },
  };
}
